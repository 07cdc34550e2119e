"""The headline a copied page's lead repeats, found among the lines above the text.

A page copied whole puts many short lines above the article: an account name
("admin"), a view counter, a weather widget, a tag label, the page's other
headlines, photo captions.  Whichever of them ends up last before the text can be
taken for the headline.  A news lead restates its headline, a residue line does
not: when the headline chosen by position is not echoed by the lead and a line
above the text is, that line is the headline.  A site's banner of two names
("某某网-某省某某资讯网", or a name and its slogan: "某某周刊|陪您读懂…") chosen by position is
never trusted, however long.  A publishing system's metadata
table naming the title ("标 题: | 某某镇工作报告 |"), or a forum thread's subject line
("主题:某某"), says so outright.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from ..simplified import to_simplified
from .patterns import list_words
from .residue import CHROME, line_kind
from .residue_site import title_labels

__all__ = ["echo_share", "echoed_headline", "joined_headline", "labelled_title", "site_banner"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_RUN_BREAK = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]+")
#: Most characters of the text read for echoes: a lead restates its headline early.
_LEAD_SPAN = 1000
#: Fewest Han characters of a line taken as an echoed headline.
_LEAST_HAN = 6
#: Longest line taken as a headline.
_LONGEST = 60
#: A chosen headline echoed by less than this share of its pairs is doubtful ...
_DOUBTFUL = 0.3
#: ... and a line above the text echoed by at least this share replaces it.
_ECHOED = 0.4


@functools.lru_cache(maxsize=1)
def _title_field() -> re.Pattern[str]:
    """A metadata table's title field ("标 题: | 某某 |", "标题：某某", "• 会议题目 • 某某") or a
    forum thread's ("主题:某某"), its label one of ``title_labels`` (read on the simplified line)."""
    labels = "|".join(r"\s*".join(map(re.escape, w)) for w in sorted(title_labels(), key=len, reverse=True))
    return re.compile(rf"^\s*[|｜•·]?\s*(?:{labels})\s*[:：•·]\s*[|｜]?\s*(?P<title>[^|｜]{{4,60}}?)\s*[|｜]?\s*$")


#: A lead's dateline mark naming the outlet ("【某某新闻报道】", "某某网讯", "本报讯(记者 某某)"):
#: it echoes the site's own lines above the headline, never the headline.
_LEAD_MARK = re.compile(r"【[^【】]{0,20}】|^\s*[^，,。、]{0,16}?讯\s*(?:[(（][^()（）]{0,30}[)）])?")


def _pairs(text: str) -> set[str]:
    return {run[i:i + 2] for run in _RUN_BREAK.split(to_simplified(text)) for i in range(len(run) - 1)}


def _lead_pairs(lead: str) -> set[str]:
    return _pairs(_LEAD_MARK.sub("", lead[:_LEAD_SPAN]))


def _share(line: str, lead_pairs: set[str]) -> float:
    own = _pairs(line)
    return len(own & lead_pairs) / len(own) if own else 0.0


def echo_share(line: str, lead: str) -> float:
    """Share of the line's character pairs that the lead repeats (0 for a line without any)."""
    return _share(line, _lead_pairs(lead))


def _may_head(text: str) -> bool:
    return len(text) <= _LONGEST and "。" not in text and len(_HAN.findall(text)) >= _LEAST_HAN


@functools.lru_cache(maxsize=1)
def _site_banner() -> re.Pattern[str]:
    """Two or more site names joined by a dash or bar ("某某网-某省某某资讯网", "某某网-某某报(某省某市)"),
    a site's or paper's name before a bar and its slogan ("某某周刊|陪您读懂…"), or a short
    name alone on its line ("某某新闻", "某某晚报"): the page's banner."""
    name = rf"[\u4e00-\u9fffA-Za-z0-9]{{1,14}}(?:{'|'.join(map(re.escape, list_words('site_name_endings')))})"
    where = r"(?:\s*[(（][\u4e00-\u9fff]{1,8}[)）])?"
    return re.compile(rf"^\s*{name}(?:(?:\s*[-_|｜—–]+\s*{name}{where})+\s*$|\s*[|｜]\s*\S)"
                      rf"|^\s*[\u4e00-\u9fff]{{2,6}}(?:{'|'.join(map(re.escape, list_words('lone_site_name_endings')))})\s*$")


def site_banner(text: str) -> bool:
    return _site_banner().match(to_simplified(text)) is not None


def _doubtful(title: str, lead_pairs: set[str]) -> bool:
    """A headline chosen by position is doubtful when it is short (a label, an account name,
    a widget: "标签", "admin", "短暂雨") and the lead does not echo it.  A full headline line
    is trusted even unechoed: a headline may be a slogan the text never repeats ("倾听心声
    纾困解难" over a kicker the lead does repeat)."""
    return len(_HAN.findall(title)) < _LEAST_HAN and _share(title, lead_pairs) < _DOUBTFUL


def echoed_headline(title: str | None, above: Sequence[str], lead: str) -> str | None:
    """The line of ``above`` (the lines over the article's text, top to bottom) that the
    lead echoes, when the ``title`` chosen by position is missing or doubtful; else None.
    The line echoed most wins, the upper one on a tie (a headline stands above its
    captions).  The lead's pairs are made once, not once for each line."""
    if not lead or (title and len(_HAN.findall(title)) >= _LEAST_HAN and not site_banner(title)):
        return None  # a full headline line is trusted (see _doubtful), a site's banner is not
    lead_pairs = _lead_pairs(lead)
    if title and not site_banner(title) and not _doubtful(title, lead_pairs):
        return None
    best, best_share = None, _ECHOED
    for text in above:
        if text == title or not _may_head(text):
            continue
        share = _share(text, lead_pairs)
        if share > best_share or (best is None and share >= best_share):
            best, best_share = text, share
    return best


def labelled_title(lines: Sequence[str]) -> str | None:
    """The title a metadata table's "标题" field or a forum thread's "主题" gives, if a line
    holds one."""
    for text in lines:
        m = _title_field().match(to_simplified(text))
        if m:
            return _without_tags(text[m.start("title"):m.end("title")].strip()) or None
    return None


#: A forum's thread type before a title field's value ("[某地新闻] 某某"), and a link after it ("[打印本页]").
_THREAD_TYPE = re.compile(r"^[\[【][^\[\]【】]{1,8}[\]】]\s+")
_TRAILING_LINK = re.compile(r"\s+[\[【]([^\[\]【】]{1,8})[\]】]$")


def _without_tags(title: str) -> str:
    """A title field's value without the forum's thread type before it and a page link
    (a residue line by itself: "打印本页") after it."""
    link = _TRAILING_LINK.search(title)
    if link and line_kind(link.group(1)) == CHROME:
        title = title[: link.start()]
    return _THREAD_TYPE.sub("", title)


_SPACE = re.compile(r"\s+")


def joined_headline(head: Sequence[str], above: Sequence[str]) -> tuple[str, str | None] | None:
    """A headline set over the last two or three lines of a heading group whose parts a
    line above them holds in one (a forum thread's or a window's title: "上半句 下半句
    [复制链接]"): (the parts joined by a space, the group's other lines or None); None when
    no line above holds them."""
    keys = [_SPACE.sub("", to_simplified(t)) for t in head]
    for k in range(len(head), 1, -1):
        whole = "".join(keys[-k:])
        if any(whole in _SPACE.sub("", to_simplified(t)) for t in (*above, *head[:-k])):
            rest = " ".join(head[:-k])
            return " ".join(_SPACE.sub(" ", t).strip() for t in head[-k:]), rest or None
    return None
