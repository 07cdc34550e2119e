"""Dates whose 月 (and 年) a page lost, the digits run together ("2019716日晚").
Read only when one split of the month-day digits is a date.  Sentences made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.dates import extract_date, iter_dates
from newsarchive.records import PartialDate

from . import draft


@pytest.mark.parametrize("text, want", [
    ("2019716日晚,县长在县政府主持召开常务会议。", [PartialDate(2019, 7, 16)]),
    ("2019年1130日上午,县委召开会议。", [PartialDate(2019, 11, 30)]),
    ("20201231日,某镇召开总结会。", [PartialDate(2020, 12, 31)]),
    ("2019112日召开会议。", []),                 # 1月12日 or 11月2日: no reading
    ("全年完成20191万元,12日前上报。", []),       # no 日 right after the digits
])
def test_fused_dates(text: str, want: list[PartialDate]) -> None:
    assert [d.date for d in iter_dates(text)] == want


def test_fused_date_dates_the_lead() -> None:
    d = draft("2019716日晚,县长在县政府六楼会议室主持召开县政府第9次常务会议。")
    assert extract_date(d) == PartialDate(2019, 7, 16)
