"""The benchmark runner: touching a source, parsing sizes, the report tables, and a real run."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:           # the bench package lives at the repository root, not in src/
    sys.path.insert(0, str(ROOT))

from bench.run import TOUCH_TEXT, format_report, parse_sizes, touch_source  # noqa: E402


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_touch_changes_only_the_middle_file_and_keeps_its_encoding(tmp_path: Path, encoding: str) -> None:
    body = "本报讯 3月2日,市委统战工作会议召开。" + "会议强调,要凝聚共识。" * 12
    for i in range(3):
        (tmp_path / f"{i}.txt").write_bytes(body.encode(encoding))
    touched = touch_source(tmp_path)
    assert touched.name == "1.txt"
    raw = touched.read_bytes()
    text = raw.decode(encoding)
    assert text.count(TOUCH_TEXT) == 1 and text.replace(TOUCH_TEXT, "") == body
    assert raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    for other in ("0.txt", "2.txt"):
        assert (tmp_path / other).read_bytes() == body.encode(encoding)
    assert touch_source(tmp_path, offset=1).name == "2.txt"  # the second edit: the next file
    assert (tmp_path / "0.txt").read_bytes() == body.encode(encoding)


def test_parse_sizes() -> None:
    assert parse_sizes("1000,5_000") == [1000, 5000]
    for bad in ("", "0", "-3"):
        with pytest.raises(Exception):
            parse_sizes(bad)


def fake_result(n: int, stages: dict[str, float]) -> dict:
    run = {"timings": stages, "articles": n - 1, "build_s": sum(stages.values()), "wall_s": 9.5,
           "rss_main_kb": 204800, "rss_workers_kb": 102400, "peak_rss_kb": {"model": 150000, "index": 204800}}
    return {
        "articles": n, "corpus": {"people": 42}, "split": {"files": 10, "files_split_right": 9},
        "cold": run, "touch": {**run, "outputs": {"changed": 5, "added": 1, "removed": 1}, "code_unchanged": False},
        "site": {"files": 300, "total_bytes": 5_000_000, "by_class": {"index": 2_000_000},
                 "by_folder": {"articles": [3_000_000, 99], "search": [2_000_000, 201]},
                 "index_gzip_bytes": 500_000, "index_files": 7, "largest_index_file": 1_000_000},
    }


def test_report_lists_stages_in_pipeline_order_and_flags_code_changes() -> None:
    text = format_report([fake_result(100, {"write": 1.0, "read": 0.5, "zeta": 0.25, "index": 2.0})])
    header = text.splitlines()[1]
    assert header.split()[:2] == ["size", "run"]
    assert header.index("read") < header.index("index") < header.index("write") < header.index("zeta")
    assert "100" in text and "99" in text and "9/10" in text and "5/1/1" in text
    memory = next(line for line in text.splitlines() if line.split()[:2] == ["100", "99"])
    assert memory.split()[4:7] == ["210", "index", "105"]  # MB = 10^6 bytes; the peak's stage
    assert "warning: code changed" in text
    cold = next(line for line in text.splitlines() if line.split()[:2] == ["100", "cold"])
    assert cold.split()[-2:] == ["50.5", "3.03"]  # site KB and files per article built
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in text.splitlines() if line.startswith("100 ")}
    assert rows[("100", "articles")] == ["3.0", "99", "30.30", "1.000"]
    assert rows[("100", "all")] == ["5.0", "300", "50.51", "3.030"]
    assert rows[("100", "people")] == ["0.0", "0", "0.00", "0.000"]


def test_report_sets_a_build_through_another_executor_beside_the_local_one() -> None:
    result = fake_result(100, {"read": 0.5, "render": 2.0})
    other = fake_result(100, {"read": 0.5, "render": 1.0})
    result["executor"] = {"name": "dask-local", "cold": other["cold"], "touch": other["cold"],
                          "same_site_cold": True, "same_site_touch": False}
    text = format_report([result])
    rows = [line.split() for line in text.splitlines()]
    assert ["100", "cold:dask-local", "0.50", "1.00"] in [row[:4] for row in rows]
    side = next(row for row in rows if row[:2] == ["100", "dask-local"])
    assert side[2:4] == ["2.50", "1.50"] and side[-1] == "NO"  # the touched sites differ


def test_report_checks_the_site_against_every_host() -> None:
    small, large = fake_result(100, {"read": 0.5}), fake_result(100_000, {"read": 0.5})
    large["site"] = {**large["site"], "files": 25_000, "total_bytes": 1_400_000_000,
                     "largest_file": ["data/articles.json", 30_000_000]}
    small["site"]["largest_file"] = ["index.html", 20_000]
    text = format_report([small, large])
    assert "Host check" in text
    rows = {(line[:8].strip(), name): line for line in text.splitlines()
            for name in ("GitHub Pages", "GitLab Pages", "Cloudflare Pages") if name in line}
    assert all(row.endswith("fits") for (size, _), row in rows.items() if size == "100")
    assert rows[("100,000", "GitHub Pages")].endswith("over: bytes")
    assert rows[("100,000", "GitLab Pages")].endswith("over: bytes")  # 25,000 files are within its 200,000
    assert rows[("100,000", "Cloudflare Pages")].endswith("over: files, a file")
    assert "1,400.0 / 1,000.0" in rows[("100,000", "GitHub Pages")]
    assert "no host limits" not in text


@pytest.mark.slow
def test_bench_runs_and_prints_its_tables(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    proc = subprocess.run([sys.executable, "-m", "bench", "--sizes", "20", "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Build time per stage")
    assert any(line.startswith("20 ") and "GitHub Pages" in line and line.endswith("fits") for line in lines)
    assert any(line.split()[:2] == ["20", "cold"] for line in lines)
    assert any(line.split()[:2] == ["20", "touch"] for line in lines)
    assert any(line.split()[:2] == ["20", "again"] for line in lines)
    figures = json.loads(out.read_text(encoding="utf-8"))
    result = figures["results"][0]
    assert result["articles"] == 20 and result["cold"]["articles"] >= 18
    assert result["site"]["by_class"]["index"] > 0
    assert result["touch"]["outputs"]["changed"] >= 1
    assert result["again"]["outputs"]["changed"] >= 1 and result["again"]["file"] != result["touch"]["file"]
