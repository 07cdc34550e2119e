"""The article's primary jurisdiction (its district), from the places it names.

Front matter ``district`` wins.  Otherwise, in this order:

1. ``我市``/``我县``/``我区`` and a source or footer line naming a place of that kind
   (``来源:太仓日报``): the article is that place's own news.
2. The subject of the lead (title, subtitle, first sentences, clause by clause):
   * a named city or county (``中原区召开…``; in a chain the most specific);
   * a province or central body visiting one city or county in the same sentence
     (``省委第三巡视组进驻襄阳市樊城区``) → that unit; visiting several, or none
     → its own province;
   * a town or village → its county: the one written before it, else the one the
     gazetteer holds it under (one county, or the one all its towns share), else the
     place of the paper in a source or copyright line (``版权所有 ©2022 通辽日报``);
   * a body without a name (``市委``, ``区政协``, ``县委``) → the place of that kind
     written with the same body (``老河口市委``), else the source line's, else the
     most mentioned, else the one above the places named (``德庆县`` → ``肇庆市``);
     none → null: a body alone names no place, and a province is not a city.
3. Without a subject: the first city or county of the lead, else the most mentioned,
   else the county of the towns named, else a province.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Iterable, Sequence

from ..records import Draft
from . import gazetteer as gz
from .gazetteer import CITY, COUNTY, PROVINCE, TOWN, VILLAGE
from .place_names import Place, simplified
from .place_words import words
from .places import article_known, draft_texts, find_places
from .wordre import words_pattern

_BODY = re.compile(
    r"^(?:中共)?(?:[\d一二三四五六七八九十]+届)?(省|市|区|县|州|旗)"
    r"(委员会|委|政府|人大|政协|纪委|监委|领导|党工委|人民|长|直|属)|^(中央|国务院)")
_LEAD_NOISE = re.compile(
    r"^(?:\s|本报讯|讯|[(（][^)）]{0,40}[)）]|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|[上下]午|晚上?|早上|凌晨|中午|"
    r"近日|日前|近期|昨天|昨日|今天|今日|随后|同日|当天|根据|按照|受|[,，:：、])+")
_CLAUSE_SPLIT = re.compile(r"[,，。;；!！?？:：\n]")
_TARGET_VERB = re.compile(r"(?:进驻|巡视|巡察|对|赴|到|来到|走进|深入)$")
_SELF = re.compile(r"[我全](市|县|区|州|旗|省)")
_ORGANS = ("委", "政府", "人大", "政协", "党工委", "纪委", "监委")
_NATIONAL = 0


#: Bodies a development zone does not have (it has a 党工委 and a 管委会, not a 区委).
_DIVISION_ORGANS = ("委", "委员会", "政府", "人大", "政协", "长")


def _of_kind(p: Place, kind: str, organ: str = "") -> bool:
    """Whether ``p`` may be the place of a body written ``kind`` + ``organ`` (市委, 区委 …)."""
    if kind == "省":
        return p.level == PROVINCE
    if p.level not in (CITY, COUNTY) and not (kind == "市" and _municipality(p)):
        return False
    zone = p.canonical.endswith(("经开区", "高新区", "新区", "开发区")) and not gz.divisions(p.canonical)
    return p.canonical.endswith(kind) and not (zone and organ in _DIVISION_ORGANS)


@functools.lru_cache(maxsize=1)
def _source_re() -> re.Pattern[str]:
    """A source or copyright line's publisher: 来源:太仓日报, 版权所有 ©2022 某某日报."""
    labels = words_pattern(words("source_label"))
    return re.compile(rf"(?i:{labels})\s*[:：]?\s*(?:(?:©|\(c\))?\s*\d{{4}}(?:\s*[-—–]\s*\d{{4}})?\s+)?"
                      r"[^\s|｜]{1,24}")


def _municipality(p: Place) -> bool:
    return any(d.municipality for d in gz.divisions(p.canonical))


def _chain_head(clause: str, known: frozenset[str]) -> list[Place]:
    chain: list[Place] = []
    for p in find_places(clause, known):
        if p.start != (chain[-1].end if chain else 0):
            break
        chain.append(p)
    return chain


def _pick(chain: Sequence[Place]) -> Place | None:
    good = [p for p in chain if p.level in (CITY, COUNTY)]
    return good[-1] if good else None


def _ranked(places: Iterable[Place], keep) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, p in enumerate(places):
        if keep(p):
            counts[p.canonical] += 1
            first.setdefault(p.canonical, i)
    return sorted(counts, key=lambda c: (-counts[c], first[c]))


def _up(places: Iterable[Place], kind_ok) -> str | None:
    """The division above the places named that all of them share and ``kind_ok`` accepts."""
    common: set[str] | None = None
    for p in places:
        if p.level in (TOWN, VILLAGE):
            above = {a.name for c in gz.town_counties(p.canonical) for a in [c, *gz.ancestors(c)]}
        else:
            found = gz.divisions(p.canonical)
            if len(found) != 1:
                continue
            above = {a.name for a in gz.ancestors(found[0])}
        if not above:
            continue
        common = above if common is None else common & above
    fits = [n for n in common or () if kind_ok(Place(0, 0, n, n, gz.divisions(n)[0].level))]
    return fits[0] if len(fits) == 1 else None


class _Article:
    def __init__(self, draft: Draft) -> None:
        self.texts = draft_texts(draft)
        self.known = article_known(tuple(self.texts))
        self.per_text = [find_places(t, self.known) for t in self.texts]
        self.places = [p for ps in self.per_text for p in ps]
        self.folded = [simplified(t) for t in self.texts]
        self.sources = [p for t in (*self.texts, *draft.bylines, *draft.captions, *draft.page_lines)
                        for m in _source_re().finditer(simplified(t)) for p in find_places(m.group(), self.known)]
        self.kinds = [m.group(1) for t in self.folded for m in _SELF.finditer(t)]
        self.lead = [t for t in (draft.title, draft.subtitle) if t]
        if draft.paragraphs:
            first = simplified(draft.paragraphs[0])
            self.lead += [s for s in re.split(r"(?<=[。！？!?])", first) if s.strip()][:2]

    def self_place(self) -> str | None:
        for p in self.sources:
            if any(_of_kind(p, k) for k in set(self.kinds)):
                return p.canonical
        return None

    def publisher(self) -> str | None:
        """The city or county of the article's source or footer line (太仓日报, 通辽日报)."""
        return next((p.canonical for p in self.sources if p.level in (CITY, COUNTY)), None)

    def bare(self, kind: str, organ: str) -> str | None:
        ok = lambda p: _of_kind(p, kind, organ)   # noqa: E731
        bodies = [p for t, ps in zip(self.folded, self.per_text) for p in ps
                  if ok(p) and organ in _ORGANS and t.startswith(organ, p.end)]
        if bodies:     # 省委、泉州市委、晋江市委: the nearest body is the lowest
            return _ranked(sorted(bodies, key=lambda p: -p.level), ok)[0]
        for choice in ([p for p in self.sources if ok(p)], self.places):
            ranked = _ranked(choice, ok)
            if ranked:
                return ranked[0]
        return _up(self.places, ok)

    def town_county(self, town: Place) -> str | None:
        for ps in self.per_text:
            for k, p in enumerate(ps):
                j = k
                while p.canonical == town.canonical and j > 0 and ps[j - 1].end == ps[j].start:
                    j -= 1
                    if ps[j].level in (CITY, COUNTY):
                        return ps[j].canonical
        towns = [p for p in self.places if p.level == TOWN]
        return _up(towns, lambda p: p.level == COUNTY) or _up(towns, lambda p: p.level == CITY)

    def visited(self, sentence: str, own: str | None) -> str | None:
        places = find_places(sentence, self.known)
        targets: list[str] = []
        for k, p in enumerate(places):
            if k and places[k - 1].end == p.start:
                continue
            chain = [p]
            for q in places[k + 1:]:
                if q.start != chain[-1].end:
                    break
                chain.append(q)
            picked = _pick(chain)
            if picked is not None and picked.canonical != own:
                targets.append(picked.canonical)
        targets = list(dict.fromkeys(targets))
        return targets[0] if len(targets) == 1 else None


def extract_district(draft: Draft) -> str | None:
    """The article's primary jurisdiction, canonical (金水区, 经开区, 郑州市); see the module."""
    fm = draft.front_matter.get("district") if draft.front_matter else None
    if isinstance(fm, str) and fm.strip():
        return fm.strip()
    a = _Article(draft)
    own = a.self_place()
    if own:
        return own
    for sentence in a.lead:
        for clause in _CLAUSE_SPLIT.split(sentence):
            clause = _LEAD_NOISE.sub("", clause)
            chain = _chain_head(clause, a.known)
            if chain:
                head, picked = chain[-1], _pick(chain)
                if picked is not None and head.level in (CITY, COUNTY):
                    return picked.canonical
                if head.level in (TOWN, VILLAGE):
                    return a.town_county(head) or a.publisher() or _first_in_lead(a)
                return a.visited(sentence, None) or head.canonical
            m = _BODY.match(clause)
            if m is None:
                continue
            if m.group(3) or m.group(1) == "省":
                visited = a.visited(sentence, None)
                if visited:
                    return visited
                ranked = _ranked(a.places, lambda p: p.level == PROVINCE)
                return ranked[0] if ranked else None
            return a.bare(m.group(1), m.group(2))
    if a.kinds:        # 我市, 全区: the article is about a place of that kind
        resolved = a.bare(a.kinds[0], "")
        if resolved:
            return resolved
    return _first_in_lead(a) or _fallback(a)


def _first_in_lead(a: _Article) -> str | None:
    for sentence in a.lead:
        places = find_places(sentence, a.known)
        for k, p in enumerate(places):
            if p.level in (CITY, COUNTY):
                chain = [p]
                for q in places[k + 1:]:
                    if q.start != chain[-1].end:
                        break
                    chain.append(q)
                return (_pick(chain) or p).canonical
    return None


def _fallback(a: _Article) -> str | None:
    ranked = _ranked(a.places + a.sources, lambda p: p.level in (CITY, COUNTY))
    if ranked:
        return ranked[0]
    towns = [p for p in a.places if p.level == TOWN]
    if towns:
        return a.town_county(towns[0])
    ranked = _ranked(a.places, lambda p: p.level == PROVINCE)
    return ranked[0] if ranked else None
