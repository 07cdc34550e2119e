"""Putting a staged site in place in one step, whenever the build is stopped.

The writer stages the complete new site in a folder beside the output: files
that changed are written there, files that did not are hard links to the
output's (no copy, and their time stamps stay).  Publishing then swaps the
staged folder and the output with one ``renameat2(RENAME_EXCHANGE)`` (Linux):
at every instant the output path is the old site or the new one, never a mix,
and it is always a real folder.  The old tree, now in the staging folder's
place, is removed last.  Nothing writes into a file of the old tree once it
may be linked: changed files are new files.

What the output holds that no build wrote (see :mod:`.manifest`: ``.git/``,
``CNAME``) must be in the new tree as it is, so just before the swap it is
moved across (renames, nothing copied).  A journal beside the output
(``.<name>.publish``) names the staging folder and what was moved before the
first move; the build that comes next reads it (:func:`recover`) and finishes
the step: if the swap happened, it removes the old tree; else it moves the
entries back and drops the staged tree.  So a build killed at any instant
leaves the site's files exactly old or exactly new; only during the few
renames that move them (milliseconds) are the foreign entries in the staging
folder, where the next build finds them.

Where RENAME_EXCHANGE is not offered (another OS, an old kernel, a file system
without it) the swap is two renames, the output moved aside and the staged
folder moved in; a build killed between them leaves no output folder for that
instant, and the next build moves the old one back.
"""
from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable

#: errno values saying RENAME_EXCHANGE is not offered here (as opposed to failing)
_NOT_OFFERED = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class PublishError(RuntimeError):
    pass


def journal_of(out: Path) -> Path:
    return out.with_name(f".{out.name}.publish")


def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2  # glibc ≥ 2.28, musl ≥ 1.2.2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_RENAMEAT2 = _renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Swap the entries at ``a`` and ``b`` in one step; False (nothing done) where the OS or
    the file system does not offer it."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in _NOT_OFFERED:
        return False
    raise OSError(err, os.strerror(err), str(b))


def link_or_copy(source: str, target: str) -> None:
    """``target`` as a hard link to ``source``; a copy (with its times) where links fail."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        shutil.copy2(source, target, follow_symlinks=False)


def foreign_entries(out: Path, ours: set[str], site: set[str]) -> list[str]:
    """What of ``out`` is to be carried into the new tree: the files and links the
    previous build did not write (``ours``: what it wrote, the manifest included) and
    the new site does not write (``site``), and the folders holding nothing of
    either, each taken whole."""
    kept_open: set[str] = set()  # the folders holding a path of either
    for paths in (ours, site):
        for rel in paths:
            folder = rel.rpartition("/")[0]
            while folder and folder not in kept_open:  # a folder's own folders are in once it is
                kept_open.add(folder)
                folder = folder.rpartition("/")[0]
    found: list[str] = []
    folders = [""]
    while folders:
        prefix = folders.pop()
        with os.scandir(out / prefix if prefix else out) as entries:
            for e in entries:
                rel = prefix + e.name
                if e.is_dir(follow_symlinks=False) and rel in kept_open:
                    folders.append(rel + "/")
                elif rel not in ours and rel not in site:
                    found.append(rel)
    return sorted(found)


def publish(stage: Path, out: Path, foreign: Iterable[str], keep: Callable[[Path], None] | None = None) -> None:
    """Make the complete tree ``stage`` the output ``out`` in one step, carrying ``foreign``
    (paths below ``out``) across; the old tree is removed, or handed to ``keep``."""
    foreign = list(foreign)
    if not os.path.lexists(out):
        os.rename(stage, out)
        return
    st = os.stat(stage)
    journal = {"stage": stage.name, "stage_id": [st.st_dev, st.st_ino], "moved": foreign, "old": None}
    _write_journal(out, journal)
    for rel in foreign:
        target = stage / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(out / rel, target)
    if exchange(stage, out):
        old = stage
    else:
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.rmdir(old)
        _write_journal(out, {**journal, "old": old.name})
        os.rename(out, old)
        os.rename(stage, out)
    journal_of(out).unlink()
    if keep is not None:
        keep(old)
    else:
        shutil.rmtree(old, ignore_errors=True)


def _write_journal(out: Path, journal: dict) -> None:
    path = journal_of(out)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(journal, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def recover(out: Path) -> None:
    """Finish the publication a killed build left half done (see the module docstring);
    nothing if none.  Only called by the build holding the site's lock."""
    path = journal_of(out)
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        stage = out.parent / journal["stage"]
        old = out.parent / journal["old"] if journal["old"] else None
        stage_id, moved = list(journal["stage_id"]), list(journal["moved"])
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError):
        raise PublishError(f"{path}: a journal of an unfinished publication that cannot be read; "
                           f"look for entries of {out} in folders beside it, then remove it") from None
    try:
        st = os.stat(out)
        published = [st.st_dev, st.st_ino] == stage_id
    except FileNotFoundError:
        published = False
    if not published:
        if old is not None and old.is_dir():
            if os.path.lexists(out):
                raise PublishError(f"{old}: the previous site, moved aside by a build that was stopped, "
                                   f"and {out} exists again; keep one of them by hand, then remove {path}")
            os.rename(old, out)
        left = []
        for rel in moved:
            source, target = stage / rel, out / rel
            if os.path.lexists(source):
                if os.path.lexists(target):
                    left.append(rel)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                os.rename(source, target)
        if left:
            raise PublishError(f"{stage / left[0]}: moved aside by a build that was stopped, and {out / left[0]} "
                               "exists again; put back by hand what you want to keep, then remove "
                               f"{stage} and {path}")
    for tree in (stage, old):
        if tree is not None:
            shutil.rmtree(tree, ignore_errors=True)
    path.unlink()
