"""What the district rules read of an article: its places, sources, self-references, lead.

Two things are settled here rather than in the rules of :mod:`.district`:

* A bare short name from another province than the ones the article names is no
  place of the article (``新安晚报`` in an Anhui paper is no 新安县 of Henan): papers
  and sites are often named after a region or an old name.
* Which places are written as one list (``芙蓉区、天心区、岳麓区``) and what they
  share above them (``长沙市``).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Callable, Collection, Sequence

from ..records import Draft
from . import gazetteer as gz
from .gazetteer import CITY, COUNTY, PROVINCE, TOWN, VILLAGE
from .place_given_names import person_named_elsewhere
from .place_names import Place, publisher_places, repeat_confirms, short_mentions, simplified
from .place_words import pairs, words_re
from .places import article_known, draft_texts, find_places
from .district_relations import holder_of_the_rest, innermost, lies_within, lowest_common, pick, ranked, up, written_run
from ..textnorm import without_pinyin
from .district_cues import (
    ONE_OF_MANY, cited_as_example, in_a_works_title, in_dateline, inspection_re, is_media_name, of_kind, of_many, only_cited, short_above,
    source_re, visit_re, visit_kind, visit_to_ours_re, without_works_titles,
)
from .district_clauses import among_own_units
from .district_self import bare_kinds, own_kinds, self_mentions, speaks_as
from .district_lead import lead_sentences
from .lead_paragraph import after_note

ORGANS = ("委", "政府", "人大", "政协", "党工委", "纪委", "监委")
_LIST_MARK = "、"
#: What joins the items of a list of places (甲区、乙市; 甲区和乙市).
LIST_JOINS = frozenset("、和及与")


#: How many texts (headline, paragraphs) of the opening show whose bodies are written bare.
_OPENING_TEXTS = 4

#: How often a bare short name from a province the article does not name must be written
#: to be a place of the article (a paper's name in its footer is written once or twice).
_REPEATED_SHORT = 3

#: How often the host a visitor comes to (赴我省) must be named to be taken for it.
_HOST_MENTIONS = 2


@functools.lru_cache(maxsize=1)
def _zone_suffixes() -> tuple[str, ...]:
    """Development-zone suffixes, longest first (经济技术开发区 before 开发区)."""
    return tuple(sorted(pairs("zone"), key=len, reverse=True))


def _province_of(p: Place) -> set[str]:
    if p.level == PROVINCE:
        return {p.canonical}
    return {a.name for d in gz.divisions(p.canonical) for a in gz.ancestors(d) if a.level == PROVINCE}


#: The papers a city names after itself (沈阳日报, 某某晚报).
_CITY_PAPERS = ("日报", "晚报")
#: ...and a county-level city's (太仓日报): a 某某晚报 named after a county's name is a region's (新安晚报).
_COUNTY_CITY_PAPERS = ("日报",)


def _decided_on(text: str, start: int) -> bool:
    """Is the unit at ``start`` the object of a decision (研究设立某某开发区)?"""
    return words_re("decision_verbs", after="$").search(text, max(0, start - 4), start) is not None


class Article:
    def __init__(self, draft: Draft) -> None:
        self.texts = draft_texts(draft)
        self.known = article_known(tuple(self.texts))
        self.folded = [simplified(t) for t in self.texts]
        # a short name opening a person's name the text writes after a post (区长吴江某) is no place
        raw = [[p for p in find_places(t, self.known)
                if p.name == p.canonical or not person_named_elsewhere(self.folded, f, p.start, p.end)]
               for t, f in zip(self.texts, self.folded)]
        self.provinces = {q for ps in raw for p in ps for q in _province_of(p) if p.level == PROVINCE} \
            | {q for ps in raw for p in ps if p.name == p.canonical for q in _province_of(p)}
        #: Bare short names the text writes so often that they are its places whatever
        #: province they lie in (a Taiwan county written short throughout: 某某县长…到某某).
        counts = Counter(p.canonical for ps in raw for p in ps if p.name != p.canonical)
        self.repeated = {c for c, n in counts.items() if n >= _REPEATED_SHORT}
        # a place cited for its lesson (汲取某县等地教训) or named as the first of many (对某县等
        # 33个县开展巡视) is none of the article's
        self.per_text = [[p for p in self._keep(ps) if not cited_as_example(t, p) and p not in many]
                         for t, ps in zip(self.folded, raw) for many in (of_many(t, ps),)]
        # a place named only in a document's title (依据《某市…规定》) is its issuer's; it counts
        # when the text names no city or county outside such titles (审议《某县…方案》)
        titled = [[p for p in ps if in_a_works_title(t, p)] for t, ps in zip(self.folded, self.per_text)]
        self._titles_issuers_only = any(p.level in (CITY, COUNTY) for ps, ts in zip(self.per_text, titled)
                                        for p in ps if p not in ts)
        if self._titles_issuers_only:
            self.per_text = [[p for p in ps if p not in ts] for ps, ts in zip(self.per_text, titled)]
        #: Every place of the text, short names of provinces the article does not name
        #: included (a host's media centre named by its short name: 某某融媒).
        self.unfiltered_places = [p for ps in raw for p in ps]
        #: The page's own lines and the article's bylines and captions, where a source or
        #: media centre's name stands.
        self.page_and_source_texts = [*draft.page_lines, *draft.bylines]
        self.places = [p for ps in self.per_text for p in ps]
        # a paper's own name in a dateline (临汾新闻网讯) names its place whatever provinces the
        # story mentions; a source line's short name must pass them like any bare name
        self.sources = [p for t in (*self.texts, *draft.bylines, *draft.captions, *draft.page_lines)
                        for m in source_re().finditer(simplified(t)) for p in (
                            self.find(m.group()) or (publisher_places(m.group()) if m.group().endswith("讯")
                                                     else self._keep_paper(m.group(), publisher_places(m.group()))))]
        # an editor's note over the report (开栏的话: 全省各地…) speaks for the series, not the place
        noted = after_note(draft.paragraphs, draft.subtitle)
        headed = sum(1 for t in (draft.title, draft.subtitle) if t)
        told = [t for i, t in enumerate(self.folded) if not (noted and headed <= i < headed + noted)]
        self.kinds = [m.group(1) for t in told for m in self_mentions(t)]
        #: The kinds the text calls its own in the first person (我区, not 全市).
        self.first_person = {m.group(1) for t in self.folded for m in self_mentions(t) if m.group().startswith("我")}
        #: Places of the page's own lines (an e-paper's 青石*要闻, a masthead): a bare short
        #: name there is the paper's place, as in a source line.
        self.paged = [p for t in draft.page_lines for p in self._keep(
            find_places(t, frozenset(short_mentions(simplified(t))))) if p.level in (CITY, COUNTY)]
        #: Provinces of the page's own lines (the masthead or e-paper line "某省日报"): the
        #: province a 省委 of the text is, when the text itself names none.
        self.page_provinces = ranked((p for t in draft.page_lines for p in find_places(
            t, frozenset(short_mentions(simplified(t))))), lambda p: p.level == PROVINCE)
        #: Cities and counties the article writes (text, source and page lines): a town
        #: leads to its county only when the county is one of them.
        self.written = {p.canonical for p in (*self.places, *self.sources) if p.level in (CITY, COUNTY)}
        #: The article's text in one string, simplified (a county's short name in a unit's name).
        self.plain = "\n".join(simplified(without_pinyin(t)) for t in draft_texts(draft))
        self._without_towns: str | None = None
        self._bare_kinds: set[str] | None = None
        self.lead = [without_pinyin(t) for t in (draft.title, draft.subtitle) if t]
        #: How many of the lead's sentences are the headline and subtitle.
        self.headings = len(self.lead)
        self.lead += [without_works_titles(s) if self._titles_issuers_only else s
                      for s in lead_sentences(draft.paragraphs, draft.subtitle)]

    def _keep(self, places: list[Place]) -> list[Place]:
        """Leave out bare short names from provinces the article does not name (see the module)."""
        if not self.provinces:
            return places
        return [p for p in places if p.level == PROVINCE or gz.divisions(p.name)
                or p.level > COUNTY or not _province_of(p) or _province_of(p) & self.provinces
                or p.canonical in self.repeated]

    def _keep_paper(self, source: str, places: list[Place]) -> list[Place]:
        """:meth:`_keep` for a source line's publisher, but a city's daily named after it
        (来源:沈阳日报, a county-level city's too: 来源:太仓日报) is that city's whatever
        provinces the text names in passing (北京冬奥会, 上海某某集团): only a county's name
        may be a region's paper's (新安晚报)."""
        named = [p for p in places
                 if (p.level == CITY or p.canonical.endswith("市"))
                 and source.startswith(_CITY_PAPERS if p.level == CITY else _COUNTY_CITY_PAPERS,
                                       source.find(p.name) + len(p.name))]
        return named or self._keep(places)

    def find(self, text: str) -> list[Place]:
        found = find_places(text, self.known)
        many = of_many(simplified(text), found)
        return self._keep([p for p in found if p not in many])

    def chain_head(self, clause: str) -> list[Place]:
        """The places written one after another at the start of ``clause``; none when they
        name a paper or site (蚌埠日报作家采访团…: the publisher is not the subject)."""
        chain = self._head(clause)
        return [] if chain and is_media_name(simplified(clause), chain[-1]) else chain

    def media_head(self, clause: str) -> Place | None:
        """The place of the paper or site whose name starts ``clause`` (某市日报作家采访团)."""
        chain = self._head(clause)
        return chain[-1] if chain and is_media_name(simplified(clause), chain[-1]) else None

    def _head(self, clause: str) -> list[Place]:
        chain: list[Place] = []
        found = self.find(clause)
        if found and found[0].start > 0:       # 宁波象山县委…: a city's short name before its county
            above = short_above(simplified(clause)[:found[0].start], found[0])
            chain = [above] if above else []
        for p in found:
            if p.start != (chain[-1].end if chain else 0):
                break
            chain.append(p)
        return chain

    def listed_with(self, clause: str, head: Place) -> list[str]:
        """Cities and counties written as one list starting with ``head`` (芙蓉区、天心区)."""
        text = simplified(clause)
        units = [head.canonical]
        end = head.end
        for p in self.find(clause):
            if p.start < end + len(_LIST_MARK):
                continue
            if p.start != end + len(_LIST_MARK) or not text.startswith(_LIST_MARK, end):
                break
            if p.level not in (CITY, COUNTY):
                break
            units.append(p.canonical)
            end = p.end
        return list(dict.fromkeys(units))

    def bare_kinds(self) -> set[str]:
        """The kinds of the bodies the opening writes bare (:func:`.district_self.bare_kinds`)."""
        if self._bare_kinds is None:
            self._bare_kinds = bare_kinds(self.texts[:_OPENING_TEXTS])
        return self._bare_kinds

    def own_kinds(self) -> set[str]:
        """The kinds the text speaks of as its own (:func:`.district_self.own_kinds`)."""
        return own_kinds(self.kinds, self.first_person, self.bare_kinds())

    def self_place(self) -> str | None:
        """The place of the source or page line whose kind the text speaks of as its own
        (:meth:`own_kinds`)."""
        kinds = self.own_kinds()
        for places in (self.sources, self.paged):
            found = innermost([p.canonical for p in places if any(
                of_kind(p, k) and speaks_as(self.folded, k, p.canonical, self.find, of_kind) for k in kinds)])
            if found:
                return found[0]
        return None

    def ours(self, subject: Place) -> str | None:
        """The unit ``我州``/``我市`` means when the subject is of that kind but another
        unit of the kind is named more often (湘西州考察组赴黔东南州…介绍我州情况)."""
        kinds = [k for k in dict.fromkeys(self.kinds) if of_kind(subject, k)]
        if not kinds:
            return None
        found = ranked(self.places, lambda p: of_kind(p, kinds[0]))
        counts = {c: sum(p.canonical == c for p in self.places) for c in found[:2]}
        if found and found[0] != subject.canonical and counts[found[0]] > counts.get(subject.canonical, 0):
            return found[0]
        return self.host_of(subject)

    def host_of(self, visitor: Place) -> str | None:
        """The unit ``我<kind>`` means when the text brings a visitor of that kind to it
        (甲省考察组赴我省…乙省农业农村厅介绍 → 乙省): the most named other unit of the kind."""
        kinds = [k for k in dict.fromkeys(self.kinds) if of_kind(visitor, k)]
        if not kinds or not self._comes_to_ours(kinds[0]):
            return None
        others = [c for c in ranked(self.places, lambda p: of_kind(p, kinds[0])) if c != visitor.canonical]
        if not others or sum(p.canonical == others[0] for p in self.places) < _HOST_MENTIONS:
            return None                     # a host named once may be a misread (莅临县…)
        return others[0]

    def _comes_to_ours(self, kind: str) -> bool:
        """Does the text bring a visitor to ``我<kind>`` (赴我省, 来我市)?"""
        return any(visit_kind(m) == kind for t in self.folded for m in visit_to_ours_re().finditer(t))

    def publisher(self, within: str | None = None) -> str | None:
        """The city or county of the article's source or footer line (太仓日报, 通辽日报),
        if given one lying ``within`` that division."""
        found = innermost([p.canonical for p in self.sources if p.level in (CITY, COUNTY)
                           and (within is None or lies_within(p.canonical, within))])
        return found[0] if found else None

    def bare(self, kind: str, organ: str, besides: Collection[str] = ()) -> str | None:
        """The place a body written bare (市委, 县政府) is of; ``besides``: places it is not."""
        ok = lambda p: of_kind(p, kind, organ) and p.canonical not in besides   # noqa: E731
        bodies = [p for t, ps in zip(self.folded, self.per_text) for p in ps
                  if ok(p) and organ in ORGANS and t.startswith(organ, p.end)]
        if bodies:     # 省委、泉州市委、晋江市委: the nearest body is the lowest
            return ranked(sorted(bodies, key=lambda p: -p.level), ok)[0]
        # a source line's place, then the page's own (武隆网 > 时政新闻 > 正文), then the text's
        for choice in ([p for p in self.sources if ok(p)], [p for p in self.paged if ok(p)], self.places):
            found = ranked(choice, ok)
            if choice is not self.places:
                found = innermost(found)
            elif len(found) > 1:
                found = [holder_of_the_rest(found, [p for p in self.places if ok(p)], self.places) or found[0]]
            if found:
                return found[0]
        return up(self.places, ok, self.written_counties) or self.named_once(ok) or self.zone_home(ok)

    def zone_home(self, ok: Callable[[Place], bool]) -> str | None:
        """The division whose development zones the article names, when it is of the
        body's kind and holds the homes of all the zones named: 市委 inspecting
        "某甲经济开发区、某乙经济开发区" (某乙 a county of 某甲 city) → 某甲市.  A zone
        is named after its city or county; a body with no place of its own written
        is that of the zones it inspects."""
        homes: list[str] = []
        for p in self.places:
            suffix = next((z for z in _zone_suffixes() if p.name.endswith(z)), None)
            if suffix is None or len(p.name) == len(suffix):
                continue
            found = gz.by_short(p.name[: -len(suffix)])
            if len(found) == 1:
                homes.append(found[0].name)
        homes = list(dict.fromkeys(homes))
        top = [h for h in homes if all(o == h or lies_within(o, h) for o in homes)]
        if len(top) != 1:
            return None
        level = gz.divisions(top[0])[0].level
        return top[0] if ok(Place(0, 0, top[0], top[0], level)) else None

    def named_once(self, ok: Callable[[Place], bool]) -> str | None:
        """The one unit of the body's kind written once by its bare short name (市长…替武穴
        未来发展负责 → 武穴市): unconfirmed as a place in general, but a body of that
        kind names its own place; several such units name none."""
        found = {d.name for t in self.folded for short in short_mentions(t)
                 if repeat_confirms(short) and not only_cited(t, short) and not self._only_person(t, short)
                 for d in gz.by_short(short)
                 if len(gz.by_short(short)) == 1 and ok(Place(0, 0, short, d.name, d.level))}
        return found.pop() if len(found) == 1 else None

    def _only_person(self, text: str, short: str) -> bool:
        """Is every mention of ``short`` in ``text`` the start of a person's name the
        article writes after a post (:func:`.person_named_elsewhere`)?"""
        starts = [m.start() for m in re.finditer(re.escape(short), text)]
        return bool(starts) and all(person_named_elsewhere(self.folded, text, i, i + len(short)) for i in starts)

    def town_county(self, town: Place) -> str | None:
        for ps in self.per_text:
            for k, p in enumerate(ps):
                j = k
                while p.canonical == town.canonical and j > 0 and ps[j - 1].end == ps[j].start:
                    j -= 1
                    if ps[j].level in (CITY, COUNTY):
                        return ps[j].canonical
        towns = [p for p in self.places if p.level == TOWN]
        county = up(towns, lambda p: p.level == COUNTY, self.written_counties)
        if county is not None:
            return county
        city = up(towns, lambda p: p.level == CITY, self.counties_of_written_cities)
        return city if city in self.written else None

    def written_counties(self, town: str) -> Sequence[gz.Division]:
        """The counties holding a township of this name that the article writes: a town
        never leads to a county the text does not name (县委巡察组进驻某镇 → no county);
        a page line's (the breadcrumb's 某区 > 某街) counts, and so does its short name
        inside a unit's name (某镇 … 某县四中)."""
        counties = gz.town_counties(town)
        if any(c.name in self.written for c in counties):
            return [c for c in counties if c.name in self.written]
        paged = {p.canonical for p in self.paged}      # the page's path to it: 首页 > 某区 > 某街
        if any(c.name in paged for c in counties):
            return [c for c in counties if c.name in paged]
        rest = self.without_towns()
        return [c for c in counties if len(c.short) >= 2 and c.short in rest]

    def without_towns(self) -> str:
        """The article's text with the names of its towns and villages taken out (平山镇
        writes no 平山县)."""
        if self._without_towns is None:
            rest = self.plain
            for name in sorted({p.name for p in self.places if p.level in (TOWN, VILLAGE)}, key=len, reverse=True):
                rest = rest.replace(name, "\n")
            self._without_towns = rest
        return self._without_towns

    def counties_of_written_cities(self, town: str) -> Sequence[gz.Division]:
        """The counties holding a township of this name whose city the article writes."""
        return [c for c in gz.town_counties(town)
                if any(a.name in self.written for a in gz.ancestors(c) if a.level == CITY)]

    def towns_counties(self) -> set[str]:
        """The counties holding the townships the article names, in cities it writes."""
        return {c.name for t in {p.canonical for p in self.places if p.level == TOWN}
                for c in self.counties_of_written_cities(t)}

    def towns_county(self, sentence: str, within: str) -> str | None:
        """The one county inside ``within`` that holds the towns ``sentence`` names."""
        towns = [p for p in self.find(sentence) if p.level == TOWN]
        county = up(towns, lambda p: p.level == COUNTY, self.written_counties) if towns else None
        return county if county is not None and lies_within(county, within) else None

    def visited(self, sentence: str, own: str | None) -> str | None:
        """The one city or county other than ``own`` the sentence names, a paper's or site's
        name (株洲新闻网讯) and a dateline's place (某某网某地8月25日电) apart; None for several."""
        places = self.find(sentence)
        text = simplified(sentence)
        targets: list[tuple[str, int, int]] = []
        for k, p in enumerate(places):
            if k and places[k - 1].end == p.start:
                continue
            chain = written_run(places, k)
            picked = pick(chain)
            if picked is not None and picked.canonical != own and not is_media_name(text, chain[-1]) \
                    and not in_dateline(text, chain[-1]) and not _decided_on(text, p.start) \
                    and not ONE_OF_MANY.match(text, chain[-1].end):
                targets.append((picked.canonical, p.start, chain[-1].end))
        unique = list(dict.fromkeys(t for t, _, _ in targets))
        if len(unique) == 1:
            return unique[0]
        # several: the one a visit verb brings the visitor to (…出发,深入某县考察), not
        # the first of a list (深入甲区、乙市)
        reached = list(dict.fromkeys(t for t, start, end in targets
                                     if visit_re().search(text[max(0, start - 2):start])
                                     and text[end:end + 1] not in LIST_JOINS))
        return reached[0] if len(reached) == 1 else None

    def inspected(self, sentences: Sequence[str], own: str | None) -> str | None:
        """The one unit inside ``own`` that ``own``'s body inspects (市委巡察组对镜湖区…
        开展巡察 → 镜湖区), read in the first of ``sentences`` that has an inspection verb
        and names a unit; None for several, or outside ``own``."""
        if own is None:
            return None
        for sentence in sentences:
            if inspection_re().search(simplified(sentence)) is None:
                continue
            if not any(p.level in (CITY, COUNTY) and p.canonical != own for p in self.find(sentence)):
                continue
            unit = self.visited(sentence, own)      # (进驻市林业局、某县某镇: a round of own's units)
            return unit if unit is not None and lies_within(unit, own) \
                and not among_own_units(simplified(sentence), own) else None
        return None
