"""Home page and its pagination: index.html, page/2.html, … in home order."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from .env import render_page


def page_path(number: int, first: str = "index.html", rest: str = "page/{}.html") -> str:
    """Site-relative path of page ``number`` (1-based) of a listing: ``first`` for
    the first page, ``rest`` with the number for the others (home pages by default)."""
    return first if number == 1 else rest.format(number)


#: Page links shown on each side of the current page; the first and the last
#: page are always linked.  Listing every page would make each of a large
#: archive's thousands of home pages carry thousands of links.
WINDOW = 2


@dataclass(frozen=True)
class Pager:
    """Page ``number`` of ``count`` of a listing whose pages are at ``first`` and ``rest``."""

    number: int
    count: int
    first: str = "index.html"
    rest: str = "page/{}.html"

    def path(self, number: int) -> str:
        return page_path(number, self.first, self.rest)

    @property
    def prev(self) -> str | None:
        return self.path(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.path(self.number + 1) if self.number < self.count else None

    @property
    def pages(self) -> list[tuple[int, str] | None]:
        """(number, path) of the pages linked, in order; None where pages are left out."""
        near = range(max(1, self.number - WINDOW), min(self.count, self.number + WINDOW) + 1)
        shown = sorted({1, self.count, *near})
        out: list[tuple[int, str] | None] = []
        for prev, n in zip([0, *shown], shown):
            if n - prev > 1:
                out.append(None)
            out.append((n, self.path(n)))
        return out


def render_home(archive: Archive, config: Config, env: jinja2.Environment,
                common: Mapping[str, Any]) -> dict[str, bytes]:
    size = config.page_size
    items = archive.articles
    count = max(1, -(-len(items) // size))
    # The counts, not the archive: a home page then changes only when they or
    # its own articles do, and can come from the page cache.
    totals = {"articles": len(items), "people": len(archive.people), "districts": len(archive.districts),
              "months": sum(1 for m in archive.months if m.month), "inspections": len(archive.inspections)}
    out: dict[str, bytes] = {}
    for n in range(1, count + 1):
        path = page_path(n)
        out[path] = render_page(env, config, "index.html", path, **common, totals=totals,
                                articles=items[(n - 1) * size: n * size], pager=Pager(n, count))
    return out
