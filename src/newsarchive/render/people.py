"""Pages of people and the pinyin-ordered people index (people/index.html).

How mentions become people is decided in :mod:`newsarchive.archive`, which
page lists a person in :mod:`newsarchive.person_pages`; this module only lays
the result out: each page of people lists its people in pinyin order, each
under an anchor with their titles and articles, and the index groups everyone
under A–Z initials.  Up to
``people_page_size`` people the index lists them all; a larger archive's
index links one page per initial (``people/letter/a.html``, then
``people/letter/a/2.html`` …), ``people_page_size`` people a page, so no page
grows with the archive.
"""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import jinja2

from ..archive import Archive, Person
from ..config import Config
from ..person_pages import NO_BAND, NO_READING, page_rules
from .env import render_page
from .pagecache import Linked
from .paging import paged, rest_beside


def letter_groups(people: tuple[Person, ...]) -> list[tuple[str, list[Person]]]:
    """People under their initial, A–Z then '#', keeping the pinyin order inside (each
    person's initial read once: every build groups every person)."""
    groups: dict[str, list[Person]] = {}
    for p in people:
        groups.setdefault(p.letter, []).append(p)
    return [(letter, groups[letter]) for letter in sorted(groups, key=lambda letter: (letter == "#", letter))]


def letter_path(letter: str) -> str:
    """The first page of the people under ``letter`` ('#': names without a Latin initial)."""
    return f"people/letter/{'other' if letter == '#' else letter.lower()}.html"


def person_pages(people: tuple[Person, ...]) -> list[tuple[str, list[Person]]]:
    """(page, its people) in the order of the people's first appearance (pinyin order)."""
    pages: dict[str, list[Person]] = {}
    for p in people:
        pages.setdefault(p.page, []).append(p)
    return list(pages.items())


def page_label(page: str) -> str:
    """What a page of people holds, for its heading: ``people/zhang-gu.html`` → ``Zhang Gu…``,
    ``people/jiang-hj.html`` → ``Jiang H–J``."""
    name = page.rsplit("/", 1)[-1].removesuffix(".html")
    surname, _, part = name.partition("-")
    if name == NO_READING or not part:
        return "其他"
    if part == NO_BAND:
        return f"{surname.capitalize()}（其他）"
    rules = page_rules()
    split = surname in rules.two_letters or surname in rules.one_letter
    return f"{surname.capitalize()} {part.capitalize() + '…' if split else _band(part)}"


def _band(part: str) -> str:
    return part.upper() if len(part) == 1 else f"{part[0].upper()}–{part[-1].upper()}"


def render_people(archive: Archive, config: Config, env: jinja2.Environment,
                  common: Mapping[str, Any]) -> Iterator[tuple[str, bytes]]:
    """(path, page) of the people index (and its letter pages), then of every page of people."""
    groups = letter_groups(archive.people)
    size = max(1, config.people_page_size)
    split = len(archive.people) > size
    yield "people/index.html", render_page(
        env, config, "people_index.html", "people/index.html", **common, people=archive.people,
        letters=[] if split else groups,
        letter_pages=[(letter, letter_path(letter), len(group)) for letter, group in groups] if split else [])
    if split:
        for letter, group in groups:
            first = letter_path(letter)
            for pager, page in paged(group, size, first, rest_beside(first)):
                yield pager.here, render_page(env, config, "people_letter.html", pager.here, **common,
                                              letter=letter, people=page, pager=pager)
    cache = common.get("page_cache")
    for path, listed in person_pages(archive.people):
        if cache is not None and (kept := cache.as_before(path, "people_page.html")) is not None:
            yield path, kept  # before making its context: most pages of a rebuild
            continue
        shown = {pa.article_id: Linked.of(archive.article(pa.article_id)) for p in listed for pa in p.articles}
        yield path, render_page(env, config, "people_page.html", path, **common,
                                people=listed, articles=shown, label=page_label(path))
