"""The kind of place an article speaks as (我市, 全县, 县委…) and what that says of its district."""
from __future__ import annotations

from collections import Counter

from .district_article import Article
from .gazetteer import COUNTY

__all__ = ["main_kind", "region_kinds", "own_county_unnamed"]

#: The kinds of a county-level unit an article may call its own (全县, 我区, 旗委).
_COUNTY_KINDS = frozenset("县区旗")


def main_kind(kinds: list[str], first_person: set[str]) -> str:
    """The kind of place (我市, 全县…) the article speaks of most, the first written of a tie:
    a city's article may say 全区 once of its region (全区、全省乃至全国) and 全市 throughout.
    The one kind it calls its own (我区) wins over how often others are written: a
    district's page on the city's leaders touring it says 全市 in their words."""
    if len(first_person) == 1:
        return next(iter(first_person))
    counts = Counter(kinds)
    return max(dict.fromkeys(kinds), key=lambda k: counts[k])


def region_kinds(a: Article) -> set[str]:
    """全区 in an article about an autonomous region's bodies (自治区党委…全区上下) is the
    region, which the text may name by its short name only (宁夏): no county is missing."""
    return {"区"} if "自治区" in a.plain else set()


def own_county_unnamed(a: Article) -> bool:
    """Does the article speak as a county-level unit (我县, 全区; else only its bare bodies,
    县委, 县长) without ever naming one?"""
    if a.kinds:
        own = {main_kind(a.kinds, a.first_person)}
    else:
        own = a.bare_kinds()
    return bool(own) and own <= _COUNTY_KINDS and not own & region_kinds(a) \
        and not any(p.level == COUNTY for p in a.places)
