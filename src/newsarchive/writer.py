"""Stage 8, write: put every output in place, touching only what changed.

Every output is computed in memory before this stage runs, so a build that
fails (bad template, colliding paths) never touches the previous site.  A new
site is written to a temporary folder beside the output and renamed into
place.  An existing site is updated in place: a file whose bytes are
unchanged is left alone (its time stamp too, so rsync and GitHub Pages see
only real changes), a changed file is written beside itself and renamed over
the old one, and every file the build no longer produces is removed, so no
stale page survives a deleted or renamed source.  A non-empty output folder
that was not made by this tool (no .nojekyll marker) is never touched:
deleting someone's folder by a typo in --out would be worse than a failed
build.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Mapping

MARKER = ".nojekyll"  # also tells GitHub Pages to serve the files as they are


class WriteError(RuntimeError):
    pass


def check_output_dir(out: Path, content: Path) -> None:
    """Refuse output folders that would destroy sources or unrelated files."""
    out_r, content_r = out.resolve(), content.resolve()
    if out_r == content_r or out_r in content_r.parents or content_r in out_r.parents:
        raise WriteError(f"{out}: the output folder must not contain or be inside the content folder {content}")
    if out_r == Path(out_r.anchor) or out_r == Path.home().resolve():
        raise WriteError(f"{out}: refusing to use this folder as output")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise WriteError(f"{out}: exists and was not made by newsarchive (no {MARKER}); "
                         "choose an empty or new folder")


def _safe_rel(rel: str) -> PurePosixPath:
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or not p.parts:
        raise WriteError(f"output path {rel!r} escapes the site folder")
    return p


@dataclass(frozen=True)
class WriteStats:
    written: int      # new or changed files
    unchanged: int    # files left as they were
    removed: int      # files of the previous site the build no longer produces


def write_site(outputs: Mapping[str, bytes], out: Path) -> WriteStats:
    """Make ``out`` hold exactly ``outputs`` (site-relative path → bytes) and the marker."""
    out = out.resolve()
    targets = {rel: _safe_rel(rel) for rel in outputs}  # every path checked before any write
    if out.is_dir() and (out / MARKER).is_file():
        return _update(outputs, targets, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel in sorted(outputs):
            target = tmp.joinpath(*targets[rel].parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(outputs[rel])
        (tmp / MARKER).write_bytes(b"")
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return WriteStats(len(outputs), 0, 0)


def _update(outputs: Mapping[str, bytes], targets: Mapping[str, PurePosixPath], out: Path) -> WriteStats:
    """Bring an existing site to ``outputs``: write what differs, remove what is gone."""
    present = {p.relative_to(out).as_posix(): p for p in out.rglob("*") if p.is_file() or p.is_symlink()}
    written = unchanged = removed = 0
    for rel, data in sorted(outputs.items()):
        path = out.joinpath(*targets[rel].parts)
        if rel in present and not path.is_symlink() and _same(path, data):
            unchanged += 1
            continue
        _replace(path, data, out)
        written += 1
    keep = set(outputs) | {MARKER}
    emptied: set[Path] = set()
    for rel in sorted(present):
        path = present[rel]
        if rel not in keep and (path.is_file() or path.is_symlink()):
            path.unlink()
            removed += 1
            emptied.update(p for p in path.parents if out in p.parents)
    for folder in sorted(emptied, key=lambda p: len(p.parts), reverse=True):  # deepest first
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return WriteStats(written, unchanged, removed)


def _same(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _replace(path: Path, data: bytes, out: Path) -> None:
    """Write ``data`` at ``path`` through a temporary file and a rename; a file or
    folder of the old site standing in the way is removed first."""
    for parent in reversed(path.relative_to(out).parents[:-1]):
        p = out / parent
        if p.is_file() or p.is_symlink():
            p.unlink()
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _swap(new: Path, out: Path) -> None:
    """Replace ``out`` by ``new`` with two renames; the old tree is removed last."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.rmdir(old)
        os.replace(out, old)
    os.replace(new, out)
    os.chmod(out, 0o755)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
