"""Whether a name found in a text sits inside a longer ordinary word of its sentence.

A gazetteer name is found by its characters alone, so it is also found inside
words that merely contain them: ``代县`` in ``代县长`` (an acting county head),
``和政`` in ``党和政府``.  The dictionary cut of the sentence around the match
tells them apart: the name is no place when one word of the cut holds it and
more, and that word

* starts before it (``党和政府``), unless the word is itself a place (``老北京``), or
* starts with it but is neither a place nor an organisation's, work's or person's
  name (``代县长``: a common noun; ``湖北日报``, ``北京大学``, ``温州人`` keep their place);

or the match starts inside a word that is no place and runs on into the next
(``邻水`` of ``友邻水库``, cut 友邻|水库); or, its first character a word of its own, a short name
ends inside the next word, which is no place (``和政`` of ``纪律和政治规矩``, cut 和|政治).

Only a short stretch around the match is cut (a few characters each side, up to
punctuation), so the check costs a few dictionary lookups per match.
"""
from __future__ import annotations

import functools
import re

from . import lexicon

#: How far the cut reaches either side of the match, in characters.
_REACH = 6
#: What ends the stretch that is cut: no word runs across it.
_STOP = re.compile(r"[^\u4e00-\u9fff]")
#: Tags of longer words that keep a name they start as a place (a place, an organisation,
#: another proper name, a person from a place).
_NAME_TAGS = frozenset(("ns", "nt", "nz", "nr"))
#: A full name's last character, which the cut may join to the next word (某区|委, 某|市委书记):
#: such a match is read as a name whatever the next word.
_DIVISION_ENDS = frozenset("省市县区州盟旗镇乡村")


def inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a longer word of its sentence (see the module)."""
    lo = max(0, start - _REACH)
    for m in _STOP.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + _REACH)
    stop = _STOP.search(text, end, hi)
    if stop is not None:
        hi = stop.start()
    return _holds(text[lo:hi], start - lo, end - lo)


def _ends_inside(rest: list[str], pos: int, end: int) -> bool:
    """Whether ``end`` falls inside one of the words ``rest`` (starting at ``pos``), one
    that is no place (和|政治: the match's end cuts 政治)."""
    for word in rest:
        if pos >= end:
            return False
        pos += len(word)
        if pos > end:
            return lexicon.tag(word) != "ns"
    return False


@functools.lru_cache(maxsize=8192)
def _holds(stretch: str, start: int, end: int) -> bool:
    pos = 0
    cut = lexicon.cut(stretch)
    for k, word in enumerate(cut):
        w_start, pos = pos, pos + len(word)
        if w_start > start or pos < end:
            if w_start < start < pos:
                return lexicon.tag(word) != "ns"   # 友邻|水库: the match starts inside a word
            if pos > start:           # the match starts a word of the cut
                return pos == start + 1 and stretch[end - 1] not in _DIVISION_ENDS \
                    and _ends_inside(cut[k + 1:], pos, end)
            continue
        if len(word) == end - start:
            return False
        tag = lexicon.tag(word)
        if tag == "ns":
            return False
        return w_start < start or tag not in _NAME_TAGS
    return False
