"""Stage write: atomic swap, refusal to clobber unrelated folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.writer import MARKER, WriteError, check_output_dir, write_site


def test_write_replaces_previous_site_and_removes_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"index.html": b"1", "old/page.html": b"x"}, out)
    write_site({"index.html": b"2", "a/b.html": b"y"}, out)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [MARKER, "a/b.html", "index.html"]
    assert (out / "index.html").read_bytes() == b"2"
    assert [p.name for p in tmp_path.iterdir()] == ["_site"]  # no temporary folders left


def test_failed_write_leaves_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"index.html": b"good"}, out)
    with pytest.raises(WriteError):
        write_site({"index.html": b"bad", "../escape.html": b"x"}, out)
    assert (out / "index.html").read_bytes() == b"good"
    assert not (tmp_path / "escape.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["_site"]


def test_refuses_unrelated_or_overlapping_folders(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    other = tmp_path / "docs"
    other.mkdir()
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(WriteError, match="not made by newsarchive"):
        check_output_dir(other, content)
    with pytest.raises(WriteError, match="content folder"):
        check_output_dir(content / "site", content)
    with pytest.raises(WriteError, match="content folder"):
        check_output_dir(tmp_path, content)
    check_output_dir(tmp_path / "new", content)
