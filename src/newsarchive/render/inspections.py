"""The inspection directory: every round, group and contact, newest first, in pages.

``inspections.html`` holds the newest rounds (the ones still taking
reports), ``inspections/2.html`` … the older ones, ``directory_page_size``
rounds a page.  One page for every round would grow with the archive without
bound (8 MB of HTML at 10,000 articles).  A page receives only its rounds and
their articles, not the archive, so it comes from the page cache unless one
of them changed or the rounds moved between pages.

A round announced more than :data:`PAST_AFTER_MONTHS` months before the
archive's newest month is over (a round runs one to three months): it is
listed by its facts, hotlines and a link to its article, which holds the
groups' table.  Repeating every old round's table made the directory a
second copy of every announcement (65 MB at 100,000 articles), for rounds no
longer taking reports.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

import jinja2

from ..archive import Archive, InspectionEntry, Month
from ..config import Config
from .env import render_page
from .paging import paged

PATH = "inspections.html"
#: Where pages 2, 3, … of the directory are.
REST = "inspections/{}.html"
#: A round announced this many whole months before the archive's newest month, or more, is over
#: unless it gives a later closing date.
PAST_AFTER_MONTHS = 6


def newest_month(months: Sequence[Month]) -> tuple[int, int] | None:
    """(year, month) of the archive's newest month with both known, or None."""
    known = [(m.year, m.month) for m in months if m.year and m.month]
    return max(known) if known else None


def is_past(entry: InspectionEntry, newest: tuple[int, int] | None) -> bool:
    """Whether ``entry``'s round is over by the archive's ``newest`` month: announced
    :data:`PAST_AFTER_MONTHS` or more months before it, closing (when a full closing date
    is given) before it.  A round whose year is unknown is never past."""
    if newest is None or entry.date is None or not (entry.date.year and entry.date.month):
        return False
    age = (newest[0] - entry.date.year) * 12 + newest[1] - entry.date.month
    close = entry.inspection.close
    if close is not None and close.year and close.month and (close.year, close.month) >= newest:
        return False
    return age >= PAST_AFTER_MONTHS


def render_inspections(archive: Archive, config: Config, env: jinja2.Environment,
                       common: Mapping[str, Any]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    newest = newest_month(archive.months)
    for pager, page in paged(archive.inspections, config.directory_page_size, PATH, REST):
        articles = {e.article_id: archive.article(e.article_id) for e in page}
        out[pager.here] = render_page(env, config, "inspections.html", pager.here, **common, entries=page,
                                      articles=articles, pager=pager,
                                      past=[is_past(e, newest) for e in page])
    return out
