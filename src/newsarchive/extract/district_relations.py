"""How places relate: written one after another, most specific, most mentioned, the
division above several, inside another.  Split from :mod:`.district_article` with no
change of behaviour.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Sequence

from . import gazetteer as gz
from .gazetteer import CITY, COUNTY, TOWN, VILLAGE
from .place_names import Place

__all__ = ["written_run", "pick", "ranked", "holder_of_the_rest", "up", "lowest_common", "lies_within", "innermost"]


def written_run(places: Sequence[Place], k: int) -> list[Place]:
    """The places written one right after another from ``places[k]`` on (某省某市某县)."""
    run = [places[k]]
    for q in places[k + 1:]:
        if q.start != run[-1].end:
            break
        run.append(q)
    return run


def pick(chain: Sequence[Place]) -> Place | None:
    """The most specific city or county of a chain (湖北省襄阳市樊城区 → 樊城区)."""
    good = [p for p in chain if p.level in (CITY, COUNTY)]
    return good[-1] if good else None


def ranked(places: Iterable[Place], keep: Callable[[Place], bool]) -> list[str]:
    """Canonical names of the places ``keep`` accepts, most mentioned first."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, p in enumerate(places):
        if keep(p):
            counts[p.canonical] += 1
            first.setdefault(p.canonical, i)
    return sorted(counts, key=lambda c: (-counts[c], first[c]))


def up(places: Iterable[Place], kind_ok: Callable[[Place], bool],
       counties: Callable[[str], Sequence[gz.Division]] = gz.town_counties) -> str | None:
    """The division above the places named that all of them share and ``kind_ok`` accepts
    (a town is under the ``counties`` that hold a town of its name)."""
    common: set[str] | None = None
    for p in places:
        if p.level in (TOWN, VILLAGE):
            above = {a.name for c in counties(p.canonical) for a in [c, *gz.ancestors(c)]}
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


def lowest_common(names: Sequence[str]) -> str | None:
    """The lowest division that holds every one of ``names`` (each of one division only)."""
    chains = []
    for name in names:
        found = gz.divisions(name)
        if len(found) != 1:
            return None
        chains.append(gz.ancestors(found[0]))
    for candidate in chains[0] if chains else ():
        if all(candidate in c for c in chains[1:]):
            return candidate.name
    return None


def lies_within(name: str, other: str) -> bool:
    """Whether the division ``name`` lies inside the division ``other``."""
    outer = gz.divisions(other)
    return any(gz.within(d, o) and d != o for d in gz.divisions(name) for o in outer)


def innermost(names: Sequence[str]) -> list[str]:
    """``names`` in order without those that hold another of them: a site of the city and
    a source line of one of its county-level cities → the county-level city."""
    unique = list(dict.fromkeys(names))
    return [n for n in unique if not any(o != n and lies_within(o, n) for o in unique)]


#: Fewest other cities and counties a place of 我市's kind must hold to be taken over one
#: written as often (the units of a list of where complaints came from).
_HELD_UNITS = 3


def holder_of_the_rest(found: Sequence[str], of_kind: Sequence[Place], places: Sequence[Place]) -> str | None:
    """Of the places of the body's kind (``of_kind``, ranked as ``found``) written equally often
    (我市: 甲市 in a postal box, 乙市 in a list of the counties complaints came from), the one
    holding every other city or county of ``places``, when there are at least
    :data:`_HELD_UNITS` of them.  A development zone the gazetteer does not hold tells nothing."""
    counts = Counter(p.canonical for p in of_kind)
    tied = [c for c in found if counts[c] == counts[found[0]]]
    units = {p.canonical for p in places if p.level in (CITY, COUNTY) and gz.divisions(p.canonical)}
    holders = [c for c in tied if len(units - {c}) >= _HELD_UNITS and all(lies_within(u, c) for u in units - {c})]
    return holders[0] if len(holders) == 1 else None
