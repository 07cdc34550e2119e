"""A stage run in a forked process: its files, its timings and its errors come back."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsarchive import pipeline
from newsarchive.background import Background, BackgroundError, room_to_fork, run_beside
from newsarchive.config import Config
from newsarchive.writer import SiteWriter
from processes import alive


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_a_forked_stage_writes_beside_the_main_process(tmp_path: Path) -> None:
    out = tmp_path / "site"
    parent = os.getpid()

    def stage(writer: SiteWriter) -> dict[str, float]:
        writer.add({"search/a.js": str(os.getpid()).encode(), "search.html": b"page"})
        return {"index": 1.5}

    with SiteWriter(out) as writer:
        beside = Background(stage, writer, "test stage")
        writer.add({"index.html": b"home"})
        assert beside.join() == {"index": 1.5}
        writer.finish()
    files = _files(out)
    assert files["index.html"] == b"home" and files["search.html"] == b"page"
    assert int(files["search/a.js"]) != parent  # made in another process
    assert writer.paths == {"index.html", "search.html", "search/a.js"}


def test_an_update_counts_the_forked_stage_unchanged_and_removes_its_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "site"

    def build(search: dict[str, bytes]):
        with SiteWriter(out) as writer:
            beside = Background(lambda w: w.add(search) or {}, writer, "test stage")
            writer.add({"index.html": b"home"})
            beside.join()
            return writer.finish()

    build({"search/0.js": b"a", "search/1.js": b"b"})
    stats = build({"search/0.js": b"a", "search/2.js": b"c"})
    assert (stats.written, stats.unchanged, stats.removed) == (1, 2, 1)
    assert sorted(_files(out)) == [".newsarchive-manifest", ".nojekyll", "index.html", "search/0.js", "search/2.js"]


class Broken(RuntimeError):
    pass


def test_the_forked_stage_error_is_raised_in_the_main_process(tmp_path: Path) -> None:
    def stage(writer: SiteWriter) -> dict[str, float]:
        writer.add({"search/a.js": b"x"})
        raise Broken("lunr.js not found")

    with SiteWriter(tmp_path / "site") as writer:
        beside = Background(stage, writer, "test stage")
        with pytest.raises(Broken, match="lunr.js not found"):
            beside.join()
    assert not (tmp_path / "site").exists()  # nothing put in place


def test_an_error_that_cannot_be_sent_back_comes_as_its_text(tmp_path: Path) -> None:
    class Local(RuntimeError):  # a local class cannot be pickled
        pass

    def stage(writer: SiteWriter) -> dict[str, float]:
        raise Local("the index chunk is broken")

    with SiteWriter(tmp_path / "site") as writer:
        beside = Background(stage, writer, "test stage")
        with pytest.raises(BackgroundError, match="Local: the index chunk is broken"):
            beside.join()


def test_a_forked_stage_that_dies_is_an_error_naming_it(tmp_path: Path) -> None:
    def stage(writer: SiteWriter) -> dict[str, float]:
        os._exit(3)

    with SiteWriter(tmp_path / "site") as writer:
        beside = Background(stage, writer, "search index")
        with pytest.raises(BackgroundError, match=r"search index process ended without a result \(exit code 3\)"):
            beside.join()


def test_a_path_made_by_both_processes_is_an_error(tmp_path: Path) -> None:
    from newsarchive.writer import WriteError

    with SiteWriter(tmp_path / "site") as writer:
        beside = Background(lambda w: w.add({"index.html": b"b"}) or {}, writer, "test stage")
        writer.add({"index.html": b"a"})
        with pytest.raises(WriteError, match="index.html"):
            beside.join()


def _sleep_in_pool(writer: SiteWriter) -> dict[str, float]:
    """A stage that starts a worker process of its own, says its pid, and sleeps."""
    import multiprocessing
    import time

    worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
    worker.start()
    writer.add({"pid": str(worker.pid).encode()})
    time.sleep(60)
    return {}


def test_cancel_stops_the_forked_stage_and_its_workers(tmp_path: Path) -> None:
    import time

    with SiteWriter(tmp_path / "site") as writer:
        beside = Background(_sleep_in_pool, writer, "test stage")
        pid_file = writer.stage / "pid"
        deadline = time.monotonic() + 30
        while not (pid_file.exists() and pid_file.read_bytes()) and time.monotonic() < deadline:
            time.sleep(0.05)
        worker = int(pid_file.read_bytes())
        beside.cancel()
        assert beside._process.exitcode is not None
        deadline = time.monotonic() + 10
        while alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(worker)  # the stage's own worker went with it



def test_without_fork_the_stage_runs_in_line(tmp_path: Path) -> None:
    seen = []
    with SiteWriter(tmp_path / "site") as writer:
        got = run_beside(lambda w: seen.append(os.getpid()) or {"index": 0.5}, writer, "test stage", fork=False)
    assert got == {"index": 0.5} and seen == [os.getpid()]


def test_a_value_computed_beside_comes_back_and_so_does_its_error() -> None:
    from newsarchive.background import computed_beside, forked_value

    parent = os.getpid()
    later = forked_value(lambda: {"pid": os.getpid(), "names": ["何雄"]}, "test value")
    got = later()
    assert got["names"] == ["何雄"] and got["pid"] != parent
    assert computed_beside(lambda: os.getpid(), "test value", fork=False)() == parent  # in line

    def broken() -> None:
        raise ValueError("no reading for 〇")

    failing = forked_value(broken, "test value")
    with pytest.raises(ValueError, match="no reading for 〇") as info:
        failing()
    assert any("in the test value process" in note for note in getattr(info.value, "__notes__", []))


def _proc_files(tmp_path: Path, rss_kib: int, available_kib: int) -> tuple[str, str]:
    status, meminfo = tmp_path / "status", tmp_path / "meminfo"
    status.write_text(f"Name:\tpython\nVmPeak:\t 9999999 kB\nVmRSS:\t {rss_kib} kB\nThreads:\t1\n", encoding="ascii")
    meminfo.write_text(f"MemTotal:       24000000 kB\nMemFree:          100000 kB\n"
                       f"MemAvailable:   {available_kib} kB\n", encoding="ascii")
    return str(status), str(meminfo)


def test_a_process_forks_only_while_a_copy_of_it_fits(tmp_path: Path) -> None:
    assert room_to_fork(0.5, *_proc_files(tmp_path, 1_000_000, 20_000_000))
    assert room_to_fork(0.5, *_proc_files(tmp_path, 10_000_000, 20_000_000))
    assert not room_to_fork(0.5, *_proc_files(tmp_path, 10_000_001, 20_000_000))
    # unreadable figures (no /proc): forking stays allowed
    assert room_to_fork(0.5, str(tmp_path / "none"), str(tmp_path / "none"))
    (tmp_path / "odd").write_text("VmRSS: lots\n", encoding="ascii")
    assert room_to_fork(0.5, str(tmp_path / "odd"), str(tmp_path / "odd"))


def test_the_search_stage_runs_in_line_without_the_memory_for_a_fork(monkeypatch, tmp_path: Path) -> None:
    config = Config(content=tmp_path, output=tmp_path / "site", workers=2)
    articles = [object()] * pipeline.BESIDE_MIN_ARTICLES
    monkeypatch.setattr(pipeline, "room_to_fork", lambda: True)
    assert pipeline.search_beside(config, articles)
    monkeypatch.setattr(pipeline, "room_to_fork", lambda: False)
    assert not pipeline.search_beside(config, articles)
