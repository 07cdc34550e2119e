"""A visit to a list of places: the division they share, none of them the place visited.

"某某委员赴甲市、乙县、丙县等地开展视察" is news of the division the three share, not of
any one stop; a tour's stops written short and closed by 等地 or their count (赴甲、乙、丙等地,
赴沿线的甲、乙、丙三个市) count though each is named once.
"""
from __future__ import annotations

import re

from .district_article import Article, lies_within, lowest_common
from .district_cues import visit_re
from . import gazetteer as gz
from .gazetteer import CITY, COUNTY, PROVINCE
from .numerals import to_int
from .place_names import simplified

__all__ = ["toured_division", "province_round_up", "national_round"]

#: Fewest cities or counties of a tour that stand for the division they share.
_TOUR_STOPS = 3


#: A visit verb, then short names parted by 、 and closed by 等地 or their count (赴甲、乙、丙等地,
#: 赴沿线的甲、乙、丙三个市); a qualifier ending in 的 may stand between verb and list.
_TOUR_LIST = re.compile(r"(?:赴|到|前往|深入)(?:[^，,。；;、]{0,16}?的)?((?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4})"
                        r"(?:等地|等?[\d一二三四五六七八九十两]{1,2}个?(?:市|县|区|地市|市县|地方|地区))")


def toured_division(a: Article, clause: str) -> str | None:
    """"某某委员赴甲市、乙县、丙县等地开展视察": a visit to a list of three or more cities
    or counties → the division they share; none of them is the place visited.  Closed by
    等地, the list's short names (赴甲、乙、丙等地) count though named once."""
    text = simplified(clause)
    listed = _short_tour(text)
    if listed:
        shared = lowest_common(listed)
        if shared is not None and all(lies_within(u, shared) for u in listed):
            return shared
    for p in a.find(clause):
        if p.level not in (CITY, COUNTY) or not visit_re().search(text[max(0, p.start - 2):p.start]):
            continue
        listed = a.listed_with(clause, p)
        if len(listed) < _TOUR_STOPS:
            return None
        shared = lowest_common(listed)
        return shared if shared is not None and all(lies_within(u, shared) for u in listed) else None
    return None


def _short_tour(text: str) -> list[str]:
    """The cities and counties of a 赴甲、乙、丙等地 list, each name (full or short) of one
    city or county only; [] when any item is not."""
    m = _TOUR_LIST.search(text)
    if m is None:
        return []
    out = []
    for item in m.group(1).split("、"):
        found = {d.name for d in (*gz.divisions(item), *gz.by_short(item)) if d.level in (CITY, COUNTY)}
        if len(found) != 1:
            return []
        out.append(found.pop())
    return list(dict.fromkeys(out))


#: Fewest cities of a province whose units an article under the province's headline names
#: to be a round-up of the province.
_ROUND_UP_CITIES = 3


def province_round_up(a: Article, province: str | None) -> str | None:
    """``province``, written heading the headline (某省调整多地县委书记), when the article
    names cities or counties of at least three of its cities: a round-up of the province,
    whose ``全市`` are the quoted meetings of its several cities."""
    if province is None:
        return None
    cities: set[str] = set()
    for p in a.places:
        if p.level not in (CITY, COUNTY) or not lies_within(p.canonical, province):
            continue
        found = gz.divisions(p.canonical)
        if len(found) != 1:
            continue
        d = found[0]
        city = d if d.level == CITY else gz.parent(d)
        if city is not None and city.level == CITY:
            cities.add(city.name)
    return province if len(cities) >= _ROUND_UP_CITIES else None


#: Fewest provinces a national body's round lists in one sentence of the lead.
_NATIONAL_ROUND = 3
#: The country's bodies (中央督察组, 国务院督查组, 国家某局): a round of theirs is the nation's.
_NATIONAL_BODY = re.compile(r"中央|国务院|国家|全国")


def national_round(a: Article) -> bool:
    """Does a sentence of the headline or the lead's first list (or count) three or more
    provinces after a national body (中央督察组…将对甲、乙、丙、丁4个省开展督察), naming no
    city or county?  The article is the nation's: no district."""
    for sentence in a.lead[:a.headings + 1]:
        text = simplified(sentence)
        national = _NATIONAL_BODY.search(text)
        if national is None:
            continue
        places = [p for p in a.find(sentence) if p.start > national.start()]
        provinces = {p.canonical for p in places if p.level == PROVINCE}
        counted = _PROVINCE_COUNT.search(text, national.end())
        if (len(provinces) >= _NATIONAL_ROUND or (counted and (to_int(counted.group(1)) or 0) >= _NATIONAL_ROUND)) \
                and not any(p.level in (CITY, COUNTY) for p in places):
            return True
    return False


#: How many provinces the list names (黑龙江、贵州、陕西、宁夏4个省(区)).
_PROVINCE_COUNT = re.compile(r"([0-9]+|[三四五六七八九十]{1,3})个省")
