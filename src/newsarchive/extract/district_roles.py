"""Where the article's event happens, read from the role a place plays in the lead.

A place is the article's when it is where the event happens, not when it is where the
people acting come from or a place named in passing:

* the unit of the paper's own city that a visit verb brings someone to (``市长某某赴某区
  调研``, ``深入到我市某县``) is finer than the city, unless it is a group's home (``来到某县
  代表团``: the visitors' origin, a word list in ``visiting_groups``);
* the place an event is held at (``仪式在某省某市某县举行``, verbs in ``event_held``) is
  the event's, unless a province's meeting is held at its capital (its seat);
* a province heading the headline (``河南行走…``) is its subject rather than a city of it
  the lead names once in passing.
* a unit of a city that the headline has someone go to (``某某来某区视察``) is the unit's
  news when the lead has the city's body go there too, or the headline has it go there;
* a host written only by its body after a visit or calling verb (``到县政府拜会县长``) is
  the unit of that kind the article names most, not the visitors' home;
* the places a body tours (``到甲县、乙市、丙县考察``) are not its own place;
* the one unit of its own a city's or prefecture's body visits that the lead's dateline is
  filed from (``某某在线某县消息 …某州领导到某县调研``) is where the event happens.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from .district_article import LIST_JOINS, Article, innermost, lies_within, lowest_common, pick, ranked, written_run
from .district_cues import in_dateline, is_media_name, of_kind
from . import gazetteer as gz
from .gazetteer import CITY, COUNTY, PROVINCE, TOWN, VILLAGE
from .place_names import Place, simplified
from .place_words import words, words_re


def _reached_re() -> re.Pattern[str]:
    """A visit verb right before a unit, ``我市`` between them allowed (赴某区, 深入到我市某县)."""
    return words_re("visit_verbs", after="(?:我[市州盟])?$")


#: The end of the clause a place written after 在 stands in.
_CLAUSE_END = re.compile(r"[,，。;；!！?？](?![就对围绕])")   # 在某县、某市,就…调研: one clause
#: What a visitor does at a place written after 在, in the same clause (市长某某在某县调研,
#: 在某市某县就某项工作进行督导检查): the place is visited.
_VISITING_THERE = re.compile(r"(?:调研|考察|视察|检查|督导|督查|走访|调度)")


def _group_re() -> re.Pattern[str]:
    """A visiting group's name after its home (某县代表团): the place is its origin."""
    return words_re("visiting_groups")


def destination(a: Article, sentences: Sequence[str], own: str) -> str | None:
    """The one unit inside ``own`` that a visit verb of ``sentences`` brings someone to
    (市长某某赴某区调研, 深入到我市某县, 在某县调研): the article is that unit's news, the place
    where it happens, rather than its city's; None for none or several (赴甲区、乙区).
    ``own`` empty (a body whose place the text never names: 市政协委员赴某县视察): any unit.
    A group's home (来到某县代表团: joining its session) is no unit gone to."""
    reached: list[str] = []
    for sentence in sentences:
        text = simplified(sentence)
        places = a.find(sentence)
        gone_to = -1                     # where the last place gone to ends
        for k, p in enumerate(places):
            if k and places[k - 1].end == p.start:
                continue                 # read with the name it follows (某市|某县: one place)
            chain = written_run(places, k)
            end = chain[-1].end
            clause_end = _CLAUSE_END.search(text, end)
            gone = _reached_re().search(text[max(0, p.start - 4):p.start]) is not None \
                or (text[p.start - 1:p.start] == "在" and _VISITING_THERE.search(
                    text, end, clause_end.start() if clause_end else len(text)) is not None) \
                or _listed_after_visit(text, p.start) \
                or (gone_to == p.start - 1 and text[gone_to:p.start] == "、")   # 在甲县、乙市…调研: both
            if not gone or _group_re().match(text, end):
                continue
            gone_to = end
            target = pick(chain) or chain[-1]     # 在某市某县就…督导检查: the county
            if target.level not in (CITY, COUNTY):
                target = chain[-1]
            unit = target.canonical if target.level in (CITY, COUNTY) \
                else a.town_county(target) if target.level == TOWN else None
            if unit is not None and (not own or lies_within(unit, own)):
                reached.append(unit)
    if not reached and own:
        reached = _reached_by_short(a, sentences, own)
    unique = innermost(reached)     # 赴某市 in the headline, 在某市某县 in the lead: the county
    if len(unique) > 1 and own and any(d.level == PROVINCE for d in gz.divisions(own)):
        # a province's visitor touring counties of one city (在某市甲县、乙市调研): the city's news
        common = lowest_common(unique)
        return common if common is not None and any(d.level == CITY for d in gz.divisions(common)) else None
    return unique[0] if len(unique) == 1 else None   # 赴甲区、乙区: a tour of several


def _reached_by_short(a: Article, sentences: Sequence[str], own: str) -> list[str]:
    """The counties of ``own`` a visit verb brings someone to by their short name alone
    (市人大常委会…赴润州开展调研: 润州区, the city's), which no other place confirms; never the
    first of a list (深入甲、乙、丙等地: a tour)."""
    reached: list[str] = []
    for sentence in sentences:
        text = simplified(sentence)
        for m in _visit_verb_re().finditer(text):
            for n in (2, 3):
                short = text[m.end():m.end() + n]
                units = [d.name for d in gz.by_short(short) if d.level == COUNTY and lies_within(d.name, own)]
                after = text[m.end() + n:m.end() + n + 1]
                if len(units) == 1 and after not in ("县", "区", "市") and (not after or after not in LIST_JOINS):
                    reached.append(units[0])
                    break
    return reached


@functools.lru_cache(maxsize=1)
def _visit_verb_re() -> re.Pattern[str]:
    return words_re("visit_verbs")


#: Most items of a visit's list read before a place (到州疾控中心、某县某镇: the county's).
_LIST_ITEMS = 3
_LIST_ITEM = re.compile(r"[^、，,。；;：:和及与]{1,16}")


def _listed_after_visit(text: str, start: int) -> bool:
    """Is the place at ``start`` a later item of a list a visit verb opens (到州疾控中心、某县某镇)?"""
    if not text[start - 1:start] or text[start - 1] not in LIST_JOINS:
        return False
    begin = max((m.end() for m in re.finditer(r"[，,。；;：:]", text[:start])), default=0)
    verbs = list(words_re("visit_verbs").finditer(text, begin, start))
    if not verbs:
        return False
    items = re.split("[" + "".join(LIST_JOINS) + "]", text[verbs[-1].end():start - 1])
    return len(items) <= _LIST_ITEMS and all(_LIST_ITEM.fullmatch(item) for item in items)


def _attending_re() -> re.Pattern[str]:
    """What a visitor does at a place that makes it a meeting's venue, not a visit
    (赴某市参加…会议): the visitor's own news."""
    return words_re("attending_verbs")


def visited_away(a: Article, sentence: str, home: str) -> str | None:
    """The one city or county outside ``home`` (and not holding it) that a visit verb of
    ``sentence`` brings ``home``'s body or group to (某市委书记率考察团来某市某县考察; a
    town's or village's county the article writes, 某区区长到某镇某村调研): a delegation's
    visit is the place visited's news; None for none or several, a meeting it goes to
    attend (赴某市参加…), or a place it sets out for (某县代表团赴某市学习: the trip told
    from its own side)."""
    text = simplified(sentence)
    places = a.find(sentence)
    reached: list[str] = []
    for k, p in enumerate(places):
        if k and places[k - 1].end == p.start or not _reached_re().search(text[max(0, p.start - 4):p.start]):
            continue
        chain = written_run(places, k)
        if sets_out_for(text, p.start) and not _reported_from(a, chain):
            continue            # 某县代表团赴某市学习: the trip, told by its side, is the delegation's news
        picked = pick(chain)
        if picked is None and chain[0].level in (TOWN, VILLAGE):
            picked = _town_county(a, chain[0])   # 到某镇某村调研: the county the article holds it under
        if picked is None or picked.canonical == home or lies_within(picked.canonical, home) \
                or lies_within(home, picked.canonical) or _group_re().match(text, chain[-1].end) \
                or _attending_re().search(text, chain[-1].end, chain[-1].end + 6):
            continue
        reached.append(picked.canonical)
        if text[chain[-1].end:chain[-1].end + 1] in LIST_JOINS:     # 赴甲市、乙市: a tour of several
            return _toured_host(a, text, places, k, home)
    unique = list(dict.fromkeys(reached))
    return unique[0] if len(unique) == 1 else None


def _toured_host(a: Article, text: str, places: Sequence[Place], k: int, home: str) -> str | None:
    """The city the text writes that holds every unit of the list a visit from outside
    tours, the list starting with the run of places at ``k`` (考察团深入某市甲区、乙县考察):
    the host city's news; None when the units share none."""
    stops: list[str] = []
    while k < len(places):
        chain = written_run(places, k)
        picked = pick(chain) or chain[-1]
        stops.append(picked.canonical)
        end = chain[-1].end
        k += len(chain)
        if k >= len(places) or text[end:end + 1] not in LIST_JOINS or places[k].start != end + 1:
            break
    stops = [u for u in stops if not (u == home or lies_within(u, home) or lies_within(home, u))]
    shared = lowest_common(stops) if len(stops) > 1 else None
    if shared is None or shared not in a.written or lies_within(home, shared):
        return None
    return shared if any(d.level == CITY for d in gz.divisions(shared)) else None


def _reported_from(a: Article, chain: Sequence[Place]) -> bool:
    """Is the place set out for the one the page's source names (某区代表团赴某镇交流 /
    消息来源:某镇): then its own site tells of the visit it received."""
    names = {p.canonical for p in chain}
    return any(s.canonical in names for s in a.sources)


#: Verbs of setting out for a place (赴, 前往), the story told from where the visitors come.
_SETTING_OUT = re.compile(r"(?:赴|前往)(?:我[市州盟])?$")


#: A trip to learn from the place (到某省某市考察学习): told, like setting out, from the learners' side.
_TO_LEARN = re.compile(r"(?:到|来到)$")
_LEARNING_AFTER = re.compile(r"[^，,。；;]{1,14}?(?:考察学习|学习考察|参观学习|学习)")


def sets_out_for(text: str, start: int) -> bool:
    """Does a verb of setting out (赴, 前往) stand right before the place at ``start`` of
    ``text`` (simplified), or a verb of going with learning there as its purpose (到某市考察学习)?"""
    if _SETTING_OUT.search(text, max(0, start - 4), start) is not None:
        return True
    return _TO_LEARN.search(text, max(0, start - 2), start) is not None and _LEARNING_AFTER.match(text, start) is not None


def _town_county(a: Article, town: Place) -> Place | None:
    """The county of a town or village a visit goes to, when the article writes that county
    (:meth:`Article.town_county`): a delegation touring a town is the town's county's news."""
    county = a.town_county(town)
    found = gz.divisions(county) if county else []
    return Place(town.start, town.end, county, county, found[0].level) if len(found) == 1 else None


def _held_re() -> re.Pattern[str]:
    """What follows the place an event is held at (…在某县隆重举行)."""
    return words_re("event_held", before=f"(?:{words_re('event_held_adverbs').pattern})?")


#: A province's own event written without its name (全省…大会, 省直机关…).
_PROVINCIAL = re.compile(r"全省|省[委政人级直]")


def held_in(a: Article, clause: str) -> str | None:
    """The city or county an event of a clause with no other subject is held at
    (``启动仪式在某省某市某县举行`` → the county): where the article's event happens,
    finer than the city a later ``全市`` speaks of.  A province's meeting at its capital
    (``政协某省常委会议在省会召开``, ``全省…大会在省会召开``) is held at its seat: no venue
    of the article's."""
    text = simplified(clause)
    places = a.find(clause)
    for k, p in enumerate(places):
        if not text.startswith("在", p.start - 1) or p.start == 0:
            continue
        chain = written_run(places, k)
        picked = pick(chain)
        if picked is None or not _held_re().match(text, chain[-1].end):
            continue
        if picked.canonical in words("provincial_seats") and (_PROVINCIAL.search(text, 0, p.start) or any(
                q.level == PROVINCE and lies_within(picked.canonical, q.canonical) for q in places[:k])):
            return None     # 政协某省常委会议在省会召开, 全省…会议在省会召开: at the province's seat
        return picked.canonical
    return None


def seat_venue_province(clause: str) -> str | None:
    """The province whose capital a province's body meets in (省委涉藏工作会议在西宁召开 →
    青海省), whatever other provinces the article names in its meetings' names (中央西藏
    工作座谈会): the capital counts written short even where its province is not named."""
    text = simplified(clause)
    for m in re.finditer("在", text):
        for name, province in _seat_names().items():
            if text.startswith(name, m.end()) and _held_re().match(text, m.end() + len(name)):
                return province
    return None


@functools.lru_cache(maxsize=1)
def _seat_names() -> dict[str, str]:
    """Each provincial capital's full and short name, longest first → its province."""
    out: dict[str, str] = {}
    for seat in words("provincial_seats"):
        for d in gz.divisions(seat):
            province = next((a.name for a in gz.ancestors(d) if a.level == PROVINCE), None)
            if province is not None and province != seat:
                out[d.name] = out[d.short] = province
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def headline_province(a: Article, province: str | None, first: str | None) -> str | None:
    """Of a province written short at the head of the headline (河南行走…, 四川观察: a
    subject or a site's name) and the first city or county of the lead that no clause has
    for its subject, the province when it holds that unit and the article names it more
    often (the unit is named in passing: 结合某市都市圈规划), else the unit."""
    if province is None or first is None or not lies_within(first, province):
        return first
    if _written_after(a, province, first):
        return first      # 青海平安:… over 某省某市平安区: the headline's province and the unit run together
    counts = {name: sum(p.canonical == name for p in a.places + a.sources) for name in (province, first)}
    return province if counts[province] > counts[first] else first


def _written_after(a: Article, province: str, unit: str) -> bool:
    """Whether a headline writes ``unit``'s short name right after ``province``'s (青海平安)."""
    for heading in a.lead[:a.headings]:
        plain = simplified(heading)
        for p in a.find(heading):
            if p.canonical == province:
                rest = plain[p.end:]
                if any(rest.startswith(s) for d in gz.divisions(unit) for s in gz.short_names(d)):
                    return True
    return False


def headline_destination(a: Article, sentence: str, own: str) -> str | None:
    """The unit of ``own`` its body goes to in ``sentence`` when the headline, too, has
    someone go to it (某某来某区视察… / 某市委书记某某来某区视察), or when ``sentence`` is
    the headline (某市某官员到某县某镇调研): the headline makes the visit the unit's news.
    A visit the lead alone reports stays the city's, unless the article has no headline:
    its lead then says what a headline would."""
    unit = destination(a, [sentence], own)
    if unit is None or sentence in a.lead[:a.headings] or not a.headings:
        return unit
    return unit if destination(a, a.lead[:a.headings], own) == unit else None


@functools.lru_cache(maxsize=1)
def _calling_re() -> re.Pattern[str]:
    """A visit or calling verb, then a body written bare (到县政府, 拜会邱县长): group 1 is
    the body's kind.  A surname may stand between (拜会某县长)."""
    bodies = words_re("called_bodies").pattern
    return words_re("visit_verbs", "calling_verbs", after=rf"\s*[\u4e00-\u9fff]?([省市县区州]){bodies}")


def called_on(a: Article, sentence: str, home: str) -> str | None:
    """The host a place's body calls on when the sentence writes the host's body bare
    (某市市长到县政府拜会县长): the unit of that other kind the article names most, neither
    inside the visitors' home nor holding it."""
    kinds = dict.fromkeys(m.group(1) for m in _calling_re().finditer(simplified(sentence)))
    for kind in (k for k in kinds if k != home[-1]):
        hosts = [c for c in ranked(a.places, lambda p: of_kind(p, kind))
                 if c != home and not lies_within(c, home) and not lies_within(home, c)]
        if hosts and sum(p.canonical == hosts[0] for p in a.places) >= _HOST_MENTIONS:
            return hosts[0]
    return None


#: How often a host written only by its body must be named to be taken for it.
_HOST_MENTIONS = 2


#: What may stand between the stops of a tour's list (甲县、乙市, the doubled marks of a
#: mangled copy included: 甲县,、乙市).
_STOP_JOIN = re.compile(r"[、,，和及与\s]{1,3}")


def tour_stops(a: Article, sentence: str) -> set[str]:
    """The cities and counties a visit verb of ``sentence`` brings someone to, each item
    of a list after it included (到甲县、乙市、丙县考察)."""
    text = simplified(sentence)
    places = [p for p in a.find(sentence) if p.level in (CITY, COUNTY)]
    stops: set[str] = set()
    end = -1
    for p in places:
        after_verb = _reached_re().search(text[max(0, p.start - 2):p.start]) is not None
        in_list = end >= 0 and _STOP_JOIN.fullmatch(text[end:p.start]) is not None
        if after_verb or in_list:
            stops.add(p.canonical)
            end = p.end
        else:
            end = -1
    return stops


def accompanied(a: Article, sentence: str, home: str) -> str | None:
    """The one unit inside ``home`` that ``sentence`` names when it lists the officials
    who accompany a visitor (某市委某部副部长某某,某县委常委某某陪同调研): the hosts of
    a visit come from the place visited, and the lowest of them is where it happens;
    the superior city's official is there with them.  None when the sentence accompanies
    no one, names no unit of ``home`` or several that do not nest."""
    text = simplified(sentence)
    if words_re("companion_verbs").search(text) is None:
        return None
    units = innermost([p.canonical for p in a.find(sentence) if p.level in (CITY, COUNTY)
                       and p.canonical != home and lies_within(p.canonical, home) and not is_media_name(text, p)])
    return units[0] if len(units) == 1 else None


def filed_from_visited(a: Article, sentence: str, picked: Place) -> str | None:
    """The unit of ``picked``'s own that the sentence's dateline is filed from and its
    subject visits, if any."""
    text = simplified(sentence)
    filed = {p.canonical for p in a.find(sentence) if in_dateline(text, p)}
    if len(filed) != 1:
        return None
    unit = filed.pop()
    if unit == picked.canonical or not lies_within(unit, picked.canonical):
        return None
    return unit if a.visited(sentence, picked.canonical) == unit else None
