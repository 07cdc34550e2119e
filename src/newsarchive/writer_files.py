"""What the writer knows of files on disk: its record of the tagged files it wrote
(size, modification time, tag and a hash of the bytes; see :mod:`.writer`), the
listing of an output tree, and whether a file already holds given bytes."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .diskstore import read_pickle

#: What the record keeps of a tagged file: size, modification time (ns), tag, hash of its bytes.
RecordEntry = tuple[int, int, str, bytes]
#: Bytes of a file's SHA-256 the record keeps.
DIGEST_BYTES = 16


def digest(data: bytes) -> bytes:
    return short_digest(hashlib.sha256(data))


def short_digest(h: "hashlib._Hash") -> bytes:
    """What the record keeps of a file's SHA-256."""
    return h.digest()[:DIGEST_BYTES]


def tag_of(entry: RecordEntry | None) -> str | None:
    return entry[2] if entry is not None else None


def read_record(record: Path, out: Path) -> dict[str, RecordEntry]:
    """The entries recorded for the files of ``out`` (nothing if unreadable)."""
    data = read_pickle(record)
    files = data.get("files") if isinstance(data, dict) and data.get("out") == str(out) else None
    if not isinstance(files, dict):
        return {}
    return {rel: v for rel, v in files.items() if isinstance(v, tuple) and len(v) == 4}


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
