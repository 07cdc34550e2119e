"""Values kept on disk between builds, one pickle file per key.

Per-file results (filework) and per-article search terms (search/cache) are
kept this way, each in a folder of its own under the build's cache folder: a
file per key, written through a temporary file and a rename so that an
interrupted build never leaves half a value, and pruned of every key a build
did not ask for, so changed and deleted inputs do not pile up.  A missing,
damaged or unreadable entry is a miss, never an error: the value is computed
again.
"""
from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any, Callable

_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
               ValueError, TypeError, IndexError)


class PickleStore:
    """Pickled values under ``folder/<key[:2]>/<key>``; ``folder`` None keeps nothing."""

    def __init__(self, folder: Path | None, accept: Callable[[Any], bool] = lambda value: True) -> None:
        self.folder = folder
        self.accept = accept
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / key

    def get(self, key: str) -> Any | None:
        """The value stored under ``key`` if readable and accepted, else None; the key counts as used."""
        self.used.add(key)
        if self.folder is None:
            return None
        try:
            with self._path(key).open("rb") as f:
                value = pickle.load(f)
        except _UNREADABLE:
            return None
        return value if self.accept(value) else None

    def put(self, key: str, value: Any) -> None:
        self.used.add(key)
        if self.folder is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)

    def prune(self) -> None:
        """Drop the entries this build did not use (changed or deleted inputs)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for p in self.folder.glob("*/*"):
            if p.name not in self.used:
                p.unlink(missing_ok=True)
