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
    out: dict[str, bytes] = {}
    for pager, page in paged(archive.inspections, config.directory_page_size, PATH, REST):
        articles = {e.article_id: archive.article(e.article_id) for e in page}
        out[pager.here] = render_page(env, config, "inspections.html", pager.here, **common, entries=page,
                                      articles=articles, pager=pager)
    return out
