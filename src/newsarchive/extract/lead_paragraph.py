"""Which paragraph is an article's lead: the first, or a dateline paragraph under a summary.

Some pages put a summary of the story, or a few paragraphs of scene, above the report's
dateline ("某某网讯(记者 某某)…", "新华社某地3月2日电"); the layout keeps them one article.
The dateline's paragraph then opens the report: the date and the place of its event are
told there, the paragraphs above it restate or colour them.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from ..simplified import to_simplified
from .date_context import alternation
from .date_forms import DATE_RE
from .folding import fold

__all__ = ["after_note", "dateline_after_summary"]

#: How far down a dateline may follow the summary paragraphs above it.
_SUMMARY_PARAGRAPHS = 5


@functools.lru_cache(maxsize=1)
def _dateline_opening() -> re.Pattern[str]:
    """A paragraph that opens with a dateline (本报讯, 某某网讯(记者…), 新华社某地3月2日电), its
    outlets parted by a slash or not (某某网/某某客户端讯)."""
    return re.compile(rf"^[\u4e00-\u9fff·\d/]{{1,24}}?(?:{alternation('dateline_ends')})(?=[\s(（:：【\[\d])(?!\s*$)")


#: How many paragraphs under an editor's note its report's dated lead may come.
_NOTE_REACH = 4


@functools.lru_cache(maxsize=1)
def _note_label() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)[【\[〔(（]?\s*(?:{alternation('note_labels')})\s*[】\]〕)）]?\s*(?:[:：]|$)")


def after_note(paragraphs: Sequence[str], subtitle: str | None = None) -> int:
    """Where the report starts under an editor's note or a column's opening words (编者按:…,
    a series' 开栏的话, labelled in the first paragraph or in the heading over it): the first
    dated paragraph or dateline a few paragraphs under it; 0 when there is no note, or no
    such paragraph."""
    label = _note_label()
    if not ((subtitle and label.search(fold(subtitle))) or (paragraphs and label.match(fold(paragraphs[0])))):
        return 0
    opening = _dateline_opening()
    for k in range(1, min(len(paragraphs), _NOTE_REACH + 1)):
        text = to_simplified(fold(paragraphs[k]))
        if DATE_RE.match(text.lstrip()) or opening.match(text):     # 10月16日清晨,…: the report's lead
            return k
    return 0


def dateline_after_summary(paragraphs: Sequence[str], subtitle: str | None = None) -> int:
    """Where the lead is: the report under an editor's note (:func:`after_note`), a dateline
    paragraph under summary paragraphs (one that carries the lead's words: a page's 相关资讯
    is none), else the first paragraph (index 0)."""
    noted = after_note(paragraphs, subtitle)
    if noted:
        return noted
    opening = _dateline_opening()
    for k, paragraph in enumerate(paragraphs[:_SUMMARY_PARAGRAPHS + 1]):
        if opening.match(to_simplified(fold(paragraph))):
            return k
    return 0
