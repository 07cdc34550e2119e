"""The tree a publication replaced, kept to stage the next build in.

The writer stages a complete new site and swaps it in (:mod:`.publish`).  Made
afresh, the staged tree takes a hard link per unchanged file and the replaced
tree an unlink per file: after one edit of a large archive, tens of thousands
of each.  Yet the replaced tree is the site of the build before, and most of
its files are links to the very files the output holds.  So it is kept in the
cache folder (``site.spare``) and the next build stages in it: only the files
that differ are replaced, and what the new site lacks is removed.

Nothing is taken on trust.  Which entry of the spare tree is the output's own
file is seen by comparing inode numbers, which a folder listing gives without
a look at each file.  A file of the spare tree may be a link to a file of the
live site, so nothing is ever written into one: a path is unlinked and made
anew (``O_EXCL``).  An entry in the way of the new site (a link, a file where
a folder must be, a folder where a file must be) is removed first, so nothing
is written through a link.  The spare tree is moved into place as the staging
folder when the build starts to write: a build killed while filling it leaves
a staging folder the next build removes, as any.

A spare tree is worth it while most of its files are the output's own.  After
a build that replaced most of the site (a template, a setting or the program
changed), the next build would unlink nearly every file of the spare, and an
unlink that frees a file's blocks reads its inode and the block bitmaps: with
those not in memory, about a millisecond each (measured: 140 s for the 160,000
files of a 100,000-article site).  So a spare whose stale files are more than
half of it, and at least :data:`DISCARD_FROM`, is moved whole into the trash
folder (``site.trash`` beside it: one rename) and the build stages afresh (a
hard link per unchanged file); another process empties the trash while the
build goes on, and what it has not removed when the build ends is left for the
next build's to remove.

A build that leaves no spare worth staging in (the first publication, or one
that replaced most of the site) makes the spare itself: hard links to the new
site's files, the ones the next build would otherwise make after an edit
(about 0.25 s for the 19,000 files of a 10,000-article site).  The build that
changed the whole site pays for them, not the edit after it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Collection, Iterable, Mapping

#: Where the record's folder keeps the spare tree.
SPARE = "site.spare"
#: Where it keeps spare trees thrown away, until another process has removed them.
TRASH = "site.trash"
#: Fewest stale files that make a mostly stale spare tree go to the trash: below,
#: unlinking them costs less than a process to remove them.
DISCARD_FROM = 2_000
#: Fewest files a spare tree would lack that make a build link the new site
#: into the spare itself (below, the next build links them as cheaply).
LINK_AHEAD_FROM = 2_000
#: What the process emptying the trash runs: the standard library only.
_REMOVE = "import shutil, sys\nfor path in sys.argv[1:]:\n    shutil.rmtree(path, ignore_errors=True)\n"


def take_spare(spare: Path, stage: Path) -> bool:
    """Put the spare tree at ``stage`` (an empty folder just made); False, ``stage``
    left as it was, when there is none or it cannot be moved."""
    if spare.is_symlink() or not spare.is_dir():
        return False
    try:
        os.rmdir(stage)
    except OSError:
        return False
    try:
        os.rename(spare, stage)
        return True
    except OSError:
        os.mkdir(stage)
        return False


def staged_spare(spare: Path, stage: Path, own: Mapping[str, int]) -> SpareTree | None:
    """The spare tree at ``spare`` moved to ``stage`` (an empty folder just made) and
    listed; None, ``stage`` empty, when there is none, it cannot be read, or it is
    mostly stale (see the module docstring).  ``own``: the output's files with their
    inodes.  Starts emptying the trash folder."""
    tree = None
    if take_spare(spare, stage):
        try:
            tree = SpareTree(str(stage))
        except OSError:  # unreadable: stage afresh
            shutil.rmtree(stage, ignore_errors=True)
            os.makedirs(stage, exist_ok=True)
        else:
            stale = sum(1 for rel, inode in tree.files.items() if own.get(rel) != inode)
            if stale >= DISCARD_FROM and 2 * stale > len(tree.files) and throw_away(stage, spare.with_name(TRASH)):
                os.mkdir(stage)
                tree = None
    empty_trash(spare.with_name(TRASH))
    return tree


def throw_away(tree: Path, trash: Path) -> bool:
    """Move ``tree`` into the folder ``trash``; False, ``tree`` left where it is, when it cannot."""
    if trash.is_symlink():
        return False
    try:
        trash.mkdir(parents=True, exist_ok=True)
        os.rename(tree, trash / f"{time.time_ns()}-{os.getpid()}")
        return True
    except OSError:
        return False


def empty_trash(trash: Path) -> None:
    """Remove what the folder ``trash`` holds in a process of its own, not waited for: a
    later build's removes what it left (two removing the same tree is harmless)."""
    if trash.is_symlink() or not trash.is_dir():
        return
    held = sorted(str(entry) for entry in trash.iterdir())
    if not held:
        return
    try:
        subprocess.Popen([sys.executable, "-c", _REMOVE, *held], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=os.name == "posix")
    except OSError:
        for path in held:
            shutil.rmtree(path, ignore_errors=True)


def keep_spare(old: Path, spare: Path) -> None:
    """Keep ``old``, a replaced tree, as the spare; remove it where it cannot be kept."""
    shutil.rmtree(spare, ignore_errors=True)  # a spare left over is out of date
    try:
        spare.parent.mkdir(parents=True, exist_ok=True)
        os.rename(old, spare)
    except OSError:
        shutil.rmtree(old, ignore_errors=True)


def next_spare(old: Path | None, out: Path, spare: Path, site: Collection[str], held: int) -> None:
    """Leave the spare tree for the next build: ``old``, the tree this publication
    replaced (None: there was none), holds ``held`` of the ``site`` files (the new
    output's, site-relative) as the output's own.  Kept as it is unless that leaves
    most of the site, and at least :data:`LINK_AHEAD_FROM` files, to link: then it
    goes to the trash and the spare is made of links to the output's files."""
    lacking = len(site) - held
    if lacking < LINK_AHEAD_FROM or 2 * lacking <= len(site):
        if old is not None:
            keep_spare(old, spare)
        return
    trash = spare.with_name(TRASH)
    if old is not None and not throw_away(old, trash):
        shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(spare, ignore_errors=True)  # a spare left over is out of date
    try:
        link_tree(out, spare, site)
    except OSError:  # no links here (another file system): the next build stages afresh
        shutil.rmtree(spare, ignore_errors=True)
    empty_trash(trash)


def link_tree(source: Path, target: Path, rels: Iterable[str]) -> None:
    """Make ``target`` a new folder holding a hard link to each file ``rels`` of ``source``."""
    os.makedirs(target)
    link_files(source, target, sorted(rels), {str(target)},
               lambda src, dst: os.link(src, dst, follow_symlinks=False))


def link_files(source: Path, target: Path, rels: Iterable[str], made: set[str],
               link: Callable[[str, str], None]) -> None:
    """``link`` each file ``rels`` (clean site-relative paths) of ``source`` to the same path
    below ``target``, making its folders first; ``made``: the folders known to exist, kept
    up to date."""
    src, dst = str(source) + os.sep, str(target) + os.sep
    for rel in rels:
        native = rel if os.sep == "/" else rel.replace("/", os.sep)  # a clean path: plain joins
        path = dst + native
        folder = os.path.dirname(path)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        link(src + native, path)


class SpareTree:
    """What the spare tree at ``root`` holds, listed once: each file's (or link's)
    inode by site-relative path, and its folders; then kept up to date as entries
    are removed."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.files: dict[str, int] = {}
        self.folders: set[str] = set()
        pending = [("", root)]
        while pending:
            prefix, folder = pending.pop()
            with os.scandir(folder) as entries:
                for e in entries:
                    rel = prefix + e.name
                    if e.is_dir(follow_symlinks=False):
                        self.folders.add(rel)
                        pending.append((rel + "/", e.path))
                    else:
                        self.files[rel] = e.inode()

    def path(self, rel: str) -> str:
        return os.path.join(self.root, *rel.split("/"))

    def clear(self, rel: str) -> None:
        """Make room for a new file at ``rel``: any entry there is removed, and any
        entry that is not a real folder where a folder above it must be."""
        parts = rel.split("/")
        for n in range(1, len(parts)):
            above = "/".join(parts[:n])
            if above in self.files:
                self._remove(above)
        if rel in self.files or rel in self.folders:
            self._remove(rel)

    def _remove(self, rel: str) -> None:
        path = self.path(rel)
        if rel in self.folders:
            shutil.rmtree(path, ignore_errors=True)
            inside = rel + "/"
            self.folders = {f for f in self.folders if f != rel and not f.startswith(inside)}
            for f in [f for f in self.files if f.startswith(inside)]:
                del self.files[f]
            return
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError:
            if not os.path.isdir(path) or os.path.islink(path):
                raise  # else a folder another writer of this build made in its place
        self.files.pop(rel, None)

    def prune(self, wanted: set[str]) -> None:
        """Remove every file not in ``wanted`` and every folder holding none of them."""
        needed = {"/".join(rel.split("/")[:n]) for rel in wanted for n in range(1, rel.count("/") + 1)}
        for folder in sorted(self.folders - needed):
            if folder in self.folders:  # not gone with a folder above it
                self._remove(folder)
        for rel in sorted(set(self.files) - wanted):
            self._remove(rel)
