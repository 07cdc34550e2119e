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
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

#: Where the record's folder keeps the spare tree.
SPARE = "site.spare"


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


def keep_spare(old: Path, spare: Path) -> None:
    """Keep ``old``, a replaced tree, as the spare; remove it where it cannot be kept."""
    shutil.rmtree(spare, ignore_errors=True)  # a spare left over is out of date
    try:
        spare.parent.mkdir(parents=True, exist_ok=True)
        os.rename(old, spare)
    except OSError:
        shutil.rmtree(old, ignore_errors=True)


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
