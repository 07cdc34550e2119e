"""Person pages and the pinyin-ordered people index (people/index.html).

How mentions become people is decided in :mod:`newsarchive.archive`; this
module only lays the result out, grouped under A–Z initials.  Up to
``people_page_size`` people the index lists them all; a larger archive's
index links one page per initial (``people/letter/a.html``, then
``people/letter/a/2.html`` …), ``people_page_size`` people a page, so no page
grows with the archive.
"""
from __future__ import annotations

from itertools import groupby
from typing import Any, Iterator, Mapping

import jinja2

from ..archive import Archive, Person
from ..config import Config
from .env import render_page
from .paging import paged, rest_beside


def letter_groups(people: tuple[Person, ...]) -> list[tuple[str, list[Person]]]:
    """People under their initial, A–Z then '#', keeping the pinyin order inside."""
    keyed = sorted(people, key=lambda p: (p.letter == "#", p.letter))
    return [(k, list(g)) for k, g in groupby(keyed, key=lambda p: p.letter)]


def letter_path(letter: str) -> str:
    """The first page of the people under ``letter`` ('#': names without a Latin initial)."""
    return f"people/letter/{'other' if letter == '#' else letter.lower()}.html"


def render_people(archive: Archive, config: Config, env: jinja2.Environment,
                  common: Mapping[str, Any]) -> Iterator[tuple[str, bytes]]:
    """(path, page) of the people index (and its letter pages), then of every person, one at a time."""
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
    pages = common.get("page_cache")
    for p in archive.people:
        if pages is not None and (kept := pages.as_before(p.url, "person.html")) is not None:
            yield p.url, kept  # before making its context: most pages of a rebuild
            continue
        shown = {pa.article_id: archive.article(pa.article_id) for pa in p.articles}
        yield p.url, render_page(env, config, "person.html", p.url, **common, person=p, articles=shown)
