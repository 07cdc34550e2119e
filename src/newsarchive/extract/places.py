"""Places named in an article: the divisions of the gazetteer, zones, and what a chain names.

A place counts only when it is real:

* a division or township of the gazetteer written in full (``湖北省``, ``樊城区``,
  ``米公街道``), or by a former name (``襄樊市`` → ``襄阳市``), not inside a longer
  word of its sentence (``代县长``: see :mod:`.place_words_cut`);
* a development zone (``郑州经开区`` → ``经开区``, ``郑东新区党工委``);
* a village, community or unlisted township whose start the text shows: right
  after a place (``溪前镇庄明社区``), after an office (``明湖办事处东风社区``), or
  next in a list after a place (``天子湖镇、余村村``);
* a bare short name (``河南``, ``郑州``, ``徐汇``) where the text makes it one
  (see :mod:`.place_names`).

Names the gazetteer knows need no guessing where they start: the longest name
ending at a suffix character wins.  What is left to decide is whether a short
or generic name (``赵县``, ``城区``) stands alone, which :mod:`.place_rules` does.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from typing import Iterable, Sequence

from ..records import Draft
from . import gazetteer as gz
from .gazetteer import CITY, COUNTY, PROVINCE, TOWN, VILLAGE
from .place_names import Place, bare_mentions, repeat_confirms, short_mentions, simplified
from .place_words import words
from .place_words_cut import inside_word
from .place_rules import chained_name, generic_ok, rejected_after, zone_at, zone_canonical
from ..textnorm import without_pinyin

__all__ = ["PROVINCE", "CITY", "COUNTY", "TOWN", "VILLAGE", "Place", "find_places", "article_places",
           "article_known", "draft_texts", "extract_places", "extract_district"]

_TOWN_ENDS = ("街道", "镇", "乡", "苏木")


@functools.lru_cache(maxsize=1)
def _final_re() -> re.Pattern[str]:
    chars = set(gz.gazetteer().lengths) | set("村区道")
    return re.compile("[" + "".join(sorted(chars)) + "]")


@functools.lru_cache(maxsize=1)
def _not_townships() -> frozenset[str]:
    return frozenset(words("not_township"))


def _division_place(name: str, start: int) -> Place | None:
    """The place a gazetteer name stands for (a former name canonicalised)."""
    found = gz.divisions(name)
    if found:
        d = found[0]
        canonical = zone_canonical(name) if d.short in ("经开区", "高新区") else d.name
        return Place(start, start + len(name), name, canonical, d.level)
    if name.endswith(_TOWN_ENDS) and gz.town_counties(name) and name not in _not_townships():
        return Place(start, start + len(name), name, name, TOWN)
    return None


def _province_split(text: str, p: Place) -> Place | None:
    """A division whose name's first character also ends a province's short name written
    before it (山|西吉县 of 山西吉县): the shorter name after the province's, when that is a
    division of the province (吉县, 山西's)."""
    if p.start < 1 or len(p.name) < 3:
        return None
    provinces = [d for d in gz.by_short(text[p.start - 1:p.start + 1]) if d.level == PROVINCE]
    rest = p.name[1:]
    for d in gz.divisions(rest) if provinces else ():
        if d.level in (CITY, COUNTY) and provinces[0] in gz.ancestors(d):
            return Place(p.start + 1, p.end, rest, d.name, d.level)
    return None


def _scan(text: str) -> list[Place]:
    """Gazetteer names, zones and chained names of a simplified text, in order, not overlapping."""
    found: list[Place] = []
    for m in _final_re().finditer(text):
        end = m.end()
        for name in gz.names_ending_at(text, end):
            p = _division_place(name, end - len(name))
            if p is not None and not rejected_after(text, p) and not inside_word(text, p.start, p.end):
                found.append(_province_split(text, p) or p)
                break
        zone = zone_at(text, end)
        if zone is not None:
            found.append(zone)
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Place] = []
    for p in found:
        if out and p.start < out[-1].end:
            continue
        if generic_ok(text, p, out[-1] if out else None):
            out.append(p)
    return _with_chained(text, out)


def _with_chained(text: str, places: list[Place]) -> list[Place]:
    """Add villages, communities and unlisted townships whose start a place or office shows."""
    out: list[Place] = []
    for p in places:
        if out and p.start > out[-1].end:
            out.extend(chained_name(text, out[-1], p.start))
        out.append(p)
    if out:
        out.extend(chained_name(text, out[-1], len(text)))
    else:
        out.extend(chained_name(text, None, len(text)))
    return sorted(out, key=lambda p: p.start)


@functools.lru_cache(maxsize=2048)
def _places_of(text: str) -> tuple[Place, ...]:
    return tuple(_scan(simplified(text)))


def find_places(text: str, known: Iterable[str] = ()) -> list[Place]:
    """Every place mention in ``text``, in order, with spans into ``text`` (folded and
    simplified, both length-preserving).  ``known`` holds bare short names the article
    confirms (named twice, or in full elsewhere): they count here too."""
    return list(_found_places(text, known if isinstance(known, frozenset) else frozenset(known)))


@functools.lru_cache(maxsize=4096)
def _found_places(text: str, known: frozenset[str]) -> tuple[Place, ...]:
    """:func:`find_places`, kept: the extractors of one article ask for the places of
    the same texts and clauses again and again (two to three times each)."""
    found = list(_places_of(text))
    twice = {s for s, n in Counter(short_mentions(simplified(text))).items()
             if n >= 2 and repeat_confirms(s)}
    bare = bare_mentions(simplified(text), frozenset(known) | twice)
    # A bare name counts where no place found overlaps it.  The places come by start:
    # those starting before it ends are a prefix, and the furthest any of them
    # reaches decides (testing every place for every bare name cost names × places
    # on a long text).
    starts = [p.start for p in found]
    reach = list(itertools.accumulate((p.end for p in found), max))
    extra = [b for b in bare
             if (k := bisect.bisect_left(starts, b.end)) == 0 or reach[k - 1] <= b.start]
    return tuple(sorted(found + extra, key=lambda p: p.start))


def article_places(texts: Sequence[str]) -> list[list[Place]]:
    """Places of each text of one article; short names confirmed across the whole article."""
    known = article_known(tuple(texts))
    return [find_places(t, known) for t in texts]


@functools.lru_cache(maxsize=64)
def article_known(texts: tuple[str, ...]) -> frozenset[str]:
    """Short names the article confirms: named at least twice (unless also a common
    word), or also written in full."""
    counts: Counter[str] = Counter()
    full: set[str] = set()
    for t in texts:
        counts.update(short_mentions(simplified(t)))
        full.update(p.canonical for p in _places_of(t))
    return frozenset(s for s, n in counts.items()
                     if (n >= 2 and repeat_confirms(s)) or any(d.name in full for d in gz.by_short(s)))


def draft_texts(draft: Draft) -> list[str]:
    """The article's headline and text, without the pinyin a mirror site inserted
    (武進(jìn)區(qū) is 武進區)."""
    return [without_pinyin(t) for t in (draft.title, draft.subtitle, *draft.paragraphs) if t]


def extract_places(draft: Draft) -> tuple[str, ...]:
    """Canonical place names of the article, first mention first, each once."""
    seen: dict[str, None] = {}
    for places in article_places(draft_texts(draft)):
        for p in places:
            seen.setdefault(p.canonical, None)
    return tuple(seen)


def extract_district(draft: Draft) -> str | None:
    """The article's primary jurisdiction (see :mod:`.district`)."""
    from .district import extract_district as district
    return district(draft)

