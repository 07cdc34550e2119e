"""Home page and its pagination: index.html, page/2.html, … in home order."""
from __future__ import annotations

from typing import Any, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from .env import render_page
from .paging import Pager, page_path, paged

__all__ = ["Pager", "page_path", "render_home"]


def render_home(archive: Archive, config: Config, env: jinja2.Environment,
                common: Mapping[str, Any]) -> dict[str, bytes]:
    items = archive.articles
    # The counts, not the archive: a home page then changes only when they or
    # its own articles do, and can come from the page cache.
    totals = {"articles": len(items), "people": len(archive.people), "districts": len(archive.districts),
              "months": sum(1 for m in archive.months if m.month), "inspections": len(archive.inspections)}
    out: dict[str, bytes] = {}
    for pager, page in paged(items, config.page_size, "index.html", "page/{}.html"):
        out[pager.here] = render_page(env, config, "index.html", pager.here, **common, totals=totals,
                                      articles=page, pager=pager)
    return out
