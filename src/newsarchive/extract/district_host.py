"""The host a lead brings visitors to: the article is the host's news, not the visitors'.

A lead that says a group came to ``我区``/``我县``/``我旗`` (``某县考察团来我区参观``), or
that an event was held there (``某省某某座谈会在我县召开``), is written by the place
visited, whatever the group's or the event's home; one that brings the group to a
province by its one-character abbreviation (``代表团来宁考察``) names the host by it.
The host is read the way the article names it:

* ``我<kind>``: the unit of that kind the page or source lines name (a media centre's
  name, by its short name too) or whose paper or media centre the text names, else the one the text names most often, the visitors
  named before the verb apart, else the one above the towns and units it names.  A
  host of the visitors' own kind named only once may be a misread and is not taken (the
  rest of the rules decide), unless that once is among the officials who accompany the
  visitors (``某市委常委某某陪同调研``); when the visitors are of another kind (a city's group at ``我县``) and the text never names the county, the
  article names no district: the visitors' city is not it.
* A province's abbreviation after a visit verb and before the visit's purpose or the
  clause's end (``来宁考察``, ``赴黔调研``; not ``来宁波``, ``带来宁静``) is that
  province when the text also writes the province's name; the one city or county of it
  the sentence names (``受某市邀请…赴台``) is finer; not the place of the dateline, nor its
  capital written as where the hosts receive them (``在某市会见来某考察的…``).  A county's or city's first character so written
  (``来丰考察``) is the one unit of the kind the article calls its own (``我县``) that
  it names with that first character.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from . import gazetteer as gz
from .district_article import Article, innermost, ranked
from .district_cues import (held_at_ours_re, in_dateline, is_media_name, of_kind, visit_kind, visit_to_ours_re,
                           visiting_at_ours_re)
from .district_relations import lies_within
from .gazetteer import CITY, COUNTY, PROVINCE
from .place_names import Place, short_mentions, simplified
from .place_words import pairs, words as place_words, words_re
from .places import find_places

_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
#: What :func:`visit_host` returns when the lead brings no visitor to a host.
NO_HOST = ""


@functools.lru_cache(maxsize=1)
def _abbreviation_re() -> re.Pattern[str]:
    """A visit verb and a province's one-character abbreviation (来宁, 赴黔)."""
    letters = "".join(sorted(pairs("province_abbreviations")))
    after = words_re("abbreviation_visit_after").pattern
    return words_re("visit_verbs", after=rf"([{re.escape(letters)}])(?=\s*{after})")


def visit_host(a: Article) -> str | None:
    """The host the lead brings visitors to, None when the text does not name it, or
    :data:`NO_HOST` when the lead brings no visitor (or the host is left to the other rules)."""
    for sentence in a.lead:
        text = simplified(sentence)
        m = visit_to_ours_re().search(text) or held_at_ours_re().search(text) or visiting_at_ours_re().search(text)
        if m is not None:
            return _our_unit(a, text, m.start(), visit_kind(m), m.end())
        province = _abbreviated(a, text)
        if province is not None:
            return _one_unit_of(a, sentence, province) or province
        ours = _our_abbreviated(a, text)
        if ours is not None:
            return ours
    return NO_HOST


def _fits(p: Place, kind: str) -> bool:
    """Whether ``p`` may be ``我<kind>``; ``我区`` may be an autonomous region."""
    if kind == "区" and p.level == PROVINCE:
        return p.canonical.endswith("自治区")
    return of_kind(p, kind)


#: The visiting party named after the visit to ours ("接待了前来我县考察的某县委宣传部一行"): up to it,
#: within the clause, the places are the visitors'.
_PARTY_AFTER = re.compile(r"[^，,。;；]*?(?:一行|考察团|代表团|调研组|考察组|参观团|交流团|学习团)")


def _our_unit(a: Article, text: str, at: int, kind: str, end: int | None = None) -> str | None:
    party = _PARTY_AFTER.match(text, end) if end is not None else None
    visiting = text[:at] + ("，" + party.group() if party is not None else "")
    visitors = [p for p in a.find(visiting) if p.level in (PROVINCE, CITY, COUNTY) and not is_media_name(text, p)
                and not in_dateline(text, p) and not _filed_from(text, p)]   # 本网某县讯 …到我县: the host's
    away = {p.canonical for p in visitors}
    same_kind = any(_fits(p, kind) for p in visitors)
    lined = [p for t in a.page_and_source_texts for p in find_places(t, frozenset(short_mentions(simplified(t))))
             if _fits(p, kind) and p.canonical not in away]
    lined += [p for t, ps in zip(a.folded, a.per_text) for p in ps    # 某某融媒讯 heading the lead
              if _fits(p, kind) and p.canonical not in away and is_media_name(t, p)]
    found = innermost([p.canonical for p in lined])
    if found:
        return found[0]
    # the unit of the provinces the article names first; then the one unit above the towns
    # named (到我县…在某某镇…), or named once; a short name of a province the article does
    # not name last (同心共建… is a slogan's word before it is a county of another province)
    named = _named_unit(a, a.places, kind, away, same_kind)
    if named is not None:
        return named
    towns = [c for c in a.towns_counties() if c.endswith(kind)]
    above = towns[0] if len(towns) == 1 else a.bare(kind, "")
    if above is not None and above not in away:
        return above
    named = _named_unit(a, a.unfiltered_places, kind, away, same_kind)
    if named is not None:
        return named
    return NO_HOST if same_kind else None


def _named_unit(a: Article, places: list[Place], kind: str, away: set[str], same_kind: bool) -> str | None:
    """The most named unit of ``kind`` among ``places`` that no visitor comes from; named
    once, only when no visitor is of its kind or the hosts accompany the visitors from it."""
    named = ranked(places, lambda p: _fits(p, kind) and p.canonical not in away)
    if not named:
        return None
    mentions = sum(p.canonical == named[0] for p in places)
    return named[0] if not same_kind or mentions >= 2 or _hosts_accompany(a, named[0]) else None


#: How far into the lead a site's dateline (本网某县讯) stands.
_DATELINE_REACH = 8


def _filed_from(text: str, p: Place) -> bool:
    """Is ``p`` the place of the lead's opening dateline without a date (本网某县讯)?"""
    return p.start <= _DATELINE_REACH and text.startswith(("讯", "訊"), p.end)


def _hosts_accompany(a: Article, unit: str) -> bool:
    """Whether a sentence of the article names ``unit`` among the officials who accompany the
    visitors (某市委常委某某,副市长某某陪同调研): the hosts come from the place visited, so
    one mention there is no misread."""
    companions = words_re("companion_verbs")
    return any(companions.search(simplified(s)) is not None and any(p.canonical == unit for p in a.find(s))
               for t in a.texts for s in _SENTENCE_END.split(t) if s)


def _one_unit_of(a: Article, sentence: str, province: str) -> str | None:
    """The one city or county of ``province`` the sentence names (受某市邀请…赴台): the host
    the visitors go to, finer than the province; None for none or several."""
    text = simplified(sentence)
    units = {p.canonical for p in a.find(sentence)
             if p.level in (CITY, COUNTY) and lies_within(p.canonical, province) and not is_media_name(text, p)
             and not in_dateline(text, p) and not _seat_where_hosts_act(text, p)}
    return units.pop() if len(units) == 1 else None


def _seat_where_hosts_act(text: str, p: Place) -> bool:
    """The province's capital written as where its leaders receive the visitors (在某市会见):
    their seat, no unit the visitors go to."""
    return p.canonical in place_words("provincial_seats") and text[max(0, p.start - 1):p.start] == "在"


@functools.lru_cache(maxsize=1)
def _unit_abbreviation_re() -> re.Pattern[str]:
    """A visit verb and one character before the visit's purpose (来丰考察, 莅昌调研)."""
    after = words_re("abbreviation_visit_after").pattern
    return words_re("visit_verbs", after=rf"([\u4e00-\u9fff])(?=\s*{after})")


def _our_abbreviated(a: Article, text: str) -> str | None:
    """The unit the article calls its own (我县) that a visit verb brings the visitors to by
    the first character of its short name (某区考察团来丰考察,了解我县…): a local paper
    writes its county so, as a province by its abbreviation.  The article must name the
    unit and speak of 我<kind>; the visitors named before the verb are not it."""
    if not a.first_person:
        return None
    return _unit_by_first_character(a, text, lambda p: any(_fits(p, kind) for kind in a.first_person))


def abbreviated_host(a: Article, text: str, visitor: str) -> str | None:
    """The one city or county the article names that a group's coming brings it to by the
    first character of its short name (某市考察团来聊,…对聊城…): neither the visitors'
    place nor one holding it or held by it."""
    return _unit_by_first_character(a, text, lambda p: p.canonical != visitor and not lies_within(
        p.canonical, visitor) and not lies_within(visitor, p.canonical))


def _unit_by_first_character(a: Article, text: str, fits: Callable[[Place], bool]) -> str | None:
    for m in _unit_abbreviation_re().finditer(text):
        away = {p.canonical for p in a.find(text[:m.start()])}
        units = {p.canonical for p in a.unfiltered_places if p.level in (CITY, COUNTY) and p.canonical not in away
                 and fits(p) and any(d.short.startswith(m.group(1)) for d in gz.divisions(p.canonical))}
        if len(units) == 1:
            return units.pop()
    return None


def _abbreviated(a: Article, text: str) -> str | None:
    """The province a visit verb brings the visitors to by its abbreviation, if the
    article also writes that province's name (in full or by its short name)."""
    for m in _abbreviation_re().finditer(text):
        name = pairs("province_abbreviations")[m.group(1)]
        found = gz.divisions(name)
        if not found or found[0].level != PROVINCE:
            continue
        if name in a.plain or (len(found[0].short) >= 2 and found[0].short in a.plain):
            return name
    return None
