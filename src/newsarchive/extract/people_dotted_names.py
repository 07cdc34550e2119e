"""Names written with a middle dot between their parts (阿不都·热合曼, 吐尔逊·吐尔地): names
transliterated from Uyghur, Kazakh, Mongolian and other languages, told apart from a place
and its part (甘肃·庆阳) or a paper and its app (新华日报·交汇点)."""
from __future__ import annotations

import functools
import re

from .people_name_words import (ANCHORED_WORD_FREQ, NOT_IN_NAME_RE, ORDINARY_WORD, ORG_ENDINGS, PARTICLE,
                                boundary_strength, word_entry)
from .people_words import words

__all__ = ["DOTS", "dotted_name_at"]


#: A name written with a middle dot between its parts (阿不都·热合曼, 塔勒哈提·居马拜):
#: names transliterated from Uyghur, Kazakh, Mongolian and other languages.
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8})+")
DOTS = "·•・‧"


def dotted_name_at(text: str, start: int, min_strength: int = ORDINARY_WORD) -> str | None:
    """The dotted name beginning at ``text[start]``, or None.

    Its last part (two characters or more) ends at the first particle, verb
    of the reporting register or punctuation after it: 塔勒哈提·居马拜作工作安排
    → 塔勒哈提·居马拜.  A part that is a place or organisation word (甘肃·庆阳,
    新华日报·交汇点) makes it no name.
    """
    m = _DOTTED.match(text, start)
    if not m:
        return None
    last_dot = max(m.group().rfind(d) for d in DOTS)
    found = None
    openings = _part_openings()
    for end in range(m.start() + last_dot + 3, m.end() + 1):
        if text[m.start() + last_dot + 1:end] in openings:
            continue                      # 阿不|都满金: the part goes on
        if boundary_strength(text[end:end + 8]) >= max(min_strength, PARTICLE):
            found = text[start:end]
            break
    if not found or not _dotted_parts_ok(found):
        return None
    return found


@functools.lru_cache(maxsize=1)
def _part_openings() -> frozenset[str]:
    return frozenset(words("people", "dotted_part_openings"))


@functools.lru_cache(maxsize=1)
def _media_ends() -> tuple[str, ...]:
    return tuple(words("people", "dotted_media_ends"))


def _dotted_parts_ok(name: str) -> bool:
    parts = re.split(f"[{DOTS}]", name)
    for part in parts:
        if part[-1] in ORG_ENDINGS or NOT_IN_NAME_RE.search(part) or part.endswith(_media_ends()):
            return False
        freq, tag = word_entry(part) if len(part) >= 2 else (0, "")
        if tag == "nt" or freq >= ANCHORED_WORD_FREQ or (tag == "ns" and _a_place(part, freq)):
            return False
    return True


#: A place word at least this frequent is taken for the place in a dotted name (甘肃·庆阳);
#: a rarer one that names no division is a part of a person's name (吐尔逊·吐尔地).
_DOTTED_PLACE_FREQ = 20


def _a_place(part: str, freq: int) -> bool:
    from .gazetteer import divisions       # the gazetteer reads names; imported when first needed
    return freq >= _DOTTED_PLACE_FREQ or any(divisions(part + end) for end in ("", *"省市县区州旗盟"))
