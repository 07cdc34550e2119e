"""Traditional → simplified characters, one for one, shared by every stage.

Extraction reads traditional-character articles as simplified ones (the
word lists, labels and gazetteer are simplified) while the page keeps the
text as written; search applies the same map to everything it indexes.  The
map is OpenCC's t2s restricted to single characters that stay single, so it
preserves length and offsets found in the converted text are valid in the
original.  OpenCC's table is read on first use only.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable, Mapping

from .textnorm import translator


@functools.lru_cache(maxsize=1)
def t2s_chars() -> Mapping[str, str]:
    """Every single traditional character OpenCC's t2s turns into a different single character."""
    import opencc

    path = Path(opencc.__file__).resolve().parent / "dictionary" / "TSCharacters.txt"
    keys = [key for line in path.read_text(encoding="utf-8").splitlines()
            if len(key := line.split("\t", 1)[0].strip()) == 1]
    # one conversion of them all, a line each: no phrase holds a line break, so each
    # line converts as the character alone does (4,000 calls took 0.05 s)
    simplified = opencc.OpenCC("t2s").convert("\n".join(keys)).split("\n")
    if len(simplified) != len(keys):  # a conversion that joined or split lines
        simplified = [opencc.OpenCC("t2s").convert(key) for key in keys]
    return {key: simp for key, simp in zip(keys, simplified)
            if len(simp) == 1 and simp != key and key not in NAME_CHARACTERS}


#: Characters simplified Chinese itself writes in proper names, which OpenCC's table turns
#: into another word's character: 乾 (乾县, 乾安县 are no 干县; the table's 乾→干 is for 乾燥).
#: A traditional text's 乾燥 stays 乾燥 then, which no rule reads.
NAME_CHARACTERS = frozenset("乾")


@functools.lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    return translator({ord(t): s for t, s in t2s_chars().items()})


def to_simplified(text: str) -> str:
    """Character-level t2s; length-preserving, so offsets stay valid."""
    return _t2s()(text)
