"""Where a title read backwards from its post starts, past the sentence run into it.

:func:`titles.title_start` walks left from a post over characters that can
belong to an organisation's name and stops at punctuation or a stop word.  A
sentence may run into the title with any verb or particle the stop words do
not list (学习松原市委副书记…, 考察团一行受到某市副市长…, 以某市市委书记…), and
the person's page would then show that text as the title.  Here the span is
cut by jieba's dictionary with parts of speech: at the first word that cannot
stand inside an organisation's name (a verb, a preposition, a particle…) and
is followed by a place name or an organ (市委, 人民政府…), the title starts
after it.  The words and tags are data (``data/title_edges.yaml``).
"""
from __future__ import annotations

import functools

from ..simplified import to_simplified
from . import gazetteer as gz
from . import lexicon
from .people_words import chars, words

_JUNK_TAGS = frozenset(words("title_edges", "junk_tags"))
_KEEP_WORDS = frozenset(words("title_edges", "keep_words"))
_ORGAN_HEADS = tuple(words("title_edges", "organ_heads"))
_PLACE_KINDS = chars("title_edges", "place_kind_chars")
#: The longest place name tried where a title may start (黑龙江省, 新疆维吾尔自治区).
_LONGEST_PLACE = 8


def past_left_junk(text: str, start: int, post_start: int) -> int:
    """``start`` moved right past the words before the title proper, if any."""
    if post_start - start < 3:
        return start
    return start + _junk_length(to_simplified(text[start:post_start]))


@functools.lru_cache(maxsize=8192)
def _junk_length(span: str) -> int:
    """How many characters of ``span`` (a title's text before its post) come before the
    title proper: up to the first run-in word followed by a place or an organ, else 0."""
    at = 0
    for word, tag in lexicon.pos_cut(span)[:-1]:
        at += len(word)
        if (tag in _JUNK_TAGS and word not in _KEEP_WORDS and span[at - 1] not in _PLACE_KINDS
                and not _is_place(word) and _opens_title(span, at)):
            return at
    return 0


def _opens_title(span: str, at: int) -> bool:
    """Whether a place name or an organ begins at ``at``."""
    if span.startswith(_ORGAN_HEADS, at):
        return True
    return any(_is_place(span[at:at + n]) for n in range(2, min(_LONGEST_PLACE, len(span) - at) + 1))


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    g = gz.gazetteer()
    return frozenset((*g.by_name, *g.by_short, *g.towns))


def _is_place(word: str) -> bool:
    return word in _place_names()
