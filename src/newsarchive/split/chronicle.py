"""A chronicle (大事记): a month's name alone on its line, then the month's entries, each
opening with its day ("7月" / "1日 开福区召开…" / "2—3日 省发改委主任…"), or with the
month and the day ("8月" / "8月20日,州委书记…").

Every entry is an article of its own.  Cut from the page an entry written with its day
alone would lose its month, so the month is written back before the day ("7月1日
开福区召开…"); the month's line is dropped.  Between the month's line and its first
entry the page may print its stamp (来源:本室 日期:…).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .lines import Line
from .residue import line_kind

__all__ = ["chronicle_dated"]

#: A month's name alone on its line (7月, 十二月).
_MONTH = re.compile(r"^\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*$")
#: An entry: its day or days (1日, 2—3日, 17至18日), perhaps after its month, then a
#: space or a comma and its text.
_ENTRY = re.compile(r"^\s*(?P<month>\d{1,2}\s*月\s*)?(?P<day>\d{1,2}\s*(?:[—–\-~～至到]\s*\d{1,2}\s*)?日)"
                    r"(?:[ \u3000\t]+|(?<=日)[,，])(?=\S)")
#: Fewest entries under a month that make a chronicle (a lone "5日 …" line may be a note).
_MIN_ENTRIES = 2
#: Most page lines (a stamp, a source) between a month's line and its first entry.
_PAGE_LINES = 2


def chronicle_dated(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with every chronicle's entries marked and opening with their month and day."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        month = _MONTH.match(lines[i].text) if not lines[i].image else None
        start = i + 1
        if month:
            while start < len(lines) and start - i <= _PAGE_LINES and line_kind(lines[start].text) is not None:
                start += 1
        end = start
        while month and end < len(lines) and _ENTRY.match(lines[end].text):
            end += 1
        if month is None or end - start < _MIN_ENTRIES:
            out.append(lines[i])
            i += 1
            continue
        out.extend(lines[i + 1:start])                # the page's lines stay as they are
        for line in lines[start:end]:
            entry = _ENTRY.match(line.text)
            assert entry is not None
            text = line.text if entry.group("month") else f"{month.group(1)}月{line.text.lstrip()}"
            out.append(replace(line, text=text, level=0, entry=True))
        i = end
    return out
