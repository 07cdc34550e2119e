"""A headline that opens with its event's date, told from a stamp that opens with one.

A page may put the day first in its headline ("2031年4月2日某镇开展植树活动"); a page's
stamp or a publishing system's property line opens with a date too ("2031年4月2日 某某日报",
"2031-04-02 某某标题 1 1 某某日报 c2031.html").  A stamp parts its fields: a space, a time,
a weekday, a page's number, a label's colon follow the date.  A headline runs its words
into the date written in words, and holds no digit after it.
"""
from __future__ import annotations

import re

__all__ = ["dated_headline"]

#: What a headline's words after its date look like: a character or an opening quote first,
#: then no digit and no label's colon.
_HEADLINE_AFTER_DATE = re.compile(r"^[\u4e00-\u9fff“‘《「][^\d:：]*$")
_WEEKDAY = re.compile(r"^(?:星期|礼拜|周)[一二三四五六日天]")


def dated_headline(date: str, rest: str, timed: bool) -> bool:
    """Is a line that opens with ``date`` (as written, the space after it included) and
    goes on with ``rest`` a headline?  ``timed``: a time of day follows the date."""
    return "年" in date and date.endswith("日") and not timed \
        and bool(_HEADLINE_AFTER_DATE.match(rest)) and not _WEEKDAY.match(rest)
