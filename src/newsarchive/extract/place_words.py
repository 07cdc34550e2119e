"""The word lists of the place finder, read once from ``data/place_words.txt``."""
from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Mapping

from .wordre import words_pattern


@functools.lru_cache(maxsize=1)
def sections() -> dict[str, tuple[str, ...]]:
    """Each ``[section]`` of the file with its lines (comments and blank lines dropped)."""
    text = resources.files(__package__).joinpath("data", "place_words.txt").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"place_words.txt: a word before any [section]: {line!r}")
        else:
            current.append(line)
    return {k: tuple(v) for k, v in out.items()}


def words(section: str) -> tuple[str, ...]:
    return sections()[section]


@functools.lru_cache(maxsize=None)
def pairs(section: str) -> Mapping[str, str]:
    """A section of ``key value`` lines as a mapping (made once; read it, never change it)."""
    return dict(line.split(None, 1) for line in words(section))


@functools.lru_cache(maxsize=None)
def words_re(*sections: str, before: str = "", after: str = "") -> re.Pattern[str]:
    """The words of ``sections`` as one pattern, longest first at each position, with the
    pattern text ``before`` and ``after`` around them (``after="$"``: right before a place):
    compiled once for every module that asks for the same."""
    alternation = words_pattern(w for section in sections for w in words(section))
    return re.compile(f"{before}(?:{alternation}){after}")
