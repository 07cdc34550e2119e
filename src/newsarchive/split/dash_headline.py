"""Headlines the layout left among an article's first paragraphs.

A headline set below a photo's caption, its subtitle opened by a dash:

Feature pages put the photo first: the caption (often ending in the photographer's
credit, ``(某某日报记者某某摄)``), then the headline, then a subtitle opened by a dash
(``——记某某与乡亲们的会面``).  The line after a credit starts a paragraph of its own, and
in an article the layout gave no headline, a short line right above such a subtitle
among its first paragraphs is the headline.

A headline ending in a dash run over the dateline, under summary paragraphs
(``…考察海南的重要指示———`` / ``某某日报某地4月2日讯…``): the dashes lead into the report.

A series' headline below the feature's opening paragraph: a short line that opens
with the series' name and the instalment (``走近某某之二:…``).
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from ..simplified import to_simplified
from ..textnorm import without_pinyin
from .patterns import STRONG, lead_strength, list_words

#: How far down the headline may stand (under a caption or two).
_HEADLINE_REACH = 3
#: A headline's length, and the least a dash subtitle says after its dash (an
#: epigraph's attribution, ``——某某``, is shorter).
_HEADLINE_CHARS = (4, 30)
_SUBTITLE_MIN = 8
_DASH = re.compile(r"^\s*(?:——|—{2,}|--)\s*")
_SENTENCE_END = re.compile(r"[。！？!?；;]$")


@functools.lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(list_words("photo_credit_words"), key=len, reverse=True))
    return re.compile(rf"[(（][^(（]{{0,40}}(?:{words})\s*[)）]\s*$")


@functools.lru_cache(maxsize=1)
def _credit_words() -> tuple[str, ...]:
    return list_words("photo_credit_words")


def is_photo_credit(byline: str) -> bool:
    """Whether a byline cut off a line is a photo's credit (某某网记者 某某 摄)."""
    return to_simplified(byline).rstrip().endswith(_credit_words())


def ends_with_credit(text: str) -> bool:
    """Whether ``text`` ends with a photo's credit in brackets (a caption's end)."""
    text = text.rstrip()
    if not text.endswith((")", "）")):
        return False                  # most paragraphs: no bracket, nothing to convert
    return _credit().search(to_simplified(text[-48:])) is not None


def dash_headline(paragraphs: Sequence[str]) -> tuple[str, list[str]] | None:
    """(headline, the other paragraphs) when a short line among the first paragraphs
    stands right above a dash subtitle; else None.  The subtitle stays the text's first
    line under the headline (it says what the story is: ``——记…``)."""
    for k in range(min(_HEADLINE_REACH, len(paragraphs) - 1)):
        line, below = paragraphs[k].strip(), paragraphs[k + 1].strip()
        dash = _DASH.match(below)
        if dash is None or len(below) - dash.end() < _SUBTITLE_MIN:
            continue
        shortest, longest = _HEADLINE_CHARS
        if not shortest <= len(line) <= longest or _SENTENCE_END.search(line) or _DASH.match(line):
            continue
        if line.startswith(("“", "「", '"')) and line.endswith(("”", "」", '"')):
            continue                  # a quotation above its attribution: an epigraph
        return line, [p for i, p in enumerate(paragraphs) if i != k]
    return None


#: A series' instalment opening a line: its name, 之 and the number, a colon (走近某某之二:).
_SERIES = re.compile(r"^[\u4e00-\u9fff“”]{2,16}之[一二三四五六七八九十]{1,3}\s*[:：]")
_HEADLINE_MAX = 40


def series_headline(paragraphs: Sequence[str]) -> tuple[str, list[str]] | None:
    """(headline, the other paragraphs) when one of the first paragraphs is a series'
    instalment line (走近某某之二:"某某"有啥难?); else None."""
    for k in range(min(_HEADLINE_REACH, len(paragraphs))):
        line = paragraphs[k].strip()
        plain = without_pinyin(line)           # a mirror's pinyin (書(shū)) is no part of its words
        if len(plain) <= _HEADLINE_MAX and "。" not in plain and _SERIES.match(to_simplified(plain)):
            return line, [p for i, p in enumerate(paragraphs) if i != k]
    return None


#: How far down a dash-led headline may stand (under a few summary paragraphs).
_LEAD_IN_REACH = 5
_LEAD_IN_DASHES = ("——", "---")


def lead_in_headline(paragraphs: Sequence[str]) -> tuple[str, list[str]] | None:
    """(headline, the other paragraphs) when one of the first paragraphs is a short line
    ending in a dash run right above a dateline paragraph; else None."""
    for k in range(min(_LEAD_IN_REACH, len(paragraphs) - 1)):
        line = paragraphs[k].strip()
        if not line.endswith(_LEAD_IN_DASHES):
            continue
        head = line.rstrip("—- ")
        plain = without_pinyin(head)
        if 4 <= len(plain) <= _HEADLINE_MAX and not _SENTENCE_END.search(plain) and "。" not in plain \
                and lead_strength(paragraphs[k + 1]) == STRONG:
            return head, [p for i, p in enumerate(paragraphs) if i != k]
    return None
