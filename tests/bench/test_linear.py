"""The linearity benchmark's inputs and its table (its builds are timed, never judged)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:           # the bench package lives at the repository root, not in src/
    sys.path.insert(0, str(ROOT))

from bench.linear import format_rows, source_bytes, write_long_field, write_normal, write_one_line  # noqa: E402


def test_the_three_inputs_have_their_shapes(tmp_path: Path) -> None:
    normal, one, field = tmp_path / "n", tmp_path / "o", tmp_path / "f"
    for folder in (normal, one, field):
        folder.mkdir()
    write_normal(normal, 0.02, 1)
    write_one_line(one, 0.02, 1)
    write_long_field(field, 3000, 1)
    assert len(list(normal.rglob("*.txt"))) > 1
    (line,) = one.iterdir()
    text = line.read_text(encoding="utf-8")
    assert "\n" not in text and len(text) > 5000
    # the same text, without its line breaks (GB18030 files re-encoded as UTF-8)
    assert abs(source_bytes(one) - source_bytes(normal)) < 0.2 * source_bytes(normal)
    md = (field / "long-field.md").read_text(encoding="utf-8")
    district = next(v for v in md.splitlines() if v.startswith("district: "))[len("district: "):]
    assert len(district) == 3000 and all("\u4e00" <= ch <= "\u9fff" for ch in district)


def test_the_table_shows_seconds_per_megabyte() -> None:
    rows = [{"case": "normal x1", "mb": 0.5, "seconds": 2.0, "cpu": 2.5, "articles": 120,
             "slowest": "process 1.00s"},
            {"case": "one line x1", "mb": 0.5, "seconds": 3.0, "cpu": 3.5, "articles": 1, "slowest": "index 2.00s"}]
    table = format_rows(rows).splitlines()
    assert table[0].split()[:4] == ["input", "MB", "articles", "build"]
    assert table[1].split()[4:8] == ["2.00", "4.0", "2.50", "5.0"]
    assert table[2].split()[6:] == ["6.0", "3.50", "7.0", "index", "2.00s"]
