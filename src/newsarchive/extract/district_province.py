"""What a province's body visits in the lead's sentence: one unit, the city of the counties
it visits, the county of the towns it visits, or none (its capital written as where it
acts), or the one unit whose delegation to the province's congress it meets.
"""
from __future__ import annotations

from . import gazetteer as gz
from .district_article import Article
from .district_cues import is_media_name
from .district_relations import lies_within, lowest_common
from .gazetteer import CITY, COUNTY
from .place_names import simplified
from .place_words import words

__all__ = ["visited_not_seat", "visited_beyond_seat", "visited_city", "towns_of"]

#: A place's delegation to a congress or meeting above it.
_DELEGATION = "代表团"
#: Counties of one city, the city unwritten, that a province's body visits for the city's news.
_UNWRITTEN_CITY_UNITS = 3


def visited_not_seat(a: Article, sentence: str, clause: str) -> str | None:
    """The unit a province's body visits in ``sentence``; a provincial capital written
    as where the body acts (``省长某某在某市会见…``) is its seat.  The one unit whose
    delegation to the province's congress the body's ``clause`` names (``与某市代表团共同
    审议``, ``自治区人大某次会议某地区代表团召开全体会议``) is the article's: the session
    is the delegation's news; of several delegations none is visited."""
    delegation = delegation_of(a, clause)
    if delegation is not None:
        return delegation
    unit = a.visited(sentence, None)
    if unit is not None and _only_delegation(a, clause, unit):
        return None
    if unit is None or unit not in words("provincial_seats"):
        return unit
    text = simplified(sentence)
    names = [unit] + [d.short for d in gz.divisions(unit) if len(d.short) >= 2]
    return None if any(f"在{name}" in text for name in names) else unit


def visited_beyond_seat(a: Article, sentence: str, clause: str) -> str | None:
    """:func:`visited_not_seat`, but a capital written as where the body makes a field visit
    (``在某市调研``) is visited: only one where it receives or meets (``在某市会见``) is its seat."""
    unit = visited_not_seat(a, sentence, clause)
    if unit is not None or a.visited(sentence, None) is None:
        return unit
    unit = a.visited(sentence, None)
    text = simplified(sentence)
    names = [unit] + [d.short for d in gz.divisions(unit) if len(d.short) >= 2]
    purposes = words("field_visit_purposes")
    for name in names:
        at = text.find(f"在{name}")
        if at >= 0 and any(w in text[at + 1 + len(name):at + 1 + len(name) + _PURPOSE_REACH] for w in purposes):
            return unit
    return None


#: How far after the capital's name a field visit's purpose may stand (在某市开展调研).
_PURPOSE_REACH = 6


def delegation_of(a: Article, clause: str) -> str | None:
    """The one city or county ``clause`` names as a delegation (某市代表团, not 某市党政代表团:
    a delegation visiting is a visit, read by the visit rules)."""
    text = simplified(clause)
    units = {p.canonical for p in a.find(clause)
             if p.level in (CITY, COUNTY) and text.startswith(_DELEGATION, p.end)}
    return units.pop() if len(units) == 1 else None


def _only_delegation(a: Article, clause: str, unit: str) -> bool:
    """Whether ``clause`` writes ``unit`` only as the name of its delegation (某市代表团)."""
    text = simplified(clause)
    spans = [p for p in a.find(clause) if p.canonical == unit]
    return bool(spans) and all(text.startswith(_DELEGATION, p.end) for p in spans)


def visited_city(a: Article, sentence: str) -> str | None:
    """A province's body visiting several counties of one city the sentence writes with
    them (深入某市甲县、乙县调研), or three or more of one city it does not write
    (省委巡视组分别进驻甲区、乙区、丙区) → that city: the visit is the city's news, not the
    province's."""
    text = simplified(sentence)
    places = [p for p in a.find(sentence) if p.level in (CITY, COUNTY) and not is_media_name(text, p)]
    cities = {p.canonical for p in places if p.level == CITY}
    counties = {p.canonical for p in places if p.level == COUNTY}
    if not cities and len(counties) >= _UNWRITTEN_CITY_UNITS:
        shared = lowest_common(sorted(c for c in counties if len(gz.divisions(c)) == 1))   # 青山区: two cities have one
        return shared if shared is not None and any(d.level == CITY for d in gz.divisions(shared)) \
            and all(lies_within(c, shared) for c in counties) else None
    if len(cities) != 1 or len(counties) < 2:
        return None
    city = cities.pop()
    return city if all(lies_within(c, city) for c in counties) else None


def towns_of(a: Article, sentence: str, province: str | None) -> str | None:
    """A province's body visiting towns of one of its counties → that county."""
    return a.towns_county(sentence, province) if province else None
