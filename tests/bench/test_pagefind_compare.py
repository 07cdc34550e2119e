"""Search comparison with Pagefind: size accounting, fetch counting, and one real run."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:           # the bench package lives at the repository root, not in src/
    sys.path.insert(0, str(ROOT))

from bench.pagefind_compare import Fetches, format_search, index_sizes, percentile  # noqa: E402


def write(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(20, 0, -1)]
    assert percentile(values, 95) == 19.0
    assert percentile(values, 50) == 10.0
    assert percentile([3.0], 95) == 3.0


def test_index_sizes_separate_data_from_code_and_skip_pagefind_ui(tmp_path: Path) -> None:
    write(tmp_path, {
        "pagefind/index/zh_1.pf_index": b"a" * 100, "pagefind/fragment/zh_2.pf_fragment": b"b" * 50,
        "pagefind/pagefind.zh-cn_1.pf_meta": b"c" * 7, "pagefind/pagefind.js": b"d" * 30,
        "pagefind/wasm.unknown.pagefind": b"e" * 20, "pagefind/pagefind-ui.js": b"f" * 999,
        "search/index-0.js": b"g" * 40, "static/js/search.js": b"h" * 11, "static/vendor/lunr.min.js": b"i" * 13,
        "static/css/site.css": b"j" * 500, "articles/a.html": b"k" * 500,
    })
    sizes = index_sizes(tmp_path)
    assert sizes["pagefind"]["data"] == 157 and sizes["pagefind"]["code"] == 50
    assert sizes["ours"]["data"] == 40 and sizes["ours"]["code"] == 24
    assert all(sizes[e][k + "_served"] <= sizes[e][k] for e in sizes for k in ("data", "code"))


def test_fetches_count_each_site_file_once(tmp_path: Path) -> None:
    write(tmp_path, {"search.html": b"<p>" * 10, "search/index-0.js": b"x" * 3000})
    base = "http://127.0.0.1:8000/"
    f = Fetches(tmp_path, base)
    for url, status in [(base + "search.html?q=%E5%B7%A1", 200), (base + "search/index-0.js", 200),
                        (base + "search/index-0.js", 200), (base + "missing.js", 404),
                        ("http://example.org/search.html", 200)]:
        f.on_response(SimpleNamespace(url=url, status=status))
    assert sorted(f.seen) == ["search.html", "search/index-0.js"]
    assert 0 < f.total() < 3030


def test_fetches_size_files_between_queries_not_while_the_page_waits(tmp_path: Path, monkeypatch) -> None:
    import bench.pagefind_compare as pc

    write(tmp_path, {"a.js": b"a" * 100, "b.js": b"b" * 200})
    sized: list[str] = []
    monkeypatch.setattr(pc, "served_size", lambda path: sized.append(path.name) or path.stat().st_size)
    base = "http://127.0.0.1:8000/"
    f = Fetches(tmp_path, base)
    f.on_response(SimpleNamespace(url=base + "a.js", status=200))
    f.on_response(SimpleNamespace(url=base + "b.js", status=200))
    assert sized == []                      # the handler runs during the timed query
    assert f.total() == 300 and f.total() == 300
    assert sorted(sized) == ["a.js", "b.js"]  # each file sized once


def test_format_search_reports_both_engines() -> None:
    run = {"cold_ms": [100.0, 300.0], "cold_bytes": [2000, 4000], "cold_requests": [5, 6],
           "warm_ms": [10.0], "warm_page_ms": [25.0], "warm_bytes": [0], "results": [3, 0]}
    sizes = {"data": 10**6, "data_served": 2 * 10**5, "code": 5000, "code_served": 2000}
    text = format_search([(1000, {"ours": run, "pagefind": run, "sizes": {"ours": sizes, "pagefind": sizes},
                                  "pagefind_index": {"extended": False}})])
    rows = [line.split() for line in text.splitlines()[3:]]
    assert [r[:2] for r in rows] == [["1,000", "ours"], ["1,000", "pagefind"]]
    assert "(plain)" in text and "1/1" in text and "0 results" in text
    assert "25/25" in text


def test_a_failed_pagefind_run_is_reported_and_ours_still_is(tmp_path: Path, monkeypatch) -> None:
    import bench.pagefind_compare as pc

    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'out of memory' >&2\nkill -9 $$\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pc, "pagefind_executable", lambda: (fake, True))
    indexing = pc.run_pagefind(tmp_path)
    assert indexing["failed"].startswith("killed by signal 9") and "out of memory" in indexing["failed"]
    assert not (tmp_path / pc.BENCH_PAGE).exists()
    run = {"cold_ms": [100.0], "cold_bytes": [2000], "cold_requests": [5],
           "warm_ms": [], "warm_page_ms": [], "warm_bytes": [], "results": [0]}
    sizes = {"data": 10**6, "data_served": 2 * 10**5, "code": 5000, "code_served": 2000}
    text = pc.format_search([(100_000, {"ours": run, "sizes": {"ours": sizes, "pagefind": sizes},
                                        "pagefind_index": indexing})])
    lines = text.splitlines()
    assert lines[3].split()[:2] == ["100,000", "ours"]
    assert lines[4].startswith("pagefind at 100,000 articles: failed, killed by signal 9")


@pytest.mark.slow
@pytest.mark.browser
def test_compare_on_a_small_archive(tmp_path: Path) -> None:
    pytest.importorskip("pagefind_bin_extended", reason="bench extra not installed")
    from bench.corpus import generate, load_manifest
    from bench.pagefind_compare import compare
    from newsarchive.config import load_config
    from newsarchive.pipeline import build

    generate(20, 2, tmp_path / "c")
    build(load_config(None, content=tmp_path / "c", output=tmp_path / "s"), progress=False)
    queries = load_manifest(tmp_path / "c")["queries"]
    out = compare(tmp_path / "s", queries)
    assert out["pagefind_index"]["pages"] == len(list((tmp_path / "s" / "articles").glob("*.html")))
    for engine in ("ours", "pagefind"):
        run = out[engine]
        assert len(run["cold_ms"]) == len(queries) and min(run["cold_bytes"]) > 0
        assert sum(1 for r in run["results"][:-1] if r) >= len(queries) // 2
        assert len(run["warm_ms"]) == len(run["warm_page_ms"]) == len(queries) - 1
        assert all(0 < first <= page for first, page in zip(run["warm_ms"], run["warm_page_ms"]))
    assert out["ours"]["results"][-1] == 0


def test_the_server_takes_a_page_closed_mid_download_quietly(tmp_path: Path, capfd) -> None:
    import socket
    import struct
    import time
    import urllib.parse

    from bench.search_bench import serve

    (tmp_path / "big.bin").write_bytes(b"x" * 20_000_000)
    with serve(tmp_path) as base:
        url = urllib.parse.urlsplit(base)
        s = socket.create_connection((url.hostname, url.port))
        s.sendall(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
        s.recv(1000)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, as a closed tab does
        s.close()
        time.sleep(0.5)
    assert "Traceback" not in capfd.readouterr().err
