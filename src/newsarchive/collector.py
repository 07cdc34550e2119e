"""Every file's records gathered for the build, their equal values held as one object.

Each file's outcome comes back from a worker or the file cache on its own, so
equal names, titles, dates and inspection groups of different files are
different objects until :class:`~.shared.Shared` makes them one.  Sharing
10,000 articles' metadata that way cost a one-edit rebuild 0.2 s of its main
process, as much as reading the outcomes back, and it came out the same every
time.  So the shared metadata of every file is kept in the cache folder as one
pickle (``metas.shared``; a pickle holds an object met twice once, so reading
it back gives the shared objects without looking any up), by the file's cache
key: a file whose key is there takes its metadata from it, only the others go
through :class:`~.shared.Shared`.  Writing the whole file costs 0.06 s at
10,000 articles, so a build that shared a few new files' metadata writes only
those beside it (``metas.shared.new``, tied to the whole file by a token); the
whole file is written again once they are more than :data:`REWRITE_SHARE` of it.
An unreadable or stale file is only no help.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .diskstore import code_fingerprint, dump_atomically, read_pickle
from .filework import FileOutcome
from .records import Draft, Metadata
from .report import BuildReport
from .shared import Shared

#: Code that makes a record from a file's outcome, besides the code in the file cache's key.
_ARTICLE_CODE = ("articles.py",)
#: Code deciding the kept metadata's form (besides the file cache key's code).
_SHARED_CODE = ("collector.py", "shared.py", "records.py", "pickling.py")
#: Where the cache folder keeps the shared metadata of every file, and of the files
#: shared since it was written.
SHARED_METAS = "metas.shared"
NEW_METAS = "metas.shared.new"
#: The share of the files whose metadata may be kept apart before the whole is written again.
REWRITE_SHARE = 0.05

Made = tuple[tuple[Metadata, ...], tuple[str, ...]]


class Collector:
    """Every file's drafts and metadata, and each draft's fingerprint (empty where the
    outcome has no key).  A cached outcome can be made ready (:meth:`ahead`: its
    metadata shared, its fingerprints made) while a worker still processes the
    changed files; :meth:`collect` then takes it as made.  ``cache``: the cache
    folder, where the shared metadata is kept between builds (None: nowhere)."""

    def __init__(self, cache: Path | None = None) -> None:
        self.salt = code_fingerprint(_ARTICLE_CODE)
        self.shared = Shared()  # equal names, titles, dates… of different files made one object
        self._ready: dict[tuple[str, str], Made] = {}
        self._path = cache / SHARED_METAS if cache is not None else None
        self._code = code_fingerprint(_SHARED_CODE)
        self._kept: dict[str, tuple[Metadata, ...]] | None = None  # read on first use
        self._token = ""   # the whole file's, "" when there is none
        self._new: dict[str, tuple[Metadata, ...]] = {}  # what the file beside it holds

    def _kept_metas(self) -> dict[str, tuple[Metadata, ...]]:
        if self._kept is None:
            self._kept = {}
            if self._path is not None:
                whole = _read(self._path, self._code)
                if whole is not None:
                    self._token, self._kept = whole
                    new = _read(self._path.with_name(NEW_METAS), self._code)
                    if new is not None and new[0] == self._token:
                        self._new = new[1]
                        self._kept = {**self._kept, **self._new}
        return self._kept

    def ahead(self, outcome: FileOutcome, key: str) -> None:
        """Make ready the records of ``outcome``, whose cache key is ``key``."""
        if not outcome.skipped and key:
            self._ready[(outcome.rel, key)] = self._made(outcome, key)

    def _made(self, o: FileOutcome, key: str) -> Made:
        kept = self._kept_metas().get(key) if key and not o.traces else None
        if kept is not None and len(kept) == len(o.metas):
            metas = kept
        else:
            metas = tuple(self.shared.metadata(m) for m in o.metas)
        prints = tuple(hashlib.sha256(f"{self.salt}|{key}|{n}".encode()).hexdigest()[:32] if key else ""
                       for n in range(len(o.drafts)))
        return metas, prints

    def collect(self, outcomes: list[FileOutcome], report: BuildReport
                ) -> tuple[list[Draft], list[Metadata], list[str]]:
        """The records of ``outcomes`` in order; warnings and skipped files go to the report;
        the shared metadata kept for the next build."""
        drafts: list[Draft] = []
        metas: list[Metadata] = []
        prints: list[str] = []
        keep: dict[str, tuple[Metadata, ...]] = {}
        for o in outcomes:
            if o.encoding:
                report.decoded(o.rel, o.encoding)
            for w in o.warnings:
                report.warn(o.rel, w)
            for trace in o.traces:
                report.trace(o.rel, trace)
            if o.skipped:
                report.skip(o.rel, o.skipped)
                continue
            report.built(o.rel, len(o.drafts))
            report.sourced(o.rel, [dict(p) for p in o.provenance])
            drafts.extend(o.drafts)
            ready = self._ready.pop((o.rel, o.key), None) if o.key else None
            made_metas, made_prints = ready if ready is not None else self._made(o, o.key)
            metas.extend(made_metas)
            prints.extend(made_prints)
            if o.key and not o.traces:
                keep[o.key] = made_metas
        self._save(keep)
        return drafts, metas, prints

    def _save(self, keep: dict[str, tuple[Metadata, ...]]) -> None:
        """Keep the metadata of ``keep`` (file key → shared metadata) for the next build: the
        files not kept yet beside the whole, or the whole again (see the module docstring)."""
        if self._path is None:
            return
        kept = self._kept_metas()
        new = {key: metas for key, metas in keep.items() if key not in kept}
        if not new:
            return
        apart = {key: metas for key, metas in self._new.items() if key in keep}
        apart.update(new)
        try:
            if self._token and len(apart) <= max(1, int(len(keep) * REWRITE_SHARE)):
                dump_atomically(self._path.with_name(NEW_METAS), (self._code, self._token, apart))
            else:
                token = os.urandom(8).hex()
                self._path.with_name(NEW_METAS).unlink(missing_ok=True)
                dump_atomically(self._path, (self._code, token, keep))
        except OSError:
            pass  # a cache that cannot be written is only slower next time


def _read(path: Path, code: str) -> tuple[str, dict[str, tuple[Metadata, ...]]] | None:
    """(token, metadata by file key) of a kept file made by this code, None if there is none."""
    value = read_pickle(path)
    if isinstance(value, tuple) and len(value) == 3 and value[0] == code and isinstance(value[1], str) \
            and isinstance(value[2], dict):
        return value[1], value[2]
    return None


def collect(outcomes: list[FileOutcome], report: BuildReport) -> tuple[list[Draft], list[Metadata], list[str]]:
    """:meth:`Collector.collect` of a new collector (nothing kept)."""
    return Collector().collect(outcomes, report)
