"""The headline a breadcrumb ends with, for a page that prints none of its own.

A video or photo page often shows its title only as the breadcrumb's last item
("视频首页>>某某网>>我市召开某某动员大会    2031-05-31 00:00:00    浏览").  When no
headline is found above the text, that item is the headline if the lead echoes a
good part of it: a column's name ("乡镇动态", "政府工作报告及解读") is echoed by no lead.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from .residue import markers

__all__ = ["crumb_headline"]


@functools.lru_cache(maxsize=1)
def _separators() -> re.Pattern[str]:
    """The breadcrumb separators of the residue data, but "/", which also divides dates
    and names inside an item."""
    seps = sorted((s for s in markers().crumb_separators if s != "/"), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, seps)) + r")\s*")
#: What a page sets after the last item: its time, a counter and its label.
_TAIL = re.compile(r"(?:\s+(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|浏览|点击|阅读)"
                   r"(?:\s*[:：]?\s*\d*)?)+\s*$")
#: Fewest items before the headline, fewest characters of it, and the run the lead must echo.
_MIN_ITEMS = 3
_MIN_LEN = 8
_ECHO = 6
#: Paragraphs of the text read for the echo.
_LEAD = 2


def crumb_headline(crumbs: Sequence[str], paragraphs: Sequence[str]) -> str | None:
    """The last item of a breadcrumb in ``crumbs`` that the first paragraphs echo, or None."""
    lead = "".join(paragraphs[:_LEAD])
    for crumb in crumbs:
        items = [i for i in _separators().split(_TAIL.sub("", crumb.strip())) if i]
        if len(items) < _MIN_ITEMS:
            continue
        last = items[-1].strip()
        if len(last) < _MIN_LEN or last.endswith(("...", "…")):
            continue
        if any(last[k:k + _ECHO] in lead for k in range(len(last) - _ECHO + 1)):
            return last
    return None
