"""A lead that announces an event still to come (某某将于10月8日带队赴…) is dated by the
page's stamp when there is one: the report is of that day, the event is later.
Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _paged(lead: str, stamp: str | None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="某市市长率团考察某省", subtitle=None, paragraphs=(lead,),
                 page_lines=(stamp,) if stamp else (), front_matter={})


def test_an_event_to_come_is_dated_by_the_stamp() -> None:
    lead = "某市市长甘小雨将于十月八日带队赴某省参加经贸洽谈会。"
    assert extract_date(_paged(lead, "2031年9月18日(星期四)")) == PartialDate(2031, 9, 18)


def test_an_event_to_come_without_a_stamp_keeps_its_date() -> None:
    lead = "某市市长甘小雨将于10月8日带队赴某省参加经贸洽谈会。"
    assert extract_date(_paged(lead, None)) == PartialDate(None, 10, 8)


def test_an_event_held_keeps_its_date_under_a_stamp() -> None:
    lead = "某市市长甘小雨于9月14日带队赴某省参加经贸洽谈会。"
    assert extract_date(_paged(lead, "2031年9月18日(星期四)")) == PartialDate(2031, 9, 14)
