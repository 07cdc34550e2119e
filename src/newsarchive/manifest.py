"""What the build wrote into the output folder, and so what a later build may remove.

The output folder holds a manifest (:data:`MANIFEST`): the site-relative path of
every file the last build wrote there, one a line.  A later build removes only
files the manifest lists; anything else in the folder (a ``.git/`` folder, a
``CNAME``, a README put there by hand) is not the build's and is left alone.
``.nojekyll`` proves nothing: GitHub Pages users put it in folders of their own.

A folder the manifest does not vouch for is refused unless it is empty, with one
exception: a folder written by a version of the build that kept no manifest.
That version kept, in the cache folder, a record of the pages it wrote into this
very folder with a hash of each one's bytes; when the record names the folder
and a file in it still has the bytes recorded, the folder is the build's.  Then
the recorded files and ``.nojekyll`` count as written by the build, and so does
any file at a path the new site writes (the old version wrote untagged files
it did not record); other files are left alone.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .diskstore import read_pickle

MANIFEST = ".newsarchive-manifest"
MARKER = ".nojekyll"  # tells GitHub Pages to serve the files as they are
_HEADER = "# newsarchive manifest: the files the build wrote here; a later build removes only these"


class OwnershipError(RuntimeError):
    """The output folder holds files the build cannot prove it wrote."""


@dataclass(frozen=True)
class Owned:
    """The files of the output folder a previous build wrote (site-relative POSIX paths)."""

    paths: frozenset[str]
    #: True for a folder of the version before the manifest (see the module docstring):
    #: a file at a path the new site writes counts as the build's too.
    migrated: bool = False


NOTHING = Owned(frozenset())


def manifest_bytes(paths: set[str] | frozenset[str]) -> bytes:
    """The manifest listing ``paths``, sorted (two builds of the same site write the same bytes)."""
    return "".join(f"{line}\n" for line in [_HEADER, *sorted(paths)]).encode("utf-8")


def read_manifest(out: Path) -> frozenset[str] | None:
    """The paths the manifest in ``out`` lists; None when there is none or it is not one."""
    try:
        text = (out / MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lines = text.split("\n")
    if lines[0] != _HEADER or lines[-1] != "":
        return None
    return frozenset(line for line in lines[1:-1] if line)


def owned_files(out: Path, record: Path | None) -> Owned:
    """What of ``out`` earlier builds wrote; raises :class:`OwnershipError` naming the folder
    when it holds anything and neither a manifest nor the old record vouch for it.
    ``record``: the file where the version before the manifest recorded its pages."""
    if not out.exists():
        return NOTHING
    if not out.is_dir():
        raise OwnershipError(f"{out}: exists and is not a folder; choose an empty or new folder")
    listed = read_manifest(out)
    if listed is not None:
        return Owned(listed)
    if not any(out.iterdir()):
        return NOTHING
    old = _recorded_by_old_version(out, record)
    if old is not None:
        return Owned(old | {MARKER}, migrated=True)
    raise OwnershipError(f"{out}: not empty and not written by newsarchive (no {MANIFEST} in it); "
                         "nothing in it is touched: choose an empty or new folder")


def _recorded_by_old_version(out: Path, record: Path | None) -> frozenset[str] | None:
    """The files the record of the version before the manifest lists in ``out``, when
    ``out`` holds its ``.nojekyll`` and one of them still has the bytes recorded; else None."""
    if record is None or not (out / MARKER).is_file():
        return None
    data = read_pickle(record)
    if not isinstance(data, dict) or data.get("out") != str(out.resolve()) or not isinstance(data.get("files"), dict):
        return None
    files = {rel: entry for rel, entry in data["files"].items()
             if isinstance(rel, str) and isinstance(entry, tuple) and len(entry) == 4
             and not rel.startswith("/") and ".." not in rel.split("/")}
    present = {rel for rel in files if os.path.isfile(out / rel) and not os.path.islink(out / rel)}
    for rel in sorted(present):
        size, _, _, digest = files[rel]
        try:
            data_bytes = (out / rel).read_bytes() if (out / rel).stat().st_size == size else None
        except OSError:
            continue
        if data_bytes is not None and hashlib.sha256(data_bytes).digest()[:len(digest)] == digest:
            return frozenset(present)
    return None
