"""Residue over a whole file: each line's kind with its neighbours considered.

:mod:`.residue` tells what one line is on its own; some lines are told only by
the lines around them (a label alone above its value, a breadcrumb broken over
lines, calendar rows of an e-paper, a date alone above the first sentence), and
dropping residue changes the blank-line gaps the layout reads.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .headline_echo import echo_share
from .lines import Line
from .residue_blocks import residue_blocks
from .residue_epaper import epaper_furniture
from .residue_menus import edge_menus
from .residue_lists import (SITE_REACH, TOP_LINES, calendar_rows, crumb_over_headline, publisher_under_stamp,
                            truncated_links)
from .residue_forum import poster_card
from .residue_site import follow_link, titles_named
from .residue_shapes import FULL_DATE, PUNCT_ANY as _PUNCT_ANY
from .residue import (
    CHROME, CRUMB, SOURCE, STAMP, _DATE_ALONE, _SENTENCE, _kind, _norm, kind_of, markers,
)

__all__ = ["residue_kinds", "without_residue"]

#: Longest line taken as the value of a label that stands alone on the line before.
_VALUE_LEN = 30


def residue_kinds(lines: Sequence[Line]) -> list[str | None]:
    """The residue kind of every line of a file (None: article text), neighbours considered."""
    texts = [_norm(line.text) for line in lines]
    kinds = [kind_of(line.text, t) for line, t in zip(lines, texts)]
    _label_values(texts, kinds)
    _social_accounts(texts, kinds)
    poster_card(texts, kinds, CHROME)
    _broken_crumbs(texts, kinds)
    _crumb_column(texts, kinds)
    _crumb_site(texts, kinds)
    crumb_over_headline(texts, kinds)
    calendar_rows(texts, kinds)
    epaper_furniture(texts, kinds)
    _above_crumb(texts, kinds)
    _top_dates(lines, texts, kinds)
    publisher_under_stamp(texts, kinds)
    _above_stamped_headline(lines, texts, kinds)
    edge_menus(texts, kinds)
    truncated_links(texts, kinds)
    residue_blocks(texts, kinds)
    _lone_cells(lines, texts, kinds)
    return kinds


def _label_values(texts: list[str], kinds: list[str | None]) -> None:
    """"信息来源:" / "今日开鲁": a label alone on its line, its value on the next.  A breadcrumb's
    label left empty ("当前位置:") has no value when the line under it reads as a headline
    and the page's stamp follows that line: the headline, its date; nor has one above the
    line the page's record names as its title ("名称: 某某的通知" … "内容概述:" / "某某的通知")."""
    named = titles_named([t for t, k in zip(texts, kinds) if k in (STAMP, SOURCE)])
    for i in range(len(texts) - 1):
        if kinds[i] == CRUMB and _headline_over_crumb(texts, kinds, i + 2, stamp_at=i + 2):
            continue
        if kinds[i] is None and kinds[i + 1] is None and _bare_label(texts[i]):
            joined = _kind(texts[i] + texts[i + 1])     # "作者:" / "记者某某 来源:某某报": one field
            if joined in (STAMP, SOURCE):
                kinds[i] = kinds[i + 1] = joined
                continue
        if kinds[i] == CRUMB and not _crumb_value(texts[i + 1]):
            continue                # 当前位置: / 某某督查安全生产工作: a headline, no path to the page
        if kinds[i] in (STAMP, SOURCE, CRUMB) and texts[i].rstrip().endswith((":", "：")) \
                and kinds[i + 1] is None and len(texts[i + 1]) <= _VALUE_LEN \
                and not _SENTENCE.search(texts[i + 1]) and texts[i + 1].strip() not in named:
            kinds[i + 1] = CRUMB if kinds[i] == CRUMB else (STAMP if FULL_DATE.search(texts[i + 1]) else SOURCE)


#: Longest column name read alone as a breadcrumb's value ("当前位置:" / "新闻中心").
_CRUMB_ITEM = 8


def _crumb_value(text: str) -> bool:
    """Whether the line under an empty breadcrumb label is its path: parted by the path's
    marks (首页 > 新闻), or one column's short name; a longer line is the headline."""
    return len(text.strip()) <= _CRUMB_ITEM or any(sep in text for sep in markers().crumb_separators)


#: Longest label read alone on its line ("作者:", "信息来源:").
_LABEL_LEN = 6


def _bare_label(text: str) -> bool:
    return 2 <= len(text) <= _LABEL_LEN and text.endswith((":", "：")) and not _PUNCT_ANY.search(text[:-1])


#: Longest name of a social account standing above its label.
_ACCOUNT_LEN = 16


#: A social account's label and its name or id on one line ("微信公众平台:ABC123", "官方微博: @某某报").
_ACCOUNT_ON_LINE = re.compile(r"^(?P<label>[^:：\s]{2,8})\s*[:：]\s*@?[\w\-.]{2,%d}$" % _ACCOUNT_LEN)


def _social_accounts(texts: list[str], kinds: list[str | None]) -> None:
    """"某某报网" / "微信公众号": a site's social account, its name on the line above the label,
    or after it on the same line ("微信公众平台:ABC123")."""
    labels = markers().social_labels
    for i, t in enumerate(texts):
        on_line = _ACCOUNT_ON_LINE.match(t)
        if kinds[i] is None and on_line is not None and on_line.group("label") in labels:
            kinds[i] = CHROME
        elif t in labels:
            kinds[i] = CHROME
            if i > 0 and kinds[i - 1] is None and len(texts[i - 1]) <= _ACCOUNT_LEN \
                    and not _PUNCT_ANY.search(texts[i - 1]):
                kinds[i - 1] = CHROME


def _broken_crumbs(texts: list[str], kinds: list[str | None]) -> None:
    """A breadcrumb written one item a line ("首页" / ">" / "要闻" / ">" / "正文")."""
    seps = markers().crumb_separators

    def sep(j: int) -> bool:
        return 0 <= j < len(texts) and texts[j] in seps

    m = markers()
    i = 0
    while i < len(texts):
        if kinds[i] != CRUMB:
            i += 1
            continue
        j = i + 1
        while j < len(texts) and kinds[j] in (None, CRUMB, CHROME) and len(texts[j]) <= 10 \
                and (sep(j) or sep(j - 1) or sep(j + 1)):
            kinds[j] = CRUMB
            j += 1
        if j < len(texts) and j == i + 1 and texts[j] in m.crumb_home:
            # separators lost (a Markdown reader takes a lone ">" for a quote mark): the
            # items up to the page's "正文" mark, when it comes soon
            run = [k for k in range(j, min(j + 12, len(texts)))]
            end = next((k for k in run if texts[k] in m.crumb_end), None)
            if end is not None and all(len(texts[k]) <= 10 for k in range(j, end)):
                for k in range(j, end + 1):
                    kinds[k] = CRUMB
                j = end + 1
        i = j


#: Longest headline read under a column's name repeated from the breadcrumb.
_HEADLINE_LEN = 60


def _crumb_column(texts: list[str], kinds: list[str | None]) -> None:
    """"首页--监督曝光--某栏目" / "某栏目" / "关于某某的通报": the breadcrumb's last item
    repeated on its own line, with another headline under it, is the column's name (its
    page heading), not the article's headline.  A last item that is the headline itself
    ("… > 某县召开某会议" / "某县召开某会议" / the page's stamp) stays."""
    seps = sorted(markers().crumb_separators, key=len, reverse=True)
    for i in range(min(len(texts), TOP_LINES)):
        if kinds[i] != CRUMB:
            continue
        last = re.split("|".join(re.escape(s) for s in seps), texts[i])[-1].strip()
        j = next((k for k in range(i + 1, min(i + 4, len(texts))) if kinds[k] is None), None)
        if not last or j is None or texts[j] != last or j + 1 >= len(texts) or kinds[j + 1] is not None:
            continue
        below = texts[j + 1]
        if len(below) <= _HEADLINE_LEN and not _SENTENCE.search(below):
            kinds[j] = CHROME


def _crumb_site(texts: list[str], kinds: list[str | None]) -> None:
    """"您当前的位置: 某某网某地 > 某栏目" / headline / "某某网某地": the breadcrumb's first item,
    the site, on a line of its own under the headline is the site's name, never a headline."""
    seps = sorted(markers().crumb_separators, key=len, reverse=True)
    for i in range(min(len(texts), TOP_LINES)):
        if kinds[i] != CRUMB:
            continue
        label = markers().crumb_label.match(texts[i])
        first = re.split("|".join(re.escape(s) for s in seps), texts[i][label.end() if label else 0:])[0].strip()
        if len(first) < 3:
            continue
        for k in range(i + 1, min(i + 1 + SITE_REACH, len(texts))):
            if kinds[k] is None and texts[k] == first:
                kinds[k] = SOURCE


def _above_crumb(texts: list[str], kinds: list[str | None]) -> None:
    """Site chrome (menus, banners, channel lists) stands above the breadcrumb, and above
    the header's links asking to follow or install the site (a slogan over "关注某某新闻网");
    so does a date alone up there ("2031-11-02 12:27:48") when a stamp under the breadcrumb
    dates the page: the clock of the site that copied the article, not its publication."""
    for i, text in enumerate(texts[:TOP_LINES]):
        if kinds[i] == CRUMB or kinds[i] in (CHROME, SOURCE) and follow_link(text.strip()):
            stamped_below = any(kinds[k] == STAMP and FULL_DATE.search(texts[k]) for k in range(i + 1, len(texts)))
            for k in range(i - 1 if _headline_over_crumb(texts, kinds, i) else i):
                if kinds[k] == STAMP and stamped_below and _DATE_ALONE.match(texts[k]):
                    kinds[k] = CHROME
                kinds[k] = kinds[k] or CRUMB
            return
        if kinds[i] is None and _SENTENCE.search(text) and "。" in text:
            return                       # the article has begun


#: Fewest characters of a headline written above the breadcrumb, and most.
_CRUMB_HEADLINE = (8, 40)


def _headline_over_crumb(texts: list[str], kinds: list[str | None], crumb: int, stamp_at: int | None = None) -> bool:
    """Is the line right above the breadcrumb at ``crumb`` the headline?  Yes when the
    page's stamp comes right under the breadcrumb (the headline, its place, its date) and
    the line reads as a headline: a run of words, no label, no sentence.  ``stamp_at``:
    where the stamp must stand instead, for a line with no breadcrumb under it."""
    if crumb == 0 or crumb > len(kinds) or kinds[crumb - 1] is not None:
        return False
    after = stamp_at if stamp_at is not None else \
        next((k for k in range(crumb + 1, len(kinds)) if kinds[k] != CRUMB), None)
    if after is not None and after >= len(kinds):
        return False
    text = texts[crumb - 1]
    if after is not None and kinds[after] != STAMP and stamp_at is None:
        # no stamp under the breadcrumb, only its widgets: the lead, if it repeats the line
        lead = next((k for k in range(crumb + 1, len(kinds)) if kinds[k] not in (CRUMB, CHROME)), None)
        if lead is None or kinds[lead] is not None or echo_share(text, texts[lead]) < _LEAD_ECHO:
            return False
    elif after is None or kinds[after] != STAMP:
        return False
    return (_CRUMB_HEADLINE[0] <= len(_HAN.findall(text)) and len(text) <= _CRUMB_HEADLINE[1]
            and not _SENTENCE.search(text) and ":" not in text and text.count(",") + text.count("，") <= 1)


#: Share of a headline's character pairs over the breadcrumb that the lead under it repeats.
_LEAD_ECHO = 0.5


#: Longest channel name standing alone in a one-cell row.
_CELL_NAME_LEN = 8
_CELL_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z]+$")


def _lone_cells(lines: Sequence[Line], texts: list[str], kinds: list[str | None]) -> None:
    """"|本地快讯|" under the site's menu: a one-cell row holding a short name, right under
    chrome and before any sentence, is the tab of the channel the page is in (a table has
    more rows or cells; a short headline boxed alone at the top, "|巡察公告|", stays)."""
    for i, text in enumerate(texts):
        if kinds[i] is None and "。" in text:
            return
        if kinds[i] is None and lines[i].tabled and len(text) <= _CELL_NAME_LEN and _CELL_NAME.match(text) \
                and i > 0 and kinds[i - 1] in (CHROME, CRUMB) and not lines[i - 1].tabled \
                and not (i + 1 < len(lines) and lines[i + 1].tabled):
            kinds[i] = CHROME


_CN_DATE_LINE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|早上|中午|凌晨|晚)?$")


#: A counter the page shows (likes, comments): a number, a sign before it at most.
_COUNTER = re.compile(r"[+＋]?\d{1,4}")


def _top_dates(lines: Sequence[Line], texts: list[str], kinds: list[str | None]) -> None:
    """A date alone above the first sentence is the page's stamp ("2024年4月8日" under the
    headline); further down it is an announcement's signature, which is text.  A number
    alone there ("+1", "0") is a counter of the page's."""
    for i, text in enumerate(texts):
        if kinds[i] is None and "。" in text:
            return
        if kinds[i] is None and not lines[i].level and _CN_DATE_LINE.match(text):
            kinds[i] = STAMP
        elif kinds[i] is None and _COUNTER.fullmatch(text):
            kinds[i] = CHROME        # "+1", "0": a like or comment counter above the text


#: Kana: a line of Japanese (a site's language switch) is no sentence of a Chinese text.
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A line in another language: kana, or this many Latin letters and more of them than Han.
_FOREIGN_LETTERS = 20
#: Longest line taken as the headline right above the page's stamp, and fewest Han in it.
_HEADLINE_LEN = 60
_HEADLINE_HAN = 6


def _foreign(text: str) -> bool:
    latin = len(_LATIN.findall(text))
    return bool(_KANA.search(text)) or (latin >= _FOREIGN_LETTERS and latin > len(_HAN.findall(text)))


def _above_stamped_headline(lines: Sequence[Line], texts: list[str], kinds: list[str | None]) -> None:
    """A page that opens with a language switch ("Would you like to go to the English
    site?", a line of Japanese) above the headline that the page's stamp follows: the
    lines above that headline, before any sentence of the text, are the site's (the
    switch, an app's promotion), like those above a breadcrumb."""
    top = [i for i in range(min(len(texts), TOP_LINES)) if kinds[i] is None or kinds[i] == STAMP]
    for n, i in enumerate(top):
        if kinds[i] != STAMP:
            if "。" in texts[i] and not _KANA.search(texts[i]):
                return                   # the article has begun
            continue
        if n < 2 or kinds[top[n - 1]] is not None:
            return
        head = top[n - 1]
        above = [k for k in top[:n - 1]]
        if not any(_foreign(texts[k]) for k in above) or len(texts[head]) > _HEADLINE_LEN \
                or len(_HAN.findall(texts[head])) < _HEADLINE_HAN or texts[head].endswith((":", "：")) \
                or _SENTENCE.search(texts[head]) or any(lines[k].level for k in range(head + 1)):
            return
        for k in range(head):
            if not _column_label(texts[k]):   # 滚动新闻 right above the headline: its kicker
                kinds[k] = kinds[k] or CHROME
        return


def _column_label(text: str) -> bool:
    from .patterns import list_words
    return text.strip("【】[]") in list_words("column_labels")


#: A label and its short value (第一版:要闻, 栏目:时政): a field or a column, no headline.  A
#: headline may hold a colon too, a long part after it ("某某在某市调研:…,…").
_LABELLED = re.compile(r"^[^:：]{1,8}[:：][^:：，,。；;]{0,10}$")


def without_residue(lines: Sequence[Line], kinds: Sequence[str | None]) -> list[Line]:
    """The lines that are not residue, blank-line gaps and file edges taken anew: a dropped
    line counts as the blank lines around it (the wider gap), never as more.  A line the
    page's stamp follows (a breadcrumb between them at most) is marked ``stamped``: a
    headline's place."""
    kept: list[Line] = []
    befores: list[int] = []
    stamped: set[int] = set()        # kept lines the page's stamp stood under, before the next
    gap: int | None = None           # widest gap since the last kept line
    between = False
    for line, kind in zip(lines, kinds):
        if kind is not None:
            if kind == STAMP and kept and not between and not _LABELLED.match(kept[-1].text.strip()):
                stamped.add(len(kept) - 1)     # (a label's line, 第一版:要闻, is no headline)
            between = between or kind not in (STAMP, CRUMB)
            gap = max(gap or 0, line.gap_before, line.gap_after)
            continue
        between = False                  # page lines other than a stamp or breadcrumb dropped since
        before = line.gap_before if gap is None else max(gap, line.gap_before)
        befores.append(before if kept else 0)
        kept.append(line)
        gap = None
    out = []
    last = len(kept) - 1
    for i, line in enumerate(kept):
        edges = (befores[i], befores[i + 1] if i < last else 0, i == 0, i == last, i in stamped)
        # most lines keep their gaps and edges: a copy costs more than the comparison
        if edges == (line.gap_before, line.gap_after, line.first, line.last, line.stamped):
            out.append(line)
        else:
            out.append(replace(line, gap_before=edges[0], gap_after=edges[1], first=edges[2], last=edges[3],
                               stamped=edges[4]))
    return out
