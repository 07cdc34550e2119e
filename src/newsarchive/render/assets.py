"""Copies of the static assets (config.static → static/ in the site)."""
from __future__ import annotations

from pathlib import Path


def copy_static(static_dir: Path) -> dict[str, bytes]:
    """Every regular file under ``static_dir`` as ``static/<relpath>``; dotfiles skipped."""
    out: dict[str, bytes] = {}
    if not static_dir.is_dir():
        return out
    for path in sorted(static_dir.rglob("*")):
        rel = path.relative_to(static_dir)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            out[f"static/{rel.as_posix()}"] = path.read_bytes()
    return out
