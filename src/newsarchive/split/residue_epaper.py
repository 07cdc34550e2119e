"""An e-paper page's furniture around its article, told by the lines around it.

An e-paper's reading page prints, above the story, the paper's name again under the
page's header (某某报数字报纸 … 某某报), the list of the page's headlines on one line
(each a link, some twice: text and picture map), and the page's name over its number
(要闻 / 04) before the headline.  Each on its own looks like a short headline; with the
page's header above, the headline under them, or the number under them, it is the page's.
"""
from __future__ import annotations

import re

from .residue import CHROME, EPAPER, _SENTENCE
from .residue_lists import TOP_LINES

__all__ = ["epaper_furniture"]

#: The page's header naming its paper's digital edition (某某报数字报纸, 某某日报电子版).
_DIGITAL_EDITION = re.compile(r"^(?P<paper>[\u4e00-\u9fff]{2,12}?[报刊])\s*(?:数字报纸|数字报刊|数字报|电子报|电子版|数字版)$")
#: A page's number alone (04, 第3版, A2版).
_PAGE_NUMBER = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版?$")
#: Fewest items of a line listing the page's headlines, and the longest item.
_LIST_ITEMS = 4
_ITEM_LEN = 30
#: Longest page name (要闻, 新春走基层, 民生·社会).
_PAGE_NAME = 10
#: How far below the list of headlines its article's own headline may stand.
_HEADLINE_REACH = 6


def epaper_furniture(texts: list[str], kinds: list[str | None]) -> None:
    """Mark the masthead repeated under an e-paper's header, the line listing the page's
    headlines and the page's name over its number (see the module)."""
    top = min(len(texts), TOP_LINES)
    papers = {m.group("paper") for t, k in zip(texts[:top], kinds[:top])
              if k is not None and (m := _DIGITAL_EDITION.match(t))}
    for i in range(top):
        if kinds[i] is not None:
            continue
        if texts[i] in papers:
            kinds[i] = CHROME
        elif _headline_list(texts, kinds, i, papers) or _page_name(texts, kinds, i):
            kinds[i] = EPAPER


def _headline_list(texts: list[str], kinds: list[str | None], i: int, papers: set[str]) -> bool:
    """A line of the page's headlines parted by spaces (a headline may end in ! or ?, none in
    。): it opens with the paper's name, or one of its items is the headline printed alone a
    few lines below."""
    items = texts[i].split()
    if len(items) < _LIST_ITEMS or "。" in texts[i] or any(len(x) > _ITEM_LEN for x in items):
        return False
    if any(texts[i].startswith(p) for p in papers):
        return True
    below = {texts[k] for k in range(i + 1, min(len(texts), i + 1 + _HEADLINE_REACH)) if kinds[k] is None}
    return any(x in below for x in items)


def _page_name(texts: list[str], kinds: list[str | None], i: int) -> bool:
    """A short line between the page's furniture above and the page's number below (版面翻页 /
    要闻 / 04): the page's name, not a headline."""
    return 0 < i < len(texts) - 1 and kinds[i - 1] is not None \
        and len(texts[i]) <= _PAGE_NAME and _PAGE_NUMBER.match(texts[i + 1]) is not None \
        and not _SENTENCE.search(texts[i])
