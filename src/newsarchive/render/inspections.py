"""The inspection directory: every round, group and contact, newest first, in pages.

``inspections.html`` holds the newest rounds (the ones still taking
reports), ``inspections/2.html`` … the older ones, ``directory_page_size``
rounds a page.  One page for every round would grow with the archive without
bound (8 MB of HTML at 10,000 articles).  A page receives only its rounds and
their articles, not the archive, so it comes from the page cache unless one
of them changed or the rounds moved between pages.
"""
from __future__ import annotations

from typing import Any, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from .env import render_page
from .paging import paged

PATH = "inspections.html"
#: Where pages 2, 3, … of the directory are.
REST = "inspections/{}.html"


def render_inspections(archive: Archive, config: Config, env: jinja2.Environment,
                       common: Mapping[str, Any]) -> dict[str, bytes]:
    entries = archive.inspections
    size = max(1, config.directory_page_size)
    out: dict[str, bytes] = {}
    for pager, page in paged(entries, size, PATH, REST):
        path = pager.path(pager.number)
        articles = {e.article_id: archive.article(e.article_id) for e in page}
        out[path] = render_page(env, config, "inspections.html", path, **common, entries=page,
                                articles=articles, total=len(entries), first=(pager.number - 1) * size + 1,
                                pager=pager)
    return out
