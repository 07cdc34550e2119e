"""Blocks of page residue below the article, told by their heading line.

* A site's disclaimer under a heading of its own ("声明" / "一、本网刊载的文章…" /
  "二、…版权属于本网…" / "三、…"): the heading and every
  item of the numbering are the footer, once one item is (its copyright or reprint
  marker), or the heading and the footer line under it when not numbered; left in, the
  heading starts an article of its own.
* A list of other items under a related-links heading ("相关阅读" / "2031-05-08" / …, or
  "相关新闻" / "- 某某会议召开(2031-7-21 16:55:07)" / …): the dates are those items', never
  the page's stamp, and their headlines name no place of the page's; an item that is another story's
  opening cut short ("…本报某地10月17日讯今天,…增加最...") is no article of the file,
  and goes with its heading.  Above the text, an e-paper's navigation ("往期回顾") keeps the
  issue's date under it: that is the page's stamp.

The headings are data (``data/residue.yaml``).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..yamlfile import read_yaml
from .residue import CHROME, CUT_SHORT, EPAPER, FOOTER, STAMP, _DATE_ALONE, _SENTENCE

__all__ = ["residue_blocks"]

_DATA = Path(__file__).resolve().parent / "data" / "residue.yaml"
#: An item of a numbered list: "一、", "2.", "(三)".
_ITEM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])")
#: Most lines of a related-links list read for its items' dates.
_LIST_REACH = 30
#: Longest line of such a list (a linked headline).
_LIST_LINE = 60
_SENTENCE_END = re.compile(r"[。！？!?]$")
#: An item of such a list, its headline then its time in brackets ("- 某某会议召开(2031-7-21 16:55:07)").
_DATED_ITEM = re.compile(r"^[-•·*\s]*[^()（）]{4,50}[(（]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\d:]*[)）]$")


@functools.lru_cache(maxsize=1)
def _headings() -> tuple[frozenset[str], frozenset[str]]:
    data = read_yaml(_DATA)
    return frozenset(data["disclaimer_headings"]), frozenset(data["related_list_headings"])


def residue_blocks(texts: list[str], kinds: list[str | None]) -> None:
    """Mark the disclaimer blocks and the dates of related-links lists (see the module)."""
    disclaimers, related = _headings()
    for i, text in enumerate(texts):
        if text in disclaimers:
            _disclaimer(texts, kinds, i)
        elif text.rstrip(":：") in related:
            _related_list(texts, kinds, i)
            if kinds[i] is None:
                kinds[i] = CHROME      # 相关推荐 alone on its line: the page's, never the text


def _disclaimer(texts: list[str], kinds: list[str | None], heading: int) -> None:
    items = []
    j = heading + 1
    while j < len(texts) and _ITEM.match(texts[j]) and kinds[j] in (None, FOOTER):
        items.append(j)
        j += 1
    footed = any(kinds[k] == FOOTER for k in items) if items else kinds[heading + 1:heading + 2] == [FOOTER]
    if not footed:
        return
    for k in [heading, *items]:
        kinds[k] = FOOTER


def _related_list(texts: list[str], kinds: list[str | None], heading: int) -> None:
    for j in range(heading + 1, min(len(texts), heading + 1 + _LIST_REACH)):
        if CUT_SHORT.search(texts[j]) and kinds[j] is None:
            for k in range(heading, j + 1):       # another story's opening the page cut short:
                if kinds[k] is None:              # the list's lines down to it are links
                    kinds[k] = CHROME
            continue
        if len(texts[j]) > _LIST_LINE or _SENTENCE_END.search(texts[j]):
            return
        if kinds[j] == STAMP and (_DATED_ITEM.match(texts[j]) or _DATE_ALONE.match(texts[j])
                                  and not _issue_date(texts, kinds, heading, j)):
            kinds[j] = CHROME


#: Lines below an e-paper's date within which its edition line ("第A2版:要闻") stands.
_EDITION_REACH = 3


def _issue_date(texts: list[str], kinds: list[str | None], heading: int, date: int) -> bool:
    """"往期回顾" / "2031年01月23日" / "新闻内容" / "第A2版:要闻" over the headline: above the
    text's first sentence, a date right under the heading with the edition line below it
    is the e-paper's issue, the page's stamp, not an item of a list."""
    if date != heading + 1 or any(kinds[k] is None and _SENTENCE.search(texts[k]) for k in range(heading)):
        return False
    return any(kinds[k] == EPAPER for k in range(date + 1, min(len(texts), date + 1 + _EDITION_REACH)))
