"""Pinyin a converting mirror site wrote into the text: taken out before lines are read.

Some sites republish simplified articles in traditional characters and write
each converted character's reading after it: 鎮(zhèn), 會(huì)議.  The
romanisation splits names (楊鎮(zhèn)剛), bylines and headlines, so every rule
after it would have to step over it; it is removed from the text once, here.
A reading written by the author — a gloss on a rare character, 峁(mǎo) — is
kept: it sits on a character that is the same in both scripts and comes once
or twice, while a mirror's sits on characters the conversion changed, or
many times over.
"""
from __future__ import annotations

import re

from ..simplified import to_simplified

__all__ = ["without_pinyin_noise"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: A reading in brackets right after a Chinese character, with a tone mark (no other
#: bracketed Latin text has one): the character is group 1.
_READING = re.compile(rf"([\u3400-\u9fff])[(（](?=[a-zü]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}[)）]")
_ANY_TONE = re.compile(rf"[(（][a-zü]*[{_TONED}]")
#: This many readings in one text are a mirror's, whatever characters they sit on.
_MIRROR_COUNT = 3


def without_pinyin_noise(text: str) -> str:
    """``text`` without a mirror site's readings (see the module docstring)."""
    if not _ANY_TONE.search(text):
        return text
    readings = _READING.findall(text)
    if len(readings) >= _MIRROR_COUNT:
        return _READING.sub(r"\1", text)
    return _READING.sub(lambda m: m.group(1) if to_simplified(m.group(1)) != m.group(1) else m.group(0), text)
