"""What each source file held when a build last read it, known without reading it again.

A rebuild after one edit would otherwise read and hash every source to find
its cached outcome.  As git's index does, the build records each file's size,
modification and change times, inode and device (its :data:`Stamp`) beside
the hash of the bytes it read; a later build that finds the same stamp takes
the hash as known.  Any write to a file changes its change time (and nearly
always its modification time), a replaced file has another inode, so a file
with the recorded stamp still holds the recorded bytes — with one exception,
the "racy" file: a file written again within the same tick of the file
system's clock as the read keeps its times.  So a stamp is trusted only when
the file's modification time is older than the moment the recording build
began to read (:attr:`SourceIndex.now`, on the file system's clock); a file
modified later is read and hashed again.

The index is a cache: a missing or damaged one only costs reading every file.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .diskstore import dump_atomically, read_pickle

#: (size, mtime_ns, ctime_ns, inode, device) of a file, as ``os.stat`` gives them.
Stamp = tuple[int, int, int, int, int]
#: The index's layout; another value reads as no index.
_VERSION = 1


def stamp_of(st: os.stat_result) -> Stamp:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


class SourceIndex:
    """The hashes of the sources' bytes by path, as recorded at ``path`` (None: nothing
    kept).  :meth:`known` answers for a file found with a stamp; :meth:`note` records
    what this build knows; :meth:`save` keeps the files noted, and only those."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        data = read_pickle(path) if path is not None else None
        ok = isinstance(data, dict) and data.get("version") == _VERSION
        #: the moment the recording build began to read (ns, on the file system's clock)
        self.since: int = data["since"] if ok else 0
        self._recorded: dict[str, tuple[Stamp, bytes]] = data["files"] if ok else {}
        self._noted: dict[str, tuple[Stamp, bytes]] = {}
        #: this build's moment: no file is read before it is taken
        self.now = _file_clock(path.parent) if path is not None else 0

    def known(self, rel: str, stamp: Stamp) -> bytes | None:
        """The recorded hash of the file ``rel`` if it has the recorded ``stamp`` and
        was last modified before the recording build began to read it; else None."""
        entry = self._recorded.get(rel)
        if entry is None or entry[0] != stamp or stamp[1] >= self.since:
            return None
        return entry[1]

    def note(self, rel: str, stamp: Stamp, digest: bytes) -> None:
        """``rel`` had ``stamp`` (taken before or as it was read) and held bytes hashing to ``digest``."""
        self._noted[rel] = (stamp, digest)

    def save(self) -> None:
        if self.path is None:
            return
        dump_atomically(self.path, {"version": _VERSION, "since": self.now, "files": dict(sorted(self._noted.items()))})


def _file_clock(folder: Path) -> int:
    """Now on the file system's clock (which lags the system's by up to a tick): the
    modification time of a file made for the purpose; 0 where none can be made (then
    nothing recorded is ever trusted)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder) as f:
            f.write(b".")
            f.flush()
            return os.fstat(f.fileno()).st_mtime_ns
    except OSError:
        return 0
