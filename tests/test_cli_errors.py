"""Every error that stops the build is one line, ``error: …`` naming the path, exit status 2."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.config import PROJECT_ROOT, load_config

ARTICLE = "郑州市召开安全生产会议\n\n本报讯(记者 李明) 3月5日，郑州市召开安全生产工作会议。\n"


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _build(content: Path, out: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "build.py"), "--content", str(content),
                           "--out", str(out), "--quiet"], capture_output=True, text=True, env=env)


def _refused(done: subprocess.CompletedProcess, path: Path) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("error: ") and str(path) in done.stderr and done.stderr.count("\n") == 1


def test_an_output_whose_parent_is_a_file(content: Path, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    out = tmp_path / "a-file" / "site"
    done = _build(content, out)
    _refused(done, out)
    assert "cannot write the site here" in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="as root a folder's permissions do not deny writing; "
                                              "the variant with a file as parent stands for it")
def test_a_read_only_output_location(content: Path, tmp_path: Path) -> None:
    parent = tmp_path / "read-only"
    parent.mkdir()
    parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        done = _build(content, parent / "site")
    finally:
        parent.chmod(stat.S_IRWXU)
    _refused(done, parent / "site")
    assert "Permission denied" in done.stderr


def test_an_os_error_later_in_the_build_names_its_path(content: Path, tmp_path: Path, capsys) -> None:
    from newsarchive.cli import run_build

    (tmp_path / "a-file").write_text("not a folder")
    config = load_config(None, content=content, output=tmp_path / "site", cache=tmp_path / "a-file" / "cache")
    assert run_build(config, quiet=True) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path / 'a-file'}") and err.count("\n") == 1
    assert not (tmp_path / "site").exists()


def test_a_damaged_kept_text_whose_source_changed_names_the_file(content: Path, tmp_path: Path, capsys,
                                                                  monkeypatch) -> None:
    from newsarchive import pipeline
    from newsarchive.cli import run_build

    config = load_config(None, content=content, output=tmp_path / "site", cache=tmp_path / "cache")
    assert run_build(config, quiet=True) == 0
    capsys.readouterr()
    segment = next((tmp_path / "cache" / pipeline.TEXTS).glob("*.texts"))
    segment.write_bytes(bytes(b ^ 0x5A for b in segment.read_bytes()))
    # the source no longer has the bytes its text was kept for (edited while the build ran)
    monkeypatch.setattr(pipeline, "texts_again", lambda config: lambda rel, entry: None)
    (tmp_path / "site" / "articles").rename(tmp_path / "moved")  # its pages are made again
    assert run_build(config, quiet=True) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: a.txt: its kept text is damaged") and err.count("\n") == 1


def test_a_mount_point_as_output_is_refused_before_any_work(content: Path, tmp_path: Path, monkeypatch) -> None:
    """A folder cannot be renamed while something is mounted on it: the site could not be swapped in."""
    from newsarchive.pipeline import build
    from newsarchive.writer import WriteError

    out = tmp_path / "site"
    out.mkdir()
    real = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda p: Path(p) == out or real(p))
    with pytest.raises(WriteError, match=f"{out}: a mount point"):
        build(load_config(None, content=content, output=out), progress=False)
    assert list(out.iterdir()) == []
