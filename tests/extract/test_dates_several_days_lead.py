"""A lead that reports several days (连日来,…) on a page with no stamp is dated by the next
paragraph's first dated step; 近日 stays vague and a stamp still wins.  Sentences and names
are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate

_LEAD = "连日来,某县领导深入到包村联系点走访慰问,倾听民意。"
_NEXT = "1月9日上午,王某带着慰问品深入到某村走访了部分群众。"


def _date(*paragraphs: str, stamp: str | None = None) -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                              page_lines=(stamp,) if stamp else ()))


def test_several_days_dated_by_the_first_dated_step() -> None:
    assert _date(_LEAD, _NEXT) == PartialDate(None, 1, 9)


def test_a_stamp_dates_a_several_days_report() -> None:
    assert _date(_LEAD, _NEXT, stamp="发布时间:2031-01-12") == PartialDate(2031, 1, 12)


def test_a_vague_lead_stays_without_date() -> None:
    assert _date("近日,某县领导深入到包村联系点走访慰问,倾听民意。", _NEXT) is None
    assert _date(_LEAD, "王某带着慰问品深入到某村走访了部分群众。") is None
