"""What the corpus generator knows about each article it writes.

``Composed`` is one article before layout (text with ASCII punctuation, no
Markdown); ``ArticleSpec`` is the ground truth kept for the manifest, the
tests and the benchmark's query list.  ``Places`` hands out districts, towns
and communities so that they recur like the people do.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .pools import CITIES, COMMUNITY_SUFFIXES, PLACE_CHARS, TOWN_SUFFIXES, City

# Kinds of generated article
MEETING = "meeting"
VISIT = "visit"
COMMUNITY = "community"
PHOTO = "photo"
INSPECTION_NOTICE = "inspection_notice"
INSPECTION_MEETING = "inspection_meeting"
KINDS = (MEETING, VISIT, COMMUNITY, PHOTO, INSPECTION_NOTICE, INSPECTION_MEETING)


@dataclass(frozen=True)
class Place:
    """A district, county, county-level city, development zone or a whole city."""

    city: City
    name: str
    level: str          # 区 / 县 / 市 (the L of 区委, 县长), or 党工委 for a zone

    @property
    def is_zone(self) -> bool:
        return self.level == "党工委"

    @property
    def party(self) -> str:
        """The party committee: 区委, 县委, 市委 or 党工委."""
        return "党工委" if self.is_zone else self.level + "委"

    @property
    def is_city(self) -> bool:
        return self.name == self.city.name


@dataclass(frozen=True)
class ArticleSpec:
    """Ground truth for one generated article."""

    kind: str
    title: str | None
    city: str
    district: str
    date: tuple[int | None, int, int] | None   # (year or None, month, day); None for 近日
    officials: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    groups: int = 0
    topic: str = ""


@dataclass
class Notes:
    """Collects the ground truth while an article is being written."""

    officials: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    groups: int = 0
    topic: str = ""
    date: tuple[int | None, int, int] | None = None

    def person(self, name: str) -> str:
        if name not in self.officials:
            self.officials.append(name)
        return name

    def place(self, name: str) -> str:
        if name not in self.places:
            self.places.append(name)
        return name


@dataclass(frozen=True)
class Composed:
    """One article before layout.

    ``items`` are (kind, text): "p" a paragraph that layout may break, "keep"
    a paragraph it must not break, "line" a byline or caption line, "block" a
    multi-line block whose lines stay together.
    """

    title: str | None
    slogan: str | None
    items: tuple[tuple[str, str], ...]
    spec: ArticleSpec


def level_of(name: str, city: City) -> str:
    if name in city.zones:
        return "党工委"
    if name == city.name:
        return "市"
    return name[-1] if name[-1] in "区县市" else "区"


class Places:
    """Districts, towns and communities; second-level places grow as they are used."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.towns: dict[str, list[str]] = {}
        self.communities: dict[str, list[str]] = {}

    def place(self) -> Place:
        """A district (most often), a zone, or a city as a whole."""
        rng = self.rng
        city = rng.choice(CITIES)
        roll = rng.random()
        if roll < 0.18:
            name = city.name
        elif roll < 0.28 and city.zones:
            name = rng.choice(city.zones)
        else:
            name = rng.choice(city.districts)
        return Place(city, name, level_of(name, city))

    def _grow(self, table: dict[str, list[str]], key: str, suffixes: tuple[str, ...], keep: int) -> str:
        known = table.setdefault(key, [])
        if len(known) < keep or self.rng.random() < 0.1:
            while True:
                name = self.rng.choice(PLACE_CHARS) + self.rng.choice(PLACE_CHARS) + self.rng.choice(suffixes)
                if name[0] != name[1] and name not in known:
                    break
            known.append(name)
            return name
        return self.rng.choice(known)

    def town(self, district: str) -> str:
        """A street office, town or township of ``district``."""
        return self._grow(self.towns, district, TOWN_SUFFIXES, 3)

    def community(self, town: str) -> str:
        """A community or village of ``town``."""
        return self._grow(self.communities, town, COMMUNITY_SUFFIXES, 2)
