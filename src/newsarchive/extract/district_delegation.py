"""A leader joining a county's delegation at a congress (市长某某来到某县代表团,与代表共同
审议…; 某某参加某县代表团分组审议): the session is the city's, the article the county's,
the place the delegation speaks for."""
from __future__ import annotations

import re

from .district_article import LIST_JOINS, Article, lowest_common
from .gazetteer import CITY, COUNTY
from .place_names import Place, simplified

__all__ = ["joined_delegation"]

#: Sentences of the lead read: the session's, then who joined whom.
_LEAD_SENTENCES = 2

#: Joining a delegation to deliberate with it: the place named right before 代表团.
_JOINED = re.compile(r"(?:来到|参加|深入|到)(?P<span>[^,，。；;！!？?]{0,40}?)代表团"
                     r"(?:的?(?:参加|参与)?(?:分组)?(?:审议|讨论|会议)"
                     r"|[,，]\s*(?:与|和|同)代表们?(?:一起|一道|共同)?(?:审议|讨论))")


def joined_delegation(a: Article) -> str | None:
    """The city or county whose delegation the headline or the lead's first sentences have
    someone join to deliberate (a delegation that travels, 某区党政代表团到某区, is no such)."""
    for text in a.lead[:a.headings + _LEAD_SENTENCES]:
        plain = simplified(text)
        for m in _JOINED.finditer(plain):
            places = [p for p in a.find(plain) if p.level in (CITY, COUNTY)]
            named = [p for p in places if p.end == m.end("span")]
            if named:
                listed = _listed_before(plain, places, named[-1])
                if len(listed) == 1:
                    return listed[0]
                return lowest_common(listed)     # 来到甲县、乙县代表团: the division both speak for
    return None


def _listed_before(text: str, places: list[Place], last: Place) -> list[str]:
    """``last`` with the places listed right before it (甲县、乙县代表团)."""
    run = [last]
    for p in reversed([q for q in places if q.end <= last.start]):
        if text[p.end:run[0].start] not in LIST_JOINS:
            break
        run.insert(0, p)
    return list(dict.fromkeys(p.canonical for p in run))
