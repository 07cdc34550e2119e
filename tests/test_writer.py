"""Stage write: atomic swap, refusal to clobber unrelated folders."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsarchive.writer import (MANIFEST, MARKER, Kept, SiteWriter, WriteError, WriteStats, check_output_dir, tagged,
                                write_site)


def _beside(folder: Path) -> list[str]:
    """What is in ``folder`` besides the sites' lock files."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_write_replaces_previous_site_and_removes_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"index.html": b"1", "old/page.html": b"x"}, out)
    write_site({"index.html": b"2", "a/b.html": b"y"}, out)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [MANIFEST, MARKER, "a/b.html", "index.html"]
    assert (out / "index.html").read_bytes() == b"2"
    assert _beside(tmp_path) == ["_site"]  # no temporary folders left


def test_failed_write_leaves_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"index.html": b"good"}, out)
    with pytest.raises(WriteError):
        write_site({"index.html": b"bad", "../escape.html": b"x"}, out)
    assert (out / "index.html").read_bytes() == b"good"
    assert not (tmp_path / "escape.html").exists()
    assert _beside(tmp_path) == ["_site"]


def test_refuses_unrelated_or_overlapping_folders(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    other = tmp_path / "docs"
    other.mkdir()
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(WriteError, match="not written by newsarchive"):
        check_output_dir(other, content)
    with pytest.raises(WriteError, match="content folder"):
        check_output_dir(content / "site", content)
    with pytest.raises(WriteError, match="content folder"):
        check_output_dir(tmp_path, content)
    check_output_dir(tmp_path / "new", content)


def test_rewrite_touches_only_changed_files(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"index.html": b"1", "a/same.html": b"same", "a/gone.html": b"x", "b/gone.html": b"y"}, out)
    same = out / "a" / "same.html"
    os.utime(same, ns=(1_000_000_000, 1_000_000_000))
    stats = write_site({"index.html": b"2", "a/same.html": b"same", "c/new.html": b"z"}, out)
    assert stats == WriteStats(written=2, unchanged=1, removed=2)
    assert same.stat().st_mtime_ns == 1_000_000_000
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [MANIFEST, MARKER, "a/same.html", "c/new.html", "index.html"]
    assert not (out / "b").exists()  # emptied folders go too
    assert (out / "index.html").read_bytes() == b"2"


def test_a_file_may_become_a_folder_and_back(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"a": b"file"}, out)
    write_site({"a/b.html": b"page"}, out)
    assert (out / "a" / "b.html").read_bytes() == b"page"
    write_site({"a": b"file again"}, out)
    assert (out / "a").read_bytes() == b"file again"


def test_parts_are_staged_and_nothing_changes_until_finish(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": b"1", "old.html": b"x"}, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(RuntimeError):
        with SiteWriter(out) as writer:
            writer.add({"index.html": b"2"})
            writer.add({"new.html": b"3"})
            raise RuntimeError("a later stage failed")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert _beside(tmp_path) == ["site"]  # nothing staged is left behind
    with SiteWriter(out) as writer:
        writer.add({"index.html": b"2"})
        writer.add({"new.html": b"3"})
        assert writer.finish() == WriteStats(written=2, unchanged=0, removed=1)
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, MARKER, "index.html", "new.html"]


def test_a_path_given_by_two_parts_is_an_error(tmp_path: Path) -> None:
    with SiteWriter(tmp_path / "site") as writer:
        writer.add({"a.html": b"1"})
        with pytest.raises(WriteError, match="a.html"):
            writer.add({"a.html": b"2"})
    assert not (tmp_path / "site").exists()


def test_links_put_in_the_site_by_hand_are_left_alone_and_never_followed(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_bytes(b"not the site's")
    write_site({"index.html": b"1", "a/page.html": b"x"}, out)
    (out / "a" / "linked-folder").symlink_to(elsewhere, target_is_directory=True)
    (out / "linked-file.html").symlink_to(elsewhere / "keep.txt")
    stats = write_site({"index.html": b"1"}, out)
    assert stats.removed == 1 and stats.unchanged == 1  # a/page.html went, the links are not the build's
    assert (out / "a" / "linked-folder").is_symlink() and (out / "linked-file.html").is_symlink()
    assert (elsewhere / "keep.txt").read_bytes() == b"not the site's"
    with pytest.raises(WriteError, match="linked-file.html: not written by newsarchive"):
        write_site({"index.html": b"1", "linked-file.html": b"the site's now"}, out)
    assert (elsewhere / "keep.txt").read_bytes() == b"not the site's"


def test_a_page_that_became_a_link_is_written_again(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    (tmp_path / "other.html").write_bytes(b"1")
    write_site({"index.html": b"1"}, out)
    (out / "index.html").unlink()
    (out / "index.html").symlink_to(tmp_path / "other.html")
    stats = write_site({"index.html": b"1"}, out)
    assert stats.written == 1 and not (out / "index.html").is_symlink()
    assert (tmp_path / "other.html").read_bytes() == b"1"


@pytest.mark.parametrize("rel", ["../x.html", "/etc/x", "", ".", "a/../../b.html", "a/.."])
def test_paths_leaving_the_site_are_refused_before_any_write(tmp_path: Path, rel: str) -> None:
    with SiteWriter(tmp_path / "_site") as writer:
        with pytest.raises(WriteError, match="escapes the site folder"):
            writer.add({"ok.html": b"1", rel: b"x"})
        assert not any(writer.stage.rglob("*"))


def test_redundant_separators_name_the_same_file(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"a//b.html": b"1", "./c.html": b"2"}, out)
    assert (out / "a" / "b.html").read_bytes() == b"1" and (out / "c.html").read_bytes() == b"2"


def _write(out: Path, record: Path, outputs: dict) -> WriteStats:
    with SiteWriter(out, record=record) as writer:
        writer.add(outputs)
        return writer.finish()


def test_a_tagged_file_left_as_recorded_may_be_kept_unread(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "cache" / "site.record"
    _write(out, record, {"a.html": tagged(b"page a", "key-a"), "b.html": tagged(b"page b", "key-b"),
                         "plain.html": b"no tag"})
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("a.html", "key-a") and writer.keeps("b.html", "key-b")
        assert not writer.keeps("a.html", "key-b")          # made from something else now
        assert not writer.keeps("plain.html", "anything")  # never tagged
        assert not writer.keeps("new.html", "key-a")
        writer.add({"a.html": Kept("key-a"), "b.html": tagged(b"page b2", "key-b2")})
        stats = writer.finish()
    assert stats == WriteStats(written=1, unchanged=1, removed=1)
    assert (out / "a.html").read_bytes() == b"page a" and (out / "b.html").read_bytes() == b"page b2"
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("a.html", "key-a") and writer.keeps("b.html", "key-b2")  # the record follows


def test_a_file_changed_since_its_record_is_not_kept(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "site.record"
    _write(out, record, {"a.html": tagged(b"page a", "key-a"), "b.html": tagged(b"page b", "key-b"),
                         "c.html": tagged(b"page c", "key-c")})
    (out / "a.html").write_bytes(b"edited by hand")      # another size
    st = (out / "b.html").stat()
    (out / "b.html").write_bytes(b"PAGE B")               # same size, another time
    os.utime(out / "b.html", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000))
    (out / "c.html").unlink()
    with SiteWriter(out, record=record) as writer:
        assert not writer.keeps("a.html", "key-a") and not writer.keeps("b.html", "key-b")
        assert not writer.keeps("c.html", "key-c")
        with pytest.raises(WriteError, match="not as that build left it"):
            writer.add({"a.html": Kept("key-a")})


def test_a_record_of_another_site_or_a_broken_one_keeps_nothing(tmp_path: Path) -> None:
    record = tmp_path / "site.record"
    _write(tmp_path / "one", record, {"a.html": tagged(b"page a", "key-a")})
    _write(tmp_path / "two", tmp_path / "other.record", {"a.html": tagged(b"page a", "key-a")})
    with SiteWriter(tmp_path / "two", record=record) as writer:
        assert not writer.keeps("a.html", "key-a")
    record.write_bytes(b"not a record")
    with SiteWriter(tmp_path / "one", record=record) as writer:
        assert not writer.keeps("a.html", "key-a")


def test_a_branch_brings_back_its_tags(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "site.record"
    with SiteWriter(out, record=record) as writer:
        branch = writer.branch()
        branch.add({"search/a.js": tagged(b"a", "t-a")})
        writer.merge(branch.staged_part())
        writer.add({"index.html": tagged(b"i", "t-i")})
        writer.finish()
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("search/a.js", "t-a") and writer.keeps("index.html", "t-i")


def test_a_streamed_file_is_written_as_it_comes_and_recorded_with_its_tag(tmp_path: Path) -> None:
    from newsarchive.writer import Streamed

    out, record = tmp_path / "_site", tmp_path / "site.record"
    given: list[int] = []

    def chunks(n: int):
        for k in range(n):
            given.append(k)
            yield f"第{k}段,".encode()

    _write(out, record, {"data/big.json": Streamed("t1", chunks(3))})
    assert (out / "data" / "big.json").read_bytes() == "第0段,第1段,第2段,".encode() and given == [0, 1, 2]
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("data/big.json", "t1")
        writer.add({"data/big.json": Streamed("t2", (memoryview(b"abcdef")[1:3], b"!"))})
        stats = writer.finish()
    assert stats.written == 1 and (out / "data" / "big.json").read_bytes() == b"bc!"
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("data/big.json", "t2") and not writer.keeps("data/big.json", "t1")


def test_one_build_at_a_time_and_folders_of_dead_builds_are_removed(tmp_path: Path) -> None:
    pytest.importorskip("fcntl")
    out = tmp_path / "_site"
    write_site({"a.html": b"a"}, out)
    abandoned = [tmp_path / "._site.staged-x1", tmp_path / "._site.new-x2", tmp_path / "._site.old-x3"]
    for folder in abandoned:
        (folder / "deep").mkdir(parents=True)
        (folder / "deep" / "page.html").write_bytes(b"left by a killed build")
    other = tmp_path / ".other.staged-x4"  # another site's: not ours to remove
    other.mkdir()
    (tmp_path / "._site.publish.tmp").write_text('{"stage": "._si')  # a journal a kill cut short
    with SiteWriter(out) as writer:
        assert not any(folder.exists() for folder in abandoned) and other.is_dir()
        with pytest.raises(WriteError, match=r"another build \(process \d+\) is writing"):
            SiteWriter(out)
        writer.add({"a.html": b"b"})
        writer.finish()
    with SiteWriter(out) as writer:  # the lock went with the first
        writer.add({"a.html": b"c"})
        writer.finish()
    assert (out / "a.html").read_bytes() == b"c"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["._site.lock", ".other.staged-x4", "_site"]


def test_a_file_with_a_new_time_but_its_recorded_bytes_is_kept_and_recorded_anew(tmp_path: Path,
                                                                                 monkeypatch) -> None:
    """An output folder restored from a CI cache or copied: new times, the same bytes."""
    out, record = tmp_path / "_site", tmp_path / "site.record"
    _write(out, record, {"a.html": tagged(b"page a", "key-a"), "b.html": tagged(b"page b", "key-b")})
    for name in ("a.html", "b.html"):
        os.utime(out / name, ns=(1_000_000_000, 1_000_000_000))
    (out / "b.html").write_bytes(b"PAGE B")  # and b's bytes changed, not its size
    os.utime(out / "b.html", ns=(1_000_000_000, 1_000_000_000))
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("a.html", "key-a") and not writer.keeps("b.html", "key-b")
        writer.add({"a.html": Kept("key-a"), "b.html": tagged(b"page b", "key-b")})
        writer.finish()
    assert (out / "b.html").read_bytes() == b"page b"
    # recorded with its new time: the next build does not read it again
    opened: list[str] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k))
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("a.html", "key-a") and writer.keeps("b.html", "key-b")
    assert not [p for p in opened if p.endswith(("a.html", "b.html"))]


def _all_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _github_pages_folder(out: Path) -> dict[str, bytes]:
    """A folder someone publishes with GitHub Pages: a .nojekyll, a CNAME, a git repository."""
    (out / ".git" / "objects").mkdir(parents=True)
    (out / ".git" / "HEAD").write_bytes(b"ref: refs/heads/gh-pages\n")
    (out / ".git" / "objects" / "ab").write_bytes(b"an object")
    (out / ".nojekyll").write_bytes(b"")
    (out / "CNAME").write_bytes(b"news.example.org\n")
    (out / "README.md").write_bytes("我的网站\n".encode())
    return _all_files(out)


def test_a_folder_holding_only_a_nojekyll_of_its_own_is_refused_and_untouched(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    before = _github_pages_folder(out)
    for attempt in (lambda: check_output_dir(out, tmp_path / "content"),
                    lambda: write_site({"index.html": b"1"}, out)):
        with pytest.raises(WriteError, match=f"{out}: not empty and not written by newsarchive"):
            attempt()
        assert _all_files(out) == before


def test_only_files_the_manifest_lists_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"index.html": b"1", "old/page.html": b"x", "a/b.html": b"y"}, out)
    assert (out / MANIFEST).read_text("utf-8").splitlines()[1:] == [MARKER, "a/b.html", "index.html", "old/page.html"]
    site = _all_files(out)
    mine = {rel: data for rel, data in _github_pages_folder(out).items() if rel not in site}
    assert sorted(mine) == [".git/HEAD", ".git/objects/ab", "CNAME", "README.md"]
    (out / "old" / "notes.txt").write_bytes(b"mine, in a folder of the site")
    (out / ".well-known").mkdir()
    (out / ".well-known" / "security.txt").write_bytes(b"mine too")
    stats = write_site({"index.html": b"2", "a/c.html": b"z"}, out)
    assert stats.removed == 2  # old/page.html and a/b.html
    files = _all_files(out)
    assert {rel: files.get(rel) for rel in mine} == mine  # .git/, CNAME, README.md untouched
    assert files["old/notes.txt"] == b"mine, in a folder of the site"
    assert files[".well-known/security.txt"] == b"mine too"
    assert "old/page.html" not in files and "a/b.html" not in files and files["index.html"] == b"2"
    assert (out / MANIFEST).read_text("utf-8").splitlines()[1:] == [MARKER, "a/c.html", "index.html"]
    write_site({"index.html": b"3"}, out)  # and the build after
    assert {rel: _all_files(out).get(rel) for rel in mine} == mine


def test_a_file_not_written_by_the_build_is_never_replaced(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"index.html": b"1", "a/b.html": b"x"}, out)
    (out / "about.html").write_bytes(b"written by hand")
    (out / "folder").mkdir()
    (out / "folder" / "mine.txt").write_bytes(b"mine")
    for outputs in ({"about.html": b"the site's"}, {"about.html/x.html": b"the site's"},
                    {"folder": b"the site's"}):
        with pytest.raises(WriteError, match="not written by newsarchive"):
            write_site({"index.html": b"2", **outputs}, out)
        assert (out / "about.html").read_bytes() == b"written by hand"
        assert (out / "folder" / "mine.txt").read_bytes() == b"mine" and (out / "index.html").read_bytes() == b"1"


def _old_version_site(out: Path, record: Path) -> None:
    """A folder as the version before the manifest left it: .nojekyll, pages, and the
    record of the tagged ones in the cache folder."""
    _write(out, record, {"a.html": tagged(b"page a", "key-a"), "gone.html": tagged(b"gone", "key-g"),
                         "style.css": b"untagged"})
    (out / MANIFEST).unlink()


def test_a_folder_of_the_version_before_the_manifest_is_taken_over_when_its_record_proves_it(
        tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "cache" / "site.record"
    _old_version_site(out, record)
    (out / "CNAME").write_bytes(b"news.example.org\n")
    check_output_dir(out, tmp_path / "content", record)
    stats = _write(out, record, {"a.html": Kept("key-a"), "style.css": b"untagged, changed"})
    assert stats.removed == 1 and not (out / "gone.html").exists()  # recorded: the build's
    assert (out / "style.css").read_bytes() == b"untagged, changed"  # a path the site writes
    assert (out / "CNAME").read_bytes() == b"news.example.org\n"
    assert (out / MANIFEST).read_text("utf-8").splitlines()[1:] == [MARKER, "a.html", "style.css"]


def test_a_folder_of_the_version_before_the_manifest_without_proof_is_refused(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "cache" / "site.record"
    _old_version_site(out, record)
    before = _all_files(out)
    with pytest.raises(WriteError, match="not written by newsarchive"):
        check_output_dir(out, tmp_path / "content")  # no record
    (out / "a.html").write_bytes(b"PAGE A")  # the recorded files' bytes are not those recorded
    (out / "gone.html").write_bytes(b"GONE")
    with pytest.raises(WriteError, match="not written by newsarchive"):
        _write(out, record, {"a.html": b"1"})
    before.update({"a.html": b"PAGE A", "gone.html": b"GONE"})
    assert _all_files(out) == before
