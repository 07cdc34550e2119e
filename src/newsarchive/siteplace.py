"""Where a site may be written, and taking it before a build starts.

An output folder is refused when it holds or lies in the content folder, is
the root or the home folder, or holds files no build wrote without the
manifest saying which are ours: deleting someone's folder by a typo in --out
would be worse than a failed build.  :func:`take_site` takes the site's lock
(:mod:`.sitelock`) and, holding it, finishes a publication a killed build
left half done and removes the temporary folders killed builds left beside
the output.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from .manifest import Owned, OwnershipError, owned_files
from .publish import PublishError, journal_of, recover
from .sitelock import LockError, SiteLock

__all__ = ["WriteError", "check_output_dir", "check_output_place", "owned_output", "take_site"]


class WriteError(RuntimeError):
    pass


def check_output_dir(out: Path, content: Path, record: Path | None = None) -> None:
    """Refuse output folders that would destroy sources or unrelated files
    (``record``: see :func:`.manifest.owned_files`)."""
    check_output_place(out, content)
    owned_output(out, record)


def check_output_place(out: Path, content: Path) -> None:
    """Refuse output folders that hold or lie in the content folder, the root or the home folder."""
    out_r, content_r = out.resolve(), content.resolve()
    if out_r == content_r or out_r in content_r.parents or content_r in out_r.parents:
        raise WriteError(f"{out}: the output folder must not contain or be inside the content folder {content}")
    if out_r == Path(out_r.anchor) or out_r == Path.home().resolve():
        raise WriteError(f"{out}: refusing to use this folder as output")


def owned_output(out: Path, record: Path | None) -> Owned:
    """The files of ``out`` the build wrote (see :func:`.manifest.owned_files`), or :class:`WriteError`."""
    try:
        return owned_files(out, record)
    except OwnershipError as e:
        raise WriteError(str(e)) from None


#: Temporary folders a writer makes beside the output ``out``: ``.<out name><suffix>*``.
_TEMPORARY = (".staged-", ".new-", ".old-")


def take_site(out: Path) -> SiteLock:
    """The lock of the site ``out`` (see :mod:`.sitelock`), to take before a build does any
    work; holding it, finish a publication a killed build left half done and remove the
    temporary folders killed builds left beside the output.  Raises :class:`WriteError`
    when another build holds it."""
    out = out.resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        lock = SiteLock(out)
    except LockError as e:
        raise WriteError(str(e)) from None
    except OSError as e:  # a read-only place, a file where a folder should be
        raise WriteError(f"{out}: cannot write the site here: {e.filename or out.parent}: {e.strerror}") from None
    try:
        recover(out)
    except PublishError as e:
        lock.release()
        raise WriteError(str(e)) from None
    except BaseException:
        lock.release()
        raise
    if lock.held:
        _remove_abandoned(out)
    if os.path.ismount(out):
        lock.release()
        raise WriteError(f"{out}: a mount point; the site is swapped in by renaming folders, which a mount "
                         f"point cannot be: choose a folder inside it, e.g. {out / 'site'}")
    return lock


def _remove_abandoned(out: Path) -> None:
    """Remove the temporary folders of builds of ``out`` that died before cleaning up
    (only called with the lock held, so no build is using them)."""
    prefixes = tuple(f".{out.name}{suffix}" for suffix in _TEMPORARY)
    for entry in out.parent.iterdir():
        if entry.name.startswith(prefixes) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
    half_written = journal_of(out).with_name(journal_of(out).name + ".tmp")  # killed while writing it
    if half_written.is_file():
        half_written.unlink()
