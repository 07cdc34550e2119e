"""Days written as a list under one 日 (4月23、24日), a lead dated under its dateline,
and a year a sentence names for what its event is about, not when it is held."""
from __future__ import annotations

from newsarchive.extract.date_forms import iter_dates
from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(*paragraphs: str, title: str | None = None, page_lines: tuple[str, ...] = ()) -> Draft:
    return Draft(source="a.txt", ordinal=1, title=title, subtitle=None,
                 paragraphs=tuple(paragraphs), page_lines=page_lines)


def test_a_list_of_days_under_one_day_mark_is_dated_by_its_first_day() -> None:
    assert [f.date for f in iter_dates("5月12、13日两天")] == [PartialDate(None, 5, 12)]
    assert [f.date for f in iter_dates("5月12、13、14日")] == [PartialDate(None, 5, 12)]


def test_a_lead_opening_with_a_list_of_days_is_dated() -> None:
    d = _draft("9月3、4日,市委常委、秘书长丁某某先后到甲镇、乙乡检查秋粮收购。")
    assert extract_date(d) == PartialDate(None, 9, 3)
    d = _draft("9月3、4日两天,某区甲街道学习团到我县交流社区治理经验。", page_lines=("发布时间:2031-09-05 10:00",))
    assert extract_date(d) == PartialDate(2031, 9, 3)


def test_the_lead_date_right_after_a_dateline_dates_the_event() -> None:
    d = _draft("某某新闻网某地6月9日讯(丙某某)2031年6月8日上午,某镇新建的老年食堂开门迎客。")
    assert extract_date(d) == PartialDate(2031, 6, 8)


def test_a_dateline_before_a_vague_lead_still_dates_it() -> None:
    d = _draft("某某新闻网某地6月9日讯(丙某某)近日,某镇新建的老年食堂开门迎客。")
    assert extract_date(d) == PartialDate(None, 6, 9)


def test_a_year_the_event_is_about_does_not_date_it_after_the_stamp() -> None:
    lead = "12月29日,县长甲某某主持召开2032年民生实事项目征集座谈会,听取各方建议。"
    assert extract_date(_draft(lead, page_lines=("日期:2031-12-30",))) == PartialDate(2031, 12, 29)
    # without a stamp the year the sentence names is all there is
    assert extract_date(_draft(lead)) == PartialDate(2032, 12, 29)


def test_a_dateline_relaying_another_papers_report_before_the_leads_own_date() -> None:
    d = _draft("某某网6月18日讯 据某某日报报道 6月17日,上半年全市项目建设大比拼活动拉开帷幕。",
               page_lines=("31-06-18 09:30 来源:某某网-某某日报 编辑:甘小雨",))
    assert extract_date(d) == PartialDate(2031, 6, 17)


def test_a_dateline_whose_first_sentence_dates_its_event_further_on() -> None:
    d = _draft("某某政府网3月31日讯 为切实强化火源管理,突出抓好高火险期防火工作,3月26日,某市委常委甲某深入一线检查。",
               page_lines=("31.03.2031 10:49",))
    assert extract_date(d) == PartialDate(2031, 3, 26)
    # a reporter who learned of it on the dateline's day: the report is the dateline's
    d = _draft("某某网3月9日电 记者今天获悉,根据省委统一部署,3月7日、8日,省委10个巡视组已进驻。")
    assert extract_date(d) == PartialDate(None, 3, 9)
    # a period the sentence states is no event's date
    d = _draft("新华社北京3月2日电 国务院日前公布条例,自5月1日起施行。")
    assert extract_date(d) == PartialDate(None, 3, 2)
