"""Sources unchanged since the last build are neither read nor hashed; each source's bytes
are read only as it is processed."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsarchive import filestage
from newsarchive.config import load_config
from newsarchive.executors import FuturesExecutor, LocalExecutor
from newsarchive.filestage import SOURCE_INDEX, process_files, read_jobs
from newsarchive.report import BuildReport
from newsarchive.sourceindex import SourceIndex, stamp_of

TEXT = "青禾县召开春耕工作会议\n\n本报讯(记者 林小禾) 3月5日,青禾县召开春耕工作会议。县长周明远出席会议并讲话。\n"
#: A modification time well before any build of a test (ns).
PAST = 1_600_000_000 * 10**9


def _sources(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for k in range(n):
        path = folder / f"{k:02d}.txt"
        path.write_text(TEXT.replace("春耕", f"第{k}次春耕"), encoding="utf-8")
        os.utime(path, ns=(PAST, PAST + k))
        paths.append(path)
    return paths


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The sources whose bytes the file stage reads, by name."""
    seen: list[str] = []
    real = filestage.read_stat_bytes

    def spy(path, *args):
        seen.append(Path(path).name)
        return real(path, *args)

    monkeypatch.setattr(filestage, "read_stat_bytes", spy)
    return seen


def _process(cfg, report: BuildReport | None = None):
    return process_files(read_jobs(cfg, report or BuildReport()), cfg, None, False)


def test_finding_the_sources_reads_none_of_them(tmp_path: Path, reads: list[str]) -> None:
    _sources(tmp_path / "c", 3)
    cfg = load_config(None, content=tmp_path / "c", output=tmp_path / "site", cache=tmp_path / "cache")
    assert [e.rel for e in read_jobs(cfg, BuildReport())] == ["00.txt", "01.txt", "02.txt"] and reads == []


def test_an_unchanged_source_is_not_read_again(tmp_path: Path, reads: list[str]) -> None:
    paths = _sources(tmp_path / "c", 3)
    cfg = load_config(None, content=tmp_path / "c", output=tmp_path / "site", cache=tmp_path / "cache", workers=1)
    first = _process(cfg)
    assert sorted(reads) == ["00.txt", "01.txt", "02.txt"] and all(o.key for o in first)
    reads.clear()
    assert _process(cfg) == first and reads == []
    # an edit keeping the size and the modification time changes the change time
    paths[1].write_text(TEXT.replace("春耕", "第9次春耕"), encoding="utf-8")
    os.utime(paths[1], ns=(PAST, PAST + 1))
    again = _process(cfg)
    assert set(reads) == {"01.txt"} and again[1] != first[1] and again[1].key != first[1].key
    assert again[0] == first[0] and again[2] == first[2]


def test_a_source_modified_after_the_index_began_is_hashed_again(tmp_path: Path, reads: list[str]) -> None:
    """The racy case: a file written in the tick its last reading began may have changed
    since without any change to its stamp, so a file modified at or after that moment
    is read every time."""
    paths = _sources(tmp_path / "c", 2)
    cfg = load_config(None, content=tmp_path / "c", output=tmp_path / "site", cache=tmp_path / "cache", workers=1)
    _process(cfg)
    later = SourceIndex(cfg.cache_dir / SOURCE_INDEX).since + 3600 * 10**9
    os.utime(paths[0], ns=(later, later))
    for _ in range(2):
        reads.clear()
        _process(cfg)
        assert reads == ["00.txt"]
    index = SourceIndex(cfg.cache_dir / SOURCE_INDEX)
    assert index.since < later and index.known("00.txt", stamp_of(os.stat(paths[0]))) is None


def test_the_index_answers_only_for_the_recorded_stamp(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("甲", encoding="utf-8")
    os.utime(path, ns=(PAST, PAST))
    index = SourceIndex(tmp_path / "cache" / "sources.index")
    assert index.since == 0 and index.now > PAST
    stamp = stamp_of(os.stat(path))
    index.note("a.txt", stamp, b"digest")
    index.save()
    again = SourceIndex(tmp_path / "cache" / "sources.index")
    assert again.since == index.now and again.known("a.txt", stamp) == b"digest"
    assert again.known("b.txt", stamp) is None
    assert again.known("a.txt", (stamp[0] + 1, *stamp[1:])) is None
    assert again.known("a.txt", (stamp[0], stamp[1], stamp[2] + 1, *stamp[3:])) is None
    assert again.known("a.txt", (stamp[0], stamp[1], stamp[2], stamp[3] + 1, stamp[4])) is None
    # a file not noted by a build is forgotten
    again.save()
    assert SourceIndex(tmp_path / "cache" / "sources.index").known("a.txt", stamp) is None
    # a damaged index knows nothing
    (tmp_path / "cache" / "sources.index").write_bytes(b"damaged")
    assert SourceIndex(tmp_path / "cache" / "sources.index").known("a.txt", stamp) is None


def test_a_source_that_cannot_be_read_when_processed_is_reported_by_name(tmp_path: Path, monkeypatch) -> None:
    _sources(tmp_path / "c", 3)
    cfg = load_config(None, content=tmp_path / "c", output=tmp_path / "site", cache=tmp_path / "cache", workers=1)
    real = filestage.read_stat_bytes

    def failing(path, *args):
        if Path(path).name == "01.txt":
            raise OSError(5, "Input/output error")
        return real(path, *args)

    monkeypatch.setattr(filestage, "read_stat_bytes", failing)
    outcomes = _process(cfg)
    assert outcomes[1].skipped == "could not be read (OSError: [Errno 5] Input/output error)"
    assert outcomes[1].key == "" and outcomes[0].drafts and outcomes[2].drafts
    monkeypatch.setattr(filestage, "read_stat_bytes", real)
    assert _process(cfg)[1].drafts  # not cached: read again once it can be


def test_a_map_loads_its_items_only_as_they_are_sent() -> None:
    loaded: list[int] = []

    def load(n: int) -> int:
        loaded.append(n)
        return n * 10

    class Sent(FuturesExecutor):
        def __init__(self) -> None:
            from concurrent.futures import ThreadPoolExecutor
            super().__init__(ThreadPoolExecutor(1), window=2)

    with Sent() as executor:
        results = executor.map(_plus_one, list(range(20)), batch=3, load=load)
        assert loaded == list(range(6))  # two batches out
        assert list(results) == [n * 10 + 1 for n in range(20)] and loaded == list(range(20))
    loaded.clear()
    in_line = LocalExecutor(1).map(_plus_one, [1, 2], load=load)
    assert loaded == [] and next(in_line) == 11 and loaded == [1]  # loaded as each is run
    assert list(in_line) == [21] and loaded == [1, 2]


def test_a_local_pool_loads_its_items_here_a_window_at_a_time() -> None:
    loaded: list[int] = []
    results = LocalExecutor(2).map(_plus_one, list(range(200)), batch=4,
                                   load=lambda n: loaded.append(n) or n * 10)
    assert len(loaded) < 200
    assert list(results) == [n * 10 + 1 for n in range(200)] and loaded == list(range(200))


def _plus_one(n: int) -> int:
    return n + 1


def test_cached_outcomes_are_handed_on_before_the_workers_results_are_waited_for(tmp_path: Path) -> None:
    from newsarchive.executors import Executor

    paths = _sources(tmp_path / "c", 3)
    cfg = load_config(None, content=tmp_path / "c", output=tmp_path / "site", cache=tmp_path / "cache", workers=1)
    first = _process(cfg)
    paths[1].write_text(TEXT.replace("春耕", "秋收"), encoding="utf-8")
    events: list = []

    class Watching(Executor):
        def map(self, fn, items, *, load=None, **kwargs):
            def results():
                events.append("results")
                for item in items:
                    yield fn(load(item))
            return results()

    again = process_files(read_jobs(cfg, BuildReport()), cfg, Watching(), False,
                          meanwhile=lambda outcome, key: events.append((outcome.rel, key)))
    assert events == [("00.txt", first[0].key), ("02.txt", first[2].key), "results"]
    assert again[0] == first[0] and again[2] == first[2] and again[1].key != first[1].key


def test_records_made_ahead_are_the_ones_collected(tmp_path: Path) -> None:
    from newsarchive.pipeline import Collector, collect

    _sources(tmp_path / "c", 2)
    cfg = load_config(None, content=tmp_path / "c", output=tmp_path / "site", cache=tmp_path / "cache", workers=1)
    outcomes = _process(cfg)
    collector = Collector()
    collector.ahead(outcomes[1], outcomes[1].key)
    made = collector._ready[(outcomes[1].rel, outcomes[1].key)]
    drafts, metas, prints = collector.collect(outcomes, BuildReport())
    assert (drafts, metas, prints) == collect(outcomes, BuildReport())
    assert metas[-1] is made[0][-1] and tuple(prints[-len(made[1]):]) == made[1]
