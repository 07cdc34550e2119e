"""Width folding for Chinese news text.

Chinese files mix full-width and half-width forms (０３７１－６９３８, ：, ＠).
``fold`` maps every full-width ASCII variant to its ASCII twin one character
for one character, so offsets found in folded text are valid in the original.
"""
from __future__ import annotations

import re

_FULL_TO_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULL_TO_ASCII[0x3000] = 0x20           # ideographic space
_FULL_TO_ASCII[0x2236] = ord(":")       # ∶ ratio sign used as a colon
_FULL_TO_ASCII[0x2014] = 0x2014         # keep em dash as is
_ALNUM_ONLY = {cp: to for cp, to in _FULL_TO_ASCII.items()
               if chr(to).isalnum() or chr(to) in "@_"}

# Characters that carry no meaning for search or extraction
PUNCT_RE = re.compile(r"[\s\u3000-\u303f\uff00-\uffef!-/:-@\[-`{-~\u2010-\u206f·…—]+")


def fold(text: str) -> str:
    """Full-width ASCII variants → ASCII, length-preserving."""
    return text.translate(_FULL_TO_ASCII)


def fold_alnum(text: str) -> str:
    """Fold only full-width digits, letters, @ and _ (safe for display text)."""
    return text.translate(_ALNUM_ONLY)
