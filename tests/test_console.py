"""Console output: names that could deceive a terminal are shown escaped, the report keeps them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive import serve as serve_module
from newsarchive.cli import main
from newsarchive.config import load_config
from newsarchive.console import printable

ARTICLE = "许昌市召开植树造林会议\n\n本报讯 3月12日,许昌市召开植树造林动员会议。\n"


@pytest.mark.parametrize("raw, shown", [
    ("a\x1b[2Kb", "a\\x1b[2Kb"),                 # C0: escape sequence
    ("line\nfake", "line\\nfake"), ("a\rb\tc", "a\\rb\\tc"),
    ("del\x7f", "del\\x7f"), ("csi\x9b31m", "csi\\x9b31m"),  # DEL, C1
    ("p\u2028q\u2029r", "p\\u2028q\\u2029r"),
    ("txt.\u202eexe", "txt.\\u202eexe"), ("\u2066x\u2069\u200f\u061c", "\\u2066x\\u2069\\u200f\\u061c"),
    ("bad\udcff.txt", "bad\\udcff.txt"),
    ("新闻/2024年 稿件.txt", "新闻/2024年 稿件.txt"), ("C:\\news\\a.txt", "C:\\news\\a.txt"),
])
def test_printable_escapes_what_could_deceive_a_terminal(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_build_prints_hostile_file_names_escaped(tmp_path: Path, capsys) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.txt").write_text(ARTICLE, encoding="utf-8")
    hostile = "x\x1b[2K\rfake\n0 files skipped\u202e.txt"
    (content / hostile).write_bytes(b"")
    out = tmp_path / "site\x1b[31m"
    assert main(["build", "--content", str(content), "--out", str(out), "--quiet",
                 "--base-url", "https://example.org/"]) == 0
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert not any(c in stream for c in "\x1b\r\u202e")
    assert captured.err.splitlines() == ["x\\x1b[2K\\rfake\\n0 files skipped\\u202e.txt: skipped: empty file"]
    assert "site in " + str(tmp_path) + "/site\\x1b[31m: " in captured.out
    report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
    assert [s["file"] for s in report["skipped"]] == [hostile]


def test_serve_prints_its_folder_escaped(tmp_path: Path, monkeypatch, capsys) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.txt").write_text(ARTICLE, encoding="utf-8")
    config = load_config(None, content=content, output=tmp_path / "site\n\x1b[1mfake")

    def stop(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(serve_module.time, "sleep", stop)
    assert serve_module.serve(config, port=0, quiet=True) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert f"serving {tmp_path}/site\\n\\x1b[1mfake at http://127.0.0.1:" in out
