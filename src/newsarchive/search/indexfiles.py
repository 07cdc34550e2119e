"""The index files of an archive (``search/index/``), made whole or from the last build's.

With a cache folder the rows are kept between builds by first character,
with what each group made (:mod:`.groupstore`).  When few articles changed
since, the rows of the terms whose entries they changed are patched
(:mod:`.postings`) in their groups, only those groups are cut into files
again (:func:`.shards.group_files`), and every other group's files go to
the writer as :class:`Kept` by the tags the last build recorded, unread.  A
shared file is tagged by its pieces' digests, so it is made again only when
a piece of it changed (or their number of files did).  Else every row is
weighed from the term lists (:func:`.index.weigh_postings`), written out by
the build's executor (:func:`.batches.row_texts`) and kept anew.  Both give
the same bytes: the incremental tests build each way and compare.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Callable, Generator, Iterable, Iterator, Sequence

from ..diskstore import UNREADABLE, code_fingerprint
from ..executors import as_executor
from ..records import Article
from ..segment import Segmenter
from ..texts import TextStore
from ..writer import Kept, tagged
from . import groupstore, postings
from .batches import row_texts
from .bundle import DataFile, numbered_file_of_json, numbered_name, numbered_path
from .cache import DISTRIBUTIONS, TermCache
from .documents import Workers, changed_documents, document_keys, iter_documents
from .groupstore import Catalogue, Pack, Piece, Record
from .index import weigh_postings
from .shards import (BUCKET_BYTES, SHARED, Group, Rows, bucket_of, group_files, shared_chunk, shared_count, sized,
                     utf16)
from .weights import steps

#: Patch the previous rows when at most this share of the articles changed;
#: beyond it, weighing every row from scratch costs less.
DELTA_SHARE = 0.05
#: Where each article's term-cache key is kept by its fingerprint.
KEYS_FOLDER = "keys"
#: Code whose change makes the kept rows unusable.
_CODE = ("search/*.py", "segment.py", "textnorm.py", "diskstore.py")
FOLDER = "index"
#: The file the rows were kept in whole before they were kept by first character.
FORMER_STATE = "postings.state"

#: The writer's ``keeps`` (see :meth:`..writer.SiteWriter.keeps`), or None.
Keeps = Callable[[str, str], bool] | None


@dataclass
class Tables:
    """What the manifest says of the index files, filled as they are made: the split
    prefixes' entries (the number of shared files under ""), the first characters of
    the terms, and every character of the terms, sorted."""

    split: dict[str, int] = field(default_factory=dict)
    firsts: set[str] = field(default_factory=set)
    chars: str = ""


def file_tag(salt: str, name: str, json: str) -> str:
    """The tag of an index file: a hash of the code and its content."""
    return hashlib.sha256(f"{salt}\0{name}\0{json}".encode("utf-8", "surrogatepass")).hexdigest()


def piece_digest(key: str, rows: Rows) -> str:
    h = hashlib.sha256(key.encode("utf-8", "surrogatepass"))
    for term, text, _ in rows:
        h.update(f"\0{term}\1{text}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def shared_tag(salt: str, name: str, count: int, pieces: Iterable[Piece]) -> str:
    """The tag of a shared file: its content is its pieces' rows, sorted, so the
    digests of the pieces falling in it (and their number of files) make it."""
    h = hashlib.sha256(f"{salt}\0{name}\0{count}".encode())
    for p in sorted(pieces, key=lambda p: utf16(p.key)):
        h.update(f"\0{p.key}\1{p.digest}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _out(name: str, json: str | Callable[[], str], tag: str, keeps: Keeps) -> DataFile:
    """Index file ``name``: :class:`Kept` when the writer keeps it by ``tag``, else made
    (``json`` called if it is a function) and tagged."""
    path = numbered_path(FOLDER, name)
    if keeps is not None and keeps(path, tag):
        return DataFile(numbered_name(FOLDER, name), path, Kept(tag))
    made = numbered_file_of_json(FOLDER, name, json if isinstance(json, str) else json())
    assert isinstance(made.body, bytes)
    return DataFile(made.name, made.path, tagged(made.body, tag))


def _chars(rows: Rows) -> str:
    return "".join(sorted({ch for term, _, _ in rows for ch in term}))


def _record(pack: Pack | None, salt: str, members: Rows, group: Group, chars: str) -> Record:
    pieces = tuple(Piece(key, sum(r[2] for r in rows), piece_digest(key, rows)) for key, rows in group.pieces)
    at = pack.put([(t, x) for t, x, _ in members]) if pack is not None else (0, 0)
    pieces_at = pack.put(group.pieces) if pack is not None and group.pieces else None
    return Record(at, pieces_at, tuple((c.name, file_tag(salt, c.name, c.json)) for c in group.files), group.split,
                  pieces, chars)


def _shared(pieces: Sequence[tuple[str, Piece]], rows_of: Callable[[str], list[tuple[str, Rows]]], salt: str,
            bucket_bytes: int | None, keeps: Keeps, tables: Tables) -> Iterator[DataFile]:
    """The shared files of every group's pieces (``(first, piece)``); ``rows_of``: the
    pieces of a group with their rows, asked for only for a file not kept."""
    if not pieces:
        return
    count = shared_count(sum(p.size for _, p in pieces), bucket_bytes or BUCKET_BYTES)
    tables.split[""] = count
    held: list[list[tuple[str, Piece]]] = [[] for _ in range(count)]
    for first, p in pieces:
        held[bucket_of(p.key, count)].append((first, p))
    for b, members in enumerate(held):
        name = f"{SHARED}-{b}"
        keys = {p.key for _, p in members}

        def made(b: int = b, members: list[tuple[str, Piece]] = members, keys: set[str] = keys) -> str:
            firsts = dict.fromkeys(first for first, _ in members)
            return shared_chunk(b, [(k, rows) for first in firsts for k, rows in rows_of(first) if k in keys]).json

        yield _out(name, made, shared_tag(salt, name, count, (p for _, p in members)), keeps)


Shape = tuple[int | None, int | None]


def _whole(rows: Iterable[tuple[str, str]], salt: str, shape: Shape, keeps: Keeps, tables: Tables,
           pack: Pack | None) -> Generator[DataFile, None, dict[str, Record]]:
    """Every index file of the rows, in UTF-16 order; returns each group's record
    (their rows put in ``pack``)."""
    groups: dict[str, Record] = {}
    pieces: dict[str, list[tuple[str, Rows]]] = {}
    chars: set[str] = set()
    for first, run in groupby(sized(rows), key=lambda r: r[0][:1]):
        members = list(run)
        group = group_files(first, members, *shape)
        own = _chars(members)
        record = _record(pack, salt, members, group, own)
        yield from (_out(c.name, c.json, tag, keeps) for c, (_, tag) in zip(group.files, record.files))
        chars.update(own)
        tables.split.update(group.split)
        tables.firsts.add(first)
        if group.pieces:
            pieces[first] = group.pieces
        groups[first] = record
    yield from _shared([(first, p) for first, r in groups.items() for p in r.pieces], pieces.__getitem__, salt,
                       shape[1], keeps, tables)
    tables.chars = "".join(sorted(chars))
    return groups


class Patched:
    """The groups after an edit: every group's record, the groups made again, and
    whether the characters of the index may have changed."""

    def __init__(self, previous: Catalogue, header: postings.Header, edits: dict[str, list[postings.Change]],
                 pack: Pack, salt: str, shape: Shape) -> None:
        """Read, patch, cut and put in ``pack`` again the groups of the terms of ``edits``
        (term → its changed entries).  Everything read from the pack is read here,
        before any file is handed on: a pack found broken leaves time to start afresh."""
        self.previous, self.header, self.pack, self.salt, self.shape = previous, header, pack, salt, shape
        by_first: dict[str, dict[str, list[postings.Change]]] = {}
        for term, changes in edits.items():
            by_first.setdefault(term[:1], {})[term] = changes
        groups = dict(previous.groups)
        self.made: dict[str, Group] = {}
        self.chars_moved = False
        for first in sorted(by_first, key=utf16):
            record = groups.get(first)
            texts: dict[str, str] = dict(pack.get(record.rows)) if record is not None else {}
            added = [term for term in by_first[first] if term not in texts]
            postings.patch(texts, by_first[first])
            rows = list(sized(postings.ordered_rows(texts, [t for t in added if t in texts])))
            if not rows:
                groups.pop(first, None)
                self.chars_moved = True
                continue
            self.made[first] = group = group_files(first, rows, *shape)
            own = _chars(rows)
            self.chars_moved = self.chars_moved or record is None or own != record.chars
            groups[first] = _record(pack, salt, rows, group, own)
        self.groups = {first: groups[first] for first in sorted(groups, key=utf16)}

    def files(self, keeps: Keeps, tables: Tables) -> Generator[DataFile, None, Catalogue]:
        """Every index file: those of the groups made again as made, the others' kept by
        their tags (made from their kept rows only when the writer cannot keep them)."""
        for first, record in self.groups.items():
            if first in self.made:
                files = self.made[first].files
            elif all(keeps is not None and keeps(numbered_path(FOLDER, name), tag) for name, tag in record.files):
                files = []
            else:
                files = group_files(first, list(sized(self.pack.get(record.rows))), *self.shape).files
            if files:
                yield from (_out(c.name, c.json, tag, keeps) for c, (_, tag) in zip(files, record.files))
            else:
                yield from (DataFile(numbered_name(FOLDER, name), numbered_path(FOLDER, name), Kept(tag))
                            for name, tag in record.files)
            tables.split.update(record.split)
        tables.firsts.update(self.groups)
        yield from _shared([(first, p) for first, r in self.groups.items() for p in r.pieces], self._pieces,
                           self.salt, self.shape[1], keeps, tables)
        tables.chars = self.previous.chars if not self.chars_moved else \
            "".join(sorted(set().union(*(r.chars for r in self.groups.values()))))
        return Catalogue(self.header, self.groups, tables.chars)

    def _pieces(self, first: str) -> list[tuple[str, Rows]]:
        if first in self.made:
            return self.made[first].pieces
        at = self.groups[first].pieces_at
        return self.pack.get(at) if at is not None else []


def index_files(ordered: Sequence[Article], segmenter: Segmenter, workers: Workers = 0, cache: Path | None = None,
                texts: TextStore | None = None, keeps: Keeps = None, chunk_bytes: int | None = None,
                bucket_bytes: int | None = None, tables: Tables | None = None) -> Iterator[DataFile]:
    """Every index file of ``ordered`` (archive order), made as asked for, each tagged (or
    :class:`Kept`, when ``keeps`` vouches for it); ``tables`` filled for the manifest.
    ``cache``: the folder of the term cache and the kept rows (None: none); ``texts``:
    where bare articles' texts are (read for the articles cut or checked);
    ``chunk_bytes``, ``bucket_bytes``: see :mod:`.shards`."""
    tables = tables if tables is not None else Tables()
    shape: Shape = (chunk_bytes, bucket_bytes)
    salt = f"{code_fingerprint(_CODE, DISTRIBUTIONS)}:{chunk_bytes}:{bucket_bytes}"
    n_docs = len(ordered)
    if cache is None:
        _, weighed, _ = weigh_postings(iter_documents(ordered, segmenter, workers, texts=texts), n_docs)
        yield from _whole(row_texts(weighed, as_executor(workers)), salt, shape, keeps, tables, None)
        return
    terms_cache = TermCache(cache, segmenter.words)
    keys = document_keys(ordered, terms_cache, cache / KEYS_FOLDER, texts)
    (cache / FORMER_STATE).unlink(missing_ok=True)
    previous = groupstore.load(cache)
    found = _changes(previous, salt, keys, ordered, segmenter, workers, terms_cache, texts)
    catalogue: Catalogue | None = None
    if previous is not None and found is not None:
        pack = Pack(cache, fresh=False)
        try:
            try:
                patched: Patched | None = Patched(previous, *found, pack, salt, shape)
            except UNREADABLE:
                patched = None  # a broken pack: everything is made from scratch below
            if patched is not None:
                catalogue = pack.compacted((yield from patched.files(keeps, tables)))
        finally:
            pack.close()
    if catalogue is None:
        _, weighed, lengths = weigh_postings(iter_documents(ordered, segmenter, workers, terms_cache, keys, texts),
                                             n_docs)
        header = postings.Header(salt, tuple(keys), tuple(lengths), steps(lengths, n_docs))
        pack = Pack(cache, fresh=True)
        try:
            groups = yield from _whole(row_texts(weighed, as_executor(workers)), salt, shape, keeps, tables, pack)
        finally:
            pack.close()
        catalogue = Catalogue(header, groups, tables.chars)
    groupstore.save(cache, catalogue)
    terms_cache.prune()


def _changes(previous: Catalogue | None, salt: str, keys: list[str], ordered: Sequence[Article],
             segmenter: Segmenter, workers: Workers, terms_cache: TermCache, texts: TextStore | None = None
             ) -> tuple[postings.Header, dict[str, list[postings.Change]]] | None:
    """The header and changed entries after the articles changed since the previous build,
    if patching is possible and worth it (see :data:`DELTA_SHARE`)."""
    if previous is None or previous.header.salt != salt or len(previous.header.keys) != len(keys):
        return None
    found = changed_documents(ordered, keys, previous.header.keys, segmenter, workers, terms_cache,
                              limit=int(len(keys) * DELTA_SHARE), texts=texts)
    return postings.changes(previous.header, salt, keys, *found) if found is not None else None
