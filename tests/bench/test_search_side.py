"""The side-by-side search comparison's table."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:           # the bench package lives at the repository root, not in src/
    sys.path.insert(0, str(ROOT))

from bench.search_side import format_side  # noqa: E402


def _run(bytes_: list[int], results: list[int]) -> dict:
    n = len(bytes_)
    return {"cold_ms": [100.0] * n, "cold_bytes": bytes_, "cold_requests": [12] * n, "results": results,
            "warm_ms": [5.0] * (n - 1), "warm_page_ms": [9.0] * (n - 1), "warm_bytes": [2000] * (n - 1)}


def test_one_row_per_site_with_median_and_worst_first_query_bytes() -> None:
    text = format_side(["before", "after"], [_run([80_000, 100_000, 120_000], [3, 1, 0]),
                                             _run([60_000, 70_000, 90_000], [3, 0, 0])])
    rows = {line.split()[0]: line.split() for line in text.splitlines()[2:]}
    assert rows["before"][1] == "100.0/120.0" and rows["after"][1] == "70.0/90.0"
    assert rows["before"][-3:] == ["2/2", "0", "results"] and rows["after"][-3] == "1/2"


def test_a_kept_pagefind_index_is_asked_without_indexing_again(tmp_path: Path, monkeypatch, capsys) -> None:
    import pytest

    import bench.search_side as side
    from bench.pagefind_compare import BENCH_PAGE, BUNDLE

    site = tmp_path / "site"
    (site / BUNDLE).mkdir(parents=True)
    queries = tmp_path / "q.yaml"
    queries.write_text("queries: [{q: 巡察}, {q: 统战}]\n", encoding="utf-8")
    asked: list[list[str]] = []
    monkeypatch.setattr(side, "run_pagefind", lambda s: pytest.fail("indexed again"))
    monkeypatch.setattr(side, "compare", lambda sites, qs, kinds: asked.append(kinds) or [_run([1, 2], [1, 0])] * len(kinds))
    args = [str(site), "--queries", str(queries), "--pagefind", "--pagefind-kept", "--labels", "ours"]
    with pytest.raises(SystemExit):  # no index there yet
        side.main(args)
    with pytest.raises(SystemExit):  # --pagefind-kept alone
        side.main([str(site), "--queries", str(queries), "--pagefind-kept"])
    (site / BUNDLE / "pagefind.js").write_text("", encoding="utf-8")
    (site / BENCH_PAGE).write_text("", encoding="utf-8")
    assert side.main(args) == 0
    assert asked == [["ours", "pagefind"]]
    assert "pagefind" in capsys.readouterr().out
