"""Stages read, split/repair and extract over every source file, cached.

A source's cached outcome is found by a key made from the hash of its bytes;
the hash of a file unchanged since the last build is known from its stamp
(:mod:`.sourceindex`), so after one edit only the edited file is read.  A
file's bytes are read in this process when it is about to be processed here
or sent to a worker (a cluster's workers have no content folder), and dropped
once sent: a cold build never holds the whole archive's sources at once.
"""
from __future__ import annotations

import os
from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import Callable

from .config import Config
from .diskstore import long_lived
from .executors import Executor, as_executor
from .filework import FileCache, FileJob, FileOutcome, content_digest, process_file
from .progress import track
from .report import BuildReport
from .sourceindex import SourceIndex, Stamp, stamp_of
from .sources import SourceError, check_size, discover, read_stat_bytes, source_format
from .texts import Redo, TextEntry, TextStore, Texts

#: Below this many files to process, worker start-up costs more than it saves…
PARALLEL_MIN_FILES = 64
#: … unless this many cached outcomes are to be read meanwhile.
OVERLAP_MIN_HITS = 1_000
#: Where the cache folder keeps the sources' stamps and hashes.
SOURCE_INDEX = "sources.index"


@dataclass(frozen=True)
class SourceEntry:
    """A source file found, not read: its path relative to the content folder, its
    path as the operating system takes it, its reader's format and its stamp when found."""

    rel: str
    path: str
    fmt: str
    stamp: Stamp


def read_jobs(config: Config, report: BuildReport) -> list[SourceEntry]:
    """Stage read: every source file under the size limit, in stable order; its bytes
    are read later (see the module docstring)."""
    entries = []
    found = discover(config.content)
    for rel, reason in found.problems:
        report.skip(rel, reason)
    for path, rel in zip(found.paths, found.rels):
        report.read(rel)
        try:
            st = os.stat(path)
            check_size(st.st_size, config.max_file_bytes)
            entries.append(SourceEntry(rel, path, source_format(rel), stamp_of(st)))
        except SourceError as e:
            report.skip(rel, str(e))
        except OSError as e:
            report.skip(rel, f"cannot read: {e.strerror or e}")
    return entries


class _Reader:
    """Reads sources for the file stage: their bytes as a :class:`FileJob` with the
    key of its outcome, their hashes noted in the index."""

    def __init__(self, config: Config, cache: FileCache, index: SourceIndex) -> None:
        self.config, self.cache, self.index = config, cache, index

    def job(self, entry: SourceEntry) -> tuple[FileJob, str | None]:
        """The file's bytes as a job, and its cache key (None when it cannot be read)."""
        try:
            raw, st = read_stat_bytes(entry.path, self.config.max_file_bytes, self.config.content)
        except SourceError as e:
            return FileJob(entry.rel, b"", entry.fmt, unreadable=str(e)), None
        except Exception as e:  # one file never stops the build
            return FileJob(entry.rel, b"", entry.fmt,
                           unreadable=f"could not be read ({type(e).__name__}: {e})"), None
        digest = content_digest(raw)
        self.index.note(entry.rel, stamp_of(st), digest)
        return FileJob(entry.rel, raw, entry.fmt), self.cache.key_of(entry.rel, entry.fmt, digest)


def process_files(entries: list[SourceEntry], config: Config, executor: Executor | None,
                  show: bool, meanwhile: Callable[[FileOutcome, str], None] | None = None,
                  texts: TextStore | None = None) -> list[FileOutcome]:
    """Stages split/repair and extract for every file: cached, through ``executor``
    (None: this machine's processes) when worth it.  Each outcome's
    :attr:`~FileOutcome.key` is its cache key (empty for a file that could not be read).

    The files to process are handed to the executor before the cached outcomes are
    read, so that both go on at once: after an edit, reading back thousands of
    outcomes takes about as long as a worker takes to load its dictionaries and
    process the few changed files.  ``meanwhile(outcome, key)`` is then called for
    each cached outcome, before the worker's outcomes are waited for.

    ``texts``: where the drafts' texts are kept (see :mod:`.texts`): the outcomes
    come back and are cached with bare drafts; a cached outcome whose texts are
    not there as kept is processed again.  None: drafts keep their texts."""
    cache = FileCache(config.cache_dir / "files", settings=settings_of(config))
    index = SourceIndex(config.cache_dir / SOURCE_INDEX)
    reader = _Reader(config, cache, index)
    keys: list[str | None] = []
    for e in entries:
        digest = index.known(e.rel, e.stamp)
        if digest is not None:
            index.note(e.rel, e.stamp, digest)
        keys.append(cache.key_of(e.rel, e.fmt, digest) if digest is not None else None)
    outcomes: dict[int, FileOutcome] = {}
    listed = cache.listed()
    if listed != set():  # a file whose hash is not known may still be cached: read it to know its key
        for i, e in enumerate(entries):
            if keys[i] is None:
                job, keys[i] = reader.job(e)
                if keys[i] is None:
                    outcomes[i] = process_file(job)  # the reason it could not be read
    if listed is None:  # no index to go by: look every key up first
        listed = {key for key in keys if key is not None and cache.get(key) is not None}
    todo = [i for i, key in enumerate(keys) if i not in outcomes and key not in listed]
    if executor is None:
        executor = as_executor(config_workers(config))
    hits = len(entries) - len(todo) - len(outcomes)
    worth = len(todo) >= PARALLEL_MIN_FILES or bool(todo and hits >= OVERLAP_MIN_HITS)
    results = executor.map(process_file, todo, batch=8, worth=worth, load=_loader(reader, entries, keys))
    try:
        for i, key in enumerate(keys):
            if i not in outcomes and key in listed and (hit := cache.get(key)) is not None \
                    and _texts_held(texts, hit):
                outcomes[i] = hit
        late = [i for i, key in enumerate(keys) if key in listed and i not in outcomes]  # damaged entries
        if meanwhile is not None:
            for i, key in enumerate(keys):
                if key in listed and i in outcomes:
                    meanwhile(outcomes[i], key)
        # Outcomes from another process come back unpickled, to be kept (see
        # diskstore.long_lived); work done here makes garbage for the collector.
        with long_lived() if executor.sends_away(len(todo), worth) else nullcontext():
            for i, outcome in zip(todo, track(results, len(todo), "process", show)):
                outcomes[i] = _bare(texts, outcome, keys[i])
                _keep(cache, keys[i], outcomes[i])
        for i in late:
            outcomes[i] = _bare(texts, process_file(_loader(reader, entries, keys)(i)), keys[i])
            _keep(cache, keys[i], outcomes[i])
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # a pool the map started ends here
    if texts is not None:
        _gather(texts, cache, outcomes, keys)
    cache.prune()
    index.save()
    return [replace(outcomes[i], key=keys[i] or "") for i in range(len(entries))]


def _loader(reader: _Reader, entries: list[SourceEntry], keys: list[str | None]) -> Callable[[int], FileJob]:
    """The job of the ``i``-th file, its key set to that of the bytes read."""

    def load(i: int) -> FileJob:
        job, keys[i] = reader.job(entries[i])
        return job

    return load


def _keep(cache: FileCache, key: str | None, outcome: FileOutcome) -> None:
    """Cache the outcome, unless an unexpected exception made it (that may not recur)
    or the file could not be read."""
    if key is not None and not outcome.traces:
        cache.put(key, outcome)


def _texts_held(texts: TextStore | None, outcome: FileOutcome) -> bool:
    """Whether the texts of a cached outcome's drafts can be read: held in them, or kept in ``texts``
    as the outcome says (else the file is processed again)."""
    refs = [d.text_ref for d in outcome.drafts]
    if texts is None:
        return all(ref is None for ref in refs)
    return texts.holds(refs)


def _bare(texts: TextStore | None, outcome: FileOutcome, key: str | None) -> FileOutcome:
    """``outcome`` with its drafts' texts kept in ``texts`` (as it is without a store or a key)."""
    if texts is None or key is None or not outcome.drafts:
        return outcome
    drafts = texts.keep(outcome.drafts, key, outcome.openings)   # titles derived where the outcome was made
    return outcome if drafts is None else replace(outcome, drafts=drafts)


def _gather(texts: TextStore, cache: FileCache, outcomes: dict[int, FileOutcome], keys: list[str | None]) -> None:
    """Copy the texts of the outcomes kept in scattered segments (see
    :meth:`.TextStore.to_move`) into this build's, and cache the outcomes so."""
    entries = {i: ref.entry for i, o in outcomes.items() if o.drafts and (ref := o.drafts[0].text_ref) is not None}
    move = texts.to_move(entries.values())
    for i, entry in entries.items():
        if entry.segment not in move:
            continue
        o = outcomes[i]
        got = texts.read(entry)
        if got is None or len(got) != len(o.drafts):
            continue  # made again from its source when read (see .texts)
        whole = tuple(replace(d, paragraphs=p, captions=c, text_ref=None) for d, (p, c) in zip(o.drafts, got))
        outcomes[i] = _bare(texts, replace(o, drafts=whole), keys[i])
        _keep(cache, keys[i], outcomes[i])


def settings_of(config: Config) -> str:
    """The settings the file cache's keys are made with."""
    return f"max_file_bytes={config.max_file_bytes}"


def texts_again(config: Config) -> Redo:
    """How a text store makes a file's texts again (see :mod:`.texts`): from the source
    ``rel`` in the content folder, when its bytes still have the entry's key."""
    keys = FileCache(None, settings=settings_of(config))

    def redo(rel: str, entry: TextEntry) -> tuple[Texts, ...] | None:
        path = config.content / rel
        try:
            raw, _ = read_stat_bytes(path, config.max_file_bytes, config.content)
        except SourceError:
            return None
        fmt = source_format(path)
        if keys.key_of(rel, fmt, content_digest(raw)) != entry.key:
            return None
        return tuple((d.paragraphs, d.captions) for d in process_file(FileJob(rel, raw, fmt)).drafts)

    return redo


def config_workers(config: Config) -> int:
    return config.workers or os.cpu_count() or 1
