"""Immutable records that flow through the pipeline.

Each stage takes records of one kind and returns new records; nothing is mutated
in place (``dataclasses.replace`` makes the next version).  The JSON form of an
:class:`Article` is the export format described by ``articles.schema.json``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .pickling import pickled_by_init
from .texts import LEAD_CHARS, TextRef

KIND_INSPECTION = "inspection"
KIND_MEETING = "meeting"
KIND_OTHER = "other"
KINDS = (KIND_INSPECTION, KIND_MEETING, KIND_OTHER)


@pickled_by_init
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date as far as the text fixes it (year may be unknown)."""

    year: int | None
    month: int | None
    day: int | None

    def to_json(self) -> dict[str, int | None]:
        return {"year": self.year, "month": self.month, "day": self.day}

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0)

    def iso(self) -> str | None:
        """ISO date when the year is known, else None."""
        if self.year and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return None

    def label(self) -> str:
        """Chinese display form, e.g. 2018年4月19日 or 3月2日."""
        parts = []
        if self.year:
            parts.append(f"{self.year}年")
        if self.month:
            parts.append(f"{self.month}月")
        if self.day:
            parts.append(f"{self.day}日")
        return "".join(parts)


@pickled_by_init
@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input file, decoded and normalised (stage: read)."""

    path: str                      # relative to the content folder, POSIX separators
    text: str                      # decoded, line endings normalised to \n
    encoding: str                  # e.g. "utf-8", "utf-8-sig", "gb18030"
    fmt: str                       # the reader's format: "txt", "md", "html", "docx"
    front_matter: Mapping[str, Any] = field(default_factory=dict)
    sha256: str = ""               # of the raw bytes
    #: The source marked its paragraphs (HTML, Word): every line of ``text`` is a
    #: paragraph as written, so layout repair joins none of them.
    real_paragraphs: bool = False
    #: Where each front matter value came from ("front matter", "<meta og:title>", …),
    #: by front matter key: the build report names it.
    provenance: Mapping[str, str] = field(default_factory=dict)


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Draft:
    """One article cut out of a source file, text repaired (stage: split/repair).

    ``paragraphs`` is the cleaned body: one paragraph per item, layout breaks
    joined, no Markdown markup, no headline, captions and byline lines removed
    (they are kept apart in ``captions`` and ``bylines``).
    """

    source: str
    ordinal: int                   # 1-based position of the article in its file
    title: str | None              # None when the article has no headline
    subtitle: str | None
    paragraphs: tuple[str, ...]
    bylines: tuple[str, ...] = ()  # lines such as "记者 王赛华" / "通讯员 程巍 文/图"
    captions: tuple[str, ...] = () # picture captions such as "会议现场"
    front_matter: Mapping[str, Any] = field(default_factory=dict)
    #: Lines of the copied web page around the article that carry facts about it —
    #: publication stamps ("发布时间:2023-05-06 来源:某某日报"), source lines,
    #: copyright footers — as written; kept out of title and text, read by extraction
    #: (the stamp's date, the publisher's place).  Other page residue is dropped.
    page_lines: tuple[str, ...] = ()
    #: Where ``paragraphs`` and ``captions`` are kept once the build has put them on
    #: disk (they are then empty here; see :mod:`.texts`); None while they are here.
    text_ref: TextRef | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Official:
    name: str
    titles: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "titles": list(self.titles)}


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Group:
    """One inspection group (巡察组/巡视组) and how to reach it."""

    name: str
    targets: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    sms: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    postal_boxes: tuple[str, ...] = ()
    hours: str | None = None       # when a group states its own hours

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "targets": list(self.targets),
            "phones": list(self.phones),
            "sms": list(self.sms),
            "emails": list(self.emails),
            "postal_boxes": list(self.postal_boxes),
        }
        if self.hours:
            out["hours"] = self.hours
        return out


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Inspection:
    """An inspection round announced in an article."""

    round: str | None
    duration: str | None = None
    hours: str | None = None
    open: PartialDate | None = None
    close: PartialDate | None = None
    hotlines: tuple[str, ...] = ()
    groups: tuple[Group, ...] = ()
    group_count: int | None = None  # "派出5个巡察组" even when groups are not listed

    def to_json(self) -> dict[str, Any]:
        return {
            "round": self.round,
            "duration": self.duration,
            "hours": self.hours,
            "open": self.open.to_json() if self.open else None,
            "close": self.close.to_json() if self.close else None,
            "hotlines": list(self.hotlines),
            "group_count": self.group_count,
            "groups": [g.to_json() for g in self.groups],
        }


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Metadata:
    """Everything extraction finds in one draft (stage: extract)."""

    date: PartialDate | None = None
    district: str | None = None
    places: tuple[str, ...] = ()
    officials: tuple[Official, ...] = ()
    reporters: tuple[str, ...] = ()
    inspections: tuple[Inspection, ...] = ()
    kind: str = KIND_OTHER
    #: The outlet the page names as the article's source ("来源：某某日报"), as written.
    origin: str | None = None


@pickled_by_init
@dataclass(frozen=True, slots=True)
class Article:
    """The finished record: pages, search and the data export render from it."""

    id: str
    url: str                       # relative to the site root, e.g. articles/ab12cd34ef56.html
    source: str
    ordinal: int
    title: str
    title_derived: bool            # True when no headline was found
    subtitle: str | None
    paragraphs: tuple[str, ...]
    bylines: tuple[str, ...]
    captions: tuple[str, ...]
    meta: Metadata
    tags: tuple[str, ...] = ()
    source_url: str | None = None  # front matter "url"
    origin: str | None = None      # front matter "source" (publication)
    #: A hash of everything the record was made from (the source file's bytes, the
    #: settings, the code, its place in the file): equal fingerprints mean equal
    #: records, so a rebuild tells unchanged articles apart without comparing them.
    #: Empty when unknown (a record made by hand); never exported or compared.
    fingerprint: str = field(default="", compare=False, repr=False)
    #: Where ``paragraphs`` and ``captions`` are kept while the article is bare (they
    #: are then empty here: a stage that needs them asks the build's text store for
    #: the article whole, see :mod:`.texts`); None when the record holds them.
    text_ref: TextRef | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def date(self) -> PartialDate | None:
        return self.meta.date

    @property
    def district(self) -> str | None:
        return self.meta.district

    @property
    def kind(self) -> str:
        return self.meta.kind

    def excerpt(self, limit: int = 80) -> str:
        """The body's first ``limit`` characters, the last one "…" when it is longer; of a
        bare article (see :attr:`text_ref`) up to ``LEAD_CHARS - 1`` of them."""
        if self.text_ref is not None:
            if limit >= LEAD_CHARS:
                raise ValueError(f"{self.id}: an excerpt of {limit} characters needs the article's text")
            body = self.text_ref.lead
        else:
            body = "".join(self.paragraphs)
        return body if len(body) <= limit else body[: limit - 1] + "…"

    def to_json(self) -> dict[str, Any]:
        if self.text_ref is not None:
            raise ValueError(f"{self.id}: a bare article has no JSON form: ask the text store for it whole")
        m = self.meta
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "ordinal": self.ordinal,
            "title": self.title,
            "title_derived": self.title_derived,
            "subtitle": self.subtitle,
            "text": self.text,
            "date": m.date.to_json() if m.date else None,
            "district": m.district,
            "places": list(m.places),
            "officials": [o.to_json() for o in m.officials],
            "reporters": list(m.reporters),
            "inspections": [i.to_json() for i in m.inspections],
            "kind": m.kind,
            "tags": list(self.tags),
            "source_url": self.source_url,
            "origin": self.origin,
            "captions": list(self.captions),
        }
