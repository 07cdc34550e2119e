"""The build's per-item work on a Dask cluster (``dask.distributed``, an optional extra).

Batches of items go to the workers as tasks (retried if they fail or their
worker dies); a map's :class:`~newsarchive.executors.Shared` value is
scattered to every worker once and prepared there once per token.  Results
come back in item order, a bounded number of batches ahead, so the cluster
stays busy while the build writes and nothing piles up on either side.
"""
from __future__ import annotations

import logging
from concurrent.futures import CancelledError
from typing import Any, Callable, Sequence, TypeVar

from .executors import DASK_EXTRA, Executor, ExecutorError, Shared, prepared, run_batch

try:
    from distributed import Client, LocalCluster
except ImportError as e:  # the optional extra is not installed
    raise ExecutorError(f"the Dask executors need Dask's distributed scheduler: {DASK_EXTRA}") from e

R = TypeVar("R")

#: Times a task is tried again after it raised (a worker that dies under a task is
#: handled by the scheduler, which gives the task to another worker).
RETRIES = 3
#: Times a batch is sent again when the scheduler cancels it: a scattered value has no
#: task to compute it again, so when the workers holding it die, the tasks that need it
#: are cancelled ("lost dependencies") and only scattering it anew saves the build.
RESENDS = 3
#: Seconds to wait for a scheduler to answer.
CONNECT_TIMEOUT = 10
#: Batches waiting per worker thread, besides the one it runs.
AHEAD_PER_THREAD = 4


class Batch:
    """A batch's items as one argument.  Dask looks through a task's arguments for
    futures, into every list and tuple down to each number: the 1.3 million numbers
    of a 2,000-article archive's index rows took 3.6 s of the client's time to
    submit, against 0.03 s to pickle.  It does not look into an object."""

    __slots__ = ("items",)

    def __init__(self, items: Sequence[Any]) -> None:
        self.items = items

    def __reduce__(self) -> Any:
        return Batch, (self.items,)


def _batch(fn: Callable[..., R], batch: Batch) -> list[R]:
    """One task: ``fn`` over a batch."""
    return run_batch(fn, None, batch.items)


def _batch_with(fn: Callable[..., R], prepare: Callable[[Any], Any], token: str, value: Any,
                batch: Batch) -> list[R]:
    """One task: ``fn`` over a batch, the shared value (scattered, resolved by Dask) prepared once per worker."""
    ready = prepared(Shared(value, prepare, token))
    return [fn(ready, item) for item in batch.items]


class DaskExecutor(Executor):
    """Maps as tasks on the cluster behind ``client``; ``cluster``: a cluster this
    executor started and closes."""

    renders_remotely = True

    def __init__(self, client: Client, cluster: LocalCluster | None = None) -> None:
        self.client = client
        self.cluster = cluster
        self._scattered: dict[str, Any] = {}  # token → the future of the shared value
        #: id of each future whose result is not taken yet → the future and its batch, to send it again
        self._sent: dict[int, tuple[Any, Callable[..., Any], Sequence[Any], Shared | None]] = {}
        self._threads = 0

    @classmethod
    def connect(cls, address: str) -> "DaskExecutor":
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ExecutorError(f"cannot reach the Dask scheduler at {address}: {e}") from e
        return cls(client)

    @classmethod
    def start_local(cls, workers: int) -> "DaskExecutor":
        """A LocalCluster of ``workers`` single-threaded worker processes on 127.0.0.1, no dashboard."""
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR, memory_limit=0)
        try:
            return cls(Client(cluster, set_as_default=False), cluster)
        except BaseException:
            cluster.close()
            raise

    def threads(self) -> int:
        """Worker threads of the cluster (asked once: a question to the scheduler costs a round trip)."""
        if not self._threads:
            self._threads = max(1, sum(self.client.nthreads().values()))
        return self._threads

    def window(self) -> int:
        return self.threads() * (1 + AHEAD_PER_THREAD)

    def submit(self, fn: Callable[..., R], items: Sequence[Any], shared: Shared | None = None) -> Any:
        if shared is None:
            future = self.client.submit(_batch, fn, Batch(items), pure=False, retries=RETRIES)
        else:
            future = self.client.submit(_batch_with, fn, shared.prepare, shared.token, self._scatter(shared),
                                        Batch(items), pure=False, retries=RETRIES)
        self._sent[id(future)] = (future, fn, items, shared)
        return future

    def result(self, future: Any) -> Any:
        """The batch's results; a batch the scheduler cancelled is sent again, its shared value
        scattered anew (at most :data:`RESENDS` times)."""
        for resend in range(RESENDS + 1):
            try:
                values = future.result()
            except CancelledError:
                _, fn, items, shared = self._sent.pop(id(future))
                if resend == RESENDS:
                    raise
                if shared is not None:
                    lost = self._scattered.pop(shared.token, None)
                    if lost is not None:
                        lost.release()
                future = self.submit(fn, items, shared)
            else:
                self._sent.pop(id(future), None)
                return values
        raise AssertionError("unreachable")

    def release(self, future: Any) -> None:
        self._sent.pop(id(future), None)
        future.release()

    def _scatter(self, shared: Shared) -> Any:
        """The future of ``shared.value`` on every worker, scattered once per token."""
        future = self._scattered.get(shared.token)
        if future is None:
            [future] = self.client.scatter([shared.value], broadcast=True, hash=False)
            self._scattered[shared.token] = future
        return future

    def close(self) -> None:
        self._sent.clear()
        for future in self._scattered.values():
            future.release()
        self._scattered.clear()
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()
