"""Width folding for Chinese news text.

Chinese files mix full-width and half-width forms (０３７１－６９３８, ：, ＠).
``fold`` maps every full-width ASCII variant to its ASCII twin one character
for one character, so offsets found in folded text are valid in the original.
"""
from __future__ import annotations

import re
from typing import Callable, Mapping

_FULL_TO_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULL_TO_ASCII[0x3000] = 0x20           # ideographic space
_FULL_TO_ASCII[0x2236] = ord(":")       # ∶ ratio sign used as a colon
_FULL_TO_ASCII[0x2014] = 0x2014         # keep em dash as is
_ALNUM_ONLY = {cp: to for cp, to in _FULL_TO_ASCII.items()
               if chr(to).isalnum() or chr(to) in "@_"}

# Characters that carry no meaning for search or extraction
PUNCT_RE = re.compile(r"[\s\u3000-\u303f\uff00-\uffef!-/:-@\[-`{-~\u2010-\u206f·…—]+")


def translator(table: Mapping[int, int | str | None]) -> Callable[[str], str]:
    """A function giving what ``text.translate(table)`` gives, several times faster.

    ``str.translate`` looks every character of a non-ASCII text up in the table,
    paying for a failed lookup on each character it keeps (about 60 ns each; a
    build translates every article several times).  Here a regular expression
    finds the characters the table changes, in C, and only those are looked up.
    The expression holds only characters of the Basic Multilingual Plane: a set
    with one character beyond it is tested member by member, which is slower
    than ``str.translate``.  A text holding such a character when the table
    changes some (rare in Chinese news) is translated by ``str.translate``.
    """
    changes = {chr(cp): "" if to is None else chr(to) if isinstance(to, int) else to
               for cp, to in table.items() if to != cp}
    narrow = sorted(c for c in changes if c <= "\uffff")
    wide = len(narrow) < len(changes)
    if not narrow and not wide:
        return lambda text: text
    sub = re.compile("[" + "".join(map(re.escape, narrow)) + "]").sub if narrow else None
    get = changes.__getitem__

    def replace(m: re.Match[str]) -> str:
        return get(m.group())

    def apply(text: str) -> str:
        if wide and _ASTRAL.search(text):
            return text.translate(table)
        return sub(replace, text) if sub is not None else text

    return apply


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_fold = translator(_FULL_TO_ASCII)
_fold_alnum = translator(_ALNUM_ONLY)


def fold(text: str) -> str:
    """Full-width ASCII variants → ASCII, length-preserving."""
    return _fold(text)


def fold_alnum(text: str) -> str:
    """Fold only full-width digits, letters, @ and _ (safe for display text)."""
    return _fold_alnum(text)


#: Pinyin a converting mirror site writes after some characters (縣(xiàn)委): a tone
#: mark is always there, which no other bracketed Latin text has.
_PINYIN = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def without_pinyin(text: str) -> str:
    """``text`` without the pinyin a mirror site inserted: for reading its words (a line's
    kind, names, places), never for the text kept."""
    return _PINYIN.sub("", text) if "(" in text or "（" in text else text


#: A run of single Chinese characters set apart by single spaces (记 者, 赵 鑫).
_SPACED_LETTERS = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff](?![\u4e00-\u9fff]))+")


def closed_up(text: str) -> str:
    """A line written letter-spaced, as posts set a credit's role and short names
    (记 者 | 某某 赵 鑫), with those runs closed up (记者 | 某某 赵鑫)."""
    return _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), text) if " " in text else text
