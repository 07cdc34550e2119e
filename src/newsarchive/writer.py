"""Stage 8, write: put every output in place atomically.

The site is written to a temporary folder beside the output and swapped in at
the end, so a build that fails midway leaves the previous site untouched.  A
non-empty output folder that was not made by this tool (no .nojekyll marker)
is never replaced: deleting someone's folder by a typo in --out would be worse
than a failed build.
"""
from __future__ import annotations

import os
import shutil
import tempfile
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


def write_site(outputs: Mapping[str, bytes], out: Path) -> None:
    """Write ``outputs`` (site-relative path → bytes) as the new content of ``out``."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel in sorted(outputs):
            target = tmp.joinpath(*_safe_rel(rel).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(outputs[rel])
        (tmp / MARKER).write_bytes(b"")
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


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
