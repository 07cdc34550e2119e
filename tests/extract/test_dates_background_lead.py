"""A lead that opens with a sentence of background spanning up to now (自某行动开展以来,
…。) dates nothing there: its own first sentence is the next one, whose opening date is
the event's even on a page with a stamp.  Sentences made up."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate

from . import draft

_STAMP = ("2031-06-14 09:12:40",)


@pytest.mark.parametrize("lead", [
    "自“清风行动”开展以来,某县某派出所民警坚持巡逻走访。6月10日,民警甲某在某村救下一名落水儿童。",
    "今年以来,某镇持续开展农村人居环境整治提升行动。6月10日,镇里组织志愿者清理河道。",
    "本网讯 入夏以来,某县持续高温少雨,部分山塘水位下降。6月10日上午,副县长某某到三个乡镇查看旱情。",
    "疫情发生以来,某社区组织党员轮流值守卡点。6月10日,社区又招募了二十名志愿者。",
])
def test_background_span_then_dated_event(lead: str) -> None:
    d = replace(draft(lead, "当日下午,孩子家长送来锦旗。"), page_lines=_STAMP)
    assert extract_date(d) == PartialDate(2031, 6, 10)


def test_a_first_sentence_of_news_keeps_the_stamp() -> None:
    d = replace(draft("某县召开全县防汛抗旱工作会议,部署今年汛期各项工作。6月10日,县领导检查了水库。"), page_lines=_STAMP)
    assert extract_date(d) == PartialDate(2031, 6, 14)


def test_a_date_right_after_a_sites_place_dateline_opens_the_lead() -> None:
    d = draft("某某在线青石消息 2031年5月2日,某州副州长甲某到青石县调研春耕生产。")
    assert extract_date(d) == PartialDate(2031, 5, 2)


def test_a_stretch_of_months_gives_way_to_the_step_dated_to_the_day() -> None:
    d = draft("按照县委的统一部署,某县县委于2030年10月至2031年1月开展了第三轮巡察,对12个单位开展了巡察。"
              "巡察情况经专题会议讨论后,于2031年2月1日至3日,集中对被巡察单位进行了反馈。",
              title="某县集中开展第三轮巡察反馈工作")
    assert extract_date(d) == PartialDate(2031, 2, 1)


def test_a_related_news_label_is_no_dateline_paragraph() -> None:
    d = replace(draft("为推进项目建设,6月12日,某镇组织开展项目观摩活动,全体镇干部参加。",
                      "观摩现场,各村负责人介绍了项目进展。", "相关资讯", "某镇召开春耕生产推进会"),
                page_lines=_STAMP)
    assert extract_date(d) == PartialDate(2031, 6, 12)


def test_a_byline_closed_by_its_reporting_word_before_the_date() -> None:
    d = replace(draft("本报讯 记者李明远报道 6月13日,省政府召开常务会议,研究部署防汛工作。"), page_lines=_STAMP)
    assert extract_date(d) == PartialDate(2031, 6, 13)


def test_a_signature_run_into_the_last_paragraph_dates_the_notice() -> None:
    d = draft("根据省委统一安排,3月6日至5月6日,省委第二巡视组对某县进行了巡视。巡视期间开设的信访渠道"
              "将于5月6日关闭。 特此公告。 省委第二巡视组 2031年5月5日", title="关于关闭信访举报渠道的公告")
    assert extract_date(d) == PartialDate(2031, 5, 5)


def test_a_span_of_days_after_yu_is_the_event_not_a_period() -> None:
    d = replace(draft("根据市委的要求,市政协副主席甲某带领乙某于2031年4月17至18日到某区某村进行驻点调研。"),
                page_lines=("发布时间:2031-04-24 17:55",))
    assert extract_date(d) == PartialDate(2031, 4, 17)


def test_a_period_of_months_after_yu_is_still_no_event() -> None:
    d = replace(draft("某巡察组于2031年4月17日至5月18日对某镇开展巡察。"), page_lines=("发布时间:2031-04-20 17:55",))
    assert extract_date(d) == PartialDate(2031, 4, 20)


def test_an_event_still_to_come_gives_way_to_the_dated_report_after_it() -> None:
    d = draft("某某网讯(记者 甲某)大会各项准备工作已经就绪,将1月19日上午在某市开幕。1月18日上午,某代表团在驻地召开全体会议。")
    assert extract_date(d) == PartialDate(None, 1, 18)


def test_a_one_digit_month_run_into_its_day() -> None:
    d = replace(draft("95日下午,副市长甲某来我县检查早稻收购工作。副县长乙某陪同。"),
                page_lines=("来源:某县政府网 2031-09-07 00:00",))
    assert extract_date(d) == PartialDate(2031, 9, 5)
    d = replace(draft("25日下午,副市长甲某来我县检查早稻收购工作。"), page_lines=("来源:某县政府网 2031-09-27 00:00",))
    assert extract_date(d) == PartialDate(2031, 9, 25)
