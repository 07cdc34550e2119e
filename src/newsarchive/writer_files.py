"""What the writer knows of files on disk: its record of the tagged files it wrote
(size, modification time, tag and a hash of the bytes; see :mod:`.writer`), the
listing of an output tree, the checked parts of a site-relative path, and
whether a file already holds given bytes."""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Mapping

from .diskstore import UNREADABLE, dump_atomically, load_pickle
from .siteplace import WriteError

#: What the record keeps of a tagged file: size, modification time (ns), tag, hash of its bytes.
RecordEntry = tuple[int, int, str, bytes]
#: Bytes of a file's SHA-256 the record keeps.
DIGEST_BYTES = 16
#: Most entries a record's patches hold, as a share of its entries, before it is written whole.
PATCH_SHARE = 0.05


def digest(data: bytes) -> bytes:
    return short_digest(hashlib.sha256(data))


def short_digest(h: "hashlib._Hash") -> bytes:
    """What the record keeps of a file's SHA-256."""
    return h.digest()[:DIGEST_BYTES]


def tag_of(entry: RecordEntry | None) -> str | None:
    return entry[2] if entry is not None else None


def safe_rel(rel: str) -> tuple[str, ...]:
    """The parts of a site-relative POSIX path (as PurePosixPath reads them), or an error
    if it is empty or leaves the site folder.  Plain string work: a large site has
    hundreds of thousands of paths.  A path with no empty part, no part starting with
    a dot and no line break (nearly every one) is split without looking at each part."""
    if rel and rel[0] not in "/." and rel[-1] != "/" and "//" not in rel and "/." not in rel \
            and "\n" not in rel and "\r" not in rel:
        return tuple(rel.split("/"))
    parts = tuple(p for p in rel.split("/") if p not in ("", "."))
    if rel.startswith("/") or ".." in parts or not parts:
        raise WriteError(f"output path {rel!r} escapes the site folder")
    if "\n" in rel or "\r" in rel:
        raise WriteError(f"output path {rel!r} holds a line break")
    return parts


class RecordFile:
    """The record kept at ``path`` for the output ``out``: the entries as a build wrote
    them whole, then the patches of the builds after it, appended.  A rebuild after
    one edit changes a few dozen entries of tens of thousands: it appends them
    (and the paths gone) instead of pickling every entry again, until the patches
    hold more than :data:`PATCH_SHARE` of the entries; then the record is written
    whole again.  A record damaged anywhere (a build killed while appending) reads
    as none: every page is then checked by its bytes or made again."""

    def __init__(self, path: Path, out: Path) -> None:
        self.path, self.out = path, str(out)
        self.whole = False  # a readable record of ``out`` was read
        self.patched = 0    # entries its patches hold

    def read(self) -> dict[str, RecordEntry]:
        """The entries recorded for the files of ``out`` (nothing if unreadable)."""
        files: dict[str, RecordEntry] = {}
        self.whole, self.patched = False, 0
        try:
            with self.path.open("rb") as f:
                size = os.fstat(f.fileno()).st_size
                first = load_pickle(f)
                if not isinstance(first, dict) or first.get("out") != self.out \
                        or not isinstance(first.get("files"), dict):
                    return {}
                files = {rel: v for rel, v in first["files"].items() if isinstance(v, tuple) and len(v) == 4}
                while f.tell() < size:
                    patch = load_pickle(f)
                    if not isinstance(patch, dict) or patch.get("out") != self.out \
                            or not isinstance(patch.get("patch"), dict):
                        return {}
                    for rel, v in patch["patch"].items():
                        if isinstance(v, tuple) and len(v) == 4:
                            files[rel] = v
                        else:
                            files.pop(rel, None)
                    self.patched += len(patch["patch"])
        except UNREADABLE:
            return {}
        self.whole = True
        return files

    def write(self, recorded: Mapping[str, RecordEntry], changes: Mapping[str, RecordEntry | None]) -> None:
        """Record ``recorded`` (what :meth:`read` gave) with ``changes`` (an entry, or
        None for a path no longer recorded): appended as a patch when it is small."""
        if self.whole and self.patched + len(changes) <= PATCH_SHARE * len(recorded):
            if changes:
                with self.path.open("ab") as f:
                    f.write(pickle.dumps({"out": self.out, "patch": dict(changes)}, protocol=pickle.HIGHEST_PROTOCOL))
                self.patched += len(changes)
            return
        files = dict(recorded)
        for rel, entry in changes.items():
            if entry is None:
                files.pop(rel, None)
            else:
                files[rel] = entry
        dump_atomically(self.path, {"out": self.out, "files": dict(sorted(files.items()))})
        self.whole, self.patched = True, 0


def files_below(root: Path) -> dict[str, int]:
    """Site-relative POSIX paths of the files and symbolic links below ``root``
    (links to folders are not followed), with their inodes.  os.scandir: a large
    site has hundreds of thousands of files, and pathlib's walk costs several times
    more; the listing gives the inodes."""
    found: dict[str, int] = {}
    folders = [("", str(root))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for e in entries:
                if e.is_dir(follow_symlinks=False):
                    folders.append((prefix + e.name + "/", e.path))
                elif e.is_file(follow_symlinks=False) or e.is_symlink():
                    found[prefix + e.name] = e.inode()
    return found


def same_bytes(path: str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False
