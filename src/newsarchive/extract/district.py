"""The article's primary jurisdiction (its district), from the places it names.

Front matter ``district`` wins.  Otherwise, in this order: the place the article calls
its own by a source or footer line (``来源:太仓日报``) or a page line; the host of a
visit to ``我区``; the subject of the lead, clause by clause (a named city or county, a
province's or a city's body visiting or inspecting a unit below it, a town's county, a
body without a name by the place of its kind the text writes); without a subject, the
place of the kind the article speaks of most (``全市``), else the first city or county
of the lead, else the most mentioned.  Every rule, with the shapes of text it reads, is
in ``docs/district-extraction.md``; a district that was a county-level city, written only
as that city, is given as written (:mod:`.district_era`).
"""
from __future__ import annotations

import re
from typing import Sequence

from ..records import Draft
from .district_article import LIST_JOINS, Article, lies_within, pick, ranked
from .place_shared_shorts import shared_short_of_kind
from .district_delegation import joined_delegation
from .district_cues import in_dateline, is_media_name, is_municipality, of_kind
from . import gazetteer as gz
from .district_border import region_crossing
from .district_clauses import organizer_clause, without_concurrent_seat
from .district_era import as_written
from .district_host import NO_HOST, visit_host
from .district_province import towns_of, visited_beyond_seat, visited_city
from .district_subject import BODY_AFTER, CLAUSE_SPLIT, LEAD_NOISE, named_subject
from .district_tours import national_round, province_round_up, toured_division
from .district_kinds import main_kind, own_county_unnamed, region_kinds
from .district_own_units import own_unit_headline, own_unit_scene, scene_county
from .district_roles import (destination, headline_province, held_in, seat_venue_province,
                             sets_out_for, tour_stops)
from .gazetteer import CITY, COUNTY, PROVINCE, TOWN, VILLAGE
from .place_names import simplified

#: What a province's department's name ends with (省农业农村厅): a province's body, read only
#: for the unit it visits.
_DEPARTMENT = "厅"
_BODY = re.compile(
    r"^(?:中共)?(?:[\d一二三四五六七八九十]+届)?(?:自治)?(省|市|区|县|州|旗)(?:[\d一二三四五六七八九十]+届)?"
    r"(委员会|委|政府|人大|政协|纪委|监委|领导|党工委|人民|长|直|属|[\u4e00-\u9fff]{1,3}委(?:员会|会)?"
    r"|(?<=省)[\u4e00-\u9fff]{2,6}" + _DEPARTMENT + ")"
    r"|^(中央|国务院)")
#: A county's name: two characters before 县 that are no pronoun or quantity (全县, 该县, 两县).
_COUNTY_WORD = re.compile(r"([\u4e00-\u9fff]{2})县")
_NOT_COUNTY_NAME = set("的了在全本该我各每一二两三四五六七八九十个和与及等到从赴来去是为对向外邻郡知治")
#: An autonomous region's party committee written short (区党委; a district's is 区委):
#: a province's body.
_REGION_BODY = "区党委"
#: An autonomous region's body written with its kind (自治区党委常委会): a province's body.
_AUTONOMOUS_REGION = re.compile(r"(?:中共)?自治区")
#: A unit of a county the headline leaves unnamed (对县人民医院…, 进驻县委办): the lead names it.
_UNNAMED_COUNTYS_UNIT = re.compile(r"(?:对|进驻|到|赴)县(?![城域级内外区])[\u4e00-\u9fff]{2,}")
#: A clause that only dates what follows by a body's event (市委全会胜利闭幕后, 省委巡视以来).
_WHEN_CLAUSE = re.compile(r"(?:闭幕|召开|结束|开幕|举行)(?:之)?后\s*$|(?:之际|以来|前夕)\s*$")
#: A person of the place after its name (吉林省一名局长…, 某市一副局长…): the place is no body acting.
_PERSON_OF = re.compile(r"(?:一|两|几|多)(?:名|位|个)|一(?=副|干部|官员|公职人员|村干部|村支书|党员)")


def extract_district(draft: Draft) -> str | None:
    """The article's primary jurisdiction, canonical (金水区, 经开区, 郑州市); see the module."""
    fm = draft.front_matter.get("district") if draft.front_matter else None
    if isinstance(fm, str) and fm.strip():
        return fm.strip()
    a = Article(draft)
    return as_written(a, _district(a))


def _district(a: Article) -> str | None:
    """:func:`extract_district` of an article without front matter, by the name of now."""
    joined = joined_delegation(a)
    if joined is not None:  # 市长某某来到某县代表团,与代表共同审议: the delegation's place
        return joined
    own = a.self_place()
    if own:     # our paper's own news; a unit of ours the lead's inspectors inspect is more precise
        return a.inspected(a.lead, own) or destination(a, a.lead, own) or own_unit_headline(a, own) \
            or own_unit_scene(a, own) or own
    hosted = visit_host(a)
    if hosted != NO_HOST:
        return hosted
    if national_round(a):    # 中央督察组将对甲、乙、丙、丁4个省开展督察: the nation's news
        return None
    deferred: str | None = None      # a bare province that is no body: only if nothing else
    headed_by: str | None = None     # … one heading the headline (河南行走…)
    unnamed_province = False         # the lead's subject is a province's body, the province unnamed
    province_headline: str | None = None   # a headline's province body that visits no unit
    for i, sentence in enumerate(a.lead):
        for clause in CLAUSE_SPLIT.split(sentence):
            if organizer_clause(clause):
                continue         # 由某省委宣传部主办: who organized the event, not where it is
            clause = without_concurrent_seat(LEAD_NOISE.sub("", clause))
            scene = scene_county(a, clause)
            if scene is not None:
                return scene     # 在某省某市某镇,农民驾驶农机收割玉米: where the scene is
            chain = a.chain_head(clause)
            paper = a.media_head(clause)
            if paper is not None:    # 某市日报采访团走进某县…: the county of the paper's city it visits
                unit = a.visited(clause, paper.canonical)
                if unit is not None and lies_within(unit, paper.canonical):
                    return unit
            if chain:
                head, picked = chain[-1], pick(chain)
                if picked is not None and head.level in (CITY, COUNTY):
                    if i < a.headings and len(a.lead) > a.headings and (
                            _PERSON_OF.match(simplified(clause), head.end)
                            or (head.level == CITY and _UNNAMED_COUNTYS_UNIT.search(simplified(clause), head.end))):
                        # 某市一副局长…被处分, 某市巡察组对县人民医院开展巡察: the lead tells where
                        deferred = deferred or picked.canonical
                        continue
                    return named_subject(a, sentence, clause, chain, picked)
                if head.level in (TOWN, VILLAGE):
                    return a.town_county(head) or a.publisher() or _first_in_lead(a)
                crossing = region_crossing(a, clause, head)
                if crossing is not None:    # 澳门特区代表团前往某省, 香港某会接待某市代表团
                    return crossing
                # a named province's body: its capital written as where it receives is its seat
                visited = visited_beyond_seat(a, sentence, clause) if head.level == PROVINCE \
                    else a.visited(sentence, None)
                if visited:
                    return visited
                host = a.host_of(head)
                if host:                # 甲省考察组赴我省: the host the text calls ours
                    return host
                plain = simplified(clause)
                if not BODY_AFTER.match(plain, head.end) \
                        and (head.name != head.canonical or _PERSON_OF.match(plain, head.end)):
                    deferred = deferred or head.canonical
                    if i < a.headings:
                        headed_by = headed_by or head.canonical
                    continue
                if head.level == PROVINCE and i < a.headings and len(a.lead) > a.headings \
                        and BODY_AFTER.match(plain, head.end):
                    # 某省政协副主席某某莅某调研: a headline that names where its province's body
                    # goes by no unit leaves it to the lead, the province if the lead names none
                    province_headline = province_headline or a.publisher(within=head.canonical) or head.canonical
                    break
                if own_county_unnamed(a):
                    continue     # 我县…,某省某厅公布…: the province names no place of the county's story
                return a.publisher(within=head.canonical) or head.canonical
            toured = toured_division(a, clause) if not chain else None
            if toured is not None and not _home_beyond(a, clause, toured):
                return toured
            m = _BODY.match(clause)
            if m is None:
                held = held_in(a, clause) if not _OURS_FIRST.match(clause) else None
                if held is not None:     # (我州在长沙举行…: our own event away, not the venue's)
                    return held
                continue
            if _WHEN_CLAUSE.search(clause):
                continue         # 市委全会闭幕后,某县随即…: the body's event dates the next clause's
            if m.group(3) or m.group(1) == "省" or m.group(1) + m.group(2) == _REGION_BODY \
                    or _AUTONOMOUS_REGION.match(clause):
                provinces = ranked(a.places, lambda p: p.level == PROVINCE) or a.page_provinces
                province = seat_venue_province(clause) or (provinces[0] if provinces else None)
                visit = visited_beyond_seat(a, sentence, clause) or towns_of(a, sentence, province) \
                    or visited_city(a, sentence)
                if visit is None and (m.group(2) or "").endswith(_DEPARTMENT):
                    held = held_in(a, clause) if not _OURS_FIRST.match(clause) else None
                    if held is not None:
                        return held
                    continue     # 省水利厅传来消息: a department's word, not where the story is
                found = visit or a.publisher(within=province) or province
                if found is None:       # 省委督查组到某景区… (a headline): the lead's next sentence
                    unnamed_province = True
                    break
                return found
            body_place = a.bare(m.group(1), m.group(2)) or shared_short_of_kind(a.plain, m.group(1))
            stops = tour_stops(a, sentence)
            if body_place is not None and len(stops) > 1 and body_place in stops:
                return None     # 市委书记率团到甲县、乙市考察: a place it tours is not its own
            departed = _departed(a, [sentence]) if body_place is not None else set()
            if body_place in departed:
                # 市人大常委会主任带队赴某市考察学习: a body does not travel to its own place
                body_place = a.bare(m.group(1), m.group(2), besides=departed)
            if body_place is not None and is_municipality(body_place):   # 上海市政府: a province's body
                return a.visited(sentence, body_place) or towns_of(a, sentence, body_place) \
                    or a.publisher(within=body_place) or body_place
            visited = destination(a, a.lead[i:i + 1], body_place or "")
            found = a.inspected(a.lead[i:], body_place) or visited or body_place
            if found is None and m.group(1) == "县" and _unlisted_county(" ".join(a.lead[:i + 1])):
                continue        # 某某县…县长率团出席: a body of a place the gazetteer lacks
            return found or province_headline
    if province_headline is not None:
        return province_headline
    round_up = province_round_up(a, headed_by or deferred)
    if round_up is not None:
        return round_up     # 某省调整多地县委书记: the meetings of its cities quoted one by one
    if a.kinds:        # 我市, 全区: the article is about a place of the kind it speaks of most
        kind = main_kind(a.kinds, a.first_person)
        resolved = a.bare(kind, "") or shared_short_of_kind(a.plain, kind)
        departed = _departed(a, a.lead) if resolved is not None else set()
        if resolved in departed:
            resolved = a.bare(kind, "", besides=departed)   # 我省…赴某区: not the region set out for
        if resolved:     # …and a unit of it the lead brings someone to is where it happens
            return destination(a, a.lead, resolved) or resolved
    first = headline_province(a, headed_by, _first_in_lead(a)) or deferred
    if first is None and set(a.kinds) - {"省"} - region_kinds(a):
        return None    # 全县 and no county written: a city in a hospital's name is not it
    if first is None and unnamed_province:
        return None    # 省人大常委会会议…: the cities of its attendee list are not its place
    found = first or _fallback(a)
    if found is not None and own_county_unnamed(a) and any(d.level == PROVINCE for d in gz.divisions(found)):
        return None    # 县长某某主持召开县政府…(某省某厅): the county unnamed, its province no place of the story
    return found


def _home_beyond(a: Article, clause: str, toured: str) -> bool:
    """Does ``clause`` open with a body written bare whose place is none of the units it
    tours, outside their division (区委书记率某区代表团赴甲市、乙市、丙市考察) or inside it
    (县委书记率某县代表团赴同市的甲市、乙县、丙县)?  The home reports its own trip."""
    m = _BODY.match(clause)
    home = a.bare(m.group(1), m.group(2)) if m else None
    if home is None or home == toured:
        return False
    return not lies_within(home, toured) or home not in tour_stops(a, clause)


def _departed(a: Article, sentences: Sequence[str]) -> set[str]:
    """The places ``sentences`` have their subject set out for, by any name, each of a run
    of names whose first a verb of setting out stands before (赴某市, 前往西藏阿里地区,
    赴泰州靖江市、南京六合区: every city and county named).  Going to a unit inside one's
    own place is no setting out from it."""
    out: set[str] = set()
    for sentence in sentences:
        text = simplified(sentence)
        places = a.find(sentence)
        going = False
        for k, p in enumerate(places):
            if not (k and places[k - 1].end == p.start):       # a run of names starts here
                listed = going and k and text[places[k - 1].end:p.start] in LIST_JOINS
                going = sets_out_for(text, p.start) or bool(listed)
            if going:
                out.add(p.canonical)
    return out


def _unlisted_county(text: str) -> bool:
    """Does ``text`` name a county the gazetteer does not hold (某某县: one merged away
    outside the mainland's divisions)?  Its bare body (县长) is then that county's, not one of ours."""
    simple = simplified(text)
    for m in _COUNTY_WORD.finditer(simple):
        name = m.group(1)
        if set(name) & _NOT_COUNTY_NAME:
            continue
        if next(gz.names_ending_at(simple, m.end()), None) is None and not gz.by_short(name):
            return True         # no gazetteer name ends at its 县 (萧县, 某某自治县 do)
    return False


def _first_in_lead(a: Article) -> str | None:
    """The first city or county of the lead, one that names no paper or site before
    one that does (据某某政府网消息，…到某县某乡 → that county); when the lead names
    only a paper's place or where its dateline was filed (新华社长沙2月26日电 over a
    feature's opening scene), the unit the article names most (a unit of it named too, when
    one is: 湘西土家族苗族自治州古丈县), else that place."""
    own = _first_unit(a, media=False)
    if own is not None:
        return _street_level_county(a, own) or own
    filed = _first_unit(a, media=True)
    others = ranked(a.places, lambda p: p.level in (CITY, COUNTY) and p.canonical != filed)
    if filed is None or not others:
        return filed
    within = [o for o in others if o != others[0] and lies_within(o, others[0])]
    return within[0] if within else others[0]


def _street_level_county(a: Article, city: str) -> str | None:
    """The one county-level unit of ``city`` the article names, when a town or street the
    article names lies in it (为响应某市政府号召,某区某街道…): the story is that unit's."""
    if not any(d.level == CITY for d in gz.divisions(city)):
        return None
    counties = {p.canonical for p in a.places if p.level == COUNTY and lies_within(p.canonical, city)}
    if len(counties) != 1:
        return None
    county = counties.pop()
    return county if county in a.towns_counties() else None


def _first_unit(a: Article, media: bool) -> str | None:
    for sentence in a.lead:
        places = a.find(sentence)
        text = simplified(sentence)
        for k, p in enumerate(places):
            # a paper's or site's name, or where a dateline was filed (新华社长沙2月26日电): only
            # when the lead names no other unit
            if p.level in (CITY, COUNTY) and (is_media_name(text, p) or in_dateline(text, p)) == media:
                chain = [p]
                for q in places[k + 1:]:
                    if q.start != chain[-1].end:
                        break
                    chain.append(q)
                return (pick(chain) or p).canonical
    return None


#: A province written this many times as often as any city or county the article
#: names (each in passing: 曾任某市市长) is what the article is about.
_PROVINCE_DOMINANCE = 3


def _fallback(a: Article) -> str | None:
    found = ranked(a.places + a.sources, lambda p: p.level in (CITY, COUNTY))
    if found:
        province = _dominant_province(a, found[0])
        return province or _qualified_unit(a, found[0]) or _sole_unit(a, found) or found[0]
    towns = [p for p in a.places if p.level == TOWN]
    if towns:
        return a.town_county(towns[0])
    provinces = ranked(a.places, lambda p: p.level == PROVINCE)
    return provinces[0] if provinces else None


#: A clause whose subject is the writer's own place (我州在某市举行…).
_OURS_FIRST = re.compile(r"^\s*(?:\d{1,2}日[上下]?午?晚?,?)?我[省市州盟县区旗]")


def _sole_unit(a: Article, found: Sequence[str]) -> str | None:
    """The one county-level unit of the most named city that the article names in its
    headline or whose kind it writes bare (区委巡察组, 县委书记): by the convention an
    article is filed under its county-level unit, the city written as the unit's
    qualifier or the level above it."""
    if not any(d.level == CITY for d in gz.divisions(found[0])):
        return None
    inside = [n for n in found[1:] if lies_within(n, found[0])]
    if len(inside) != 1:
        return None
    unit = inside[0]
    headline = a.per_text[0] if a.per_text else []
    bare = a.bare_kinds()
    if any(p.canonical == unit for p in headline) or any(
            p.canonical == unit and of_kind(p, k) for p in a.places for k in bare):
        return unit
    return None


def _qualified_unit(a: Article, city: str) -> str | None:
    """The one unit of ``city`` that every mention of the city qualifies (某市某区 in the
    names of a district's documents and meetings, 某市某区人民政府): the city is only how
    the unit is written in full, the unit is the article's place."""
    units: set[str] = set()
    for places in a.per_text:
        for k, p in enumerate(places):
            if p.canonical != city:
                continue
            after = places[k + 1] if k + 1 < len(places) else None
            if after is None or after.start != p.end or after.level != COUNTY \
                    or not lies_within(after.canonical, city):
                return None
            units.add(after.canonical)
    return units.pop() if len(units) == 1 else None


def _dominant_province(a: Article, top: str) -> str | None:
    """The province the article writes at least :data:`_PROVINCE_DOMINANCE` times as
    often as its most named city or county, when that one lies in it or, named once, in
    another province (曾任某市市长: a past post elsewhere)."""
    provinces = ranked(a.places, lambda p: p.level == PROVINCE)
    if not provinces:
        return None
    counts = {name: 0 for name in (provinces[0], top)}
    for p in a.places + a.sources:
        if p.canonical in counts:
            counts[p.canonical] += 1
    if not lies_within(top, provinces[0]) and (counts[top] > 1 or any(p.canonical == top for p in a.sources)):
        return None                   # a city of another province named more than once, or the
                                      # article's publisher: not in passing
    return provinces[0] if counts[provinces[0]] >= _PROVINCE_DOMINANCE * max(counts[top], 1) else None
