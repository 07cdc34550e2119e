"""Outputs made of one piece per article, made again by splicing.

data/articles.json and data/articles.csv hold one text per article.  A
rebuild after one edit would encode every article again to change one piece.
Instead, each piece is remembered by the article's fingerprint (see
:attr:`~newsarchive.records.Article.fingerprint`) with where it lies in the
file written (offset, length); the next build copies the pieces of unchanged
articles out of that file, mapped rather than read into memory, and makes
only the others.  The old file is used only while the writer vouches that it
is as the previous build left it (``SiteWriter.keeps``: its tag, size and
modification time), so a file edited or removed by hand is made in full.
When the frame and every piece are unchanged, the file is
:class:`~newsarchive.writer.Kept` and not made at all; else it goes to the
writer piece by piece (:class:`~newsarchive.writer.Streamed`), so a file of
hundreds of megabytes is never whole in memory.
"""
from __future__ import annotations

import hashlib
import mmap
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .diskstore import dump_atomically, read_pickle
from .writer import Kept, Streamed, tagged

#: Bump when the spans file's layout changes.
_FORMAT = 1

#: A piece: the fingerprint of the article it shows ("": none, made every time)
#: and how to make it.
Piece = tuple[str, Callable[[], bytes]]


class SplicedFile:
    """The output at site-relative ``rel``, spliced from the copy under ``site`` when
    the writer's ``keeps`` vouches for it; its spans kept under ``folder`` (None:
    nothing kept, every piece made).  ``salt``: a fingerprint of the code making
    the pieces."""

    def __init__(self, folder: Path | None, rel: str, site: Path, keeps: Callable[[str, str], bool] | None,
                 salt: str) -> None:
        self.rel = rel
        self.file = site.joinpath(*rel.split("/"))
        self.record = folder / f"{rel.replace('/', '_')}.spans" if folder is not None else None
        self.keeps = keeps
        self.salt = salt
        self.tag_before: str | None = None
        self.spans: dict[str, tuple[int, int]] = {}
        self._load()

    def _load(self) -> None:
        if self.record is None or self.keeps is None:
            return
        kept = read_pickle(self.record)
        if isinstance(kept, tuple) and len(kept) == 4 and kept[:2] == (_FORMAT, self.salt) \
                and isinstance(kept[2], str) and isinstance(kept[3], dict):
            self.tag_before, self.spans = kept[2], kept[3]

    def tag(self, head: bytes, sep: bytes, tail: bytes, names: Sequence[str]) -> str:
        """A string that changes whenever the file would: the code, the frame and each
        piece's name in order (see :func:`_chunks`)."""
        h = hashlib.sha256(self.salt.encode())
        for part in (head, sep, tail):
            h.update(b"%d:" % len(part) + part)
        for name in names:
            h.update(name.encode() + b"\0")
        return h.hexdigest()

    def assemble(self, head: bytes, pieces: Sequence[Piece], sep: bytes = b"",
                 tail: bytes = b"") -> Streamed | Kept | bytes:
        """``head``, the pieces joined by ``sep``, then ``tail``: the same bytes whether a
        piece was made or copied from the previous file.  When every piece has a
        fingerprint, the tag is known before any piece is made: the file is
        :class:`Kept`, or :class:`Streamed` to the writer piece by piece; else it is
        made in memory and tagged."""
        prints = [p for p, _ in pieces]
        if all(prints):
            tag = self.tag(head, sep, tail, prints)
            if self.keeps is not None and self.keeps(self.rel, tag):
                return Kept(tag)  # and its spans stay as they are
            return Streamed(tag, self._stream(tag, head, pieces, sep, tail))
        spans: dict[str, tuple[int, int]] = {}
        names: list[str] = []
        with self._previous() as old:
            data = b"".join(_chunks(head, pieces, sep, tail, old, self.spans, spans, names))
        tag = self.tag(head, sep, tail, names)
        self._save(tag, spans)
        return tagged(data, tag)

    def _stream(self, tag: str, head: bytes, pieces: Sequence[Piece], sep: bytes,
                tail: bytes) -> Iterator[bytes | memoryview]:
        spans: dict[str, tuple[int, int]] = {}
        with self._previous() as old:
            yield from _chunks(head, pieces, sep, tail, old, self.spans, spans, [])
        self._save(tag, spans)  # once the whole file went out

    @contextmanager
    def _previous(self) -> Iterator[memoryview | None]:
        """The previous file, mapped, if the writer vouches for it; else None."""
        if not self.spans or self.tag_before is None or self.keeps is None \
                or not self.keeps(self.rel, self.tag_before):
            yield None
            return
        try:
            with self.file.open("rb") as f:
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # gone since, or empty
            yield None
            return
        view = memoryview(mapped)
        try:
            yield view
        finally:
            view.release()
            try:
                mapped.close()
            except BufferError:  # a slice outlived the join (an error on the way): freed with it
                pass

    def _save(self, tag: str, spans: dict[str, tuple[int, int]]) -> None:
        if self.record is not None:
            dump_atomically(self.record, (_FORMAT, self.salt, tag, spans))


def _chunks(head: bytes, pieces: Sequence[Piece], sep: bytes, tail: bytes, old: memoryview | None,
            known: dict[str, tuple[int, int]], spans: dict[str, tuple[int, int]],
            names: list[str]) -> Iterator[bytes | memoryview]:
    """The file's bytes in order, noting where each fingerprinted piece lies in
    ``spans`` and each piece's name in ``names``: its fingerprint, or a hash of its
    bytes when it has none.  Copied pieces are slices of ``old``, which must not
    outlive the mapping: none is held once this generator is done."""
    yield head
    offset = len(head)
    for n, (fingerprint, make) in enumerate(pieces):
        if n:
            yield sep
            offset += len(sep)
        span = known.get(fingerprint) if old is not None and fingerprint else None
        if old is not None and span is not None and span[0] + span[1] <= len(old):
            piece: bytes | memoryview = old[span[0]:span[0] + span[1]]
        else:
            piece = make()
        if fingerprint:
            spans[fingerprint] = (offset, len(piece))
            names.append(fingerprint)
        else:
            names.append("#" + hashlib.sha256(piece).hexdigest())
        offset += len(piece)
        yield piece
    yield tail
