"""A lead opened by a bullet ("◆25日上午,…") still gives its date; a full date closing the
headline line ("…参观考察(2031年06月04日)") dates the page when nothing else does."""
from __future__ import annotations

import pytest

from newsarchive.extract.date_stamps import headline_stamp
from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _date(*paragraphs: str, title: str | None = None, stamp: str | None = None) -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs,
                              page_lines=(stamp,) if stamp else ()))


@pytest.mark.parametrize("lead, want", [
    ("◆25日上午,某市人大會議閉幕后,新當選的市長向憲法宣誓。", PartialDate(None, None, 25)),
    ("■6月25日上午,某县召开干部大会。", PartialDate(None, 6, 25)),
    ("★本报讯 25日上午,某镇召开会议。", PartialDate(None, None, 25)),
])
def test_a_bullet_before_the_lead_date(lead: str, want: PartialDate) -> None:
    assert _date(lead) == want


@pytest.mark.parametrize("title, want", [
    ("某市老干部到某区参观考察(2031年06月04日)", PartialDate(2031, 6, 4)),
    ("某县召开干部大会 2031-06-04", PartialDate(2031, 6, 4)),
    ("某县召开干部大会（2031.6.4）", PartialDate(2031, 6, 4)),
    ("某县2031年6月4日召开干部大会", None),        # a date inside the headline is its event's
    ("某县召开干部大会(6月4日)", None),              # no year: no stamp
    ("某县召开干部大会(2031年06月04日上午)", None),  # more than the date in the bracket
    ("某会议（2031年6月4日至6日）", None),
])
def test_headline_stamp(title: str, want: PartialDate | None) -> None:
    assert headline_stamp(title) == want


def test_the_headline_date_gives_the_lead_its_year() -> None:
    lead = "6月3日上午,某市老干部到某区参观考察。"
    assert _date(lead, title="某市老干部到某区参观考察(2031年06月04日)") == PartialDate(2031, 6, 3)
    assert _date(lead, title="某市老干部到某区参观考察") == PartialDate(None, 6, 3)
    # the page's own stamp comes first
    assert _date(lead, title="某市老干部到某区参观考察(2031年06月04日)", stamp="发布时间:2032-06-05") \
        == PartialDate(2032, 6, 3)
