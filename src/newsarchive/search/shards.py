"""The weighed index cut into chunks of consecutive terms (UTF-16 order).

A chunk holds terms until it reaches about :data:`CHUNK_BYTES` of JSON (a
term whose postings alone are larger is a chunk by itself); past
:data:`SOFT_SHARE` of that it ends where the terms' first character changes,
and it never grows past :data:`HARD_SHARE` of it.  The manifest
lists, for every chunk but the first, the shortest prefix of its first term
that sorts after the previous chunk's last term: ``bounds[k - 1]``.  A term
lives in the last chunk whose bound is ≤ the term, so the page finds the
chunk of any string with a binary search and without knowing the terms.

The page's splitter looks up, at each position of a typed word where a term
can start, the strings that start there (up to its longest piece) and, for a
prefix search, every term that goes on after it: the page loads the chunks
those strings and ranges sort into and nothing else (search-core.js
``queryRanges``).  lunr scores a document by the query terms' entries alone,
so an index built in the page from the loaded chunks ranks exactly as the
whole index would.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from .bundle import to_json
from .weights import pack_row

#: Target size of one index chunk, in bytes of JSON.  A query loads two to
#: five chunks (one per string its words can start with); at 16 KB of plain
#: JSON rows (about 5 KB gzip) they were a quarter of a first query's bytes, at
#: 32 KB half.  Packed rows (``weights.pack_row``) are half as long, so 8 KB holds
#: the terms 16 KB did, in a sixth fewer bytes gzipped.
CHUNK_BYTES = 8 * 1024
#: The page looks up, at each position of a typed word, strings that all start
#: with the character there (芦, 芦花, 芦花村): a chunk that ends inside the
#: terms of one first character makes such a position cost two chunks.  So a
#: chunk ends where the first character changes once it holds SOFT_SHARE of
#: CHUNK_BYTES, and only past HARD_SHARE inside the terms of one character.
#: Over the bench's two 10,000-article corpora a query then loads a tenth fewer
#: chunks and a fifth fewer bytes of them (at the median).
SOFT_SHARE = 0.6
HARD_SHARE = 1.1


def utf16(term: str) -> bytes:
    """Sort key of JavaScript's string order: UTF-16 code units."""
    return term.encode("utf-16-be")


def separator(last: str, first: str) -> str:
    """Shortest prefix of ``first`` that sorts after ``last`` (given last < first)."""
    for end in range(1, len(first) + 1):
        if utf16(first[:end]) > utf16(last):
            return first[:end]
    return first


def chunk_of(term: str, bounds: Sequence[str]) -> int:
    """The chunk a term (or any string) sorts into."""
    keys = [utf16(b) for b in bounds]
    return bisect.bisect_right(keys, utf16(term))


@dataclass(frozen=True)
class Chunk:
    """One chunk's terms and its JSON text ``{"terms", "postings"}``, made from each
    row's JSON text as it came: rows are serialised once and parsed never."""

    terms: list[str]
    json: str

    def payload(self) -> dict[str, Any]:
        """The chunk as the page reads it (for inspection and tests)."""
        return json.loads(self.json)


def _chunk(terms: list[str], texts: list[str]) -> Chunk:
    return Chunk(terms, f'{{"terms":{to_json(terms)},"postings":[{",".join(texts)}]}}')


def iter_chunks(rows: Iterable[tuple[str, str]],
                target: int | None = None) -> Iterator[tuple[str | None, Chunk]]:
    """``(bound, chunk)`` of ``(term, row JSON)`` pairs in UTF-16 order, each chunk
    handed on as soon as it is full: the whole index is never held at once.
    ``bound`` is None for the first chunk."""
    target = target or CHUNK_BYTES
    soft, hard = target * SOFT_SHARE, target * HARD_SHARE
    bound: str | None = None
    terms: list[str] = []
    texts: list[str] = []
    size = 0
    for term, text in rows:
        n = len(term.encode("utf-8")) + len(text) + 4
        if size and (size + n > hard or (size >= soft and term[:1] != terms[-1][:1])):
            yield bound, _chunk(terms, texts)
            bound = separator(terms[-1], term)
            terms, texts, size = [], [], 0
        terms.append(term)
        texts.append(text)
        size += n
    if terms or bound is None:
        yield bound, _chunk(terms, texts)


def split_index(terms: Sequence[str], postings: Sequence[Any],
                target: int | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """(bounds, chunk payloads) of a whole index (rows packed): :func:`iter_chunks` collected."""
    pairs = list(iter_chunks(((term, to_json(pack_row(row))) for term, row in zip(terms, postings)), target))
    return [bound for bound, _ in pairs[1:]], [chunk.payload() for _, chunk in pairs]


def characters(terms: Sequence[str]) -> str:
    """Every character of the index terms, sorted: the page tells traditional input by it."""
    return "".join(sorted({ch for term in terms for ch in term}))
