"""Dates as written: ``2024年6月18日``, ``6月18日``, a span or list of days under one 日 (``6月13至14日``,
``8月5、6日``: its first day), Chinese numerals (``二〇二四年三月五日``),
digits a page ran together (``2018813日``), and the values front matter gives.

Only the forms: which date of an article is the event's is
:mod:`.dates`'s business.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

from ..records import PartialDate
from .folding import fold
from .numerals import to_int

#: The characters a year in Chinese numerals is written with (zero typed as the digit or the
#: letter too: 二0一0年, 二O一O年).
CN_YEAR_DIGITS = "〇零○0O一二三四五六七八九"
#: A slash may part the year, month and day of an e-paper archive's path line
#: ("某某日报/2031 年/11 月/16 日/第 002 版").
_YEAR = rf"(?P<y>(?<!\d)\d{{4}}|[{CN_YEAR_DIGITS}]{{4}})\s*年\s*/?\s*"
_MONTH = r"(?P<m>(?<!\d)\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*/?\s*"
_DAY_NUMBER = r"(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
#: The day, with 日 or 号; or the first day of a span or a list whose 日 closes the last
#: ("6月13至14日", "2月13-15日", "8月5、6日"); or a day with the time of day right after
#: it and no 日 ("3月4下午3:00", a stamp's "2031年10月28 17:37:53").
_DAY = (rf"(?P<d>{_DAY_NUMBER})\s*(?:[日号]|(?=(?:\s*(?:至|到|—|–|-|~|～|、)\s*{_DAY_NUMBER})+\s*[日号])"
        r"|(?=[上下]午|早上|晚上|凌晨|中午)|(?<=\d)(?=\s+\d{1,2}:\d{2}))")
DATE_RE = re.compile(rf"(?:{_YEAR})?{_MONTH}{_DAY}")
#: A month and day written with a slash after a word that introduces a date
#: ("於5/29開始", "自6/1起"): never a fraction or a score, which no such word precedes.
_SLASH_RE = re.compile(r"(?<=[於于在自從从至到])\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/.%])")
#: A date whose 月 (and maybe 年) a page lost, the digits run together: "2018813日" (2018年8月13日),
#: "2025年1021日".  Read only when one split of the month-day digits is a valid date.
_FUSED_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年?(?P<md>\d{3,4})\s*日")
_YEAR_MONTH_RE = re.compile(rf"{_YEAR}{_MONTH}(?![\d一二三四五六七八九十]*\s*[日号])")
_RANGE_JOIN = re.compile(r"^\s*(?:[上下]午|晚上?|\d{1,2}[:：∶]\d{2}时?)?\s*(?:至|到|—|–|-|~|～|－)+\s*$")


@dataclass(frozen=True)
class DateMatch:
    """A date found in text, with its span in that text."""

    start: int
    end: int
    date: PartialDate


def valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not 1900 <= year <= 2200:
        return False
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    limit = calendar.monthrange(year or 2000, month)[1]  # 2000: leap year, allows 2月29日
    return 1 <= day <= limit


def iter_dates(text: str) -> Iterator[DateMatch]:
    """Every month-day date in ``text``, in order.

    The second date of a range (``2024年4月8日至6月7日``) takes the year of the first; 元月
    is January (元月3日).
    """
    folded = fold(text).replace("元月", "1月")      # the same length: offsets hold
    prev: DateMatch | None = None
    for m, year, month, day in _date_parts(folded):
        if year is None and prev is not None and prev.date.year is not None \
                and _RANGE_JOIN.match(folded[prev.end:m.start()]):
            year = prev.date.year
        if not valid(year, month, day):
            continue
        prev = DateMatch(m.start(), m.end(), PartialDate(year, month, day))
        yield prev


def _date_parts(folded: str) -> list[tuple[re.Match[str], int | None, int | None, int | None]]:
    """Every written date of ``folded`` with its numbers, fused ones included, in order."""
    found = [(m, to_int(m.group("y")) if m.group("y") else None, to_int(m.group("m")), to_int(m.group("d")))
             for m in DATE_RE.finditer(folded)]
    if "/" in folded:
        found += [(m, None, int(m.group("m")), int(m.group("d"))) for m in _SLASH_RE.finditer(folded)]
        found.sort(key=lambda f: f[0].start())
    if "日" in folded:
        for m in _FUSED_RE.finditer(folded):
            md, year = m.group("md"), int(m.group("y"))
            splits = [(int(md[:k]), int(md[k:])) for k in (1, 2) if 1 <= len(md) - k <= 2]
            fits = [(mo, d) for mo, d in splits if valid(year, mo, d)]
            if len(fits) == 1:
                found.append((m, year, *fits[0]))
        found.sort(key=lambda f: f[0].start())
    return found


def parse_date_value(value: Any) -> PartialDate | None:
    """A front-matter date: YAML date/datetime, ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``,
    Chinese ``2024年6月18日`` / ``6月18日``, or a mapping with year/month/day."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, Mapping):
        try:
            y, m, d = (None if value.get(k) in (None, "") else int(value[k])
                       for k in ("year", "month", "day"))
        except (TypeError, ValueError):
            return None
        if m is None and d is None:
            return PartialDate(y, None, None) if y and valid(y, 1, None) else None
        return PartialDate(y, m, d) if valid(y, m, d) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return PartialDate(value, None, None) if valid(value, 1, None) else None
    if not isinstance(value, str):
        return None
    s = fold(value).strip()
    iso = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?", s)
    if iso:
        y, m, d = (int(g) if g else None for g in iso.groups())
        if m is None:
            return PartialDate(y, None, None) if valid(y, 1, None) else None
        return PartialDate(y, m, d) if valid(y, m, d) else None
    found = next(iter_dates(s), None)
    if found:
        return found.date
    ym = _YEAR_MONTH_RE.search(s)
    if ym:
        y, m = to_int(ym.group("y")), to_int(ym.group("m"))
        return PartialDate(y, m, None) if valid(y, m, None) else None
    return None


_HEADING_DATE_REST = re.compile(r"^[\s()（）\[\]【】至到—–~～-]*$")


def heading_date(heading: str | None) -> DateMatch | None:
    """The date of a heading that is only a date or a range ("(5月20日—5月24日)" under
    a weekly column's name): the start of the days the article covers."""
    if not heading:
        return None
    text = fold(heading)
    found = list(iter_dates(text))
    if not found:
        return None
    rest = "".join(text[a.end:b.start] for a, b in zip([DateMatch(0, 0, found[0].date)] + found, found))
    rest += text[found[-1].end:]
    return found[0] if _HEADING_DATE_REST.match(rest) else None
