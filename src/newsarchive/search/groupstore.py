"""The index rows kept between builds, by first character, with what each group made.

Two files under the cache folder.  ``index.pack`` holds pickled blobs one
after another: a group's ``(term, row JSON)`` pairs, and its pieces for the
shared files.  ``index.groups``, the catalogue, holds the header
(:class:`.postings.Header`) and, per first character, a :class:`Record`:
where its blobs are, the names and tags of the files it made, its split
prefixes' entries, its pieces' keys, sizes and digests, and its characters.
A rebuild that patches a few terms reads the blobs of their groups only,
appends the new ones, and writes the catalogue again; every other group's
files are known by their tags without being read.  The pack is rewritten
with only the live blobs once it holds more dead bytes than live ones.

The catalogue is removed when a search stage reads it and written again when
the stage is done: a build that stops half-way leaves no catalogue, the
next one indexes from scratch (and starts a new pack).  Anything unreadable
is no state.
"""
from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any, NamedTuple

from ..diskstore import dump_atomically, read_pickle
from .postings import Header

CATALOGUE = "index.groups"
PACK = "index.pack"
_FORMAT = 1

#: Where a blob is in the pack: (offset, length).
At = tuple[int, int]


class Piece(NamedTuple):
    """What a group puts into the shared files under one key."""

    key: str
    size: int      # bytes its rows take in a file
    digest: str    # of its rows: a shared file's tag is made of its pieces' digests


class Record(NamedTuple):
    """One first character's group as the last build left it."""

    rows: At                            # its (term, row JSON) pairs, in index order
    pieces_at: At | None                # its pieces' (key, rows), if it has any
    files: tuple[tuple[str, str], ...]  # (file name, tag) of the files of its own, in order
    split: dict[str, int]               # its split prefixes' entries
    pieces: tuple[Piece, ...]
    chars: str                          # every character of its terms, sorted


class Catalogue(NamedTuple):
    header: Header
    groups: dict[str, Record]  # first character → its group
    chars: str                 # every character of the index, sorted

    def live(self) -> int:
        """Bytes of the pack its records point at."""
        return sum(r.rows[1] + (r.pieces_at[1] if r.pieces_at else 0) for r in self.groups.values())


def load(cache: Path) -> Catalogue | None:
    """The catalogue under ``cache``, removing it (see the module docstring); None if
    absent, unreadable, or its pack is missing."""
    path = cache / CATALOGUE
    try:
        value = read_pickle(path)
    finally:
        path.unlink(missing_ok=True)
    if not isinstance(value, tuple) or len(value) != 2 or value[0] != _FORMAT or not (cache / PACK).is_file():
        return None
    try:
        header, groups, chars = value[1]
        return Catalogue(Header(*header), {first: Record(*r) for first, r in groups.items()}, chars)
    except (TypeError, ValueError):
        return None


def save(cache: Path, catalogue: Catalogue) -> None:
    groups = {first: tuple(r) for first, r in catalogue.groups.items()}
    dump_atomically(cache / CATALOGUE, (_FORMAT, (tuple(catalogue.header), groups, catalogue.chars)))


class Pack:
    """The blobs' file, appended to; ``fresh``: started empty (a cold build)."""

    def __init__(self, cache: Path, fresh: bool) -> None:
        cache.mkdir(parents=True, exist_ok=True)
        self.path = cache / PACK
        self.file = self.path.open("w+b" if fresh or not self.path.is_file() else "r+b")
        self.end = self.file.seek(0, os.SEEK_END)

    def put(self, value: Any) -> At:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.file.seek(self.end)
        self.file.write(data)
        at = (self.end, len(data))
        self.end += len(data)
        return at

    def get(self, at: At) -> Any:
        """The blob at ``at``; one cut short raises EOFError."""
        self.file.seek(at[0])
        data = self.file.read(at[1])
        if len(data) != at[1]:
            raise EOFError(f"{self.path}: blob at {at[0]} cut short")
        return pickle.loads(data)

    def compacted(self, catalogue: Catalogue) -> Catalogue:
        """``catalogue`` with its blobs copied, in order, into a new pack that holds
        nothing else, when the pack has more dead bytes than live; else as it is."""
        if self.end <= 2 * catalogue.live() + (1 << 20):
            return catalogue
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        groups: dict[str, Record] = {}
        with tmp.open("wb") as out:
            end = 0

            def copy(at: At) -> At:
                nonlocal end
                self.file.seek(at[0])
                out.write(self.file.read(at[1]))
                end += at[1]
                return (end - at[1], at[1])

            for first, r in catalogue.groups.items():
                groups[first] = r._replace(rows=copy(r.rows),
                                           pieces_at=copy(r.pieces_at) if r.pieces_at else None)
        self.file.close()
        os.replace(tmp, self.path)
        self.file = self.path.open("r+b")
        self.end = end
        return catalogue._replace(groups=groups)

    def close(self) -> None:
        self.file.close()
