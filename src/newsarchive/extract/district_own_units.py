"""The unit of the paper's own place an article is about, finer than the place itself.

* a unit of the paper's own city that opens the headline (``某区参加某市…交流会`` on the
  city's site) is the unit's news;
* so is the one that sets the lead's scene (``在某区某镇某村,…``: a clause opening with it);
* and whatever the paper, a clause that only sets the scene (``在某省某市某镇,…``: 在 and
  places) gives the county of its deepest place.
"""
from __future__ import annotations

import re

from .district_article import Article, lies_within
from .gazetteer import COUNTY, TOWN, VILLAGE
from .place_names import Place, simplified

__all__ = ["own_unit_headline", "own_unit_scene", "scene_county"]


def own_unit_headline(a: Article, own: str) -> str | None:
    """The county-level unit of ``own`` (the paper's city) that opens the headline as its
    subject (某区参加某市—某市对口合作交流会), or whose town or street does (某街道设新闻发言人):
    that unit's news, not the city's."""
    if not a.headings:
        return None
    chain = a.chain_head(a.lead[0])
    if not chain or chain[0].start != 0:
        return None
    unit = _county_of(a, chain[-1])
    return unit if unit is not None and lies_within(unit, own) else None


#: How many sentences of the lead, after the headline, are read for the scene it sets.
_SCENE_SENTENCES = 2


def own_unit_scene(a: Article, own: str) -> str | None:
    """The county-level unit of ``own`` (the paper's city) that a clause of the lead's first
    sentences opens with, alone or after 在 (在某区某镇某村,樱花盛开…), by itself or by its
    town: where the story happens, finer than the city.  None when the clauses open with
    two such units."""
    found: list[str] = []
    for sentence in a.lead[a.headings:a.headings + _SCENE_SENTENCES]:
        for clause in re.split(r"[，,；;。]", sentence):
            text = clause.lstrip()
            at = text[1:] if text.startswith("在") else text
            chain = a.chain_head(at)
            if not chain:
                continue
            unit = _county_of(a, chain[-1])
            if unit is not None and lies_within(unit, own):
                found.append(unit)
    units = list(dict.fromkeys(found))
    return units[0] if len(units) == 1 else None


#: Most characters after the places of a scene clause (在某县某镇田间, 在某村村头).
_SCENE_TAIL = 4
_SCENE = re.compile(r"^\s*在")


def scene_county(a: Article, clause: str) -> str | None:
    """The county a clause that only sets the scene names (在某省某市某镇,…: 在 and places
    down to a county, town or village, and at most a few characters after them)."""
    m = _SCENE.match(clause)
    if m is None:
        return None
    rest = clause[m.end():]
    chain = a.chain_head(rest)
    if not chain or len(simplified(rest).rstrip()) - chain[-1].end > _SCENE_TAIL:
        return None
    return _county_of(a, chain[-1])


def _county_of(a: Article, p: Place) -> str | None:
    """The county a place is or lies in (a town's or village's by :meth:`Article.town_county`)."""
    if p.level == COUNTY:
        return p.canonical
    return a.town_county(p) if p.level in (TOWN, VILLAGE) else None
