"""On a page with a stamp, a day written alone after the lead's subject, before its verb (a
wire's style: 某某15日在某县调研), takes the stamp's month.  Sentences are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _date(*paragraphs: str, stamp: str | None = None) -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                              page_lines=(stamp,) if stamp else ()))


@pytest.mark.parametrize("lead, stamp, want", [
    ("按照安排,省委第七巡视组24日开始对某县开展为期10日的巡视。", "2031/8/25 作者 某某", PartialDate(2031, 8, 24)),
    ("某市市长柯明远15日在某县调研秋粮收购。", "发布时间:2031-09-02", PartialDate(2031, 8, 15)),
])
def test_a_day_after_the_subject_takes_the_stamps_month(lead: str, stamp: str, want: PartialDate) -> None:
    """A wire's style: the day written alone after the first sentence's subject, before its verb."""
    assert _date(lead, "会议要求各单位积极配合。", stamp=stamp) == want
