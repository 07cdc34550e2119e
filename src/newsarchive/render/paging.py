"""Listings in pages: the home page, the inspection directory, district and month pages.

A listing's first page keeps the listing's own path (``index.html``,
``districts/<slug>.html``); pages 2, 3, … follow a pattern beside it.  Each
page links its neighbours, the first and the last page and a window of pages
around itself, so no page grows with the archive.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence, TypeVar

T = TypeVar("T")


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
    """Page ``number`` of ``count`` of a listing whose pages are at ``first`` and ``rest``,
    ``size`` items a page out of ``total`` (0 where the page does not say)."""

    number: int
    count: int
    first: str = "index.html"
    rest: str = "page/{}.html"
    size: int = 0
    total: int = 0

    def path(self, number: int) -> str:
        return page_path(number, self.first, self.rest)

    @property
    def here(self) -> str:
        """This page's own path."""
        return self.path(self.number)

    @property
    def first_item(self) -> int:
        """Position (1-based) of this page's first item in the listing."""
        return (self.number - 1) * self.size + 1

    @property
    def last_item(self) -> int:
        return min(self.number * self.size, self.total)

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


def paged(items: Sequence[T], size: int, first: str, rest: str) -> Iterator[tuple[Pager, Sequence[T]]]:
    """Each page of ``items`` (``size`` a page, at least one page even when empty) with its items."""
    size = max(1, size)
    count = max(1, -(-len(items) // size))
    for n in range(1, count + 1):
        yield Pager(n, count, first, rest, size, len(items)), items[(n - 1) * size: n * size]


def rest_beside(path: str) -> str:
    """The pattern of pages 2, 3, … of a listing at ``path``: ``districts/x.html`` → ``districts/x/{}.html``."""
    stem = path[:-len(".html")] if path.endswith(".html") else path
    return stem + "/{}.html"
