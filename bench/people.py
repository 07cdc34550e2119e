"""People of the generated archive: officials who recur, and newcomers.

A real archive names the same district leaders again and again until they
move on, while community secretaries, entrepreneurs and inspection group
leaders appear once or twice.  ``People`` keeps a roster per place with a small
turnover chance, so the number of distinct names grows with the corpus but
slower than the number of mentions.
"""
from __future__ import annotations

import random
from collections import Counter

from .pools import COMPOUND_SURNAMES, GIVEN_CHARS, SURNAME_WEIGHTS, SURNAMES

#: Chance that a roster post has a new holder when it is looked up.
TURNOVER = 0.015
#: Reporters a newspaper keeps before a new name replaces an old one.
NEWSROOM_SIZE = 12


class People:
    """Name factory and rosters; every draw comes from the caller's ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rosters: dict[tuple[str, str], str] = {}
        self.newsrooms: dict[str, list[str]] = {}
        self.mentions: Counter[str] = Counter()

    def new_name(self) -> str:
        """A fresh Chinese personal name: surname plus one or two given characters."""
        rng = self.rng
        if rng.random() < 0.015:
            surname = rng.choice(COMPOUND_SURNAMES)
        else:
            surname = rng.choices(SURNAMES, weights=SURNAME_WEIGHTS)[0]
        given = rng.choice(GIVEN_CHARS)
        if rng.random() < 0.72:
            second = rng.choice(GIVEN_CHARS)
            if second != given or rng.random() < 0.2:
                given += second
        return surname + given

    def official(self, place: str, post: str) -> str:
        """The current holder of ``post`` in ``place`` (sometimes a successor)."""
        key = (place, post)
        name = self.rosters.get(key)
        if name is None or self.rng.random() < TURNOVER:
            name = self.new_name()
            self.rosters[key] = name
        self.mentions[name] += 1
        return name

    def officials(self, place: str, posts: list[str]) -> list[str]:
        """Holders of several posts, distinct names guaranteed."""
        names: list[str] = []
        for post in posts:
            name = self.official(place, post)
            while name in names:   # two posts held by one name would read as one person
                name = self.new_name()
                self.rosters[(place, post)] = name
            names.append(name)
        return names

    def newcomer(self) -> str:
        """Someone mentioned in passing: a community secretary, a group leader."""
        name = self.new_name()
        self.mentions[name] += 1
        return name

    def reporters(self, newsroom: str, count: int) -> list[str]:
        """``count`` distinct reporters of one newspaper; its staff slowly changes."""
        staff = self.newsrooms.setdefault(newsroom, [])
        while len(staff) < count or (len(staff) < NEWSROOM_SIZE and self.rng.random() < 0.3):
            staff.append(self.new_name())
        if self.rng.random() < 0.02:
            staff[self.rng.randrange(len(staff))] = self.new_name()
        picked = self.rng.sample(staff, count)
        for name in picked:
            self.mentions[name] += 1
        return picked
