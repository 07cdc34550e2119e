"""Titles: the headline of a heading group, or one derived from the text.

The main title is the Markdown heading of the group when there is one, else
the first line — or the second, when the first only states the event
("青石县召开春耕生产推进会") and the second does not nor opens with the meeting's decisions
("决定…", "审议通过…": a subtitle), or the text repeats nothing of the
first but echoes the second (a related story's headline above this one), or the first is
one short quoted term ("“一村一策”": a kicker); of three lines
the second (kicker, main, subtitle), unless the first states the event over two short slogans
that state none ("某某主持召开…会议" / "深学细悟…" / "推动…": the slogans are its subtitle) or
the second opens with a dash (the first's subtitle); a line that is only a site's
column name ("滚动新闻"), or a short phrase framed by dashes ("—— 关注某某 ——"), is a kicker, never the headline.  Kicker and subtitle
lines both go to the subtitle, in reading order.  A headline line is cleaned
as a title: a title spaced out letter by letter ("巡 察 公 告") is joined and a
site's name after it ("…|某某资讯") cut off.  An article without a headline
gets its first sentence, cut at a natural boundary, or the name of a formal document
copied as one line, before its adoption note ("关于…的决定 (…会议通过)") (:func:`derive_title`).
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from ..repair import clean_text
from ..simplified import to_simplified
from ..extract.gazetteer import CITY, COUNTY, by_short, divisions
from .headline_echo import site_banner
from .head_forms import unit_kicker
from .patterns import ITEM_BULLET, is_event_line, list_words

__all__ = ["headline", "derive_title", "title_text", "is_column_label", "names_attendance"]


@functools.lru_cache(maxsize=1)
def _column_labels() -> frozenset[str]:
    return frozenset(list_words("column_labels"))


@functools.lru_cache(maxsize=1)
def _column_prefixes() -> frozenset[str]:
    return frozenset(list_words("column_label_prefixes"))


#: Longest column name read by its ending (医院动态, 校园快讯).
_ENDED_COLUMN = 6


@functools.lru_cache(maxsize=1)
def _column_ending() -> re.Pattern[str]:
    ends = "|".join(map(re.escape, list_words("column_label_endings")))
    return re.compile(rf"^[\u4e00-\u9fff]{{2,{_ENDED_COLUMN - 2}}}(?:{ends})$")


_SPACED = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff])+$")
#: A site's name after a headline ("…考察学习|某某资讯", "…_新闻中心_某某网").
#: A part in quotes or brackets ("…|进村入户送“温暖”") is the headline's second half, no site's name.
_SITE_SUFFIX = re.compile(r"(?:\s*[|｜_]\s*|\s+-\s+)[^|｜_\s“”\"《》「」]{2,12}$")


@functools.lru_cache(maxsize=1)
def _site_name_suffix() -> re.Pattern[str]:
    """A site's name after a headline behind a dash with no spaces around it
    ("…参观考察-某某网-- 某某门户"): a page title's tail, known by how the name ends."""
    endings = "|".join(map(re.escape, list_words("site_name_endings")))
    return re.compile(rf"\s*-{{1,2}}\s*[^-—|｜_\s“”\"《》「」]{{1,10}}(?:{endings})$")


#: A headline set whole in lenticular brackets (【某某工作会议】): the brackets are the layout's.
_BRACKETED = re.compile(r"^【([^【】]{2,60})】$")
#: A bar a page's layout left after the headline, its next cell empty ("某某开工奠基 |").
_TRAILING_BAR = re.compile(r"\s*[|｜]+\s*$")


#: A full date set after the headline across a space (某某揭牌启用 2031年04月10日, … 2031-04-10).
_TRAILING_DATE = re.compile(r"\s+((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
                            r"(?:\s+\d{1,2}:\d{0,2}(?::\d{0,2})?)?"
                            # the page's source after the date (… 2031-05-22 来源:某区人民政府)
                            r"(?:\s+(?:来源|稿源|信息来源|來源)\s*[:：]\s*[^\s:：]{1,30})?)$")
#: Fewest characters of a headline left before such a date.
_DATED_HEADLINE_MIN = 6


def trailing_date(title: str) -> tuple[str, str] | None:
    """(headline, stamp) of a headline the page printed its date after, across a space, perhaps
    with its time and source (…考察 2031-05-22 来源:某区人民政府); else None."""
    m = _TRAILING_DATE.search(title)
    return (title[:m.start()], m.group(1)) if m and m.start() >= _DATED_HEADLINE_MIN else None


def without_leading_bullet(title: str) -> str:
    """The headline without a list item's bullet the page set before it ("• 某某带队赴某县…")."""
    return ITEM_BULLET.sub("", title) or title


def title_text(text: str) -> str:
    """A headline line as a title: spaces collapsed, a title spaced out letter by letter
    ("巡 察 公 告") joined, a site's name after it cut off, a layout's bar after it or brackets around it too."""
    title = re.sub(r"\s+", " ", text).strip()
    if _SPACED.match(title):
        return title.replace(" ", "")
    while ((m := _SITE_SUFFIX.search(title)) or (m := _site_name_suffix().search(title))) \
            and len(title[: m.start()]) >= 6:
        title = title[: m.start()]
    title = _TRAILING_BAR.sub("", title)
    m = _BRACKETED.match(title)
    return m.group(1).strip() if m else title


#: A short phrase between two dash runs (—— 关注某某 ——): a column's label set over the headline.
_DASH_FRAMED = re.compile(r"^(?:—+|-{2,})\s*[^—\-\s][^—]{0,18}?\s*(?:—+|-{2,})$")


def is_column_label(text: str) -> bool:
    """A heading line that is only a site's column or region (滚动新闻, 天津), or a phrase
    framed by dashes (—— 关注某某 ——): a kicker."""
    title = title_text(text)
    label = to_simplified(title).strip("【】[]")
    return label in _column_labels() or _region_label(title) or _DASH_FRAMED.match(title) is not None \
        or _column_ending().match(label) is not None \
        or any(label.endswith(c) and (_region_label(label[:-len(c)], COUNTY) or label[:-len(c)] in _column_prefixes())
               for c in _column_labels())


def _region_label(text: str, lowest: int = CITY) -> bool:
    """A line that is only a province's or city's name (天津, 广东省), or a county's full
    name (岐山县): a site's regional column over its headline, never the headline itself;
    with a column's name after it (凤阳要闻) too."""
    name = to_simplified(text).strip("【】[] ")
    if not 2 <= len(name) <= 8:
        return False
    return any(d.level <= lowest for d in (*divisions(name), *by_short(name))) \
        or any(d.level == COUNTY and d.name == name for d in divisions(name))


#: Fewest characters of a bulleted line read as the headline under its column's label.
_ITEM_HEADLINE = 6


def headline(lines: Sequence[str], levels: Sequence[int] = (), body: str = "") -> tuple[str | None, str | None]:
    """(title, subtitle) of a heading group of up to three lines, top to bottom.

    ``levels`` are the lines' Markdown heading levels (0: a bare line); ``body`` is the
    start of the article's text, which a headline echoes.
    """
    texts = [title_text(t) for t in lines if title_text(t)]
    levels = list(levels) + [0] * (len(lines) - len(levels))
    levels = [lv for t, lv in zip(lines, levels) if title_text(t)]
    if not texts:
        return None, None
    texts, levels = _joined_halves(texts, levels)
    items = [t.startswith(list_words("headline_item_bullets")) for t in texts]
    bulleted = [without_leading_bullet(t) for t, item in zip(texts, items) if item]
    if len(bulleted) == 1 and not is_column_label(bulleted[0]) and len(bulleted[0]) >= _ITEM_HEADLINE \
            and all(item or is_column_label(t) for t, item in zip(texts, items)):
        texts = [without_leading_bullet(t) for t in texts]   # 即时新闻 / • 某某标题: its column's one item
    elif any(items) and not all(items):        # • 综合,领导活动: an information box's item
        main = next(i for i, item in enumerate(items) if not item)
        if sum(not item for item in items) == 1:
            return texts[main], (" ".join(texts[:main] + texts[main + 1:]) or None)
    kickers = [i for i, t in enumerate(texts) if is_column_label(t)
               or (t.endswith(_SUBTITLE_DASHES[0]) and i + 1 < len(texts))]   # 某市某区—— over its story
    while kickers and kickers[-1] + 2 < len(texts) and _SECTION.fullmatch(texts[kickers[-1] + 1]):
        kickers.append(kickers[-1] + 1)       # 新闻动态 / 代表工作 / headline: the column's section
    if kickers and len(kickers) < len(texts):     # 滚动新闻 / 某某标题: the column, then the headline
        after = [i for i in range(kickers[-1] + 1, len(texts))]   # the headline comes under its column
        main = after[0] if after else next(i for i in range(len(texts)) if i not in kickers)
        return texts[main], (" ".join(texts[:main] + texts[main + 1:]) or None)
    if kickers:                                   # a region's column alone: the text has no headline
        return None, " ".join(texts)
    site = _site_lines(texts)
    main = _main_line(texts, levels, body, site)
    # a headline the page printed twice is no subtitle of itself
    rest = [t for i, t in enumerate(texts) if i != main and t != texts[main] and (i not in site or main in site)]
    return texts[main], (" ".join(rest) or None)


def _main_line(texts: list[str], levels: list[int], body: str, site: set[int]) -> int:
    """Which line of a heading group (no column label in it) is the main title.  Lines
    naming who presided or attended ("某某主持会议") are subtitles and left out of
    the choice while another line remains; so are a site's banner ("某某网 | 口号") and
    a line that repeats part of it (the slogan again under the banner), which are no
    subtitle either."""
    pool = [i for i, t in enumerate(texts) if not names_attendance(t) and i not in site] \
        or [i for i in range(len(texts)) if i not in site] or list(range(len(texts)))
    lines = [texts[i] for i in pool]
    marked = [levels[i] for i in pool if levels[i]]
    if marked:
        return next(i for i in pool if levels[i] == min(marked))
    if len(lines) == 2:
        lower = (is_event_line(lines[0]) and not is_event_line(lines[1]) and not _outcome_line(lines[1])) \
            or _unechoed_above(lines, body) or _quoted_kicker(lines) or unit_kicker(lines[0]) \
            or _column_of_kind(lines)
        return pool[1 if lower else 0]
    if len(lines) == 3 and (_event_over_slogans(lines) or lines[1].startswith(_SUBTITLE_DASHES)):
        return pool[0]        # (a dash opens the subtitle of the line above it: "——走近某某(上)")
    return pool[1] if len(lines) >= 3 else pool[0]


#: Longest column name over a headline of the same kind (医院公告 / 巡察公告).
_KIND_COLUMN = 6


def _column_of_kind(lines: list[str]) -> bool:
    """A short column name over a headline that ends in the same kind word ("医院公告" /
    "巡察公告"): the column lists such items, the line under it is this one."""
    upper, lower = (to_simplified(t.strip()) for t in lines)
    return len(upper) <= _KIND_COLUMN and len(lower) > 2 and upper != lower and upper[-2:] == lower[-2:]


#: A line that is one short quoted term alone ("“一村一策”"): a kicker naming the theme.
_QUOTED_TERM = re.compile(r"[“「\"‘][^“”「」\"‘’]{2,8}[”」\"’]")


def _quoted_kicker(lines: list[str]) -> bool:
    """A short quoted term alone over a longer line ("“一村一策”" / "某县推进乡村振兴"): the
    term is the kicker, the line under it the headline."""
    return bool(_QUOTED_TERM.fullmatch(lines[0].strip())) and len(lines[1]) > len(lines[0])


#: Longest line of a two-line slogan under an event line.
_SLOGAN_CHARS = 24


def _event_over_slogans(lines: list[str]) -> bool:
    """An event line above two slogans that state no event, both shorter than it
    ("某某主持召开某某会议" / "深学细悟某某精神" / "推动各项工作提质增效"): the event line is
    the headline and the slogans its two-part subtitle, not a kicker over a main line."""
    first, *slogans = lines
    return is_event_line(first) and all(not is_event_line(t) and len(t) <= _SLOGAN_CHARS and len(t) < len(first)
                                         for t in slogans)


#: Marks a site's banner parts its names with: a line without one is no banner.
_BANNER_MARKS = frozenset("-_|｜—–")


def _site_lines(texts: Sequence[str]) -> set[int]:
    banners = [t for t in texts if not _BANNER_MARKS.isdisjoint(t) and site_banner(t)]
    if not banners:
        return set()
    return {i for i, t in enumerate(texts) if t in banners or any(t in b for b in banners)}


def _outcome_line(text: str) -> bool:
    """A line that opens with what the meeting above it decided ("决定某某代理区长职务 审议通过…"):
    it has no subject of its own, so it is the event line's subtitle, not the headline."""
    return to_simplified(text).lstrip().startswith(tuple(list_words("outcome_openers")))


def names_attendance(text: str) -> bool:
    """A line naming who presided or attended (某某主持会议, 某某等一同考察): a subtitle."""
    simple = to_simplified(text).rstrip()
    return simple.endswith(tuple(list_words("attendance_endings")))


_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
#: Fewest two-character pieces of a headline the text repeats to call it echoed.
_ECHOES = 2
#: Shortest text read for echoes: a short text may well not repeat its headline.
_ECHO_BODY = 300
#: ...unless the line above is a few characters (a channel's name, 某某娱乐): a text of
#: this length that echoes none of them and the line below is not theirs.
_SHORT_LINE = 6
_ECHO_BODY_SHORT_LINE = 100
#: A section's name under a column's label: a short word alone.
_SECTION = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: A line opening with a dash is the subtitle of the line above it.
_SUBTITLE_DASHES = ("—", "--", "－－")


def _echoes(line: str, body: str) -> int:
    simple = to_simplified(line)
    return sum(1 for i in range(len(simple) - 1) if _HAN.fullmatch(simple, i, i + 2) and simple[i:i + 2] in body)


def _unechoed_above(texts: Sequence[str], body: str) -> bool:
    """The first of two headline lines is another story's (a page's link to a related
    story above the headline) when the text repeats nothing of it and echoes the second."""
    shortest = _ECHO_BODY_SHORT_LINE if len(texts[0]) <= _SHORT_LINE else _ECHO_BODY
    if len(body) < shortest or texts[1].startswith(_SUBTITLE_DASHES):
        return False              # ——某某看望某某: a subtitle, the line above it its headline
    body = to_simplified(body)
    return _echoes(texts[0], body) == 0 and _echoes(texts[1], body) >= _ECHOES


_LEAD_MARK = re.compile(
    r"^(?:本报|本刊|本台|本网)[\u4e00-\u9fff]{0,10}讯\s*"
    r"|^[\u4e00-\u9fff·]{1,14}(?:网|报|台|社|新闻|客户端|融媒|号|中心)讯\s*"
    r"|^[\u4e00-\u9fff]{2,20}(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)\s*")
_BRACKET = re.compile(r"^[（(【\[][^（）()【】\[\]]{0,60}[)）】\]]\s*")
_WHEN = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|近期|昨日|昨天|今天|今日)"
                   r"(?:[上下]午|晚上?|早上|凌晨|中午)?\s*[，,]\s*")
_SENTENCE = re.compile(r"[。！？!?]")
_KEPT_MARKS = "！？!?"
_CLAUSE = re.compile(r"[，,；;：:、]")
_TRIM = " \t，,、；;：:“‘「《（("


def derive_title(paragraphs: Sequence[str], limit: int = 40) -> str:
    """A title for an article without a headline: its first sentence, cut at a natural
    boundary to at most ``limit`` characters; never empty when there is text.

    Lead marks (a digest item's bullet, "本报讯", a "(记者 …)" dateline, a leading date
    clause) carry no meaning for a title and are left out; so are paragraphs with no full sentence
    (form lines, page stamps) when a later one has one.
    """
    texts = [clean_text(p) for p in paragraphs if p.strip()]
    if not texts:
        return ""
    # the first paragraph with a full sentence: form lines and page stamps make poor titles
    text = next((t for t in texts if _SENTENCE.search(t)), texts[0])
    limit = max(limit, 2)
    body = _LEAD_MARK.sub("", ITEM_BULLET.sub("", text, count=1), count=1)
    body = _BRACKET.sub("", body, count=1) if body != text or _BRACKET.match(body) else body
    body = _WHEN.sub("", body, count=1) or text
    body = _without_cut_tail(body)
    adopted = _ADOPTION_NOTE.search(body)
    if adopted and adopted.start() <= limit:     # 关于…的决定 (2031年8月2日…会议通过): the document's name
        return body[:adopted.start()].strip(_TRIM)
    m = _SENTENCE.search(body)
    # a question or exclamation keeps its mark (…难在哪里?): without it the title says otherwise
    end = m.end() if m and m.group() in _KEPT_MARKS and m.start() < limit else (m.start() if m else len(body))
    sentence = body[:end].strip(_TRIM) or body
    if len(sentence) <= limit:
        return sentence
    cut = _cut_at_clause(sentence, limit)
    if cut:
        return cut
    return sentence[: limit - 1].rstrip(_TRIM) + "…"


#: A formal document's adoption note after its name ("…的决定 (2031年8月2日某某会议通过)"): the
#: name before it is the title.
_ADOPTION_NOTE = re.compile(r"(?<=[定议法例单告则])\s*[（(][^（）()]{0,60}\d{1,2}\s*日[^（）()]{0,50}(?:通过|批准)[)）]")
#: A first word run that the next one ends with ("职务的决定 关于…职务的决定"): a cut-off copy
#: of the headline's end that a page left before it.
_CUT_TAIL = re.compile(r"^(?P<tail>[\u4e00-\u9fff]{2,20})\s+(?=[^\s]*?(?P=tail)(?:\s|[（(]|$))")


def _without_cut_tail(body: str) -> str:
    m = _CUT_TAIL.match(body)
    return body[m.end():] if m else body


def _cut_at_clause(sentence: str, limit: int) -> str | None:
    """The longest run of whole clauses within ``limit`` whose quotes are balanced."""
    for m in reversed([m for m in _CLAUSE.finditer(sentence) if m.start() <= limit]):
        head = sentence[: m.start()].rstrip(_TRIM)
        if len(head) >= min(8, limit) and head.count("“") == head.count("”") \
                and head.count("《") == head.count("》"):
            return head
    return None



def _joined_halves(texts: list[str], levels: list[int]) -> tuple[list[str], list[int]]:
    """A headline broken over two lines, the second opening with a continuation
    ("将于3月25日召开"), joined into one line."""
    out_t: list[str] = []
    out_l: list[int] = []
    for text, level in zip(texts, levels):
        if out_t and text.startswith(list_words("headline_continuations")) \
                and not out_t[-1].endswith(("。", "！", "？", "：", ":", "!", "?")):
            out_t[-1] += text
            continue
        out_t.append(text)
        out_l.append(level)
    return out_t, out_l
