"""The unit of the paper's own place an article is about, finer than the place itself.

* a unit of the paper's own city that opens the headline (``某区参加某市…交流会`` on the
  city's site) is the unit's news;
* so is the one that sets the lead's scene (``在某区某镇某村,…``: a clause opening with it).
"""
from __future__ import annotations

import re

from .district_article import Article, lies_within
from .gazetteer import COUNTY, TOWN, VILLAGE

__all__ = ["own_unit_headline", "own_unit_scene"]


def own_unit_headline(a: Article, own: str) -> str | None:
    """The county-level unit of ``own`` (the paper's city) that opens the headline as its
    subject (某区参加某市—某市对口合作交流会), or whose town or street does (某街道设新闻发言人):
    that unit's news, not the city's."""
    if not a.headings:
        return None
    chain = a.chain_head(a.lead[0])
    if not chain or chain[0].start != 0:
        return None
    p = chain[-1]
    unit = p.canonical if p.level == COUNTY else a.town_county(p) if p.level in (TOWN, VILLAGE) else None
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
            p = chain[-1]
            unit = p.canonical if p.level == COUNTY else a.town_county(p) if p.level in (TOWN, VILLAGE) else None
            if unit is not None and lies_within(unit, own):
                found.append(unit)
    units = list(dict.fromkeys(found))
    return units[0] if len(units) == 1 else None
