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
from .folding import fold

__all__ = ["dateline_after_summary"]

#: How far down a dateline may follow the summary paragraphs above it.
_SUMMARY_PARAGRAPHS = 5


@functools.lru_cache(maxsize=1)
def _dateline_opening() -> re.Pattern[str]:
    """A paragraph that opens with a dateline (本报讯, 某某网讯(记者…), 新华社某地3月2日电), its
    outlets parted by a slash or not (某某网/某某客户端讯)."""
    return re.compile(rf"^[\u4e00-\u9fff·\d/]{{1,24}}?(?:{alternation('dateline_ends')})(?=[\s(（:：【\[\d])(?!\s*$)")


def dateline_after_summary(paragraphs: Sequence[str]) -> int:
    """Where the lead is: a dateline paragraph under summary paragraphs (one that carries
    the lead's words: a page's 相关资讯 is none), else the first paragraph (index 0)."""
    opening = _dateline_opening()
    for k, paragraph in enumerate(paragraphs[:_SUMMARY_PARAGRAPHS + 1]):
        if opening.match(to_simplified(fold(paragraph))):
            return k
    return 0
