"""Lines of a page's lists read by their shape: a breadcrumb written with spaces over the
headline it ends in, and a run of link titles the page cut short."""
from __future__ import annotations

import re

from .residue import CHROME, CRUMB, CUT_SHORT, EPAPER, SOURCE, STAMP, _DIGITS, markers

__all__ = ["calendar_rows", "crumb_over_headline", "publisher_under_stamp", "truncated_links", "TOP_LINES", "SITE_REACH"]

#: Lines from the top of a file read for what only a page's head holds (breadcrumbs, menus,
#: stamps), and how far below a breadcrumb the site's name or the headline may stand.
TOP_LINES = 40
SITE_REACH = 6


#: Shortest headline a breadcrumb written with spaces is read as ending in.
_SPACED_CRUMB_HEADLINE = 6


def crumb_over_headline(texts: list[str], kinds: list[str | None]) -> None:
    """"首页 资讯某县资讯 某县举行…活动" / "某县举行…活动": a line opening with the site's home
    link, its items parted by spaces, that ends in the headline printed under it is the
    page's breadcrumb, not the headline."""
    homes = markers().crumb_home
    for i in range(min(len(texts), TOP_LINES)):
        text = texts[i]
        if kinds[i] is not None or not any(text.startswith(h + " ") or text.startswith(h + "\u3000") for h in homes):
            continue
        for k in range(i + 1, min(i + 1 + SITE_REACH, len(texts))):
            if kinds[k] is None and len(texts[k]) >= _SPACED_CRUMB_HEADLINE and text != texts[k] \
                    and text.endswith(texts[k]) and text[:-len(texts[k])].rstrip() != text[:-len(texts[k])]:
                kinds[i] = CRUMB
                break


#: Fewest lines cut short in a row that make a list of links, and the longest of them.
_LINK_RUN = 3
_LINK_LEN = 60


def truncated_links(texts: list[str], kinds: list[str | None]) -> None:
    """Three or more lines in a row, each a title the page cut short: a list of links (a
    portal's notices beside the article), never text; a paragraph of an article does not
    end so, and a run of them less."""
    i, n = 0, len(texts)
    while i < n:
        j = i
        while j < n and kinds[j] in (None, CHROME) and len(texts[j]) <= _LINK_LEN and CUT_SHORT.search(texts[j]):
            j += 1
        if j - i >= _LINK_RUN:
            for k in range(i, j):
                kinds[k] = CHROME
        i = max(j, i + 1)


#: A body's name alone on a line: the office that published the page (某区人民政府新闻办公室).
_ORGAN_LINE = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:新闻办公室|办公室|宣传部|融媒体中心|新闻中心|人民政府|委员会)$")
#: How many lines under the page's stamp may name its publisher so.
_UNDER_STAMP = 2


def publisher_under_stamp(texts: list[str], kinds: list[str | None]) -> None:
    """"2031-12-01" / "某区人民政府新闻办公室" (twice, as a page may print it): a body's name alone
    right under the page's stamp near the top is the page's publisher, a source line, never
    the headline (a signer's line at the end of a notice stays text)."""
    for i, kind in enumerate(kinds[:TOP_LINES]):
        if kind != STAMP:
            continue
        for j in range(i + 1, min(len(texts), i + 1 + _UNDER_STAMP)):
            if kinds[j] is None and _ORGAN_LINE.match(texts[j]):
                kinds[j] = SOURCE


#: An e-paper calendar's month and year pickers on one line ("12 2014", "2014 12").
_MONTH_YEAR = re.compile(r"^(?:(?:1[0-2]|0?[1-9])\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?:1[0-2]|0?[1-9]))$")


def calendar_rows(texts: list[str], kinds: list[str | None]) -> None:
    """Rows of day numbers ("123456" / "78910111213" / …): an e-paper's calendar; its month
    and year pickers ("12 2014")."""
    for i, text in enumerate(texts):
        if kinds[i] is None and _MONTH_YEAR.match(text):
            kinds[i] = EPAPER
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and _DIGITS.match(texts[j]):
            j += 1
        if j - i >= 2 and _day_run("".join(texts[i:j])):
            for k in range(i, j):
                kinds[k] = EPAPER
        i = max(j, i + 1)


def _day_run(digits: str) -> bool:
    """True when ``digits`` are the day numbers first..last of a month written one after another."""
    for first in range(1, 32):
        run = ""
        day = first
        while len(run) < len(digits) and day <= 31:
            run += str(day)
            day += 1
        if run == digits and day - first >= 7:
            return True
    return False
