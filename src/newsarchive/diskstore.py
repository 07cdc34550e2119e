"""Values kept on disk between builds, in a few bucket files per store.

Per-file results (filework), per-article search terms (search/cache) and
the site model (pipeline) are kept this way, each store in a folder of
its own under the build's cache folder.  Keys are hex digests; the values of
keys sharing their first two digits live together in one pickle file, so a
store of tens of thousands of values is a few hundred files: creating one
file per value costs more than computing most values again.  A bucket is
read when a key in it is first asked for and written back, through a
temporary file and a rename, only when it changed; :meth:`PickleStore.prune`
drops every key the build did not ask for, so changed and deleted inputs do
not pile up.  A missing, damaged or unreadable bucket is a miss, never an
error: its values are computed again.

Beside the buckets, an index lists the keys of each bucket, so pruning reads
only the buckets holding a key the build did not ask for: a rebuild that
asked for every key but one does not read back the whole store.  An index
out of step with its buckets (a build stopped between the two writes) only
leaves stale values for a later prune; values are never taken from it.

A store that receives more values than memory should hold at once (every
article's search terms in a first build of a large archive) is
:meth:`PickleStore.spill`-ed now and then: each changed bucket goes to disk
and its values are let go; values put into it later are appended to its file
as one more pickle, without reading it back.  A bucket file is its pickles
read in turn, later values over earlier ones; one cut short (a build stopped
while appending) is unreadable, a miss like any other.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import __version__

#: What reading kept state may raise when the file is missing, cut short, damaged
#: or written by other code: kept state is a cache, so any of these is a miss.
UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
              ValueError, TypeError, IndexError, KeyError, MemoryError)
_SUFFIX = ".pickle"
#: The keys of every bucket (see the module docstring).
_INDEX = "keys.index"


def code_fingerprint(patterns: Iterable[str], distributions: Iterable[str] = ()) -> str:
    """Hash of the package version, the package modules matching ``patterns`` (globs
    relative to the package) and the installed versions of ``distributions``.

    Part of every cache key: changed code or data never reuses old values.
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for pattern in patterns:
        for p in sorted(root.glob(pattern)):
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    for name in distributions:
        try:
            h.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=?".encode())
    return h.hexdigest()


@contextmanager
def long_lived() -> Iterator[None]:
    """Objects made in the block live long (values read back from disk): the cyclic
    garbage collector is held off while they are made and then told to leave them
    alone (``gc.freeze``).  Unpickling makes many container objects and no
    garbage, yet every few hundred of them set off a collection walking the young
    objects, and now and then all of them: reading a store back took two to four
    times longer with the collector on, and each later collection would walk the
    values again.  Frozen objects are still freed by reference counting; a build
    unfreezes them when it ends."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def load_pickle(f: Any) -> Any:
    """``pickle.load(f)`` as :func:`long_lived` objects."""
    with long_lived():
        return pickle.load(f)


def read_pickle(path: Path) -> Any | None:
    """The value pickled at ``path`` (see :func:`load_pickle`), or None when it is
    missing or unreadable (see :data:`UNREADABLE`)."""
    try:
        with path.open("rb") as f:
            return load_pickle(f)
    except UNREADABLE:
        return None


class PickleStore:
    """Pickled values under ``folder`` in buckets by key prefix; ``folder`` None keeps nothing."""

    def __init__(self, folder: Path | None, accept: Callable[[Any], bool] = lambda value: True) -> None:
        self.folder = folder
        self.accept = accept
        self.used: set[str] = set()
        self._buckets: dict[str, dict[str, Any]] = {}
        self._dirty: set[str] = set()
        #: Spilled buckets: the values put since the file was last written, and the keys the file holds.
        self._added: dict[str, dict[str, Any]] = {}
        self._on_file: dict[str, set[str]] = {}

    def _bucket(self, name: str) -> dict[str, Any]:
        bucket = self._buckets.get(name)
        if bucket is None:
            bucket = self._read(name)
            added = self._added.pop(name, None)
            if added is not None:  # a spilled bucket read back: its file, then what came since
                del self._on_file[name]
                bucket.update(added)
            self._buckets[name] = bucket
        return bucket

    def _read(self, name: str) -> dict[str, Any]:
        """A bucket's file: its pickles in turn, later values over earlier ones ({} if unreadable)."""
        assert self.folder is not None
        path = self.folder / f"{name}{_SUFFIX}"
        bucket: dict[str, Any] = {}
        try:
            with path.open("rb") as f:
                size = os.fstat(f.fileno()).st_size
                while f.tell() < size:
                    part = load_pickle(f)
                    if not isinstance(part, dict):
                        return {}
                    bucket.update(part)
        except UNREADABLE:
            return {}
        return bucket

    def get(self, key: str) -> Any | None:
        """The value stored under ``key`` if readable and accepted, else None; the key counts as used."""
        self.used.add(key)
        if self.folder is None:
            return None
        value = self._bucket(key[:2]).get(key)
        return value if value is not None and self.accept(value) else None

    def peek(self, key: str) -> Any | None:
        """:meth:`get` without counting the key as used (:meth:`prune` drops it unless used)."""
        if self.folder is None:
            return None
        value = self._bucket(key[:2]).get(key)
        return value if value is not None and self.accept(value) else None

    def listed(self) -> set[str] | None:
        """The keys the store's index lists, read without reading a value: a key not
        listed is a miss (one listed may still be, if its bucket is damaged).  None
        when the index does not cover every bucket file (lost or damaged)."""
        if self.folder is None:
            return set()
        index = self._read_index()
        if index.keys() != {path.name[:-len(_SUFFIX)] for path in self._files()}:
            return None
        return {k for keys in index.values() for k in keys}

    def keep(self, keys: Iterable[str]) -> None:
        """Count ``keys`` as used without reading them: :meth:`prune` keeps their values."""
        self.used.update(keys)

    def put(self, key: str, value: Any) -> None:
        self.used.add(key)
        if self.folder is None:
            return
        name = key[:2]
        added = self._added.get(name)
        (added if added is not None else self._bucket(name))[key] = value
        self._dirty.add(name)

    def spill(self) -> None:
        """Write every changed bucket now and let go of every bucket's values: a later
        :meth:`get` reads its file again, a later :meth:`put` is appended to it (see
        the module docstring).  Unused keys are still dropped by :meth:`prune`."""
        if self.folder is None:
            return
        for name in sorted(self._buckets.keys() | self._added.keys()):
            self._let_go(name)
        self._dirty.clear()

    def _let_go(self, name: str) -> None:
        """Bucket ``name`` written if changed, its values dropped from memory."""
        assert self.folder is not None
        added = self._added.get(name)
        if added is not None:
            if added:
                self._append(name, added)
                self._on_file[name].update(added)
        else:
            bucket = self._buckets.pop(name)
            if name in self._dirty:
                self._write(name, bucket)
            self._on_file[name] = set(bucket)
        self._added[name] = {}
        self._dirty.discard(name)

    def _append(self, name: str, values: dict[str, Any]) -> None:
        assert self.folder is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / f"{name}{_SUFFIX}").open("ab") as f:
            f.write(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL))

    def keys(self) -> list[str]:
        """Every key on disk and in memory (for inspection and tests)."""
        if self.folder is None:
            return []
        names = set(self._buckets) | set(self._added) | {p.name[:-len(_SUFFIX)] for p in self._files()}
        return sorted(k for name in names for k in self._bucket(name))

    def _files(self) -> list[Path]:
        assert self.folder is not None
        return sorted(self.folder.glob(f"*{_SUFFIX}")) if self.folder.is_dir() else []

    def prune(self) -> None:
        """Drop the keys this build did not use and write every changed bucket."""
        if self.folder is None:
            return
        index = self._read_index()
        on_disk = {path.name[:-len(_SUFFIX)] for path in self._files()}
        for name in sorted(self._added):
            if self.used.issuperset(self._on_file[name]):
                self._let_go(name)  # what came since appended, the file not read
            else:
                self._bucket(name)  # holds a key not used: read it back to drop that key
        for name in sorted(on_disk - self._buckets.keys() - self._added.keys()):
            listed = index.get(name)
            if listed is None or not self.used.issuperset(listed):
                self._bucket(name)  # may hold a key not used: read it to drop that key
        for name, bucket in sorted(self._buckets.items()):
            stale = [k for k in bucket if k not in self.used]
            for k in stale:
                del bucket[k]
            if stale or name in self._dirty:
                self._write(name, bucket)
        self._dirty.clear()
        fresh = {name: index[name] for name in on_disk - self._buckets.keys() - self._added.keys()}
        fresh.update((name, tuple(sorted(keys))) for name, keys in self._on_file.items() if keys)
        fresh.update((name, tuple(sorted(bucket))) for name, bucket in self._buckets.items() if bucket)
        if fresh != index:
            self._write_index(fresh)

    def _read_index(self) -> dict[str, tuple[str, ...]]:
        assert self.folder is not None
        index = read_pickle(self.folder / _INDEX)
        return index if isinstance(index, dict) else {}

    def _write_index(self, index: dict[str, tuple[str, ...]]) -> None:
        assert self.folder is not None
        dump_atomically(self.folder / _INDEX, index)

    def _write(self, name: str, bucket: dict[str, Any]) -> None:
        assert self.folder is not None
        path = self.folder / f"{name}{_SUFFIX}"
        if not bucket:
            path.unlink(missing_ok=True)
            return
        dump_atomically(path, bucket)


def dump_atomically(path: Path, value: Any) -> None:
    """Pickle ``value`` to ``path`` through a temporary file and a rename: a reader
    never sees half a file, even when the build stops while writing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)


class KeptMemo:
    """A function's results by argument, kept between builds under ``key`` (a
    fingerprint of the code and data deciding them) in a store under ``folder``:
    calling it looks a result up or computes it; :meth:`save` keeps only the
    arguments this build asked for (None folder: nothing is kept)."""

    def __init__(self, folder: Path | None, key: str, compute: Callable[[Any], Any]) -> None:
        self.store = PickleStore(folder, accept=lambda value: isinstance(value, dict))
        self.key = key
        self.compute = compute
        self.known: dict[Any, Any] = self.store.get(key) or {}
        self.used: dict[Any, Any] = {}

    def __call__(self, argument: Any) -> Any:
        if argument in self.used:
            return self.used[argument]
        value = self.known[argument] if argument in self.known else self.compute(argument)
        self.used[argument] = value
        return value

    def save(self) -> None:
        if self.used.keys() != self.known.keys():
            self.store.put(self.key, self.used)
        self.store.prune()


def kept_by_fingerprint(folder: Path | None, key: str, items: Sequence[Any], compute: Callable[[Any], Any]
                        ) -> list[Any]:
    """``compute(item)`` of each item, kept between builds (see :class:`KeptMemo`) by
    the item's ``fingerprint``, a hash of everything it is made from (see
    ``Article.fingerprint``), under ``key``; an item without one is computed every
    time."""
    by_print = {item.fingerprint: item for item in items if item.fingerprint}
    memo = KeptMemo(folder, key, lambda fingerprint: compute(by_print[fingerprint]))
    out = [memo(item.fingerprint) if item.fingerprint else compute(item) for item in items]
    memo.save()
    return out
