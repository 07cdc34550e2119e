"""Articles without a line of text, joined to the text that follows them.

The layout starts an article at every heading group and every strong lead, so a
heading group the page set apart from its text ends up an article of its own with
no text.  Two layouts do this: a headline, then picture captions, the last caption
taken for the next text's headline; and a heading group with the page's navigation
between it and a text that has no headline of its own (an e-paper).  Either way the
headline heads the text after it.

A third: a page that puts its photos' captions above the report (a gallery of
"某某在某地调研" lines, then "本报讯…").  The captions have no headline and none of
them ends a sentence, so the layout reads them as text of an article of their own;
they are the captions of the report under them.  One such line alone right above the
report's dateline lead, under no headline but a column's label, is its headline, too
long or too full of commas to be read as one ("某某赴某区调研,强调…,持续…").  Captions
written as sentences ("某某在某地巡查。") are read so above a headless report that opens
with its dateline and tells of what they show.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Sequence

from ..repair import ends_paragraph
from ..simplified import to_simplified
from .patterns import STRONG, lead_strength, list_words
from .titles import is_column_label
from .units import CAPTION, FIELD, HEAD, PROSE, SUBHEAD, Unit

__all__ = ["textless_joined"]

#: Longest line read as one caption of a gallery above a report.
_CAPTION_LENGTH = 80
#: Fewest captions that make a gallery (one unpunctuated line may be a short notice).
_GALLERY = 2


def _textless(units: Sequence[Unit]) -> bool:
    return not any(u.role in (PROSE, FIELD) for u in units)


def _headline_and_captions(units: Sequence[Unit]) -> bool:
    roles = {u.role for u in units}
    return HEAD in roles and CAPTION in roles and roles <= {HEAD, CAPTION}


def _caption_gallery(units: Sequence[Unit]) -> bool:
    """Lines read as text, with no headline or form line among them, that are all short
    and end no sentence: a gallery's captions, not an article (an article's text ends
    its sentences)."""
    return len(units) >= _GALLERY and any(u.role == PROSE for u in units) and all(
        u.role in (PROSE, SUBHEAD, CAPTION) and len(u.text) <= _CAPTION_LENGTH and not ends_paragraph(u.text)
        for u in units)


#: Shortest run of characters a closed caption shares with the report under it.
_SHARED_RUN = 3


def _closed_gallery(units: Sequence[Unit], report: Sequence[Unit]) -> bool:
    """Short lines of one sentence each, every one ending it ("某某在某地巡查。"), right above a
    headless report that opens with its dateline and tells of what each line shows (a run of
    three characters of each line is in the report's first paragraphs): its photos' captions
    written as sentences.  Short items of a digest above a dated item share no such run."""
    if len(units) < _GALLERY or not report or any(u.role == HEAD for u in report) or not _dateline_lead(report[0]):
        return False
    told = to_simplified("".join(u.text for u in report[:2]))
    for u in units:
        text = to_simplified(u.text.strip())
        if u.role != PROSE or len(text) > _CAPTION_LENGTH or not ends_paragraph(text) \
                or any(mark in text[:-1] for mark in "。！？!?"):
            return False
        if not any(text[k:k + _SHARED_RUN] in told for k in range(len(text) - _SHARED_RUN)):
            return False
    return True


def _unfinished_line(unit: Unit) -> bool:
    return unit.role == PROSE and len(unit.text) <= _CAPTION_LENGTH and not ends_paragraph(unit.text)


def _dateline_lead(unit: Unit) -> bool:
    return unit.role == PROSE and lead_strength(unit.text) == STRONG


@functools.lru_cache(maxsize=1)
def _summary_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{'|'.join(map(re.escape, list_words('summary_openers')))})\s*[:：]")


def _headline_over_lead(units: list[Unit]) -> list[Unit]:
    """``units`` with the one unfinished line between its column labels (if any) and its
    dateline lead (a summary box between them allowed) read as the headline, when no line
    of the heading group is one."""
    k = next((n for n, u in enumerate(units) if u.role != HEAD), len(units))
    lead = k + 1
    if lead < len(units) and units[lead].role == PROSE and _summary_re().match(to_simplified(units[lead].text)):
        lead += 1
    if lead < len(units) and all(is_column_label(u.text) for u in units[:k]) \
            and _unfinished_line(units[k]) and _dateline_lead(units[lead]):
        return units[:k] + [replace(units[k], role=HEAD)] + units[k + 1:]
    return units


def textless_joined(articles: Sequence[list[Unit]]) -> list[list[Unit]]:
    """``articles`` with each article that has no text joined to the one after it: whole
    when that one has no headline, and when it follows a headline with its captions, its
    headline read as the last caption; a gallery of captions above a report with text
    joined to that report as its captions; one unfinished line over a dateline lead
    joined to it as its headline."""
    out: list[list[Unit]] = []
    for units in articles:
        prev = out[-1] if out else None
        if prev is not None and _textless(prev):
            if not any(u.role == HEAD for u in units):
                out[-1] = prev + units
                continue
            if _headline_and_captions(prev):
                out[-1] = prev + [replace(u, role=CAPTION) if u.role == HEAD else u for u in units]
                continue
        if prev is not None and not _textless(units) and (_caption_gallery(prev) or _closed_gallery(prev, units)):
            out[-1] = [replace(u, role=CAPTION, gallery=True) for u in prev] + units
            continue
        if prev is not None and len(prev) == 1 and _unfinished_line(prev[0]) and _dateline_lead(units[0]):
            out[-1] = prev + units      # one unfinished line over a dateline: its headline (below)
            continue
        out.append(units)
    return [_headline_over_lead(units) for units in out]
