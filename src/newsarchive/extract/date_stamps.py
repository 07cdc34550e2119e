"""The page's publication stamp: the date a page line, the front matter or the headline
gives the page (``发布时间:2023-05-06 10:30``, ``2021年03月22日17:59``, ``2016/5/16``,
``06.05.2023``, an e-paper's issue line, a Taiwan stamp's Republic year).

The words are data (``data/dates.yaml``); :mod:`.dates` decides when the stamp wins.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from ..records import PartialDate
from .date_context import alternation
from .date_forms import iter_dates, parse_date_value, valid
from .folding import fold

__all__ = ["published_date", "page_date", "headline_stamp"]


#: A stamp's full date; a two-digit day may run into the time the page glued on
#: ("2026-02-0419:47:55" is 2026-02-04 at 19:47:55).
_STAMP_DATES = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})"
    r"(?:(?!\d)|(?<=\d\d)(?=\d{1,2}[:：]\d{2}))"
    r"|年\s*/?\s*(?P<m2>\d{1,2})\s*月\s*/?\s*(?P<d2>\d{1,2})\s*(?:日|(?=\s+\d{1,2}:\d{2})))"   # 2031 年/11 月/16 日: an
    # archive's path; 日 left out before the time (2031年10月28 17:37:53)
    r"|(?<![\d.])(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>(?:19|20)\d{2})(?!\d)"
    # a wire's year, then month/day, before the time, its parts spaced out (2031 01/ 06 12:40)
    r"|(?<!\d)(?P<y4>(?:19|20)\d{2})\s+(?P<m4>\d{1,2})\s*/\s*(?P<d4>\d{1,2})(?=\s+\d{1,2}[:：]\d{2})")


_BANNER = re.compile(alternation("banner_words"))
#: An e-paper mark: a page or issue number ("第A03版", "总第627期") or "编印".
_ISSUE = re.compile(r"\d\s*[版期]|编印")


def published_date(front_matter: Mapping[str, Any] | None) -> PartialDate | None:
    """When a saved page or a document says it was published (its reader's ``published``):
    a stamp like the page's own line, used where the text has none."""
    value = front_matter.get("published") if front_matter else None
    return parse_date_value(value) if value not in (None, "") else None


def page_date(page_lines: Sequence[str]) -> PartialDate | None:
    """The page's publication stamp: the first full date of the page lines, a site banner's
    date ("今天是2018年1月5日 星期五", the day the page was viewed) only when no other line
    has one; a line with an e-paper mark ("2024年06月20日 星期四 第A03版") is the issue's date;
    a stamp may write the year in two digits before the time ("20-06-18 09:30 来源:…").
    Without a full date, a stamp that gives month and day ("02-26 10:18", an e-paper's
    "某某日报9月2日第3版"), the year unknown."""
    banner: PartialDate | None = None
    partial: PartialDate | None = None
    for line in page_lines:
        folded = fold(line)
        # a two-digit year before the time is this century's (发布时间:20-04-10 08:37), not the Republic's
        date = _first_stamp_date(folded) or _short_year_stamp(folded) or _roc_stamp_date(folded)
        if date is None:
            partial = partial or _month_day_stamp(folded) or _issue_month_day(folded)
            continue
        if _BANNER.search(folded) and not _ISSUE.search(folded):
            banner = banner or date
            continue
        return date
    return banner or partial


#: A full date closing the headline line, bracketed or set off by a space
#: ("某市老干部到某区参观考察(2031年06月04日)", "某县召开会议 2031-06-04"): the page's
#: listing printed the publication date beside the headline.
_HEADLINE_STAMP = re.compile(r"(?:[(（\[【]\s*(?P<b>[^()（）\[\]【】]{6,24}?)\s*[)）\]】]|\s(?P<s>[\d年月日./-]{8,16}))\s*$")


_DATE_ONLY = re.compile(r"^\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2})$")


#: A full date in words opening a headline, run into its words ("2031年4月2日某镇开展植树活动"):
#: the day of the event the headline names.
_HEADLINE_OPENING_DATE = re.compile(r"^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?=[\u4e00-\u9fff“《])")


def headline_stamp(title: str | None) -> PartialDate | None:
    """The publication date a headline line closes with (see ``_HEADLINE_STAMP``), or the
    event's full date it opens with: a stamp where the page has no other.  The date must be
    full and be all the bracket holds."""
    m = _HEADLINE_STAMP.search(fold(title)) if title else None
    if m is None:
        opening = _HEADLINE_OPENING_DATE.match(fold(title)) if title else None
        return _first_stamp_date(opening.group(1)) if opening else None
    inner = (m.group("b") or m.group("s")).strip()
    if not _DATE_ONLY.match(inner):
        return None
    return _first_stamp_date(inner)


#: A stamp without a year ("发表时间:02-26 10:18"): month and day, the time after them; or
#: a line that is only the day in words, the time of day at most ("3月8日上午", set
#: over the first sentence of a post).
_MONTH_DAY_STAMP = re.compile(r"(?<![\d./-])(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}"
                              r"|^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:上午|下午|晚上|早上|中午|凌晨|晚)?\s*$")


def _issue_month_day(folded: str) -> PartialDate | None:
    """The issue's month and day on an e-paper's page line that leaves out the year
    ("某某日报9月2日第3版")."""
    if not _ISSUE.search(folded):
        return None
    found = next(iter_dates(folded), None)
    return PartialDate(None, found.date.month, found.date.day) if found and found.date.year is None else None


def _month_day_stamp(folded: str) -> PartialDate | None:
    m = _MONTH_DAY_STAMP.search(folded)
    if not m:
        return None
    month, day = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
    return PartialDate(None, month, day) if valid(2000, month, day) else None


#: A Taiwan stamp dated in the Republic's years ("發布日期:101-03-26", 2012-03-26): a date
#: label, then a two- or three-digit year; the label keeps a count or code from being read.
_ROC_STAMP = re.compile(r"(?:日期|時間|时间)\s*:\s*(?P<y>\d{2,3})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
#: The Republic's year 1 is 1912.
_ROC_OFFSET = 1911


def _roc_stamp_date(folded: str) -> PartialDate | None:
    m = _ROC_STAMP.search(folded)
    if not m:
        return None
    year, month, day = int(m.group("y")) + _ROC_OFFSET, int(m.group("m")), int(m.group("d"))
    return PartialDate(year, month, day) if valid(year, month, day) else None


#: A stamp opening its line or after a date label with a two-digit year and the time
#: ("20-06-18 09:30 来源:…", "发布时间:20-04-10 08:37"): this century's year.
_SHORT_YEAR_STAMP = re.compile(r"(?:^|(?:日期|時間|时间)\s*:)\s*(\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?!\d)")


def _short_year_stamp(folded: str) -> PartialDate | None:
    m = _SHORT_YEAR_STAMP.search(folded)
    if not m:
        return None
    year, month, day = 2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))
    return PartialDate(year, month, day) if valid(year, month, day) else None


def _first_stamp_date(folded: str) -> PartialDate | None:
    for m in _STAMP_DATES.finditer(folded):
        year = int(m.group("y") or m.group("y3") or m.group("y4"))
        month = int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m4"))
        day = int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4"))
        if valid(year, month, day):
            return PartialDate(year, month, day)
    return None
