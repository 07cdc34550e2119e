"""A batch the scheduler cancels because its scattered value died with its workers is sent again."""
from __future__ import annotations

from typing import Any, Callable

import pytest

pytest.importorskip("distributed", reason="the 'distributed' extra is not installed")

from distributed.client import FutureCancelledError  # noqa: E402

from newsarchive.dask_executor import RESENDS, DaskExecutor  # noqa: E402
from newsarchive.executors import Shared  # noqa: E402



class FakeFuture:
    def __init__(self, outcome: Any) -> None:
        self.outcome = outcome
        self.released = False

    def result(self) -> Any:
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome

    def release(self) -> None:
        self.released = True


class FakeClient:
    """Answers the first ``cancelled`` batches as a scheduler that lost their scattered value."""

    def __init__(self, cancelled: int) -> None:
        self.cancelled = cancelled
        self.scattered: list[FakeFuture] = []
        self.submitted = 0

    def scatter(self, values: list[Any], broadcast: bool, hash: bool) -> list[FakeFuture]:
        future = FakeFuture(values[0])
        self.scattered.append(future)
        return [future]

    def submit(self, fn: Callable[..., Any], *args: Any, pure: bool, retries: int) -> FakeFuture:
        self.submitted += 1
        if self.submitted <= self.cancelled:
            return FakeFuture(FutureCancelledError(key="x", reason="lost dependencies"))
        *_, value, batch = args
        return FakeFuture([value.outcome + item for item in batch.items])


def _add(value: int, item: int) -> int:
    return value + item


def test_a_cancelled_batch_is_sent_again_with_its_value_scattered_anew() -> None:
    client = FakeClient(cancelled=2)
    executor = DaskExecutor(client)  # type: ignore[arg-type]
    shared = Shared(100, lambda v: v, "token-1")
    future = executor.submit(_add, [1, 2, 3], shared)
    assert executor.result(future) == [101, 102, 103]
    assert client.submitted == 3
    assert len(client.scattered) == 3                 # scattered anew for each resend
    assert all(f.released for f in client.scattered[:2])
    assert not executor._sent                         # nothing kept once the results are taken


def test_a_batch_cancelled_every_time_ends_the_build() -> None:
    client = FakeClient(cancelled=RESENDS + 1)
    executor = DaskExecutor(client)  # type: ignore[arg-type]
    future = executor.submit(_add, [1], Shared(1, lambda v: v, "token-2"))
    with pytest.raises(FutureCancelledError):
        executor.result(future)
    assert client.submitted == RESENDS + 1
