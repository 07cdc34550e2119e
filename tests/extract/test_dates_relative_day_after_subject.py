"""A day before the publication written between the subject and its verb ("某市人大会议昨日
表决通过…") states no date of its own: the page's stamp (a forum post's time) dates the
report; without a stamp there is none.  Every sentence here is made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(lead: str, *page_lines: str) -> Draft:
    return Draft(source="a.txt", ordinal=1, title="某市市长辞职 某某接任", subtitle=None,
                 paragraphs=(lead, "会议还审议了其他事项。"), page_lines=page_lines)


_LEAD = "各地相继进入会期,某市人大会议昨日表决通过,接受某某辞去市长职务的请求。"


def test_a_day_before_the_stamp_after_the_subject_is_dated_by_the_stamp() -> None:
    assert extract_date(_draft(_LEAD, "作者: abc 时间: 2030-1-18 04:28 AM")) == PartialDate(2030, 1, 18)
    assert extract_date(_draft(_LEAD.replace("昨日", "前日"), "发布时间: 2030-03-01")) == PartialDate(2030, 3, 1)
    # and no later paragraph's date of another event dates it
    d = Draft(source="a.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("昨天上午,某区人大常委会召开会议。", "5月6日,区领导调研企业。"), page_lines=("发布时间: 2030-05-09",))
    assert extract_date(d) == PartialDate(2030, 5, 9)


def test_today_after_the_subject_is_no_date_of_the_event() -> None:
    # 今日 names a programme or a paper as often as a day: the stamp dates the page
    lead = "某市今日头条栏目报道,某市人大会议表决通过,接受某某辞去市长职务的请求。"
    assert extract_date(_draft(lead, "发布时间: 2030-03-01")) == PartialDate(2030, 3, 1)
    # what a reporter learned the day before is not the event's day
    lead = "记者昨日获悉,某市人大会议表决通过,接受某某辞去市长职务的请求。"
    assert extract_date(_draft(lead, "发布时间: 2030-03-01")) == PartialDate(2030, 3, 1)
