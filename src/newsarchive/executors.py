"""Where the build's per-item work runs: this machine's processes, or a Dask cluster.

Every stage that works article by article or page by page (split and
extract each file, cut each article's terms, render each page, make the
search document files and index rows) hands its items to one
:class:`Executor` (:meth:`Executor.map`, :meth:`Executor.stream`,
:meth:`Executor.submit`): results come back in the order of the items, so the
output never depends on where or in how many processes they were made.

* ``local`` (the default): a pool of this machine's processes, one per core,
  started for a map worth it and ended with it; small maps, and streams (the
  search files, made in a process beside rendering already), run in line.
* ``dask-local``: a ``dask.distributed.LocalCluster`` of process workers
  started by the build and closed at its end.
* ``dask://HOST:PORT``: the Dask scheduler at that address; its workers need
  this package (and its version of the code) installed.

A value every item of a map needs (the segmenter's words, the model pages are
rendered from) is a :class:`Shared`: sent to each worker once, prepared there
once and found again by its token, never sent with each item.

Dask is an optional extra (``pip install 'newsarchive[distributed]'``); it
is imported only when a Dask executor is asked for.
"""
from __future__ import annotations

import concurrent.futures
import gc
import os
import re
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, Callable, Generic, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

#: The executor names ``--executor`` and site.yaml's ``executor`` take, besides ``dask://HOST:PORT``.
LOCAL, DASK_LOCAL = "local", "dask-local"
_DASK_ADDRESS = re.compile(r"^dask://(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(?P<port>[0-9]{1,5})$")
#: What to install for the Dask executors.
DASK_EXTRA = "pip install 'newsarchive[distributed]'"


class ExecutorError(RuntimeError):
    """The executor asked for cannot be used (Dask missing, scheduler unreachable)."""


@dataclass(frozen=True)
class Shared(Generic[S]):
    """A value every item of a map needs: ``prepare(value)`` is made once per worker and
    passed to the map's function with each item.  ``token`` names the value by its
    content, so a worker that prepared it for a previous map keeps it.  ``ready``:
    the prepared value where it already exists in this process, for a map run in line."""

    value: Any
    prepare: Callable[[Any], S]
    token: str
    ready: S | None = None

    def here(self) -> S:
        return self.ready if self.ready is not None else self.prepare(self.value)

    def __reduce__(self) -> Any:
        return Shared, (self.value, self.prepare, self.token)  # ``ready`` stays in this process


def check_spec(spec: str) -> str:
    """``spec`` if it names an executor (see the module docstring), else a ValueError saying what does."""
    if spec in (LOCAL, DASK_LOCAL) or _DASK_ADDRESS.match(spec):
        return spec
    raise ValueError(f"executor must be {LOCAL!r}, {DASK_LOCAL!r} or 'dask://HOST:PORT', not {spec!r}")


class Executor:
    """Runs a function over items, in this process or elsewhere; results in item order.

    :meth:`submit` sends one batch and returns its future (``result()``, ``done()``);
    :meth:`map` sends every batch of a sequence, :meth:`window` at a time.  This
    base class runs each batch in line, at once."""

    #: Whether pages go through :meth:`submit` (else they are rendered in this process,
    #: where the model already is).
    renders_remotely = False

    def submit(self, fn: Callable[..., R], items: Sequence[Any], shared: Shared | None = None
               ) -> "concurrent.futures.Future[list[R]]":
        """``fn`` over one batch of items (``fn(prepared, item)`` with ``shared``), as a future."""
        future: concurrent.futures.Future[list[R]] = concurrent.futures.Future()
        if shared is None:
            future.set_result([fn(item) for item in items])
        else:
            value = shared.here()
            future.set_result([fn(value, item) for item in items])
        return future

    def result(self, future: Any) -> Any:
        """The result of a future :meth:`submit` returned."""
        return future.result()

    def release(self, future: Any) -> None:
        """Forget a future whose result was taken (a cluster frees its memory)."""

    def window(self) -> int:
        """How many batches may be out at once: enough to keep every worker busy."""
        return 1

    def map(self, fn: Callable[..., R], items: Sequence[Any], *, shared: Shared | None = None,
            batch: int = 8, worth: bool = True, load: Callable[[Any], Any] | None = None) -> Iterator[R]:
        """``fn(item)`` (``fn(prepared, item)`` with ``shared``) of every item, in order.
        The work starts at once, before the first result is asked for.  ``batch``:
        items sent together; ``worth``: whether the map is large enough to send away
        (an executor of this machine runs a small map in line); ``load``: made in
        this process of each item just before it is sent (or run), and ``fn`` given
        that instead, so that no more than the window's items are loaded at a time
        (a source file's bytes)."""
        if not self.sends_away(len(items), worth):
            return in_line(fn, items if load is None else map(load, items), shared)
        send = partial(self.submit, fn, shared=shared)
        return windowed(batches(items, batch), send if load is None else _loading(send, load), self.window(),
                        self.result, self.release)

    def stream(self, fn: Callable[..., R], groups: Iterable[Sequence[Any]], *, shared: Shared | None = None
               ) -> Iterator[R]:
        """``fn`` of every item of ``groups``, in order, each group one batch.  The groups are
        made as they are sent (at most :meth:`window` of them out at once), so a caller
        that makes its items from a larger whole (index rows as they are weighed, document
        rows as they are read) never holds them all.  This machine's executor runs it in
        line (:class:`LocalExecutor`)."""
        return windowed(groups, partial(self.submit, fn, shared=shared), self.window(), self.result, self.release)

    def sends_away(self, count: int, worth: bool = True) -> bool:
        """Whether a map of ``count`` items (``worth`` as :meth:`map` takes it) runs in
        other processes: its results then come back unpickled."""
        return count > 0

    def close(self) -> None:
        """Release what the executor started (worker processes, a cluster)."""

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _loading(send: Callable[[Sequence[Any]], Any], load: Callable[[Any], Any]) -> Callable[[Sequence[Any]], Any]:
    """``send`` of a batch's items, each loaded first."""
    return lambda items: send([load(item) for item in items])


def in_line(fn: Callable[..., R], items: Iterable[Any], shared: Shared | None) -> Iterator[R]:
    if shared is None:
        return map(fn, items)
    return map(partial(fn, shared.here()), items)


# ----------------------------------------------------------------- worker side

#: Prepared shared values in this worker process, by token (the latest few).
_PREPARED: dict[str, Any] = {}
_PREPARED_MOST = 4


def prepared(shared: Shared) -> Any:
    """``shared`` prepared in this process, once per token."""
    value = _PREPARED.get(shared.token)
    if value is None:
        value = shared.prepare(shared.value)
        # It lives as long as the worker uses it (a whole archive, for pages): keep the
        # cyclic collector from walking its objects again at every collection.
        gc.freeze()
        while len(_PREPARED) >= _PREPARED_MOST:
            _PREPARED.pop(next(iter(_PREPARED)))
        _PREPARED[shared.token] = value
    return value


def prepared_value(token: str) -> Any:
    """The value prepared in this process for ``token`` (by a task that received it)."""
    return _PREPARED[token]


def _start_local_worker(shared: Shared) -> None:
    prepared(shared)


def _with_prepared(fn: Callable[..., R], token: str, item: Any) -> R:
    return fn(_PREPARED[token], item)


def run_batch(fn: Callable[..., R], shared: Shared | None, items: Sequence[Any]) -> list[R]:
    """One task: ``fn`` over a batch of items (with ``shared`` prepared here)."""
    if shared is None:
        return [fn(item) for item in items]
    value = prepared(shared)
    return [fn(value, item) for item in items]


def batches(items: Sequence[T], size: int) -> list[Sequence[T]]:
    size = max(1, size)
    return [items[i:i + size] for i in range(0, len(items), size)]


# ----------------------------------------------------------------- this machine

class LocalExecutor(Executor):
    """A process pool of this machine per map worth one (``workers`` processes, 0 = one per
    core), else the map in line.  Each worker prepares a map's shared value once, when
    it starts.  :meth:`stream` runs in line: its work (the search document files and
    index rows) is done in the search stage's process, which runs beside rendering
    already, and a pool there made local builds no faster (docs/cluster.md)."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers or os.cpu_count() or 1

    def sends_away(self, count: int, worth: bool = True) -> bool:
        return count > 0 and self.workers > 1 and worth

    def map(self, fn: Callable[..., R], items: Sequence[Any], *, shared: Shared | None = None,
            batch: int = 8, worth: bool = True, load: Callable[[Any], Any] | None = None) -> Iterator[R]:
        if not self.sends_away(len(items), worth):
            return in_line(fn, items if load is None else map(load, items), shared)
        workers = min(self.workers, len(items))
        if shared is None:
            pool = ProcessPoolExecutor(max_workers=workers)
        else:
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_local_worker, initargs=(shared,))
            fn = partial(_with_prepared, fn, shared.token)
        if load is None:
            return _then_shut(pool.map(fn, items, chunksize=batch), pool)
        # batches submitted a window at a time, each loaded as it goes
        send = _loading(partial(pool.submit, run_batch, fn, None), load)
        return _then_shut(windowed(batches(items, batch), send, workers * (1 + AHEAD_PER_WORKER), _result), pool)


#: Batches a local pool's worker has waiting, besides the one it runs, in a map that loads its items.
AHEAD_PER_WORKER = 4


def _result(future: "concurrent.futures.Future[R]") -> R:
    return future.result()


def _then_shut(results: Iterator[R], pool: Any) -> Iterator[R]:
    try:
        yield from results
    finally:
        pool.shutdown()


class FuturesExecutor(Executor):
    """Any ``concurrent.futures.Executor`` (Dask's ``Client.get_executor()``, Ray's, a
    process pool): batches are submitted to it, each with the map's shared value (its
    workers prepare it once per token).  Pages are rendered in this process."""

    def __init__(self, executor: concurrent.futures.Executor, window: int = 64) -> None:
        self.executor = executor
        self._window = window

    def submit(self, fn: Callable[..., R], items: Sequence[Any], shared: Shared | None = None
               ) -> "concurrent.futures.Future[list[R]]":
        return self.executor.submit(run_batch, fn, shared, items)

    def window(self) -> int:
        return self._window


def windowed(groups: Iterable[Sequence[T]], submit: Callable[[Sequence[T]], Any], window: int,
             result: Callable[[Any], list[R]], release: Callable[[Any], None] = lambda f: None) -> Iterator[R]:
    """Each group submitted (the first ``window`` at once, then one more as each result is
    taken), results flattened in order: the cluster stays busy while the caller consumes,
    and no more than ``window`` groups' results wait at a time.  ``groups`` may be made
    as they are asked for (an iterator)."""
    following = iter(groups)
    pending: deque = deque(submit(g) for g in islice(following, max(1, window)))

    def results() -> Iterator[R]:
        try:
            while pending:
                future = pending.popleft()
                values = result(future)
                release(future)
                for group in islice(following, 1):
                    pending.append(submit(group))
                yield from values
        finally:
            for future in pending:
                release(future)

    return results()


def open_executor(spec: str, workers: int = 0) -> Executor:
    """The executor ``spec`` names (see :func:`check_spec`); ``workers``: processes of a
    local pool or of a ``dask-local`` cluster (0 = one per core).  Close it when done."""
    check_spec(spec)
    if spec == LOCAL:
        return LocalExecutor(workers)
    from .dask_executor import DaskExecutor

    if spec == DASK_LOCAL:
        return DaskExecutor.start_local(workers or os.cpu_count() or 1)
    m = _DASK_ADDRESS.match(spec)
    assert m is not None
    return DaskExecutor.connect(f"tcp://{m['host']}:{m['port']}")


def as_executor(where: "Executor | concurrent.futures.Executor | int | None") -> Executor:
    """An :class:`Executor` for ``where``: itself, a ``concurrent.futures`` executor wrapped,
    or a process count of this machine (0 or None: one per core)."""
    if isinstance(where, Executor):
        return where
    if isinstance(where, concurrent.futures.Executor):
        return FuturesExecutor(where)
    return LocalExecutor(where or 0)
