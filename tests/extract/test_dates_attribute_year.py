"""A lead's date without a year, on a page with no stamp, takes the one year its
sentence writes as an attribute of what it reports; a year of a past clause, a
comparison, a review or a span says nothing.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(*paragraphs: str, page_lines: tuple[str, ...] = ()) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="某县检查防汛工作", subtitle=None, paragraphs=paragraphs,
                 page_lines=page_lines, front_matter={})


def test_the_year_of_the_work_the_lead_reports_dates_it() -> None:
    d = _draft("6月3日,某市副市长某某来我县检查防汛工作,听取了我县2031年防汛抗旱工作情况汇报。")
    assert extract_date(d) == PartialDate(2031, 6, 3)
    d = _draft("本报讯 9月12日,2031年全州“百日行动”媒体采访团来到某市,开展集中采访。")
    assert extract_date(d) == PartialDate(2031, 9, 12)
    # the year's own first of something (迎来了2031年的第一场雪)
    assert extract_date(_draft("1月24日晚,某县迎来了2031年的第一场雪,寒风夹杂着雪花飘洒。")) == PartialDate(2031, 1, 24)
    assert extract_date(_draft("1月24日,某县迎来2031年的首场降雪。")) == PartialDate(2031, 1, 24)


def test_a_year_of_a_past_clause_a_comparison_or_a_span_gives_none() -> None:
    for lead in ("5月20日上午,某区纪委常委某某向干部通报区纪委2030年查处的违纪案件。",
                 "5月20日,某县召开会议,全县粮食产量较2030年增长一成。",
                 "5月20日,某县部署工作,力争到2035年基本实现目标。",
                 "5月20日,某县召开会议,总结2030年以来的工作。"):
        assert extract_date(_draft(lead)) == PartialDate(None, 5, 20), lead


def test_a_review_or_a_later_year_in_the_paragraph_gives_none() -> None:
    d = _draft("1月8日,某县召开2030年工作总结暨表彰大会。")
    assert extract_date(d) == PartialDate(None, 1, 8)
    d = _draft("4月2日,某县听取了2031年植树工作汇报。到2033年,全县森林覆盖率将达六成。")
    assert extract_date(d) == PartialDate(None, 4, 2)


def test_a_page_stamp_still_gives_the_year() -> None:
    d = _draft("6月3日,某县听取了2031年防汛工作情况汇报。", page_lines=("发布时间:2032-06-04 10:00",))
    assert extract_date(d) == PartialDate(2032, 6, 3)


def test_a_review_of_part_of_the_year_from_april_on_names_the_year_running() -> None:
    d = _draft("7月6日上午,某街道召开第三季度工作部署会,全面总结2031年上半年各项工作开展情况。")
    assert extract_date(d) == PartialDate(2031, 7, 6)
    # in January a review of the fourth quarter looks back on the year before
    d = _draft("1月6日上午,某街道召开会议,全面总结2030年第四季度各项工作。")
    assert extract_date(d) == PartialDate(None, 1, 6)


def test_a_meeting_that_reviews_last_year_still_names_its_own() -> None:
    d = _draft("9月26日,某市召开2031年优化营商环境大会,总结2030年工作,安排部署2031年重点任务。")
    assert extract_date(d) == PartialDate(2031, 9, 26)
