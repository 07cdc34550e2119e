"""Width folding for the extractors: :mod:`..textnorm`'s ``fold`` and ``fold_alnum``,
faster and cached.

``str.translate`` with a dict looks every character up, and most characters of
Chinese text are not in the table; rewriting only the characters that change
(a regex finds them) is about four times faster.  The extractors fold the same
paragraphs many times over, so results are also cached.  The tables are read
from textnorm's own functions, so the two can never disagree.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from .. import textnorm

#: Blocks that hold width variants and the punctuation folded with them (ASCII,
#: general punctuation, symbols such as ∶, CJK punctuation, half- and full-width
#: forms).  The tests check that folding changes nothing elsewhere.
BLOCKS = ((0x0000, 0x0100), (0x2000, 0x2400), (0x3000, 0x3040), (0xFE00, 0x10000))
_CANDIDATES = "".join("".join(map(chr, range(a, b))) for a, b in BLOCKS)


def _changes(fn: Callable[[str], str]) -> dict[str, str]:
    """Characters of :data:`BLOCKS` that ``fn`` rewrites, and what to."""
    folded = fn(_CANDIDATES)
    if len(folded) != len(_CANDIDATES):
        raise ValueError("width folding must keep the length of the text")
    return {a: b for a, b in zip(_CANDIDATES, folded) if a != b}


def _folder(fn: Callable[[str], str]) -> Callable[[str], str]:
    table = _changes(fn)
    if not table:
        return lambda text: text
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")
    get = table.__getitem__
    return functools.partial(pattern.sub, lambda m: get(m.group()))


_fold = _folder(textnorm.fold)
_fold_alnum = _folder(textnorm.fold_alnum)


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Full-width ASCII variants → ASCII, length-preserving (as :func:`textnorm.fold`)."""
    return _fold(text)


@functools.lru_cache(maxsize=4096)
def fold_alnum(text: str) -> str:
    """Only full-width digits, letters, @ and _ folded (as :func:`textnorm.fold_alnum`)."""
    return _fold_alnum(text)
