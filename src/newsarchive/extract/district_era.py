"""The district by the name of the article's own era.

Divisions are renamed and change kind: a county-level city becomes a district of its
city (撤市设区), a county a district or a city.  The gazetteer holds each division by
the name of now and knows the former names, so a place written the old way is found.
A county-level city that became a district was a city of its own in its day: an
article of that era, which never writes the name of now, is about that city, and its
district is given as written (``偃师市`` of an article before it became ``偃师区``).  A
county written 某某县 after it became a city or district, or a city renamed, is the unit
of now (the same place, grown or renamed).
"""
from __future__ import annotations

from . import gazetteer as gz
from .district_article import Article

__all__ = ["as_written"]



def as_written(a: Article, district: str | None) -> str | None:
    """``district`` (a name of now) by the name the article writes it with, when it is a
    district (区) the article names only as the city (市) it was."""
    if district is None or not district.endswith("区"):
        return district
    names = {p.name for p in (*a.places, *a.sources) if p.canonical == district}
    if district in names:
        return district
    # a former name the gazetteer holds for it (偃师市), not a short name ending in 市 (新市 of 新市区)
    former = {n for n in names if n.endswith("市") and any(d.name == district for d in gz.divisions(n))}
    return former.pop() if len(former) == 1 else district
