"""Search document files and index rows go through the build's executor in batches, kept files
never, and the output is the one made in line."""
from __future__ import annotations

import concurrent.futures
import pickle
from dataclasses import replace
from typing import Any, Callable, Sequence

import pytest

from newsarchive import executors
from newsarchive.config import load_config
from newsarchive.executors import Executor, LocalExecutor, Shared, run_batch
from newsarchive.records import Official, PartialDate
from newsarchive.search import batches, build_search, search_parts
from newsarchive.search import postings
from newsarchive.writer import Kept, SiteWriter

from .samples import article, segmenter
from .test_bundle import payload_of

FIRST = ("南岭", "北川", "东湖", "西山", "青石", "白沙")
TOPICS = ("防汛工作", "农田水利", "营商环境", "社区服务", "乡村道路", "校园安全", "垃圾分类")


def _archive() -> list:
    """Twenty-one made-up articles of six districts: enough documents and terms for several batches."""
    out = []
    for n in range(21):
        place, topic = FIRST[n % len(FIRST)] + "县", TOPICS[n % len(TOPICS)]
        out.append(article(
            f"batch{n}", f"{place}部署{topic}第{n}次推进会",
            (f"{2020 + n % 4}年{n % 12 + 1}月，{place}召开{topic}推进会，副县长林秋{n % 5}出席并讲话。",
             f"会议要求各乡镇把{topic}和{TOPICS[(n + 3) % len(TOPICS)]}结合起来，编号{1000 + n * 37}。"),
            district=place, date=PartialDate(2020 + n % 4, n % 12 + 1, 1), kind="meeting",
            officials=(Official(f"林秋{n % 5}", ("副县长",)),), reporters=(f"记者{n % 3}",)))
    return out


@pytest.fixture(scope="module")
def items() -> list:
    return _archive()


class _Recording(Executor):
    """An executor elsewhere: every batch and its results cross a pickle; each batch's
    function, size and pickled bytes are recorded."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, int, int]] = []  # (function, items, pickled bytes)

    def submit(self, fn: Callable[..., Any], items: Sequence[Any], shared: Shared | None = None) -> Any:
        data = pickle.dumps((fn, shared, list(items)), protocol=pickle.HIGHEST_PROTOCOL)
        self.sent.append((fn.__name__, len(items), len(data)))
        fn, shared, items = pickle.loads(data)
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_result(pickle.loads(pickle.dumps(run_batch(fn, shared, items))))
        return future

    def window(self) -> int:
        return 3

    def batches(self, name: str) -> list[int]:
        return [count for fn, count, _ in self.sent if fn == name]


@pytest.fixture
def small_batches(monkeypatch) -> None:
    monkeypatch.setattr(batches, "BATCH_FILES", 3)
    monkeypatch.setattr(batches, "BATCH_NUMBERS", 40)
    monkeypatch.setattr(executors, "_PREPARED", {})


def _sent_away(items: list, cfg, keeps=None) -> tuple[dict, _Recording]:
    remote = _Recording()
    out = {path: body for part in search_parts(items, segmenter(items), cfg, keeps, remote)
           for path, body in part.items()}
    return dict(sorted(out.items())), remote


def test_document_files_and_index_rows_go_out_in_batches_and_match_the_build_in_line(items, small_batches, tmp_path):
    here = build_search(items, segmenter(items), load_config(None, output=tmp_path / "here"))
    away, remote = _sent_away(items, load_config(None, output=tmp_path / "away"))
    assert away == here
    docs = remote.batches("document_script")
    assert docs == [3, 3, 3, 2]  # eleven files (two documents each but the last), three a batch
    assert sum(docs) == sum(1 for path in here if path.startswith("search/docs/"))
    rows = remote.batches("row_json")
    terms = [term for path in here if path.startswith("search/index/") for term in payload_of(here[path])[1]["terms"]]
    assert len(rows) > 3 and sum(rows) == len(terms)  # every term's row went out, by term range


def test_a_term_range_holds_rows_until_it_reaches_its_numbers(small_batches):
    rows = [(f"t{n:02d}", [1] + [1, 5] * (n % 4 + 1)) for n in range(30)]
    remote = _Recording()
    got = list(batches.row_texts(iter(rows), remote))
    assert [term for term, _ in got] == [term for term, _ in rows]
    assert got == list(postings.json_rows(rows))  # as made in line
    sizes = remote.batches("row_json")
    assert sum(sizes) == 30 and len(sizes) > 1
    start = 0
    for count in sizes:  # each batch closes on the row that takes it to 40 numbers
        numbers = [len(row) for _, row in rows[start:start + count]]
        assert sum(numbers) >= 40 or start + count == 30
        assert sum(numbers[:-1]) < 40
        start += count


def test_kept_document_files_are_never_sent(items, small_batches, tmp_path):
    printed = [replace(a, fingerprint=f"f{n}") for n, a in enumerate(items)]
    cfg = load_config(None, output=tmp_path / "site", cache=tmp_path / "cache")
    record = tmp_path / "site.record"

    def build(arts: list) -> tuple[dict, _Recording]:
        with SiteWriter(cfg.output, record=record) as writer:
            out, remote = _sent_away(arts, cfg, writer.keeps)
            writer.add(out)
            writer.finish()
        return out, remote

    first, remote = build(printed)
    assert sum(remote.batches("document_script")) == 11
    again, remote = build(printed)
    assert remote.batches("document_script") == []
    assert all(isinstance(body, Kept) for path, body in again.items() if path.startswith("search/docs/"))
    edited = [*printed[:4], replace(printed[4], title=printed[4].title + "（续）", fingerprint="f4-edited"),
              *printed[5:]]
    third, remote = build(edited)
    assert remote.batches("document_script") == [1]  # only the file of the edited article
    made = [p for p, body in third.items() if p.startswith("search/docs/") and not isinstance(body, Kept)]
    assert len(made) == 1


def test_this_machines_executor_makes_them_in_line(items, monkeypatch, tmp_path):
    def no_pool(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("no process pool for the search files")

    monkeypatch.setattr(executors, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(batches, "BATCH_FILES", 2)
    cfg = load_config(None, output=tmp_path / "site")
    out = {p: b for part in search_parts(items, segmenter(items), cfg, None, LocalExecutor(2)) for p, b in part.items()}
    assert dict(sorted(out.items())) == build_search(items, segmenter(items), cfg)
