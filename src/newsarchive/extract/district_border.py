"""Places with their own administration (Taiwan, Hong Kong, Macau): a trip across their
border is the news of the place it goes to.

* A city's or county's group crossing the border (a Taiwan county's delegation at a
  mainland city's event, a mainland mayor calling on a Taiwan county) → the first city
  or county across the border the sentence names, attending an event there included.
* One of these regions heading a clause (``某特区政府代表团前往某省``) → the place
  across the border a visit verb brings it to; when the clause has it receive the
  visitors (``香港某会接待某省某市代表团``) → the region itself, the host.
"""
from __future__ import annotations

import re

from .district_article import Article, lies_within, pick, written_run
from .district_cues import is_media_name
from .gazetteer import CITY, COUNTY, PROVINCE
from .place_names import Place, simplified
from .place_words import words, words_re


def system_of(name: str) -> str:
    """The division with its own administration that ``name`` lies in (Taiwan, Hong Kong,
    Macau), or "" for the rest of the country."""
    return next((s for s in words("own_systems") if name == s or lies_within(name, s)), "")


def across_border(a: Article, sentence: str, home: str) -> str | None:
    """The first city or county of ``sentence`` that lies across the border of ``home``'s
    system (a Taiwan county's group at a mainland city's event, a mainland city's
    mayor at a Taiwan county), or such a region written by itself (澳门, 香港), a paper's or
    site's name apart."""
    own = system_of(home)
    text = simplified(sentence)
    across = [p for p in a.find(sentence) if system_of(p.canonical) != own and not is_media_name(text, p)]
    unit = next((p.canonical for p in across if p.level in (CITY, COUNTY)), None)
    # a region written without a city of it (某市代表团到访澳门某商会): the region
    return unit or next((p.canonical for p in across if p.level == PROVINCE and p.canonical in words("own_systems")), None)


def _towards_re() -> re.Pattern[str]:
    """A visit verb right before a place (前往某省, 赴某市)."""
    return words_re("visit_verbs", "departure_verbs", after="$")


def _receiving_re() -> re.Pattern[str]:
    return words_re("receiving_verbs")


def region_crossing(a: Article, clause: str, head: Place) -> str | None:
    """For a clause headed by a region with its own administration: the place across its
    border a visit verb takes it to, or the region itself when it receives visitors from
    across the border; None otherwise (and for any other head)."""
    own = system_of(head.canonical)
    if head.level != PROVINCE or not own:
        return None
    text = simplified(clause)
    places = a.find(clause)
    across = [k for k, p in enumerate(places) if system_of(p.canonical) != own and not is_media_name(text, p)]
    if not across:
        return None
    for k in across:
        p = places[k]
        if _towards_re().search(text[max(0, p.start - 4):p.start]):
            run = written_run(places, k)
            found = pick(run)
            return found.canonical if found is not None else run[0].canonical
    if _receiving_re().search(text, head.end, places[across[0]].start):
        return head.canonical
    return None
