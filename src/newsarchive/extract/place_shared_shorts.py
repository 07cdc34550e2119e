"""Short names two divisions share (襄城: 襄城县 and 襄城区; 鼓楼: five 鼓楼区), read by kind.

A bare short name counts as a place only where it names one division (see
:mod:`.place_names`).  Where several share it, an article that speaks of its own
place by kind (县委书记, 全县, 我区) and writes the short name again and again
(为襄城高质量发展, 襄城故事) means the one of that kind: when exactly one of them is.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from . import gazetteer as gz
from .gazetteer import CITY, COUNTY
from .place_words_cut import inside_word

__all__ = ["shared_short_of_kind"]

#: What would make the short name a full one (滨海区): a name the gazetteer does not hold is
#: no mention of the divisions that share its start.
_LEVEL_ENDS = frozenset("省市县区州旗盟镇乡")
#: Times an article must write a shared short name to mean a place by it.
_REPEATS = 2


@functools.lru_cache(maxsize=1)
def _shared() -> tuple[re.Pattern[str], dict[str, tuple[gz.Division, ...]]]:
    """The short names of two or more cities or counties (no province), and a pattern of them."""
    table = {short: tuple(d for d in found if d.level in (CITY, COUNTY))
             for short, found in gz.gazetteer().by_short.items()
             if len(short) >= 2 and not any(d.level < CITY for d in found)}
    table = {short: found for short, found in table.items() if len(found) > 1}
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))
    return pattern, table


def shared_short_of_kind(text: str, kind: str) -> str | None:
    """The one division of ``kind`` (县, 区, 市) among those sharing a short name the text
    writes at least twice as a word of its own; None when no such name, or several."""
    pattern, table = _shared()
    counts = Counter(m.group() for m in pattern.finditer(text)
                     if text[m.end():m.end() + 1] not in _LEVEL_ENDS and not inside_word(text, m.start(), m.end()))
    found = {d.name for short, n in counts.items() if n >= _REPEATS
             for d in table[short] if d.name.endswith(kind)}
    return found.pop() if len(found) == 1 else None
