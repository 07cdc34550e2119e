"""Copies of the static assets (config.static → static/ in the site).

Scripts and style sheets are copied minified (comments and spacing dropped by
rjsmin and rcssmin): the sources keep their comments for whoever reads them,
and a reader's first search fetches a third fewer bytes of code.
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


def copy_static(static_dir: Path) -> dict[str, bytes]:
    """Every regular file under ``static_dir`` as ``static/<relpath>`` (scripts and style
    sheets minified); dotfiles skipped."""
    out: dict[str, bytes] = {}
    if not static_dir.is_dir():
        return out
    for path in sorted(static_dir.rglob("*")):
        rel = path.relative_to(static_dir)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            out[f"static/{rel.as_posix()}"] = minified(path, path.read_bytes())
    return out
