"""Person pages and the pinyin-ordered people index (people/index.html).

How mentions become people is decided in :mod:`newsarchive.archive`; this
module only lays the result out, grouped under A–Z initials.
"""
from __future__ import annotations

from itertools import groupby
from typing import Any, Iterator, Mapping

import jinja2

from ..archive import Archive, Person
from ..config import Config
from .env import render_page


def letter_groups(people: tuple[Person, ...]) -> list[tuple[str, list[Person]]]:
    """People under their initial, A–Z then '#', keeping the pinyin order inside."""
    keyed = sorted(people, key=lambda p: (p.letter == "#", p.letter))
    return [(k, list(g)) for k, g in groupby(keyed, key=lambda p: p.letter)]


def render_people(archive: Archive, config: Config, env: jinja2.Environment,
                  common: Mapping[str, Any]) -> Iterator[tuple[str, bytes]]:
    """(path, page) of the people index, then of every person, one at a time."""
    yield "people/index.html", render_page(
        env, config, "people_index.html", "people/index.html", **common,
        people=archive.people, letters=letter_groups(archive.people))
    for p in archive.people:
        shown = {pa.article_id: archive.article(pa.article_id) for pa in p.articles}
        yield p.url, render_page(env, config, "person.html", p.url, **common, person=p, articles=shown)
