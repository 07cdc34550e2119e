"""The tree a publication replaced stages the next build: only the files that differ
are replaced, nothing is written into a file the live site holds, and the site
published is exactly the new one."""
from __future__ import annotations

import os
import time
from pathlib import Path

from newsarchive import writer as writer_module
from newsarchive import spare as spare_module
from newsarchive.spare import SPARE, TRASH
from newsarchive.writer import MANIFEST, MARKER, SiteWriter


def _build(out: Path, record: Path, outputs: dict[str, bytes], before_finish=None) -> None:
    with SiteWriter(out, record=record) as writer:
        writer.add(outputs)
        if before_finish is not None:
            before_finish()
        writer.finish()


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _site(root: Path) -> dict[str, bytes]:
    return {rel: data for rel, data in _files(root).items() if rel not in (MANIFEST, MARKER)}


def test_a_rebuild_links_only_what_the_spare_tree_lacks(tmp_path: Path, monkeypatch) -> None:
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    site = {"a.html": b"1", "b.html": b"2", "c/d.html": b"3"}
    _build(out, record, site)
    assert not (record.parent / SPARE).exists()  # nothing replaced yet
    _build(out, record, {**site, "b.html": b"2x"})
    assert _site(record.parent / SPARE) == site  # the replaced tree, kept
    linked = _linking(monkeypatch)
    _build(out, record, {**site, "b.html": b"2x"})
    assert linked == ["b.html"]  # a.html and c/d.html were the output's own files already
    assert _site(out) == {**site, "b.html": b"2x"}
    linked.clear()
    _build(out, record, {**site, "b.html": b"2x"})
    assert linked == []


def test_nothing_is_written_into_a_file_of_the_live_site(tmp_path: Path) -> None:
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    for n in range(3):
        _build(out, record, {"a.html": b"same", "b.html": b"old"})
    shared = (record.parent / SPARE / "a.html").stat().st_ino
    assert shared == (out / "a.html").stat().st_ino  # a link to the live file
    _build(out, record, {"a.html": b"new", "b.html": b"old"},
           before_finish=lambda: (out / "a.html").read_bytes() == b"same" or pytest_fail("live file written"))
    assert _site(out) == {"a.html": b"new", "b.html": b"old"}


def pytest_fail(message: str) -> None:
    raise AssertionError(message)


def test_files_and_folders_the_new_site_lacks_or_has_the_other_way_go(tmp_path: Path) -> None:
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    first = {"x/y.html": b"1", "b.html": b"2", "gone/deep/p.html": b"3", "keep.html": b"4"}
    _build(out, record, first)
    _build(out, record, {**first, "keep.html": b"4b"})  # the spare now holds the first site
    new = {"x": b"a file where a folder was", "b.html/z.html": b"a folder where a file was", "keep.html": b"4b"}
    _build(out, record, new)
    assert _site(out) == new
    assert not (out / "gone").exists()


def test_a_link_planted_in_the_spare_tree_is_not_written_through(tmp_path: Path) -> None:
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    _build(out, record, {"a.html": b"1", "d/e.html": b"2"})
    _build(out, record, {"a.html": b"1b", "d/e.html": b"2"})
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "e.html").write_bytes(b"not the site's")
    spare = record.parent / SPARE
    (spare / "a.html").unlink()
    (spare / "a.html").symlink_to(outside / "e.html")
    import shutil
    shutil.rmtree(spare / "d")
    (spare / "d").symlink_to(outside)
    _build(out, record, {"a.html": b"1c", "d/e.html": b"2c"})
    assert (outside / "e.html").read_bytes() == b"not the site's"
    assert _site(out) == {"a.html": b"1c", "d/e.html": b"2c"} and not (out / "d").is_symlink()


def test_files_no_build_wrote_stay_and_a_rebuild_gives_the_same_tree(tmp_path: Path) -> None:
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    site = {"a.html": b"1", "c/d.html": b"3"}
    _build(out, record, site)
    (out / "CNAME").write_bytes(b"example.org")
    for n in range(3):
        _build(out, record, {**site, "a.html": b"1%d" % n})
        assert _site(out) == {**site, "a.html": b"1%d" % n, "CNAME": b"example.org"}
    fresh_out, fresh_record = tmp_path / "fresh", tmp_path / "fresh-cache" / "site.record"
    _build(fresh_out, fresh_record, {**site, "a.html": b"12"})
    assert _files(out).keys() - {"CNAME"} == _files(fresh_out).keys()
    assert sorted(os.listdir(tmp_path)) == [".fresh.lock", ".site.lock", "cache", "fresh", "fresh-cache", "site"]


def _wait_until_empty(folder: Path, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not folder.exists() or not any(folder.iterdir()):
            return True
        time.sleep(0.05)
    return False


def _unlinking(monkeypatch) -> list[str]:
    """The entries of the spare tree the writer removes one by one, as it removes them."""
    removed: list[str] = []
    real_remove = spare_module.SpareTree._remove
    monkeypatch.setattr(spare_module.SpareTree, "_remove", lambda self, rel: removed.append(rel) or real_remove(self, rel))
    return removed


def _replaced_whole(tmp_path: Path, added: dict[str, bytes] | None = None) -> tuple[Path, Path, dict[str, bytes]]:
    """A site built, then built again with every page changed (and ``added``): (output, record, new pages)."""
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    old = {f"p/{n}.html": b"old %d" % n for n in range(6)}
    _build(out, record, old)
    new = {rel: data + b" new" for rel, data in old.items()}
    _build(out, record, {**new, **(added or {})})
    return out, record, new


def test_a_mostly_stale_spare_tree_goes_to_the_trash_whole_and_another_process_empties_it(
        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spare_module, "DISCARD_FROM", 3)
    out, record, new = _replaced_whole(tmp_path)  # the spare tree is the old site
    removed = _unlinking(monkeypatch)
    _build(out, record, {**new, "p/5.html": b"newer"})  # stage in the spare: all of it stale
    assert _site(out) == {**new, "p/5.html": b"newer"}
    assert removed == []  # no stale file unlinked one by one in the build's process
    assert _wait_until_empty(record.parent / TRASH)
    assert _site(record.parent / SPARE) == new  # the tree replaced, kept as ever


def test_a_spare_tree_mostly_the_outputs_own_is_staged_in(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spare_module, "DISCARD_FROM", 3)
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    site = {f"p/{n}.html": b"page %d" % n for n in range(6)}
    for n in range(3):
        _build(out, record, {**site, "p/0.html": b"edit %d" % n})
    assert not (record.parent / TRASH).exists()  # one stale file of six: used, not thrown away


def test_the_trash_is_never_a_link_followed_out_of_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spare_module, "DISCARD_FROM", 1)
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "keep").mkdir(parents=True)
    (elsewhere / "keep" / "x.txt").write_text("not the build's")
    old = {f"{n}.html": b"%d" % n for n in range(4)}
    _build(out, record, old)
    _build(out, record, {rel: b"new" + d for rel, d in old.items()})
    (record.parent / TRASH).symlink_to(elsewhere, target_is_directory=True)
    _build(out, record, {rel: b"newer" + d for rel, d in old.items()})
    assert _site(out) == {rel: b"newer" + d for rel, d in old.items()}
    time.sleep(0.5)
    assert (elsewhere / "keep" / "x.txt").read_text() == "not the build's"


def _linking(monkeypatch) -> list[str]:
    """The files the writer links from the output into its staging folder, as it links them."""
    linked: list[str] = []
    real = writer_module.link_or_copy
    monkeypatch.setattr(writer_module, "link_or_copy", lambda src, dst: linked.append(Path(dst).name) or real(src, dst))
    return linked


def _inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def test_a_first_publication_leaves_a_spare_of_links_so_the_edit_after_it_links_nothing(
        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spare_module, "LINK_AHEAD_FROM", 3)
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    site = {f"p/{n}.html": b"page %d" % n for n in range(6)}
    _build(out, record, site)
    spare = record.parent / SPARE
    assert _inodes(spare) == {rel: ino for rel, ino in _inodes(out).items() if rel not in (MANIFEST, MARKER)}
    linked = _linking(monkeypatch)
    _build(out, record, {**site, "p/2.html": b"edited"})
    assert linked == []  # every unchanged page was in the spare already
    assert _site(out) == {**site, "p/2.html": b"edited"}
    assert _site(spare) == site  # the tree replaced, kept as ever


def test_a_small_site_leaves_the_links_to_the_next_build(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spare_module, "LINK_AHEAD_FROM", 7)
    out, record = tmp_path / "site", tmp_path / "cache" / "site.record"
    site = {f"p/{n}.html": b"page %d" % n for n in range(6)}
    _build(out, record, site)
    assert not (record.parent / SPARE).exists()
    linked = _linking(monkeypatch)
    _build(out, record, {**site, "p/2.html": b"edited"})
    assert sorted(linked) == [f"{n}.html" for n in (0, 1, 3, 4, 5)]


def test_a_build_replacing_most_of_the_site_trashes_the_old_tree_and_links_the_new_one(
        tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spare_module, "LINK_AHEAD_FROM", 3)
    out, record, new = _replaced_whole(tmp_path, {"q.html": b"added"})
    spare = record.parent / SPARE
    assert _site(spare) == {**new, "q.html": b"added"}  # the new site's files, not the old tree
    assert _inodes(spare) == {rel: ino for rel, ino in _inodes(out).items() if rel not in (MANIFEST, MARKER)}
    assert _wait_until_empty(record.parent / TRASH)  # the old tree, removed by a process of its own
    linked = _linking(monkeypatch)
    removed = _unlinking(monkeypatch)
    _build(out, record, {**new, "q.html": b"added", "p/0.html": b"edited"})
    assert linked == [] and removed == ["p/0.html"]  # only the edited page made anew
    assert _site(out) == {**new, "q.html": b"added", "p/0.html": b"edited"}
