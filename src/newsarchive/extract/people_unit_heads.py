"""Heads of units named after their unit in a list the text counts: ``甲镇某某、乙乡某某、
丙局某某3名党政主要负责人述职`` names three officials.  The units and the closing words are
data (``data/people.yaml``); no post is written for the names, so none is given.
"""
from __future__ import annotations

import functools
import re

from .numerals import NUMBER
from .people_name_words import is_name
from .people_names import Mention
from .people_words import words
from .wordre import words_pattern

#: Fewest heads such a list names.
_MIN_HEADS = 2


@functools.lru_cache(maxsize=1)
def _closer() -> re.Pattern[str]:
    """The count and the heads' collective role that close the list (6名党政主要负责人)."""
    closers = words_pattern(words("people", "unit_head_closers"))
    return re.compile(rf"(?:{NUMBER})(?:名|位)[\u4e00-\u9fff]{{0,8}}?(?:{closers})")


def unit_head_mentions(text: str) -> list[Mention]:
    """Every head of a counted unit-and-name list (see the module docstring)."""
    out: list[Mention] = []
    units = words("people", "unit_head_units")
    for m in _closer().finditer(text):
        start = max((text.rfind(c, 0, m.start()) for c in ",，。;；:：\n"), default=-1) + 1
        items = text[start:m.start()].removesuffix("等").split("、")
        if len(items) < _MIN_HEADS:
            continue
        heads = [_head(item, units) for item in items]
        if all(heads):
            pos = start
            for item, name in zip(items, heads):
                out.append(Mention(pos + len(item) - len(name), name))
                pos += len(item) + 1
    return out


def _head(item: str, units: tuple[str, ...]) -> str | None:
    """The name ending ``item`` when a unit's name comes before it (上秦镇黄某某)."""
    for k in (3, 2):
        name, unit = item[-k:], item[:-k]
        if len(unit) >= 2 and unit.endswith(units) and is_name(name, anchored=True):
            return name
    return None
