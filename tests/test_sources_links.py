"""Stage read: nothing outside the content folder is read, whatever links point there."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsarchive import sources
from newsarchive.cli import main
from newsarchive.config import load_config
from newsarchive.pipeline import build
from newsarchive.sources import SourceError, discover, read_bytes

ARTICLE = "开封市召开防汛工作会议\n\n本报讯 6月3日,开封市召开防汛工作会议,部署汛期值守。\n"
SECRET = "绝密口令青蛙跳舞\n\n本报讯 这一段文字不应出现在网站上。\n"


@pytest.fixture()
def linked(tmp_path: Path) -> Path:
    """A content folder beside a private file and folder, with links out to both and in to its own file."""
    private = tmp_path / "private"
    private.mkdir()
    (private / "secret.txt").write_text(SECRET, encoding="utf-8")
    content = tmp_path / "content"
    (content / "sub").mkdir(parents=True)
    (content / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (content / "link.txt").symlink_to(private / "secret.txt")
    (content / "sub" / "away").symlink_to(private, target_is_directory=True)
    (content / "sub" / "same.txt").symlink_to(content / "good.txt")
    return content


def test_links_out_of_the_content_folder_are_reported_not_read(linked: Path, tmp_path: Path) -> None:
    found = discover(linked)
    assert [p.relative_to(linked).as_posix() for p in found.files] == ["good.txt", "sub/same.txt"]
    private = os.path.realpath(tmp_path / "private")
    assert found.problems == (
        ("link.txt", f"symbolic link to {private}{os.sep}secret.txt, outside the content folder; not read"),
        ("sub/away", f"symbolic link to {private}, outside the content folder; not read"),
    )


def test_a_link_turned_outward_after_discovery_is_not_read(linked: Path, tmp_path: Path) -> None:
    (linked / "later.txt").symlink_to(linked / "good.txt")
    path = next(p for p in discover(linked).files if p.name == "later.txt")
    (linked / "later.txt").unlink()
    (linked / "later.txt").symlink_to(tmp_path / "private" / "secret.txt")
    with pytest.raises(SourceError, match="outside the content folder"):
        read_bytes(path, 10**6, linked)


def test_nothing_behind_an_outward_link_reaches_the_site(linked: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "site"
    status = main(["build", "--content", str(linked), "--out", str(out), "--quiet", "--strict"])
    assert status == 1
    err = capsys.readouterr().err
    assert "link.txt: skipped: symbolic link to " in err and "sub/away: skipped: symbolic link to " in err
    for path in out.rglob("*"):
        if path.is_file():
            assert "青蛙跳舞".encode() not in path.read_bytes(), path
    report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
    assert {s["file"] for s in report["skipped"]} == {"link.txt", "sub/away"}
    built = {a["source"] for a in json.loads((out / "data" / "articles.json").read_text("utf-8"))["articles"]}
    assert built == {"good.txt", "sub/same.txt"}


def test_link_loops_are_reported_and_the_walk_goes_on(tmp_path: Path) -> None:
    content = tmp_path / "content"
    for folder in ("a", "b", "c"):
        (content / folder).mkdir(parents=True)
        (content / folder / f"{folder}.txt").write_text(ARTICLE, encoding="utf-8")
    (content / "a" / "up").symlink_to(content, target_is_directory=True)      # to an ancestor
    (content / "a" / "to-b").symlink_to(content / "b", target_is_directory=True)
    (content / "b" / "to-a").symlink_to(content / "a", target_is_directory=True)  # a → b → a
    (content / "self").symlink_to(content / "self")                          # to itself
    (content / "ping.txt").symlink_to(content / "pong.txt")
    (content / "pong.txt").symlink_to(content / "ping.txt")
    (content / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (content / "c" / "to-b").symlink_to(content / "b", target_is_directory=True)  # no loop: followed
    found = discover(content)
    assert [p.relative_to(content).as_posix() for p in found.files] == [
        "a/a.txt", "a/to-b/b.txt", "b/b.txt", "b/to-a/a.txt", "c/c.txt", "c/to-b/b.txt", "c/to-b/to-a/a.txt"]
    problems = dict(found.problems)
    for name in ("a/up", "b/to-a/up", "c/to-b/to-a/up"):
        assert problems.pop(name) == "symbolic link loop (it leads back to the content folder); not followed"
    assert problems.pop("a/to-b/to-a") == "symbolic link loop (it leads back to a/); not followed"
    assert problems.pop("b/to-a/to-b") == "symbolic link loop (it leads back to b/); not followed"
    assert problems.pop("c/to-b/to-a/to-b") == "symbolic link loop (it leads back to b/); not followed"
    for name in ("self", "ping.txt", "pong.txt"):
        assert problems.pop(name) == "symbolic link loop (the link leads to itself); not followed"
    assert problems.pop("gone.txt").startswith("symbolic link to a file that does not exist (")
    assert problems == {}


def test_a_build_over_a_link_loop_finishes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (content / "again").symlink_to(content, target_is_directory=True)
    result = build(load_config(None, content=content, output=tmp_path / "site", base_url="https://example.org/"), progress=False)
    assert result.report.articles_built == 1
    assert [(p.path, p.severity) for p in result.report.problems] == [("again", "skipped")]


def test_unreadable_folders_and_files_are_reported(tmp_path: Path, monkeypatch, capsys) -> None:
    """Provoked by raising, not by permissions: a test run as root may read anything."""
    content = tmp_path / "content"
    for folder in ("open", "locked"):
        (content / folder).mkdir(parents=True)
        (content / folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (content / "closed.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir, real_open = os.scandir, open

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def fake_open(path, *args, **kwargs):
        if os.fspath(path).endswith("closed.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(sources, "open", fake_open, raising=False)
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out), "--quiet", "--strict"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "locked/: skipped: cannot read folder: Permission denied; its files are not read" in err
    assert "closed.txt: skipped: cannot read: Permission denied" in err
    report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
    assert {s["file"] for s in report["skipped"]} == {"locked/", "closed.txt"}
    assert report["articles_built"] == 1


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_file_names_that_are_not_utf8_are_reported_not_a_crash(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkdir(os.path.join(os.fsencode(content), b"old\xb8\xe5"))
    with open(os.path.join(os.fsencode(content), b"old\xb8\xe5", b"a.txt"), "wb") as f:
        f.write(ARTICLE.encode("utf-8"))
    with open(os.path.join(os.fsencode(content), b"gbk\xd0\xc2.txt"), "wb") as f:
        f.write(ARTICLE.encode("utf-8"))
    out = tmp_path / "site"
    result = build(load_config(None, content=content, output=out, base_url="https://example.org/"), progress=False)
    assert result.report.articles_built == 1
    report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
    assert report["skipped"] == [
        {"file": "gbk\\xd0\\xc2.txt", "reason": "name is not valid UTF-8 (rename it); not read"},
        {"file": "old\\xb8\\xe5/", "reason": "name is not valid UTF-8 (rename it); not read"},
    ]
