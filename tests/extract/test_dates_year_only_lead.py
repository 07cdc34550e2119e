"""A lead that gives only the year ("在二〇〇七年底,…") dates a text nothing else dates by that
year alone; a stamp or any finer date wins, and a period (2007年以来) is no date.  Sentences
are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _date(*paragraphs: str, stamp: str | None = None) -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                              page_lines=(stamp,) if stamp else ()))


@pytest.mark.parametrize("lead", ["在二〇〇七年底,某省通报查处了一批干部。", "2007年,某县查处了一批干部。",
                                  "在二零零七年底,某省通報查處了一批幹部。"])
def test_a_year_only_lead(lead: str) -> None:
    assert _date(lead, "某省以江为界,分为南北两大地区。") == PartialDate(2007, None, None)


def test_finer_dates_and_stamps_win() -> None:
    assert _date("2007年,某县查处了一批干部。", "某省以江为界。", stamp="发布时间:2031-01-12") \
        == PartialDate(2031, 1, 12)
    # the finer date takes the one year the text writes (see test_dates_one_written_year)
    assert _date("2007年,某县查处了一批干部。", "3月5日,某县召开会议。") == PartialDate(2007, 3, 5)
    assert _date("2007年以来,某县查处了一批干部。", "某省以江为界。") is None
