"""The weighed index cut into chunks of consecutive terms (UTF-16 order).

A chunk holds terms until it reaches about :data:`CHUNK_BYTES` of JSON (a
term whose postings alone are larger is a chunk by itself).  The manifest
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
from typing import Any, Sequence

#: Target size of one index chunk, in bytes of JSON.
CHUNK_BYTES = 32 * 1024

#: What every chunk shares (the page needs it before any chunk): kept in the manifest.
SHARED_KEYS = ("version", "fields", "boosts", "k1", "b", "pipeline", "docs")


def utf16(term: str) -> bytes:
    """Sort key of JavaScript's string order: UTF-16 code units."""
    return term.encode("utf-16-be")


def separator(last: str, first: str) -> str:
    """Shortest prefix of ``first`` that sorts after ``last`` (given last < first)."""
    for end in range(1, len(first) + 1):
        if utf16(first[:end]) > utf16(last):
            return first[:end]
    return first


def cut_points(sizes: Sequence[int], target: int) -> list[int]:
    """Start index of every chunk after the first, for items of the given sizes."""
    starts, size = [], 0
    for i, n in enumerate(sizes):
        if size and size + n > target:
            starts.append(i)
            size = 0
        size += n
    return starts


def chunk_of(term: str, bounds: Sequence[str]) -> int:
    """The chunk a term (or any string) sorts into."""
    keys = [utf16(b) for b in bounds]
    return bisect.bisect_right(keys, utf16(term))


def split_index(terms: Sequence[str], postings: Sequence[Any],
                target: int | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """(bounds, chunks): each chunk ``{"terms", "postings"}``, terms already in UTF-16 order."""
    target = target or CHUNK_BYTES
    sizes = [len(t.encode("utf-8")) + len(json.dumps(p, separators=(",", ":"))) + 4
             for t, p in zip(terms, postings)]
    starts = cut_points(sizes, target)
    edges = [0, *starts, len(terms)]
    chunks = [{"terms": list(terms[a:z]), "postings": list(postings[a:z])} for a, z in zip(edges, edges[1:])]
    bounds = [separator(terms[s - 1], terms[s]) for s in starts]
    return bounds, chunks


def characters(terms: Sequence[str]) -> str:
    """Every character of the index terms, sorted: the page tells traditional input by it."""
    return "".join(sorted({ch for term in terms for ch in term}))
