"""The site model (stage: model): every listing the pages need, computed once.

Orderings are total and derived from the text, never from input order or set
iteration, so the same articles always give the same site:

* **Home order** — articles with a known year, newest first; then articles
  whose date lacks the year (latest month/day first); then undated articles.
  Ties fall back to source file path and position in the file.  Previous/next
  links and every article list follow this order.
* **People** — official mentions grouped into people, one per *(name,
  district)* unless titles link them (:mod:`.person_identity`).  Person addresses
  are ASCII and stable: an anchor made of the pinyin of the name plus a short
  hash of name and first district, on the page of people their name's pinyin
  files under (``people/zhang-gu.html#zhangguoji-3f9a1c``, see
  :mod:`.person_pages`).
* **Related articles** — scored by shared people (2 points each) and shared
  places (1 point each); ties in home order; at most :data:`RELATED_LIMIT`.
  A person or place named in more than :data:`RELATED_MAX_SHARED` articles
  (the city itself, its mayor) is too common to relate anything and is skipped.
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .person_identity import Reading, person_slugs
from .person_pages import person_page
from .pickling import pickled_by_init
from .readings import index_letter, name_pinyin, slugify, text_pinyin
from .records import Article, Inspection, PartialDate

RELATED_LIMIT = 5
#: A person or place shared by more articles than this links none of them.
RELATED_MAX_SHARED = 200

# ------------------------------------------------------------------------- records

@pickled_by_init
@dataclass(frozen=True, slots=True)
class Mention:
    """An official as one article names them."""

    slug: str
    name: str
    titles: tuple[str, ...]
    page: str                           # the page listing the person (see Person.page)

    @property
    def url(self) -> str:
        return f"{self.page}#{self.slug}"


@pickled_by_init
@dataclass(frozen=True, slots=True)
class PersonArticle:
    """One article naming a person, with the titles that article gives them."""

    article_id: str
    titles: tuple[str, ...]


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Person:
    slug: str
    name: str
    districts: tuple[str, ...]          # sorted; empty when no article fixes one
    titles: tuple[str, ...]             # every title, in home order of first use
    articles: tuple[PersonArticle, ...] # home order
    pinyin: tuple[str, ...]

    @property
    def page(self) -> str:
        """The page of people this person is listed on (see :mod:`.person_pages`)."""
        return person_page(self.pinyin)

    @property
    def url(self) -> str:
        return f"{self.page}#{self.slug}"

    @property
    def letter(self) -> str:
        return index_letter(self.pinyin)


@pickled_by_init
@dataclass(frozen=True, slots=True)
class District:
    slug: str
    name: str
    article_ids: tuple[str, ...]        # home order
    pinyin: tuple[str, ...]
    months: tuple["Month", ...] = ()    # this district's articles by month

    @property
    def url(self) -> str:
        return f"districts/{self.slug}.html"

    @property
    def feed_url(self) -> str:
        return f"districts/{self.slug}.xml"


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Month:
    """Articles carrying one (year, month); either part may be unknown."""

    year: int | None
    month: int | None
    article_ids: tuple[str, ...]        # home order

    @property
    def slug(self) -> str:
        if self.year and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        if self.year:
            return f"{self.year:04d}-unknown-month"
        if self.month:
            return f"unknown-year-{self.month:02d}"
        return "undated"

    @property
    def url(self) -> str:
        return f"dates/{self.slug}.html"

    @property
    def year_known(self) -> bool:
        return self.year is not None

    @property
    def label(self) -> str:
        if self.year and self.month:
            return f"{self.year}年{self.month}月"
        if self.year:
            return f"{self.year}年（月份不详）"
        if self.month:
            return f"{self.month}月（年份不详）"
        return "日期不详"

    def sort_key(self) -> tuple[int, int, int]:
        """Newest first when sorted ascending: known years, then unknown year, then undated."""
        tier = 0 if self.year else (1 if self.month else 2)
        return (tier, -(self.year or 0), -(self.month or 0))


@pickled_by_init
@dataclass(frozen=True, slots=True)
class InspectionEntry:
    """One inspection round as announced by one article."""

    article_id: str
    position: int                       # index within the article's inspections
    inspection: Inspection
    district: str | None
    date: PartialDate | None


@pickled_by_init
@dataclass(frozen=True, slots=True)
class ArticleLinks:
    """Navigation computed for one article page."""

    prev_id: str | None                 # the one before in home order (newer)
    next_id: str | None                 # the one after in home order (older)
    related_ids: tuple[str, ...]
    mentions: tuple[Mention, ...]       # article.meta.officials, in text order


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Archive:
    articles: tuple[Article, ...]       # home order
    links: Mapping[str, ArticleLinks]
    people: tuple[Person, ...]          # pinyin order
    districts: tuple[District, ...]     # pinyin order
    months: tuple[Month, ...]           # newest first, unknown year after, undated last
    inspections: tuple[InspectionEntry, ...]  # newest first
    undistricted_ids: tuple[str, ...]   # articles with no district, home order

    by_id: Mapping[str, Article]
    #: A hash of what the archive was built from (the articles' model inputs and
    #: the code), so that its records can stand for themselves by their place in
    #: it; empty when unknown.  Never compared.
    key: str = field(default="", compare=False)

    def records(self) -> Iterator[tuple[str, Any]]:
        """(place, record) of the archive's own records: links by article id, people,
        districts, months and inspection entries by position."""
        yield from ((f"links/{aid}", links) for aid, links in self.links.items())
        for name in ("people", "districts", "months", "inspections"):
            yield from ((f"{name}/{n}", record) for n, record in enumerate(getattr(self, name)))

    def article(self, article_id: str) -> Article:
        return self.by_id[article_id]

    def person(self, slug: str) -> Person:
        return next(p for p in self.people if p.slug == slug)

    def district(self, name: str) -> District:
        return next(d for d in self.districts if d.name == name)


# -------------------------------------------------------------------------- orders

def home_key(article: Article) -> tuple:
    """Sort key of the home order (see module docstring)."""
    d = article.date
    if d is None or not (d.year or d.month or d.day):
        tier, when = 2, (0, 0, 0)
    elif d.year:
        tier, when = 0, (-d.year, -(d.month or 0), -(d.day or 0))
    else:
        tier, when = 1, (0, -(d.month or 0), -(d.day or 0))
    return (tier, when, article.source, article.ordinal, article.id)


def home_order(articles: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(sorted(articles, key=home_key))


# -------------------------------------------------------------------------- people

def _people(ordered: Sequence[Article],
            pinyin: Reading = name_pinyin) -> tuple[tuple[Person, ...], dict[str, tuple[Mention, ...]]]:
    """Group official mentions into people by the rule in the module docstring."""
    keyed, slug_of = person_slugs(ordered, pinyin)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    per_person: dict[str, list[tuple[Article, tuple[str, ...], str]]] = defaultdict(list)
    same: dict[Mention, Mention] = {}  # one record for the same person named alike in many articles
    for a, i, key in keyed:
        o = a.meta.officials[i]
        slug = slug_of[key]
        mention = Mention(slug, o.name, tuple(o.titles), person_page(pinyin(key[0])))
        mentions[a.id].append(same.setdefault(mention, mention))
        per_person[slug].append((a, tuple(o.titles), key[1]))

    people = []
    for slug, uses in per_person.items():
        name = next(m.name for m in mentions[uses[0][0].id] if m.slug == slug)
        arts: list[PersonArticle] = []
        seen: set[str] = set()
        titles: list[str] = []
        for a, ts, _ in uses:
            for t in ts:
                if t not in titles:
                    titles.append(t)
            if a.id in seen:  # named twice in one article: merge the titles
                prev = arts[-1] if arts and arts[-1].article_id == a.id else None
                if prev is not None:
                    merged = prev.titles + tuple(t for t in ts if t not in prev.titles)
                    arts[-1] = PersonArticle(a.id, merged)
                continue
            seen.add(a.id)
            arts.append(PersonArticle(a.id, ts))
        people.append(Person(
            slug=slug,
            name=name,
            districts=tuple(sorted({w for _, _, w in uses if w})),
            titles=tuple(titles),
            articles=tuple(arts),
            pinyin=pinyin(name),
        ))
    people.sort(key=lambda p: (p.pinyin, p.name, p.districts, p.slug))
    return tuple(people), {k: tuple(v) for k, v in mentions.items()}


# ------------------------------------------------------------------------ listings

def _districts(ordered: Sequence[Article]) -> tuple[District, ...]:
    arts: dict[str, list[Article]] = defaultdict(list)
    for a in ordered:
        if a.district:
            arts[a.district].append(a)
    out = [District(slugify(text_pinyin(n), n), n, tuple(a.id for a in v), text_pinyin(n), months_of(v))
           for n, v in arts.items()]
    return tuple(sorted(out, key=lambda d: (d.pinyin, d.name)))


def months_of(ordered: Sequence[Article]) -> tuple[Month, ...]:
    """Articles (in home order) bucketed by (year, month), newest bucket first."""
    ids: dict[tuple[int | None, int | None], list[str]] = defaultdict(list)
    for a in ordered:
        d = a.date
        ids[(d.year, d.month) if d else (None, None)].append(a.id)
    months = [Month(y, m, tuple(v)) for (y, m), v in ids.items()]
    return tuple(sorted(months, key=Month.sort_key))


def _related(ordered: Sequence[Article], mentions: Mapping[str, tuple[Mention, ...]]) -> dict[str, tuple[str, ...]]:
    """Related articles through an inverted index, so cost follows shared keys, not n²."""
    keys: list[dict[tuple[str, str], int]] = []
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for rank, a in enumerate(ordered):
        mine = {("p", m.slug): 2 for m in mentions.get(a.id, ())}
        mine.update({("l", place): 1 for place in a.meta.places})
        keys.append(mine)
        for k in mine:
            postings[k].append(rank)
    out: dict[str, tuple[str, ...]] = {}
    for rank, a in enumerate(ordered):
        scores: Counter[int] = Counter()
        for k, weight in keys[rank].items():
            posting = postings[k]
            if len(posting) > RELATED_MAX_SHARED:
                continue  # named in too many articles to tell which ones are related
            for _ in range(weight):
                scores.update(posting)
        scores.pop(rank, None)
        best = heapq.nsmallest(RELATED_LIMIT, ((-score, other) for other, score in scores.items()))
        out[a.id] = tuple(ordered[r].id for _, r in best)
    return out


def _inspections(ordered: Sequence[Article]) -> tuple[InspectionEntry, ...]:
    return tuple(
        InspectionEntry(a.id, i, ins, a.district, a.date)
        for a in ordered
        for i, ins in enumerate(a.meta.inspections)
    )


def model_inputs(article: Article) -> tuple:
    """Everything of an article :func:`build_archive` reads besides the article itself:
    two archives of articles with equal inputs differ only in the articles they hold."""
    m = article.meta
    return (article.id, article.source, article.ordinal, m.date, m.district, m.officials, m.places,
            m.inspections)


def skeleton(archive: Archive) -> Archive:
    """The archive without its articles: what :func:`with_articles` needs, small to keep."""
    return replace(archive, articles=(), by_id={})


def with_articles(bare: Archive, articles: Sequence[Article]) -> Archive:
    """A :func:`skeleton` holding ``articles``, which must have the :func:`model_inputs`
    of the articles it was built from: what :func:`build_archive` gives for them."""
    by_id = {a.id: a for a in articles}
    if len(by_id) != len(articles) or by_id.keys() != bare.links.keys():
        raise ValueError("the articles are not those the archive was built from")
    # links are in home order, which reads only model inputs: no need to sort again
    return replace(bare, articles=tuple(by_id[i] for i in bare.links), by_id={i: by_id[i] for i in bare.links})


def build_archive(articles: Sequence[Article], pinyin: Reading = name_pinyin) -> Archive:
    """The site model of ``articles`` (any order in, one fixed order out).

    ``pinyin``: :func:`name_pinyin`, or a function giving the same readings
    faster (kept from an earlier build)."""
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            raise ValueError(f"two articles share the id {a.id!r} ({a.source})")
        seen.add(a.id)
    ordered = home_order(articles)
    people, mentions = _people(ordered, pinyin)
    related = _related(ordered, mentions)
    links = {}
    for n, a in enumerate(ordered):
        links[a.id] = ArticleLinks(
            prev_id=ordered[n - 1].id if n > 0 else None,
            next_id=ordered[n + 1].id if n + 1 < len(ordered) else None,
            related_ids=related[a.id],
            mentions=mentions.get(a.id, ()),
        )
    return Archive(
        articles=ordered,
        links=links,
        people=people,
        districts=_districts(ordered),
        months=months_of(ordered),
        inspections=_inspections(ordered),
        undistricted_ids=tuple(a.id for a in ordered if not a.district),
        by_id={a.id: a for a in ordered},
    )
