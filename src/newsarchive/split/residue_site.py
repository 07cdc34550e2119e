"""Residue lines that name the site rather than the article: a link back to the site,
a column's name closing in the breadcrumb's end, the site's welcome, a logo's alt text, a link named by its
web address, a navigation row's links spaced out, a portal's menu of channels parted by bars.

A page copied whole keeps these in the lines above the headline, each short and
headline-shaped: "返回某某新闻网", "某某新闻正文", "某某说事 • 正文", "Forum logo".
Taken for the headline, they label the article with the site's name.  They are read
on the line folded, simplified and undecorated (see :func:`.residue.line_kind`); the
words are data (``data/residue.yaml``).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..yamlfile import read_yaml


__all__ = ["back_link", "back_link_site", "channel_row", "crumb_path", "crumb_tail", "domain_only", "follow_link",
           "logo_alt", "titles_named",
           "nav_bar", "site_blurb", "site_welcome", "spaced_out_joined", "sponsors_line", "title_labelled", "title_labels"]

_DATA = Path(__file__).resolve().parent / "data" / "residue.yaml"
#: Longest line read as a back link or as a column's name closed by the breadcrumb's end.
_SHORT = 24
#: Marks that part a column's name from the breadcrumb's end ("某某说事 • 正文").
_SEPARATORS = "•·●|｜>＞›»/-— \t"
#: The breadcrumb's end that a column's name may run into with no separator ("某某新闻正文").
_ARTICLE = "正文"
_CLAUSE = re.compile(r"[。，,；;：:！？!?、“”\"]")
_LATIN_WORDS = re.compile(r"^[A-Za-z][A-Za-z ]{0,40}$")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+\.(?:com|cn|net|org|gov)\b", re.I)
_CJK = "\u4e00-\u9fff"


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    data = read_yaml(_DATA)
    keys = ("crumb_end", "crumb_site_endings", "back_link_openers", "back_link_targets", "back_link_sites",
            "follow_link_openers", "follow_link_targets",
            "image_alt_words", "welcome_openers", "welcome_sites",
            "title_labels")
    return {k: tuple(sorted(data[k], key=len, reverse=True)) for k in keys}


def back_link(t: str) -> bool:
    """"返回某某新闻网", "返回栏目": a link back to the site, its list or its top; or one
    asking to follow or install it ("关注某某新闻网", "安装某某客户端")."""
    if follow_link(t):
        return True
    w = _words()
    return len(t) <= _SHORT and not _CLAUSE.search(t) and t.startswith(w["back_link_openers"]) \
        and t.endswith(w["back_link_targets"])


def follow_link(t: str) -> bool:
    """"关注某某新闻网", "安装某某客户端": the site's header asking to be followed or installed."""
    w = _words()
    return len(t) <= _SHORT and not _CLAUSE.search(t) and t.startswith(w["follow_link_openers"]) \
        and t.endswith(w["follow_link_targets"])


def back_link_site(t: str) -> bool:
    """A back link naming the site ("返回某某新闻网"): it tells where the page was published."""
    return back_link(t) and t.endswith(_words()["back_link_sites"])


#: A greeting before a site's welcome ("你好,欢迎光临某某网").
_GREETING = re.compile(r"^(?:您好|你好|亲爱的[\u4e00-\u9fff]{1,4})?\s*[,，!！]?\s*")
_WELCOME_END = re.compile(r"\s*[!！.。~～]*$")


#: A site naming itself before its greeting ("• 某某网某某频道欢迎您").
_NAME_WELCOMES = re.compile(r"^(?:[•·●◆■▪*]\s*)?(?P<name>[^\s,，。!！]{2,20}?)欢迎(?:您|你)[!！.。~～]*$")


def site_welcome(t: str) -> bool:
    """"你好,欢迎光临某某网", "欢迎光临某某县人民政府网站", "某某网某某频道欢迎您": the site
    greeting its visitor, naming itself; it tells where the page was published, and is
    never a headline."""
    w = _words()
    if len(t) > _SHORT + 12:
        return False
    named = _NAME_WELCOMES.match(t)
    if named is not None:
        return named.group("name").endswith(tuple(w["welcome_sites"])) or _names_a_place(named.group("name"))
    rest = t[_GREETING.match(t).end():]            # type: ignore[union-attr]
    opener = next((o for o in w["welcome_openers"] if rest.startswith(o)), None)
    if opener is None:
        return False
    name = _WELCOME_END.sub("", rest[len(opener):])
    return 2 <= len(name) <= _SHORT and not _CLAUSE.search(name) and (
        name.endswith(tuple(w["welcome_sites"])) or _names_a_place(name))


def _names_a_place(name: str) -> bool:
    """A place's name (某省某市, a short name too): a county's or city's site welcoming its
    visitor to the place itself (您好,欢迎您来到海南琼海!)."""
    from ..extract.gazetteer import by_short, divisions
    return any(divisions(name[i:]) or by_short(name[i:]) for i in range(len(name) - 1))


def crumb_tail(t: str) -> bool:
    """"某某新闻正文", "某某说事 • 正文": a column's name and the breadcrumb's last item (the
    article itself) on one line.  Without a separator between them the name must end as
    a site's or column's name does, so that a headline ending in 内容 stays one."""
    w = _words()
    if len(t) > _SHORT or _CLAUSE.search(t):
        return False
    end = next((e for e in w["crumb_end"] if t.endswith(e)), None)
    if end is None:
        return False
    name = t[: -len(end)]
    bare = name.rstrip(_SEPARATORS)
    if not bare:
        return False
    if bare != name:
        return True
    return end.startswith(_ARTICLE) and bare.endswith(w["crumb_site_endings"])


def logo_alt(t: str) -> bool:
    """"Forum logo": a picture's alt text in Latin letters naming a logo or banner."""
    return bool(_LATIN_WORDS.match(t)) and t.split()[-1].lower() in _words()["image_alt_words"]


@functools.lru_cache(maxsize=1)
def _title_label() -> re.Pattern[str]:
    labels = "|".join(r"\s*".join(map(re.escape, w)) for w in _words()["title_labels"])
    return re.compile(r"^[•·]?\s*(?:" + labels + r")\s*[:：•·]")


def title_labels() -> tuple[str, ...]:
    """The labels naming a page's title ("标题", a forum thread's "主题")."""
    return _words()["title_labels"]


def title_labelled(t: str) -> bool:
    """"标题: 某某": a line naming the page's title; its value is the headline, never chrome."""
    return _title_label().match(t) is not None


@functools.lru_cache(maxsize=1)
def _title_value() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, _words()["title_labels"]))
    return re.compile(r"(?:^|\s)(?:" + labels + r")\s*[:：]\s*(\S.*?)\s*$")


def titles_named(texts: list[str]) -> set[str]:
    """The values that lines of a page's record give after a title label, anywhere in the
    line ("废止时间: 2020-01-23 名称: 某县关于…的通知" names 某县关于…的通知)."""
    found = _title_value()
    return {m.group(1) for t in texts if (m := found.search(t)) is not None}


def spaced_out_joined(items: list[str]) -> list[str]:
    """Items with the characters of a link written spaced out joined again ("首 页" → 首页)."""
    out: list[str] = []
    single = False
    for item in items:
        if len(item) == 1 and single:
            out[-1] += item
        else:
            out.append(item)
        single = len(item) == 1
    return out


def domain_only(t: str) -> bool:
    """A short link or widget named by its web address ("某某(iAsk.com)")."""
    if len(t) > 40 or "@" in t or ":" in t.replace("://", "") or not _DOMAIN.search(t):
        return False
    return len(re.findall(f"[{_CJK}]", t)) <= 6


#: Fewest channel names of a portal's menu row, and the longest name.
_CHANNEL_ROW_ITEMS = 5
_CHANNEL_ITEM = 10
_BARS = re.compile(r"\s*[|｜]\s*")
_CHANNEL_NAME = re.compile(rf"^[{_CJK}A-Za-z][{_CJK}A-Za-z0-9 ]*$")


#: A menu parted by spaces only: fewest names, and the share of them four characters long
#: or more (a row of people's names, two or three characters each, has few such).
_SPACED_MENU_ITEMS = 8
_SPACED_MENU_LONG = 0.75
_SPACED_MENU_NAME = re.compile(rf"^[{_CJK}]{{2,6}}$")


def channel_row(t: str) -> bool:
    """A portal's menu of channel names parted by bars ("新闻 | 体育 | 财经 | 房产 | 汽车"): five or
    more short names and nothing else, a name's characters perhaps spaced out ("大 事 记"),
    the row perhaps closed by a bar; or eight or more parted by spaces, most of four
    characters or more ("要闻速览 惠农政策 各地动态 …").  A row opened by a bar is a table's, kept."""
    if t[0] in "|｜":
        return False
    spaced = t.split()
    if len(spaced) >= _SPACED_MENU_ITEMS and all(_SPACED_MENU_NAME.match(i) for i in spaced) \
            and sum(len(i) >= 4 for i in spaced) >= _SPACED_MENU_LONG * len(spaced):
        return True
    items = _BARS.split(t.rstrip("|｜ "))
    return len(items) >= _CHANNEL_ROW_ITEMS and all(
        len(i.replace(" ", "")) <= _CHANNEL_ITEM and _CHANNEL_NAME.match(i) for i in items)


#: A sentence's end: no path holds one.
_SENTENCE_MARK = re.compile(r"[。！？!?]")
#: Separators that also write a sequence in running text (申请→审核→发放) and
#: a path's '/': a path without a home word needs angle marks.
_ARROWS = frozenset({"/", "->", "→"})
#: Marks that also close a "more" link ("新闻查询>>"), not only a path.
_MORE_LINKS = frozenset({">>", "»"})
#: Single angle marks of a path (not "->" or an arrow, not a "more" link's ">>").
_ANGLES = frozenset({">", "＞", "›"})
#: An item of a two-level path: a short name of characters and letters, no number
#: ("产值 > 三亿元" compares amounts).
_CRUMB_PAIR = re.compile(r"^(?:(?![一二三四五六七八九十百千万亿两])[\u4e00-\u9fffA-Za-z]){2,8}$")
#: Longest item of a path without a home word.
_CRUMB_ITEM = 12


def crumb_path(t: str, home: tuple[str, ...], separators: frozenset[str]) -> bool:
    """"首页 > 新闻中心 > 本地要闻": a home word, then separators; or, with the site's
    name in place of the home word, three or more short items between angle marks
    ("某某新闻网 > 专题 > 文章详情")."""
    if _SENTENCE_MARK.search(t) or len(t) > 80:
        return False
    if t.startswith(home):
        return any(sep in t for sep in separators if sep != "/") or t.count("/") >= 2
    for sep in separators:
        if sep in _ARROWS or sep not in t:
            continue
        items = [item.strip() for item in t.split(sep)]
        short = all(len(item) <= _CRUMB_ITEM for item in items)
        if len(items) >= 3 and short and all(items):
            return True
        if short and items[0].endswith(home) and all(items[1:]):
            return True           # the site's own home link first: "数字版首页 > 第A06版"
        endings = _words()["crumb_site_endings"]
        if len(items) == 2 and all(_CRUMB_PAIR.match(item) for item in items) and (
                (sep in _ANGLES and f" {sep} " in t)
                or (sep in _MORE_LINKS and items[0].endswith(endings))):
            return True           # a two-level path alone on its line: "某某在线 > 滚动新闻", or a
                                  # site's column, then its section: "某某新闻>>某某新闻中心"
        if len(items) == 2 and short and all(item.endswith(endings) for item in items):
            return True           # both levels named as a site's columns are: "新闻 新闻> 某某新闻"
        inner = items[1:-1] if not items[0] else items[:-1]
        if short and not items[-1] and inner and all(inner) and sep not in _MORE_LINKS:
            return True           # the home item left out, the path still closed by its mark: "> 热点 >"
    return False


#: A site describing itself ("某某网,是具有广泛影响力的综合性新闻网站。"): its name, 是, what it
#: is, ending in the kind of site.
_BLURB = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,14}(?:网|网站|平台|客户端)\s*[,，]?\s*是.{2,50}?"
                    r"(?:网站|平台|门户|媒体|客户端)[。.!！]?$")
#: A site's sponsors named without colons ("中共某州委 某州人民政府主管 某州委宣传部主办"): one to
#: four bodies, each closed by what it does for the site.
_SPONSORS = re.compile(r"^(?!.*由)(?:[\u4e00-\u9fff]{2,20}\s+){0,3}[\u4e00-\u9fff]{2,20}(?:主管|主办|承办|协办)"
                       r"(?:\s+(?:[\u4e00-\u9fff]{2,20}\s+){0,3}[\u4e00-\u9fff]{2,20}(?:主管|主办|承办|协办))*$")


#: A paper calling itself a body's organ, its slogan after it ("某市委机关报,改革开放的窗口").
_ORGAN_PAPER = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:机关报|机关刊)(?:\s*[,，]\s*[^。,，]{2,20})?[。.]?$")


#: A site naming itself the official site of a paper or body, its sponsor before it perhaps
#: ("某某报业集团主管 《某某报》官方网站", "某某县人民政府官方网站").
_OFFICIAL_SITE = re.compile(r"^(?:[\u4e00-\u9fff]{2,20}(?:主管|主办)\s*)?《?[\u4e00-\u9fff]{2,20}》?\s*(?:官方网站|官网)$")


def site_blurb(t: str) -> bool:
    """The site's sentence about itself, above or below the article: never its text."""
    return _BLURB.match(t) is not None or _ORGAN_PAPER.match(t) is not None or _OFFICIAL_SITE.match(t) is not None


def sponsors_line(t: str) -> bool:
    """The bodies that run the site, named without colons: its footer or masthead."""
    return _SPONSORS.match(t) is not None


#: The label a row of links may open with ("某某报业集团旗下媒体: 某某日报 |某某网 |… 返回首页").
_ROW_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,16}\s*:\s*")


def nav_bar(t: str, home: tuple[str, ...]) -> bool:
    """A row of short site links, one of them a home link: "某某网首页 聊天室 视频", "首 页 新闻 …",
    after a label perhaps ("某某集团旗下媒体: 某某日报 |某某网 返回首页")."""
    label = _ROW_LABEL.match(t)
    items = spaced_out_joined([i for i in re.split(r"[\s|｜]+", t[label.end():] if label else t) if i])
    return len(items) >= 3 and all(len(i) <= 8 for i in items) and any(i.endswith(home) for i in items)
