"""Date forms of real pages: a span's first day, a day with the time of day and no 日, a
slash date after a word that opens a period, a Taiwan stamp in the Republic's years, a
date right before what the subject does, and a year written above the lead.  Names,
places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.date_forms import iter_dates
from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _date(*paragraphs: str, page: tuple[str, ...] = ()) -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                              page_lines=page))


def _forms(text: str) -> list[PartialDate]:
    return [f.date for f in iter_dates(text)]


def test_a_span_gives_its_first_day() -> None:
    assert _forms("6月13至14日") == [PartialDate(None, 6, 13)]
    assert _forms("2030年7月3-4日") == [PartialDate(2030, 7, 3)]
    assert _date("2月13至15日,柳湾市党政考察团赴邻省考察。") == PartialDate(None, 2, 13)


def test_a_day_with_the_time_of_day_needs_no_日() -> None:
    assert _forms("3月4下午3:00") == [PartialDate(None, 3, 4)]
    # a month and a count are no date
    assert _forms("3月4个项目") == []


def test_a_date_right_before_the_subjects_action_is_the_events() -> None:
    page = ("发布时间:2030-06-16 09:00",)
    assert _date("青禾县第五届人民代表大会第二次会议3月4日下午3:00在县剧院隆重开幕。",
                 page=("发布时间:2030-03-06 10:00",)) == PartialDate(2030, 3, 4)
    assert _date("联谊会会长甘小雨6月13至14日率考察团赴柳湾市考察。", page=page) == PartialDate(2030, 6, 13)
    # a date that no action follows is not the event's: the stamp stays
    assert _date("该项目6月1日的进度报告显示,工程已完成过半。", page=page) == PartialDate(2030, 6, 16)


def test_a_slash_date_after_a_word_opening_a_period() -> None:
    assert _date("两岸媒体联合采访活动於5/29開始展開,为期五天。") == PartialDate(None, 5, 29)
    # a fraction is no date
    assert _forms("约1/3的资金") == []


def test_a_taiwan_stamp_in_the_republics_years() -> None:
    assert _date("某縣長26日接見訪問團,雙方交換意見。", page=("發布日期:101-03-26",)) == PartialDate(2012, 3, 26)
    # a code with a dash after another label is no date
    assert _date("某縣長接見訪問團,雙方交換意見。", page=("文號:101-03-26",)) is None


def test_a_year_written_above_the_lead_completes_it() -> None:
    assert _date("北京时间2030年8月7日,星期日,青禾县人大常委会决定甘小雨代理县长。",
                 "8月3日下午,县人大常委会第四次会议召开。") == PartialDate(2030, 8, 3)


def test_a_traditional_announcement_gives_the_start_of_its_stay() -> None:
    assert _date("省第二督察組近日進駐青禾市開展督察。",
                 "進駐期間(2030年4月8日—4月30日)設立專門值班電話:0563-1234567。",
                 page=("2030-05-29",)) == PartialDate(2030, 4, 8)


def test_a_date_right_before_a_group_entering_or_a_leader_going_deep_dates_the_event() -> None:
    assert _date("柳湾网讯(记者 木子)经省委批准,省第三生态环境保护督察组7月26日进驻柳湾集团,开展为期1个月的督察。") \
        == PartialDate(None, 7, 26)
    assert _date("市长甘小雨7月26日深入青石县调研防汛工作。") == PartialDate(None, 7, 26)
    assert _date("经省委批准,省第三生态环境保护督察组于2031年9月7日至9月26日进驻柳湾市开展督察。") \
        == PartialDate(2031, 9, 7)
