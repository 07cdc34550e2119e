"""The weighed index cut into files by the terms' leading characters.

Every term lives in the file of a prefix of it, its *key*: the terms of one
first character make one file (``search/index/<key>.js``, the key's UTF-16
code units in hex) while they hold at most about :data:`CHUNK_BYTES` of JSON;
past that the character is *split*: its file keeps only the term that is the
character alone, and the terms going on after it are grouped by their first
two characters the same way, and so on.  The manifest lists the split
prefixes and nothing else, so the page finds the file of any string without
knowing the terms (:func:`file_key`): it is the string's shortest prefix that
is not split, or the string itself when every prefix of it is.  What the
manifest lists grows with the archive's heavy prefixes (at 10,000 generated
articles some 450 of them, 1.2 KB gzip, where the bound of every chunk took
4.4 KB), a file holds the terms one position of a typed word can look up and
few others, and one article more moves no file's edges unless a prefix crosses
the size.

The file of a split prefix also lists the keys of every file under it
(``below``): a prefix search (an ASCII run, a word of one character) of a
split prefix needs all of them.  A string whose file the build did not write
has no terms: the page reads a missing index file as empty.

The page's splitter looks up, at each position of a typed word where a term
can start, the strings that start there (up to its longest piece) and, for a
prefix search, every term that goes on after it: the page loads the files
those strings' keys name and nothing else (search-core.js ``queryFiles``).
lunr scores a document by the query terms' entries alone, so an index built in
the page from the loaded files ranks exactly as the whole index would.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Collection, Iterable, Iterator, Sequence

from .bundle import to_json
from .weights import pack_row

#: Most bytes of JSON one index file holds before its prefix is split (a single
#: term's postings may be larger: its file holds it alone).  A position of a
#: typed word costs the file of its character (or of its first two characters,
#: of a split one), so a rare word costs a few hundred bytes, not a chunk.
CHUNK_BYTES = 8 * 1024


def utf16(term: str) -> bytes:
    """Sort key of JavaScript's string order: UTF-16 code units."""
    return term.encode("utf-16-be")


def key_name(key: str) -> str:
    """The file name of a key: its UTF-16 code units, four hex digits each (any
    character a term may hold, on any file system, in any URL)."""
    return utf16(key).hex()


def file_key(text: str, split: Collection[str]) -> str:
    """The key of the file that holds ``text`` if it is a term (the page's ``fileKey``)."""
    for end in range(1, len(text) + 1):
        if text[:end] not in split:
            return text[:end]
    return text


@dataclass(frozen=True)
class Chunk:
    """One index file's key, terms and JSON text ``{"terms", "postings"[, "below"]}``,
    made from each row's JSON text as it came: rows are serialised once and parsed
    never.  ``split``: the key is a split prefix (the file holds the key alone as a
    term, if it is one, and ``below``)."""

    key: str
    terms: list[str]
    json: str
    split: bool = False

    def payload(self) -> dict[str, Any]:
        """The file as the page reads it (for inspection and tests)."""
        return json.loads(self.json)


def _size(term: str, text: str) -> int:
    return len(term.encode("utf-8")) + len(text) + 4


def _chunk(key: str, rows: Sequence[tuple[str, str]], below: Sequence[str] | None = None) -> Chunk:
    terms = [t for t, _ in rows]
    extra = "" if below is None else f',"below":{to_json(list(below))}'
    return Chunk(key, terms, f'{{"terms":{to_json(terms)},"postings":[{",".join(t for _, t in rows)}]{extra}}}',
                 below is not None)


def _files(key: str, rows: list[tuple[str, str]], target: int) -> list[Chunk]:
    """The files of the terms starting with ``key`` (all of ``rows``), the key's own last."""
    if sum(_size(t, x) for t, x in rows) <= target or all(t == key for t, _ in rows):
        return [_chunk(key, rows)]
    depth = len(key) + 1
    own = [(t, x) for t, x in rows if t == key]
    under: list[Chunk] = []
    for sub, group in groupby((r for r in rows if r[0] != key), key=lambda r: r[0][:depth]):
        under += _files(sub, list(group), target)
    return [*under, _chunk(key, own, [c.key for c in under])]


def iter_chunks(rows: Iterable[tuple[str, str]], target: int | None = None) -> Iterator[Chunk]:
    """The index files of ``(term, row JSON)`` pairs in UTF-16 order, the files of one
    first character handed on as soon as its terms are read: the whole index is never
    held at once."""
    target = target or CHUNK_BYTES
    for first, group in groupby(rows, key=lambda r: r[0][:1]):
        yield from _files(first, list(group), target)


def split_index(terms: Sequence[str], postings: Sequence[Any],
                target: int | None = None) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """(split prefixes, key → file payload) of a whole index (rows packed):
    :func:`iter_chunks` collected."""
    chunks = list(iter_chunks(((term, to_json(pack_row(row))) for term, row in zip(terms, postings)), target))
    return split_keys(chunks), {c.key: c.payload() for c in chunks}


def split_keys(chunks: Iterable[Chunk]) -> list[str]:
    """The split prefixes among ``chunks``' keys, in UTF-16 order (the manifest's list)."""
    return sorted((c.key for c in chunks if c.split), key=utf16)


def characters(terms: Sequence[str]) -> str:
    """Every character of the index terms, sorted: the page tells traditional input by it."""
    return "".join(sorted({ch for term in terms for ch in term}))
