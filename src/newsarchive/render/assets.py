"""Copies of the static assets (config.static → static/ in the site).

Scripts and style sheets are copied minified (comments and spacing dropped by
rjsmin and rcssmin): the sources keep their comments for whoever reads them,
and a reader's first search fetches a third fewer bytes of code.

A folder named ``<name>.parts`` holds the parts of one file: its files, in
name order, are joined into ``<name><suffix>`` (the parts' own suffix), so a
long script is kept as modules of its own while the page still fetches one
file.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import rcssmin
import rjsmin

#: How a file of each suffix is shrunk on its way into the site.
MINIFIERS: dict[str, Callable[[str], str]] = {
    ".js": lambda text: rjsmin.jsmin(text),
    ".css": lambda text: rcssmin.cssmin(text),
}


def minified(path: Path, data: bytes) -> bytes:
    """``data`` minified by the suffix of ``path``; as it is when no minifier applies
    or the file is not UTF-8."""
    minify = MINIFIERS.get(path.suffix.lower())
    if minify is None:
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return minify(text).encode("utf-8")


#: The suffix of a folder whose files are joined into one file of the site.
PARTS_SUFFIX = ".parts"


class StaticAssetError(ValueError):
    """A folder of parts that cannot be joined into one file."""


def joined_parts(folder: Path) -> tuple[str, bytes]:
    """The file name and bytes ``folder`` (``<name>.parts``) joins into: its
    regular files in name order, a newline between two, all of one suffix."""
    parts = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    suffixes = {p.suffix.lower() for p in parts}
    if len(suffixes) != 1:
        raise StaticAssetError(f"{folder}: the parts of one file need one suffix, found {sorted(suffixes) or 'none'}")
    data = b"\n".join(p.read_bytes().rstrip(b"\n") for p in parts) + b"\n"
    return folder.name[: -len(PARTS_SUFFIX)] + parts[0].suffix, data


def copy_static(static_dir: Path) -> dict[str, bytes]:
    """Every regular file under ``static_dir`` as ``static/<relpath>`` (scripts and style
    sheets minified), the files of a ``<name>.parts`` folder joined into one; dotfiles
    skipped."""
    out: dict[str, bytes] = {}
    if not static_dir.is_dir():
        return out
    for path in sorted(static_dir.rglob("*")):
        rel = path.relative_to(static_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if any(part.endswith(PARTS_SUFFIX) for part in rel.parts[:-1]):
            continue  # joined with its folder
        if path.is_dir() and path.name.endswith(PARTS_SUFFIX):
            name, data = joined_parts(path)
            target = rel.with_name(name)
            out[f"static/{target.as_posix()}"] = minified(target, data)
        elif path.is_file():
            out[f"static/{rel.as_posix()}"] = minified(path, path.read_bytes())
    return out
