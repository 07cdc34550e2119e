"""A lead that opens with a span of days, a span whose first day drops 日 (7月25至27日), a
page stamp that drops 日 before its time, decoration-only lines, a listen button, a video
note and a summary label between stars.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.extract.date_context import day_only_lead
from newsarchive.extract.date_stamps import page_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, STAMP, line_kind
from newsarchive.split.titles import headline


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]


def test_a_lead_opening_with_a_span_of_days_gives_its_first() -> None:
    assert day_only_lead("14日至17日,自治区领导深入某市调研。") == 14
    assert day_only_lead("14至17日,自治区领导深入某市调研。") == 14
    assert day_only_lead("共有14人,参加培训。") is None
    text = "某某在某市调研时强调\n\n2031年07月18日09:52 | 来源:某某日报\n\n14日至17日,自治区领导深入某市调研。\n"
    assert extract_date(_split(text)) == PartialDate(2031, 7, 14)


def test_a_stamp_that_drops_ri_before_its_time() -> None:
    assert page_date(("2031年10月28 17:37:53 来源:某县人民政府网站",)) == PartialDate(2031, 10, 28)
    assert line_kind("2031年10月28 17:37:53 来源:某县人民政府网站") == STAMP
    text = "某区考察团莅临考察\n2031年10月28 17:37:53 来源:某县人民政府网站\n10月27日下午,某区考察团莅临我县参观考察。\n"
    d = _split(text)
    assert d.subtitle is None
    assert extract_date(d) == PartialDate(2031, 10, 27)


def test_page_furniture_of_players_and_labels() -> None:
    assert line_kind("• -") == CHROME
    assert line_kind("• 听全文") == CHROME
    assert line_kind("视频较长,建议在wifi环境下观看↓↓↓") == CHROME
    assert line_kind("★新闻提要★") == CHROME
    text = ("时间:2031/9/13来源:本站原创\n\n视频较长,建议在wifi环境下观看↓↓↓\n\n★新闻提要★\n\n"
            "9月6日至8日,县长甲某某率代表团一行赴外地开展考察活动。\n\n甲某某一行实地参观了产业园区。\n")
    assert extract_date(_split(text)) == PartialDate(2031, 9, 6)


def test_a_line_of_people_joining_in_is_a_subtitle() -> None:
    assert headline(["某某率代表团赴某省推进协作工作", "全面提升协作质量 推进乡村振兴", "甲某某乙某某参加有关活动"])[0] \
        == "某某率代表团赴某省推进协作工作"


def test_yuanyue_is_january() -> None:
    from tests.extract import draft
    assert extract_date(draft("元月3日上午,某县第十五届人民代表大会第五次会议隆重开幕。")) == PartialDate(None, 1, 3)


def test_a_headline_run_into_its_dated_lead() -> None:
    from newsarchive.split.patterns import split_run_in_lead
    line = "某市召开高新技术产业开发区建设发展大会 3月1日上午,省委、省政府在某市召开高新技术产业开发区建设发展大会。"
    assert split_run_in_lead(line) == ("某市召开高新技术产业开发区建设发展大会",
                                       "3月1日上午,省委、省政府在某市召开高新技术产业开发区建设发展大会。")
    # a caption, a byline or a bracketed dateline before the date is no headline
    assert split_run_in_lead("会议现场 3月1日上午,省委、省政府在某市召开高新技术产业开发区建设发展大会。") is None
    assert split_run_in_lead("某报业集团全媒体报道组 记者甲某某 4月9日,某报业集团全媒体报道组走进某县采访。") is None
    assert split_run_in_lead("云上某县报道(记者甲某某 通讯员乙某某) 9月10日,全县8个乡镇同步召开党代会。") is None


def test_a_credits_kind_after_the_names_is_no_name() -> None:
    from newsarchive.extract.people import extract_reporters
    from tests.extract import draft
    d = draft("会议召开。", "日期:2031-07-29信息来源:某区融媒体中心 作者:张志斌、吴添翼 文字 【点击数:")
    assert extract_reporters(d) == ("张志斌", "吴添翼")


def test_a_meetings_year_in_brackets_numbers_it_within_its_year() -> None:
    from tests.extract import draft
    d = draft("7月22日上午,市政府[2031]第一次全体(扩大)会议在政府会议室召开。")
    assert extract_date(d) == PartialDate(2031, 7, 22)
    assert extract_date(draft("7月22日上午,市政府第一次全体会议召开。")) == PartialDate(None, 7, 22)


def test_an_editors_line_that_dates_the_page_is_its_stamp() -> None:
    from newsarchive.extract.people import extract_reporters
    assert line_kind("编辑:张可杨 时间:2031-07-09") == STAMP
    assert line_kind("编辑:张可杨") == "editor"
    text = ("某某赴省应急指挥中心调度部署防汛工作\n编辑:张可杨 时间:2031-07-09\n"
            "某某报消息(全媒体记者 黄萍)7月9日上午,省委书记甲某某来到省应急指挥中心调度部署防汛工作。\n")
    d = _split(text)
    assert extract_date(d) == PartialDate(2031, 7, 9)
    assert extract_reporters(d) == ("黄萍",)


def test_a_bare_name_closed_by_baodao_before_the_leads_date() -> None:
    from tests.extract import draft
    d = draft("青原讯 康小凯 报道 3月16日,全区召开安全生产工作推进会。")
    assert extract_date(d) == PartialDate(None, 3, 16)


def test_a_span_of_days_after_the_dateline_gives_its_first() -> None:
    from tests.extract import draft
    d = draft("本报7月11日讯(记者 张小德)10日至11日,全市乡村振兴现场推进会议召开。")
    assert extract_date(d) == PartialDate(None, 7, 10)
