"""Publishing a site is one step: stopped at any instant, the output is the old site
or the new one, and the next build finishes the step."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsarchive import publish
from newsarchive.writer import MANIFEST, SiteWriter, write_site

OLD = {"index.html": b"old home", "a/same.html": b"same", "a/changed.html": b"old", "b/gone.html": b"gone",
       "c/gone-too.html": b"gone"}
NEW = {"index.html": b"new home", "a/same.html": b"same", "a/changed.html": b"new", "d/added.html": b"added"}
#: put in the output by hand: never the build's, carried into every new tree
FOREIGN = {".git/HEAD": b"ref: refs/heads/gh-pages\n", ".git/objects/x/y": b"object", "CNAME": b"example.org\n",
           "b/notes.txt": b"notes in a folder of the site", "c/deep/mine.txt": b"mine"}


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != MANIFEST and p.name != ".nojekyll"}


def _old_site(out: Path) -> None:
    write_site(OLD, out)
    for rel, data in FOREIGN.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)


def _beside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_the_new_tree_replaces_the_output_in_one_step_and_links_the_unchanged_files(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    _old_site(out)
    os.utime(out / "a" / "same.html", ns=(1_000_000_000, 1_000_000_000))
    same, folder = (out / "a" / "same.html").stat(), out.stat()
    stats = write_site(NEW, out)
    assert (stats.written, stats.unchanged, stats.removed) == (3, 1, 2)
    assert _files(out) == {**NEW, **FOREIGN}
    now = (out / "a" / "same.html").stat()
    assert (now.st_ino, now.st_mtime_ns) == (same.st_ino, 1_000_000_000)  # linked, not copied
    assert out.stat().st_ino != folder.st_ino  # another folder was swapped in
    assert _beside(tmp_path) == ["_site"]


class _Killed(BaseException):
    pass


class _Dying:
    """A stand-in for a module whose file system calls count down to an instant at which
    the process is killed (os._exit: nothing is cleaned up, as with SIGKILL)."""

    CALLS = {"rename", "replace", "link", "unlink", "rmdir", "mkdir", "makedirs", "rmtree", "copy2", "chmod",
             "exchange"}

    def __init__(self, module, left: list[int]) -> None:
        self._module, self._left = module, left

    def __getattr__(self, name: str):
        real = getattr(self._module, name)
        if name not in self.CALLS:
            return real

        def call(*args, **kwargs):
            self._left[0] -= 1
            if self._left[0] < 0:
                os._exit(9)
            return real(*args, **kwargs)

        return call


def _rebuild_killed_after(out: Path, steps: int, monkeypatch: pytest.MonkeyPatch, offered: bool) -> int:
    """Rebuild ``out`` with NEW in a forked process killed after ``steps`` file system calls
    of the publication; its exit status (9: killed, 0: it finished first)."""
    pid = os.fork()
    if pid == 0:
        try:
            left = [steps]
            monkeypatch.setattr(publish, "os", _Dying(os, left))
            monkeypatch.setattr(publish, "shutil", _Dying(shutil, left))
            if not offered:  # as where RENAME_EXCHANGE is not offered
                monkeypatch.setattr(publish, "_RENAMEAT2", None)
            monkeypatch.setattr(publish, "exchange", _Dying(publish, left).exchange)
            write_site(NEW, out)
            os._exit(0)
        except BaseException:
            import traceback
            traceback.print_exc()
            os._exit(3)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.parametrize("offered", [True, False], ids=["exchange", "two-renames"])
def test_a_build_killed_at_any_step_of_the_publication_leaves_the_old_or_the_new_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, offered: bool) -> None:
    if offered and publish._RENAMEAT2 is None:
        pytest.skip("renameat2 is not offered here")
    old_site, new_site = {**OLD, **FOREIGN}, {**NEW, **FOREIGN}
    seen = set()
    for steps in range(200):
        out = tmp_path / f"s{steps}" / "_site"
        _old_site(out)
        status = _rebuild_killed_after(out, steps, monkeypatch, offered)
        assert status in (0, 9)
        now = _files(out) if out.exists() else {}
        site_now = {rel: data for rel, data in now.items() if rel not in FOREIGN}
        if not out.exists():  # only between the two renames
            assert not offered and publish.journal_of(out).exists(), steps
            seen.add("moved aside")
        else:
            assert site_now in (OLD, NEW), steps
        if publish.journal_of(out).exists():
            seen.add("journal")
        else:
            assert now in (old_site, new_site), steps  # outside the journal's moves: all there
        seen.add("old" if site_now == OLD else "new" if site_now == NEW else "none")
        write_site(NEW, out)  # the next build finishes the step and writes the new site
        assert _files(out) == new_site, steps
        assert _beside(out.parent) == ["_site"]
        if status == 0:
            break
    assert status == 0 and seen == {"old", "new", "journal"} | (set() if offered else {"moved aside", "none"})


def test_an_error_during_the_publication_puts_everything_back(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "_site"
    _old_site(out)

    def broken(a: Path, b: Path) -> bool:
        raise OSError(5, "Input/output error", str(b))

    monkeypatch.setattr(publish, "exchange", broken)
    with pytest.raises(OSError, match="Input/output error"):
        write_site(NEW, out)
    assert _files(out) == {**OLD, **FOREIGN}
    assert _beside(tmp_path) == ["_site"]  # no journal, no staging folder


def test_a_journal_that_cannot_be_read_stops_the_build_and_nothing_is_removed(tmp_path: Path) -> None:
    from newsarchive.writer import WriteError

    out = tmp_path / "_site"
    _old_site(out)
    staged = tmp_path / "._site.staged-x1"
    (staged / ".git").mkdir(parents=True)
    (staged / ".git" / "HEAD").write_bytes(b"moved aside")
    publish.journal_of(out).write_text("{not json")
    with pytest.raises(WriteError, match="a journal of an unfinished publication that cannot be read"):
        write_site(NEW, out)
    assert (staged / ".git" / "HEAD").read_bytes() == b"moved aside" and _files(out) == {**OLD, **FOREIGN}
