"""Which page of people a person is listed on (``people/<page>.html#<slug>``).

One page per person made a large archive's people most of its files, and most
of each page was the site's chrome.  People are bundled instead, and each
keeps an anchor on their page.  The page follows from the name's pinyin alone
(the rule and its table are in ``data/person_pages.yaml``): never from how
many people the archive holds, so an added article never moves anyone else
to another page, links stay valid and a rebuild re-renders only the pages
whose people changed.  Common surnames are split finer from the start; a
page's size is bounded by how many people share a surname syllable and the
start of a given name, not by the order articles arrived in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .yamlfile import read_yaml


RULES_FILE = Path(__file__).resolve().parent / "data" / "person_pages.yaml"

#: Page part of a name whose given name has no letter any band holds.
NO_BAND = "0"
#: Page of names without a Latin reading at all.
NO_READING = "other"


@dataclass(frozen=True)
class PageRules:
    """The splitting table: surname syllables split finer, and the letter bands."""

    two_letters: frozenset[str]
    one_letter: frozenset[str]
    bands: tuple[str, ...]

    def part(self, surname: str, given: str) -> str:
        """The given-name part of a page name under ``surname``."""
        if surname in self.two_letters:
            return given[:2] or NO_BAND
        if surname in self.one_letter:
            return given[:1] or NO_BAND
        first = given[:1]
        for band in self.bands:
            if first and first in band:
                return band[0] + band[-1] if len(band) > 1 else band
        return NO_BAND


@lru_cache(maxsize=1)
def page_rules(path: Path = RULES_FILE) -> PageRules:
    """The table in ``path``; a malformed table is an error naming the file."""
    data = read_yaml(path) or {}
    try:
        two = frozenset(str(s) for s in data["split_by_two_letters"])
        one = frozenset(str(s) for s in data["split_by_letter"])
        bands = tuple(str(b) for b in data["bands"])
    except (KeyError, TypeError) as e:
        raise ValueError(f"{path}: expected split_by_two_letters, split_by_letter and bands lists") from e
    for band in bands:
        if not re.fullmatch(r"[a-z]+", band) or list(band) != sorted(band):
            raise ValueError(f"{path}: band {band!r} is not a run of lower-case letters in order")
    return PageRules(two, one, bands)


_NOT_LETTERS = re.compile(r"[^a-z]+")


def _letters(text: str) -> str:
    """The Latin letters of ``text``, lower case; a reading already so (nearly every
    one) is taken as it is: every person's page is asked for in every build."""
    if text.isascii() and text.isalpha() and text.islower():
        return text
    return _NOT_LETTERS.sub("", text.lower())


@lru_cache(maxsize=65536)
def person_page(pinyin: Sequence[str], rules: PageRules | None = None) -> str:
    """Site-relative path of the page listing a person whose name reads ``pinyin``
    (``("zhang", "guo", "ji")`` → ``people/zhang-gu.html``)."""
    surname = _letters(pinyin[0]) if pinyin else ""
    if not surname:
        return f"people/{NO_READING}.html"
    given = _letters("".join(pinyin[1:]))
    return f"people/{surname}-{(rules or page_rules()).part(surname, given)}.html"
