"""Traditional-character text read by rules written for simplified characters.

The extractors' word lists and patterns are simplified (书记, 县长, 记者); an
article in traditional characters (書記, 縣長, 記者) is read through a
character-for-character simplified copy, which keeps every offset, and what
the rules find is given back as the article writes it.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from ..simplified import to_simplified


@functools.lru_cache(maxsize=4096)
def simplified_view(text: str) -> tuple[str, Callable[[str], str]]:
    """``text`` in simplified characters, and a function that turns a string found
    in that copy back into the characters of ``text`` (unchanged when not found)."""
    simple = to_simplified(text)
    if simple == text:
        return text, _same
    def as_written(found: str) -> str:
        i = simple.find(found)
        if i >= 0:
            return text[i:i + len(found)]
        spaced = _spaced(found).search(simple)      # a name padded with spaces (李 强)
        return "".join(text[spaced.start():spaced.end()].split()) if spaced else found
    return simple, as_written


def unchanged(as_written: Callable[[str], str]) -> bool:
    """Whether ``as_written`` (of :func:`simplified_view`) gives back what it is given: the
    text was simplified already."""
    return as_written is _same


def _spaced(found: str) -> re.Pattern[str]:
    return re.compile(r"[ \u3000\u00a0]*".join(map(re.escape, found)))


def _same(found: str) -> str:
    return found


