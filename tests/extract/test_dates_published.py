"""A saved page's or a document's publication date (its reader's ``published``) is a stamp:
the text's own date wins, and takes its year from it; a text without a date takes it.
A date the archive keeper declares in front matter wins over all.

Every sentence here is made up.
"""
from __future__ import annotations

import datetime as dt

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(lead: str, **front) -> Draft:
    return Draft(source="a.html", ordinal=1, title="某县召开会议", subtitle=None,
                 paragraphs=(lead, "会议要求，各部门要抓好落实。"), front_matter=front)


def test_the_texts_own_date_wins_over_the_pages_publication_date() -> None:
    assert extract_date(_draft("2025年3月11日下午，某县召开专题会议。", published=dt.date(2025, 3, 12))) \
        == PartialDate(2025, 3, 11)


def test_a_day_without_its_year_takes_the_publication_dates() -> None:
    assert extract_date(_draft("3月11日下午，某县召开专题会议。", published=dt.date(2025, 3, 12))) \
        == PartialDate(2025, 3, 11)


def test_a_text_without_a_date_is_dated_by_its_publication() -> None:
    assert extract_date(_draft("近日，某县召开专题会议。", published=dt.date(2025, 3, 12))) \
        == PartialDate(2025, 3, 12)


def test_a_declared_date_wins_over_the_text() -> None:
    assert extract_date(_draft("3月11日下午，某县召开专题会议。", date="2025-03-20",
                               published=dt.date(2025, 3, 12))) == PartialDate(2025, 3, 20)
