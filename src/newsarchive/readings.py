"""Pinyin readings of names and places, and the ASCII addresses made of them.

A person's address, the page of people their name files under, a district's
address and the A–Z headings of listings all come from these readings, so they
are one module, fingerprinted on its own: a rebuild keeps every name's reading
while this module and pypinyin stay as they were.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from .yamlfile import read_yaml


#: Surnames whose reading differs from the character's common reading (data/surname_readings.yaml).
SURNAME_READINGS: dict[str, str] = read_yaml(Path(__file__).resolve().parent / "data" / "surname_readings.yaml")


_SURNAMES_LONGEST_FIRST = sorted(SURNAME_READINGS, key=lambda s: (-len(s), s))


def _readings(text: str) -> list[str]:
    """pypinyin's usual reading of each character, tone marks left out.  Imported when
    first needed: loading its phrase tables takes longer than a rebuild that finds
    every name's reading kept."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL)


@lru_cache(maxsize=65536)
def name_pinyin(name: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of a person's name, surname read as a surname."""
    for surname in _SURNAMES_LONGEST_FIRST:
        if name.startswith(surname) and len(name) > len(surname):
            rest = _readings(name[len(surname):])
            return (SURNAME_READINGS[surname], *(s.strip().lower() for s in rest))
    return tuple(s.strip().lower() for s in _readings(name))


#: In place names 都 is read du (成都, 于都, 都江堰), never the adverb dou.
PLACE_READINGS = str.maketrans({"都": "督"})


def text_pinyin(text: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of a place name (districts)."""
    return tuple(s.strip().lower() for s in _readings(text.translate(PLACE_READINGS)))


def slugify(syllables: Iterable[str], key: str) -> str:
    """ASCII slug: the syllables' letters and digits plus six hex digits of ``key``'s hash."""
    letters = re.sub(r"[^a-z0-9]+", "", "".join(syllables).lower())[:40] or "x"
    return f"{letters}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:6]}"


def index_letter(syllables: Sequence[str]) -> str:
    """A–Z heading a pinyin-sorted entry files under; '#' for anything else."""
    first = syllables[0][:1].upper() if syllables else ""
    return first if "A" <= first <= "Z" else "#"
