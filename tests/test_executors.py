"""Where per-item work runs (newsarchive.executors): order, shared values, the Dask extra's absence."""
from __future__ import annotations

import concurrent.futures
import os
import pickle
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Sequence

import pytest

from newsarchive import executors
from newsarchive.config import PROJECT_ROOT, ConfigError, load_config
from newsarchive.executors import (Executor, ExecutorError, FuturesExecutor, LocalExecutor, Shared, check_spec,
                                   open_executor, prepared, run_batch, windowed)
from newsarchive.pipeline import build


def _times_ten(value: int) -> int:
    return value * 10


def _add(prepared_value: int, item: int) -> int:
    return prepared_value + item


def _pid(item: int) -> int:
    return os.getpid()


@pytest.mark.parametrize("spec", ["local", "dask-local", "dask://127.0.0.1:8786", "dask://scheduler.lan:1"])
def test_executor_names_are_checked(spec: str) -> None:
    assert check_spec(spec) == spec
    assert load_config(None, executor=spec).executor == spec


@pytest.mark.parametrize("spec", ["", "dask", "dask://host", "tcp://127.0.0.1:8786", "ray://x:1", "dask://h:p"])
def test_a_bad_executor_name_fails_when_the_configuration_loads(spec: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        check_spec(spec)
    site = tmp_path / "site.yaml"
    site.write_text(f"executor: {spec!r}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="executor must be"):
        load_config(site)


def test_a_local_pool_keeps_the_order_and_prepares_the_shared_value_per_worker() -> None:
    items = list(range(40))
    shared = Shared(7, _times_ten, "seventy")
    got = list(LocalExecutor(2).map(_add, items, shared=shared, batch=3))
    assert got == [70 + i for i in items]
    # the work went to the pool's processes (which of the two took each batch is up to the machine's load)
    pool_pids = set(LocalExecutor(2).map(_pid, items, batch=2))
    assert os.getpid() not in pool_pids and 1 <= len(pool_pids) <= 2
    assert set(LocalExecutor(2).map(_pid, items, worth=False)) == {os.getpid()}  # a small map: in line
    assert set(LocalExecutor(1).map(_pid, items)) == {os.getpid()}


def test_a_shared_value_is_prepared_once_per_token(monkeypatch) -> None:
    monkeypatch.setattr(executors, "_PREPARED", {})
    calls: list[int] = []

    def prepare(value: int) -> int:
        calls.append(value)
        return value + 1

    assert run_batch(_add, Shared(1, prepare, "a"), [1, 2]) == [3, 4]
    assert run_batch(_add, Shared(1, prepare, "a"), [3]) == [5]
    assert calls == [1]
    assert prepared(Shared(5, prepare, "b")) == 6 and calls == [1, 5]
    # what is prepared in this process stays here
    ready = Shared(1, prepare, "a", ready=object())
    assert pickle.loads(pickle.dumps(Shared(1, _times_ten, "a", ready=3))).ready is None
    assert ready.here() is ready.ready


def test_windowed_keeps_a_bounded_number_of_batches_out() -> None:
    out: list[int] = []
    taken: list[int] = []

    def submit(group: Sequence[int]) -> list[int]:
        out.append(group[0])
        assert len(out) - len(taken) <= 3
        return [x * 2 for x in group]

    def result(future: list[int]) -> list[int]:
        taken.append(future[0])
        return future

    groups = [[n, n + 1] for n in range(0, 20, 2)]
    results = windowed(groups, submit, 3, result)
    assert len(out) == 3  # the first batches go at once, before any result is asked for
    assert list(results) == [x * 2 for x in range(20)]


class _ThreeOut(Executor):
    def window(self) -> int:
        return 3


def test_a_stream_makes_its_groups_as_they_are_sent() -> None:
    made: list[int] = []

    def groups():
        for n in range(0, 10, 2):
            made.append(n)
            yield [n, n + 1]

    results = _ThreeOut().stream(_add, groups(), shared=Shared(1, _times_ten, "ten"))
    assert made == [0, 2, 4]  # the window's groups go at once, the others wait
    assert next(results) == 10 and made == [0, 2, 4, 6]  # one more as a group's results are taken
    assert list(results) == [10 + n for n in range(1, 10)]


class _RemoteCopy(Executor):
    """A cluster in this process: every batch, its shared value and its results cross a
    pickle, and each batch is prepared from its own copy, as on another machine."""

    renders_remotely = True

    def __init__(self) -> None:
        self.batches = 0
        self.functions: set[str] = set()
        self._lock = threading.Lock()  # the search stage submits from a thread of its own

    def submit(self, fn: Callable[..., Any], items: Sequence[Any], shared: Shared | None = None) -> Any:
        self.batches += 1
        self.functions.add(fn.__name__)
        fn, shared, items = pickle.loads(pickle.dumps((fn, shared, items)))
        future: concurrent.futures.Future = concurrent.futures.Future()
        with self._lock:
            executors._PREPARED.clear()  # each batch on a fresh worker
            future.set_result(pickle.loads(pickle.dumps(run_batch(fn, shared, items))))
        return future

    def window(self) -> int:
        return 2


def _site(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_pages_articles_and_files_sent_away_make_the_same_site(seed_site: Path, tmp_path: Path) -> None:
    remote = _RemoteCopy()
    out = tmp_path / "site"
    build(load_config(None, output=out, cache=tmp_path / "cache"), progress=False, executor=remote)
    assert {"process_file", "_entry_of", "render_job", "document_script", "row_json"} <= remote.functions
    assert _site(out) == _site(seed_site)


class _CountingPool(concurrent.futures.ThreadPoolExecutor):
    def __init__(self) -> None:
        super().__init__(2)
        self.ran: list[str] = []

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[override]
        self.ran.append(args[0].__name__)  # run_batch(fn, shared, items)
        return super().submit(fn, *args, **kwargs)


def test_a_futures_executor_runs_files_cutting_and_search_files(seed_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    with _CountingPool() as pool:
        build(load_config(None, output=out, cache=tmp_path / "cache"), progress=False, executor=pool)
    # pages are rendered in the build's process
    assert set(pool.ran) == {"process_file", "_entry_of", "document_script", "row_json"}
    assert _site(out) == _site(seed_site)


class _FakeClient:
    """What DaskExecutor asks of a client, in this process."""

    def __init__(self) -> None:
        self.scattered: list[Any] = []
        self.arguments: list[tuple[Any, ...]] = []

    def scatter(self, data: list[Any], broadcast: bool, hash: bool) -> list[Any]:
        assert broadcast  # every worker gets a copy
        self.scattered.append(data[0])
        return [_Ready(data[0])]

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        assert kwargs["retries"] > 0 and kwargs["pure"] is False
        self.arguments.append(args)
        return _Ready(fn(*[a.value if isinstance(a, _Ready) else a for a in args]))

    def nthreads(self) -> dict[str, int]:
        return {"a": 1, "b": 1}


class _Ready:
    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value

    def release(self) -> None:
        pass


def test_a_shared_value_is_scattered_to_the_cluster_once_per_token(monkeypatch) -> None:
    pytest.importorskip("distributed")
    from newsarchive.dask_executor import DaskExecutor

    monkeypatch.setattr(executors, "_PREPARED", {})
    client = _FakeClient()
    dask = DaskExecutor(client)  # type: ignore[arg-type]
    shared = Shared(5, _times_ten, "fifty")
    assert list(dask.map(_add, list(range(30)), shared=shared, batch=4)) == [50 + i for i in range(30)]
    assert list(dask.map(_add, [1], shared=shared)) == [51]
    assert client.scattered == [5]
    assert list(dask.map(_add, [1], shared=Shared(6, _times_ten, "sixty"))) == [61] and client.scattered == [5, 6]


def test_a_batch_goes_to_dask_as_one_object_it_does_not_look_into() -> None:
    """Dask walks lists and tuples among a task's arguments down to each element, looking
    for futures: a batch of index rows is a million numbers."""
    pytest.importorskip("distributed")
    from newsarchive.dask_executor import Batch, DaskExecutor

    client = _FakeClient()
    rows = [[1, 2, 3], [4, 5]]
    assert list(DaskExecutor(client).stream(len, iter([rows]))) == [3, 2]  # type: ignore[arg-type]
    [arguments] = client.arguments
    assert not any(isinstance(a, (list, tuple, dict)) for a in arguments)
    batch = arguments[-1]
    assert isinstance(batch, Batch) and batch.items == rows
    assert pickle.loads(pickle.dumps(batch)).items == rows


def test_without_the_extra_a_dask_executor_names_what_to_install(monkeypatch, tmp_path: Path, capsys) -> None:
    from newsarchive import cli

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    monkeypatch.delitem(sys.modules, "newsarchive.dask_executor", raising=False)
    with pytest.raises(ExecutorError, match=r"pip install 'newsarchive\[distributed\]'"):
        open_executor("dask-local")
    code = cli.main(["--out", str(tmp_path / "site"), "--executor", "dask-local", "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and "newsarchive[distributed]" in err
    assert "Traceback" not in err and not (tmp_path / "site").exists()


_UNREACHABLE = """
import sys
from newsarchive import cli, dask_executor
dask_executor.CONNECT_TIMEOUT = 1
sys.exit(cli.main(sys.argv[1:]))
"""


def test_an_unreachable_scheduler_is_an_error_naming_it(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", _UNREACHABLE, "--out", str(tmp_path / "site"), "--quiet",
                          "--executor", f"dask://127.0.0.1:{port}"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.returncode == 2, run.stderr[-2000:]
    assert run.stderr.startswith(f"error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
