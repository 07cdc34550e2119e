"""Export parts kept without a look at their blocks.

A part whose frame and articles (ids and fingerprints) are those the last build
made it from is :class:`~newsarchive.writer.Kept` when the writer vouches for
its file; finding its tag took cutting its articles into blocks (a hash of each
id), naming each block, compressing the frame and reading the part's spans: a
rebuild after one edit did that for every part of the archive.  The tag of each
part is kept here by a hash of what it is made from, with its blocks' names and
sums, which the kept part still uses (:mod:`.export_parts` prunes those not
used).  The writer's check of the file is the same as before: a part changed or
removed by hand is made again.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Callable, Sequence

from .diskstore import dump_atomically, read_pickle
from .records import Article
from .writer import Kept

#: Where the export's cache folder keeps the parts' tags.
PARTS_FILE = "parts.kept"
#: Bump when the file's layout changes.
_FORMAT = 1

#: What is kept of a part: the hash of its inputs, its tag, its blocks' names and
#: the sums of its head, blocks and tail (the key of its trailer).
Entry = tuple[str, str, tuple[str, ...], tuple[tuple[int, int], ...]]


def group_print(group: Sequence[Article]) -> str | None:
    """A hash of a part's articles, in order, by id and fingerprint; None when one has
    no fingerprint (a record made by hand: its part is made every time)."""
    h = hashlib.sha256()
    for a in group:
        if not a.fingerprint:
            return None
        h.update(f"{a.id}\0{a.fingerprint}\0".encode())
    return h.hexdigest()


class KeptParts:
    """The parts' tags of the last build, kept under ``folder`` (None: nothing kept);
    ``salt``: a fingerprint of the code and settings making the parts."""

    def __init__(self, folder: Path | None, salt: str) -> None:
        self.file = folder / PARTS_FILE if folder is not None else None
        self.salt = salt
        kept = read_pickle(self.file) if self.file is not None else None
        ok = isinstance(kept, tuple) and len(kept) == 3 and kept[:2] == (_FORMAT, salt) \
            and isinstance(kept[2], dict)
        self.known: dict[str, Entry] = kept[2] if ok else {}
        self.used: dict[str, Entry] = {}

    def inputs(self, kind: str, frame: tuple[bytes, bytes], articles: str | None) -> str | None:
        """A hash of what the part of ``kind`` is made from: its frame and its articles'
        :func:`group_print` (None: not kept)."""
        if articles is None:
            return None
        h = hashlib.sha256(f"{self.salt}|{kind}|{articles}".encode())
        for part in frame:
            h.update(b"%d:" % len(part) + part)
        return h.hexdigest()

    def kept(self, rel: str, inputs: str | None, keeps: Callable[[str, str], bool], sums: Any) -> Kept | None:
        """The part at ``rel`` as the last build wrote it, when made from ``inputs`` and
        its file is as that build left it; its blocks' sums and trailer then count as
        used in ``sums`` (the export's ``_Sums``)."""
        entry = self.known.get(rel) if inputs is not None else None
        if entry is None or entry[0] != inputs or not keeps(rel, entry[1]):
            return None
        _, tag, names, block_sums = entry
        for name, known in zip(names, block_sums[1:-1]):
            if name:
                sums.used[name] = known
        if (made := sums.trailers.get(block_sums)) is not None:
            sums.trailers_used[block_sums] = made
        self.used[rel] = entry
        return Kept(tag)

    def note(self, rel: str, inputs: str | None, made: object, names: tuple[str, ...],
             block_sums: tuple[tuple[int, int], ...]) -> None:
        """Keep the tag of the part just made for the next build."""
        tag = getattr(made, "tag", None)
        if inputs is not None and isinstance(tag, str):
            self.used[rel] = (inputs, tag, names, block_sums)

    def save(self) -> None:
        if self.file is not None and self.used != self.known:
            dump_atomically(self.file, (_FORMAT, self.salt, self.used))
