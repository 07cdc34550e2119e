"""Place mentions, the text the finder reads, and bare short names (河南, 郑州, 徐汇).

A short name is ambiguous in a way a full name is not: ``和平`` and ``东风`` are
ordinary words, ``鼓楼`` is a district of four cities.  So a bare short name is a
place only when

* it is a province's (``河南`` → ``河南省``; a province wins a name it shares
  with a city: ``吉林``), or
* it belongs to one city or county only (or to a city and a county of its own, 长沙:
  the city), is no ordinary word, and the article
  confirms it (named twice, or in full elsewhere; a name that is also a common
  word or a landmark, ``新建``, ``古城``, ``泰山``, only in full), is not followed by a count (``新建200亩``,
  ``新建三座``: there it is a verb), or
* a frame makes it a place whatever it is: a tag ``[徐汇]``, a paper or site
  named after it (``太仓日报``, ``玉溪网``; not an ordinary word whose paper's or site's
  name is a dictionary word of its own, ``东方网``), ``美丽阜城``, ``符合南岸实际``, a
  dateline (``某某新闻网乐山5月2日讯``), a field visit to it (``在东方调研``, ``到某地考察``).

A short name inside a longer word of its sentence (``和政`` of ``党和政府``) is none.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Sequence

from ..simplified import to_simplified
from . import gazetteer as gz
from . import lexicon
from .folding import fold
from .numerals import CN_DIGITS
from .gazetteer import CITY, PROVINCE
from .place_words import words
from .wordre import words_pattern
from .place_given_names import in_given_name
from .place_words_cut import inside_word

#: A dictionary word this frequent and not tagged as a place is an ordinary word (和平, 东风).
_ORDINARY_FREQ = 300
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: After a short name, a suffix (郑州市) or a toponym's last character (广阳岛, 中山路):
#: the short name is part of a longer name.
_NOT_BARE_AFTER = "省市区县州旗盟镇乡村路街巷道桥湖山河港湾岛园门江溪塘坝洲"


@dataclass(frozen=True)
class Place:
    """A place mention: span in the (folded) text, name as written, canonical name, level."""

    start: int
    end: int
    name: str
    canonical: str
    level: int


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """Width-folded, traditional characters turned simplified; same length as ``text``."""
    return to_simplified(fold(text))


@functools.lru_cache(maxsize=1)
def _shorts() -> dict[str, gz.Division]:
    """Short names a bare mention may stand for: each province's, and those of one city or county."""
    out: dict[str, gz.Division] = {}
    for short, found in gz.gazetteer().by_short.items():
        provinces = [d for d in found if d.level == PROVINCE]
        if provinces:
            out[short] = provinces[0]
        elif len(found) == 1 and "区" not in short[-1:]:
            out[short] = found[0]
        elif "区" not in short[-1:] and _city_over_its_county(found):
            out[short] = next(d for d in found if d.level == CITY)
    return out


def _city_over_its_county(found: Sequence[gz.Division]) -> bool:
    """A short name a city shares with a county of its own (长沙: 长沙市 and its 长沙县; 铁岭:
    铁岭市 and 铁岭县): written bare it is the city, the county is written in full."""
    cities = [d for d in found if d.level == CITY]
    return len(cities) == 1 and all(d is cities[0] or d.parent == cities[0].code for d in found)


@functools.lru_cache(maxsize=1)
def _short_lengths_by_start() -> dict[str, tuple[int, ...]]:
    """For each first character of a short name, the lengths of the names it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for short in _shorts():
        lengths.setdefault(short[0], set()).add(len(short))
    return {c: tuple(sorted(ks, reverse=True)) for c, ks in lengths.items()}


@functools.lru_cache(maxsize=1)
def _short_start_re() -> re.Pattern[str]:
    """Where a short name may start: a first character of one followed by a second
    character of one (two character classes: the regex engine skips the rest)."""
    shorts = _shorts()
    firsts = "".join(re.escape(c) for c in sorted({s[0] for s in shorts}))
    if any(len(s) < 2 for s in shorts):
        return re.compile(f"[{firsts}]")
    seconds = "".join(re.escape(c) for c in sorted({s[1] for s in shorts}))
    return re.compile(f"[{firsts}](?=[{seconds}])")


@functools.lru_cache(maxsize=4096)
def _short_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where short names stand in ``text``: left to right, at each position the longest
    one, not overlapping (what a trie regex's ``finditer`` gives).  A regex over some
    3,000 names tests every first character at every position, five times the time of
    the whole extraction; here two character classes find the positions where a name
    may start, and only the lengths of the names starting there are looked up."""
    table, by_start = _shorts(), _short_lengths_by_start()
    spans: list[tuple[int, int]] = []
    free = 0  # the first position not inside a span found
    n = len(text)
    for m in _short_start_re().finditer(text):
        i = m.start()
        if i < free:
            continue
        for k in by_start[text[i]]:
            if i + k <= n and text[i:i + k] in table:
                spans.append((i, i + k))
                free = i + k
                break
    return tuple(spans)


def _ordinary(word: str) -> bool:
    """A frequent word that is no place name.  The lexicon tags some cities' short names as
    a person's (桂林, 常德): a city's is still its name; a county's so tagged may be a
    word (红旗, 温泉) and stays ordinary.  Some cities' names it counts as words of no
    other use (合肥): the data lists them, and they are names."""
    if lexicon.frequency(word) < _ORDINARY_FREQ or word in words("city_names_not_words"):
        return False
    tag = lexicon.tag(word)
    return tag != "ns" and not (tag == "nr" and _shorts()[word].level == CITY)


@functools.lru_cache(maxsize=1)
def _count_re() -> re.Pattern[str]:
    measures = "".join(words("measure"))
    return re.compile(rf"(?:\d+(?:\.\d+)?|[{CN_DIGITS}]+)(?:余|多)?[{measures}]")


def _bare_at(text: str, end: int) -> bool:
    """Whether a short-name match stands alone: not the start of a full name (郑州市,
    金水区) or of a neighbourhood's (南昌社区), not a word before a count (新建200亩, 新建三座)."""
    after = text[end:end + 1]
    return not (after and after in _NOT_BARE_AFTER) and _neighbourhood_re().match(text, end) is None \
        and _count_re().match(text, end) is None and not _feature_after(text, end)


@functools.lru_cache(maxsize=1)
def _neighbourhood_re() -> re.Pattern[str]:
    """A neighbourhood's or named area's name going on from a short name (南昌社区,
    某某历史文化街区, 某某湿地公园; ``neighbourhoods`` and ``area_descriptors``)."""
    return re.compile(f"(?:{words_pattern(words('area_descriptors'))}){{0,2}}"
                      f"(?:{words_pattern(words('neighbourhoods'))})")


#: Township name endings, and the most characters between a short name and one of them.
_TOWNSHIP_ENDS = ("街道", "镇", "乡")
_TOWNSHIP_GAP = 3


def _township_after(text: str, start: int, end: int) -> bool:
    """Whether the short name opens the name of a township the gazetteer holds, a character
    or more standing between them (卧龙 in "卧龙寺街道"): the township, not the county."""
    for town_end in _TOWNSHIP_ENDS:
        at = text.find(town_end, end + 1, end + _TOWNSHIP_GAP + len(town_end))
        if at > end and gz.town_counties(text[start:at + len(town_end)]):
            return True
    return False


def _township_named(text: str, short: str) -> bool:
    """Whether ``text`` names a township that the short name is the name of (新市街, 新市镇,
    as a street's office writes itself): a bare 新市 there is that township's area
    (新市辖区), not the county elsewhere that shares the name."""
    return any(short + end in text and gz.town_counties(short + ("街道" if end == "街" else end))
               for end in ("街道", "街", "镇", "乡"))


def _feature_after(text: str, end: int) -> bool:
    """Whether a river's, lake's or mountain's name (a dictionary place word that is no
    division) follows at ``end``: the short name before it is part of a proper name
    (西山永定河文化带)."""
    for n in (4, 3, 2):
        word = text[end:end + n]
        if len(word) == n and word.endswith(_feature_endings()) and lexicon.tag(word) == "ns" \
                and not gz.divisions(word):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _feature_endings() -> tuple[str, ...]:
    return words("feature_endings")


def repeat_confirms(short: str) -> bool:
    """Whether naming ``short`` twice confirms it as a place: not for the short names that
    are also common words or landmarks (新建, 古城, 泰山; see ``place_words.txt``)."""
    return short not in _common_names()


@functools.lru_cache(maxsize=1)
def _common_names() -> frozenset[str]:
    return frozenset(words("common_word_names"))


#: Where a source's publisher starts: after the label's colon or a copyright's year.
_PUBLISHER_START = re.compile(r"^(?:.*(?:[:：]|©\s*\d{4})\s*)?")


@functools.lru_cache(maxsize=1)
def _frames_before() -> tuple[str, ...]:
    """The words that may open a local media's name before its place (longest first)."""
    return tuple(sorted(words("frame_before"), key=len, reverse=True))


def publisher_places(source: str) -> list[Place]:
    """The city or county whose short name a source's publisher opens with (来源:闽侯乡音报 →
    闽侯县), perhaps after a word a local app's name opens with (来源:精彩某某): a local paper
    is named after its place, whatever its own name goes on with (乡音报 would otherwise
    read as a township's 乡).  ``source`` is simplified."""
    start = _PUBLISHER_START.match(source).end()    # type: ignore[union-attr]
    start += next((len(w) for w in _frames_before() if source.startswith(w, start)), 0)   # 精彩某某, 今日某某
    table = _shorts()
    for n in (3, 2):
        short = source[start:start + n]
        d = table.get(short) if len(short) == n else None
        if d is not None and d.level != PROVINCE and not _ordinary(short) \
                and not _township_publisher(source, start, start + n):
            return [Place(start, start + n, short, d.name, d.level)]
    return []


def _township_publisher(source: str, start: int, end: int) -> bool:
    """Whether the publisher is a township's office named by the short name (来源:某某街党建办,
    某某镇政府), a street or town that shares the county's short name, not the county."""
    if source.startswith(("街", "镇"), end):
        return True
    return source.startswith("乡", end) and bool(gz.town_counties(source[start:end] + "乡"))


def short_mentions(text: str) -> list[str]:
    """Bare city and county short names of a simplified text (for the article's counts)."""
    return list(_short_mentions(text))


@functools.lru_cache(maxsize=4096)
def _short_mentions(text: str) -> tuple[str, ...]:
    """:func:`short_mentions`, kept: an article's texts are counted more than once."""
    table = _shorts()
    return tuple(text[a:b] for a, b in _short_spans(text)
                 if _bare_at(text, b) and table[text[a:b]].level != PROVINCE and not _ordinary(text[a:b])
                 and not _township_after(text, a, b) and not _township_named(text, text[a:b])
                 and not inside_word(text, a, b) and not in_given_name(text, a, b) and not in_word_list(text, a, b))


#: Longest item of a list read beside a short name.
_LIST_ITEM = 4
_ITEM_END = re.compile(r"[、，,。；;：:！!？?\s“”\"（）()《》]")


def in_word_list(text: str, start: int, end: int) -> bool:
    """Whether the short name is a whole item of a 、 list whose next or previous item names
    no place ("为民、惠民、富民": slogans, not counties); a list of places ("惠民、阳信") is kept."""
    before, after = text[start - 1:start], text[end:end + 1]
    if "、" not in (before, after) or not (_ITEM_END.match(before or " ") and _ITEM_END.match(after or " ")):
        return False              # not a whole item: 丹阳投资集团、… names the place
    items: list[str] = []
    if before == "、":
        left = max((m.end() for m in _ITEM_END.finditer(text, max(0, start - 1 - _LIST_ITEM - 1), start - 1)),
                   default=max(0, start - 1 - _LIST_ITEM))
        items.append(text[left:start - 1])
    if after == "、":
        m = _ITEM_END.search(text, end + 1, end + 2 + _LIST_ITEM)
        items.append(text[end + 1:m.start() if m else end + 1 + _LIST_ITEM])
    return any(item and _CJK.match(item) and not _place_word(item) for item in items)


def _place_word(item: str) -> bool:
    return item in _shorts() or bool(gz.divisions(item)) or any(
        gz.divisions(item[:k]) or item[:k] in _shorts() for k in range(2, len(item)))


@functools.lru_cache(maxsize=1)
def _frames_after() -> tuple[str, ...]:
    """The words that frame a short name after it, longest first (网讯 before 网)."""
    return tuple(sorted(words("frame_after"), key=len, reverse=True))


#: A dateline around a short name: the outlet's name before it, the date and 电/讯/消息 after
#: it (某某新闻网某地11月27日讯).
_DATELINE_OUTLET = re.compile(r"(?:社|网|报|台|客户端)\s*$")
_DATELINE_DATE = re.compile(r"\s*\d{1,2}月\d{1,2}日\s*(?:电|讯|消息)")


def _framed(text: str, start: int, end: int) -> bool:
    if text[start - 1:start] in "[【" and text[end:end + 1] in "]】":
        return True
    if _DATELINE_DATE.match(text, end) and _DATELINE_OUTLET.search(text, max(0, start - 4), start):
        return True              # 某某网某地11月27日讯: where the report was filed
    if any(text.startswith(w, start - len(w)) for w in words("frame_before") if len(w) <= start):
        return True
    for w in _frames_after():
        if text.startswith(w, end):
            nxt = text[end + len(w):end + len(w) + 1]
            return len(w) >= 2 or not (nxt and _CJK.match(nxt))
    return False


def _framed_word(text: str, start: int, end: int) -> bool:
    """Whether the short name and the frame after it make one dictionary word of their own
    (东方网: a site's name, not the site of 东方市 - which an ordinary word never names)."""
    return any(text.startswith(w, end) and lexicon.frequency(text[start:end] + w) > 0 for w in _frames_after())


def _field_visit_at(text: str, start: int, end: int) -> bool:
    """A short name between 在/到/赴 and a field visit's purpose (在海口调研): a place, even
    one that is also a common word."""
    return any(text.startswith(w, start - len(w)) for w in words("field_visit_at") if len(w) <= start) \
        and any(text.startswith(w, end) for w in words("field_visit_purposes"))


def bare_mentions(text: str, known: frozenset[str]) -> list[Place]:
    """Bare short names of a simplified text that count as places (see the module docstring)."""
    table = _shorts()
    out: list[Place] = []
    for start, end in _short_spans(text):
        short = text[start:end]
        d = table[short]
        if not _bare_at(text, end) or _township_after(text, start, end) or inside_word(text, start, end) \
                or in_given_name(text, start, end) or in_word_list(text, start, end):
            continue
        framed = (_framed(text, start, end) and not (_ordinary(short) and _framed_word(text, start, end))) \
            or _field_visit_at(text, start, end)
        if d.level == PROVINCE or framed or (short in known and not _ordinary(short)):
            out.append(Place(start, end, short, d.name, d.level))
    return out
