"""Where a title read backwards from its post starts, past the sentence run into it.

:func:`titles.title_start` walks left from a post over characters that can
belong to an organisation's name and stops at punctuation or a stop word.  A
sentence may run into the title with any verb or particle the stop words do
not list (学习松原市委副书记…, 考察团一行受到某市副市长…, 以某市市委书记…), and
the person's page would then show that text as the title.  Here the span is
cut by jieba's dictionary with parts of speech: at the first word that cannot
stand inside an organisation's name (a verb, a preposition, a particle…) and
is followed by a place name or an organ (市委, 人民政府…), the title starts
after it.  The place must end where a word of jieba's cut ends (an unknown name
cut into single characters hides a place's name across two words), and a verb
right after a noun or a modifier and before an organ is a body's name
(新兴组织党工委).  The words and tags are data (``data/title_edges.yaml``).
"""
from __future__ import annotations

import functools
import itertools

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
    cut = lexicon.pos_cut(span)
    if cut and len(cut[0][0]) == 1 and cut[0][1] == "p" and span[1:2] in _PLACE_KINDS:
        return 1                      # 以|市农业局局长某某为组长: a preposition before a body of a level
    ends = set(itertools.accumulate(len(w) for w, _ in cut))
    at, before = 0, ""
    for word, tag in cut[:-1]:
        at += len(word)
        if (tag in _JUNK_TAGS and word not in _KEEP_WORDS and span[at - 1] not in _PLACE_KINDS
                and not _is_place(word)):
            place = _place_opens(span, at, ends)
            # a verb after a noun or a modifier before an organ names a body (新兴|组织|党工委)
            if place or span.startswith(_ORGAN_HEADS, at) and not (tag.startswith("v") and before.startswith(("n", "b"))):
                return at
        before = tag
    return 0


def opens_with_place(span: str) -> bool:
    """Does ``span`` open with a place's name, an organ or an unnamed place (某省): the name
    of a body of its own (…和西藏自治区党委书记, 参访团与某省台办主任)?"""
    span = to_simplified(span[:_LONGEST_PLACE])
    if span.startswith(_ORGAN_HEADS) or span[:1] == "某" and span[1:2] in _PLACE_KINDS:
        return True
    return any(_is_place(span[:n]) for n in range(2, len(span) + 1))


def _place_opens(span: str, at: int, ends: set[int]) -> bool:
    """Whether a place name begins at ``at`` and ends where one of jieba's words does
    (``ends``): 安新 of 某|安|新区 ends inside the word 新区, and opens no title."""
    return any(_is_place(span[at:at + n]) and at + n in ends
               for n in range(2, min(_LONGEST_PLACE, len(span) - at) + 1))


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    g = gz.gazetteer()
    # a short name that is only the end of its division's name (新区 of some 某某新区) is a word
    shorts = (s for s, found in g.by_short.items() if not all(d.name.endswith(s) for d in found))
    return frozenset((*g.by_name, *shorts, *g.towns))


def _is_place(word: str) -> bool:
    return word in _place_names()
