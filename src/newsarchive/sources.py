"""Stage 1, read: find the source files and hand their bytes to the readers.

What a file holds is read by the reader of its format (:mod:`.readers`); a
file that is binary, empty, too large or undecodable is reported and skipped,
never fatal.
"""
from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from .readers import SUFFIXES, SourceError, normalise, read
from .readers.front_matter import KEYS as FRONT_MATTER_KEYS, split_front_matter
from .records import SourceFile

__all__ = ["FRONT_MATTER_KEYS", "SUFFIXES", "Discovery", "ReadResult", "SourceError", "discover",
           "check_size", "normalise", "read_bytes", "read_source", "read_stat_bytes", "source_format", "split_front_matter"]


@dataclass(frozen=True)
class ReadResult:
    """A file's source records (most files give one) and the reader's warnings."""

    sources: tuple[SourceFile, ...]
    warnings: tuple[str, ...] = ()

    @property
    def source(self) -> SourceFile:
        """The first (for most formats the only) record."""
        return self.sources[0]


@dataclass(frozen=True)
class Discovery:
    """What :func:`discover` found: the files to read, and the entries it would not
    or could not follow, each as (path relative to the content folder, reason)."""

    #: each file's path as the operating system takes it (the content folder's path joined
    #: to its relative path): strings, as making tens of thousands of Path objects costs
    #: a rebuild that reads none of them about 10 µs a file
    paths: tuple[str, ...]
    problems: tuple[tuple[str, str], ...] = ()
    #: each file's path relative to the content folder, with "/" (as ``paths``)
    rels: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[Path, ...]:
        return tuple(map(Path, self.paths))


def discover(content: Path) -> Discovery:
    """Every file a reader reads (by extension) under ``content``, recursively, in a stable order.

    Hidden files and folders (".git", ".DS_Store") are not articles.  os.scandir:
    an archive has tens of thousands of files, and pathlib's walk costs several
    times more.  A symbolic link is followed only when its target lies inside the
    content folder (nothing else on the machine may end up on the site), and a
    link to a folder only when that folder is not one the walk is already inside
    (a loop).  Each link not followed, and each folder that cannot be read, is
    reported.
    """
    root = os.path.realpath(content)
    found: list[str] = []
    problems: list[tuple[str, str]] = []
    #: (path relative to content, folder, resolved paths of the folders walked to reach it)
    folders: list[tuple[str, str, tuple[str, ...]]] = [("", str(content), (root,))]
    while folders:
        prefix, folder, chain = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for e in entries:
                    if e.name.startswith("."):
                        continue
                    rel = prefix + e.name
                    article = os.path.splitext(e.name)[1].lower() in SUFFIXES
                    try:
                        if not e.name.isascii() and _undecodable(e.name):
                            is_folder = e.is_dir()
                            if is_folder or article:
                                problems.append((_undecodable_shown(rel) + "/" * is_folder,
                                                 "name is not valid UTF-8 (rename it); not read"))
                            continue
                        target = None
                        if e.is_symlink():
                            target = _link_target(e.path, rel, article, root, chain, problems)
                            if target is None:
                                continue
                        if e.is_dir():
                            target = target or os.path.join(chain[-1], e.name)
                            folders.append((rel + "/", e.path, chain + (target,)))
                        elif article and e.is_file():
                            found.append(rel)
                    except OSError as err:
                        problems.append((_undecodable_shown(rel), f"cannot read: {err.strerror or err}"))
        except OSError as err:
            problems.append((prefix or "./", f"cannot read folder: {err.strerror or err}; its files are not read"))
    found.sort()
    base = os.path.join(str(content), "")
    # one string join a file, not pathlib's parsing: an archive has tens of thousands
    return Discovery(tuple(base + rel.replace("/", os.sep) for rel in found), tuple(sorted(problems)), tuple(found))


def _link_target(path: str, rel: str, article: bool, root: str, chain: tuple[str, ...],
                 problems: list[tuple[str, str]]) -> str | None:
    """The resolved target of the link at ``path`` when it is to be followed, else None
    (with a problem recorded when the link would have been read: a loop, a target
    outside the content folder, a missing article file)."""
    try:
        target = os.path.realpath(path, strict=True)
    except OSError as e:
        if e.errno == errno.ELOOP:
            problems.append((rel, "symbolic link loop (the link leads to itself); not followed"))
        elif article:
            problems.append((rel, f"symbolic link to a file that does not exist "
                                  f"({os.path.realpath(path)}); not read"))
        return None
    folder = os.path.isdir(target)
    if not (folder or article):
        return None
    if not _within(target, root):
        problems.append((rel, f"symbolic link to {target}, outside the content folder; not read"))
        return None
    if folder and any(_within(walked, target) for walked in chain):
        where = os.path.relpath(target, root).replace(os.sep, "/")
        problems.append((rel, "symbolic link loop (it leads back to "
                              f"{'the content folder' if where == '.' else where + '/'}); not followed"))
        return None
    return target


def _undecodable(name: str) -> bool:
    """Whether a file name read from the OS holds bytes that are not UTF-8 (kept by
    Python as lone surrogates): no page, report or cache key can hold it."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _undecodable_shown(rel: str) -> str:
    r"""``rel`` with each byte that is not UTF-8 written as ``\xNN``."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _within(path: str, root: str) -> bool:
    """Whether the resolved ``path`` is ``root`` or lies under it."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def read_bytes(path: Path, max_bytes: int, content: Path | None = None) -> bytes:
    """The file's bytes; raise SourceError when it is over the size limit or unreadable,
    or (given the ``content`` folder) when it resolves to a file outside that folder:
    a link may have been changed since :func:`discover` looked at it."""
    return read_stat_bytes(path, max_bytes, content)[0]


def read_stat_bytes(path: Path | str, max_bytes: int, content: Path | None = None) -> tuple[bytes, os.stat_result]:
    """:func:`read_bytes`, and the file's status as it was opened for reading."""
    if content is not None:
        target = os.path.realpath(path)
        if not _within(target, os.path.realpath(content)):
            raise SourceError(f"symbolic link to {target}, outside the content folder; not read")
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            check_size(st.st_size, max_bytes)
            return f.read(), st
    except OSError as e:
        raise SourceError(f"cannot read: {e.strerror or e}") from e


def check_size(size: int, max_bytes: int) -> None:
    """Raise SourceError when a file of ``size`` bytes is over the limit ``max_bytes``."""
    if size > max_bytes:
        raise SourceError(f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB "
                          "(max_file_bytes in site.yaml)")


def source_format(path: Path | str) -> str:
    """The reader's format of the file at ``path``, by its extension (KeyError when none)."""
    return SUFFIXES[os.path.splitext(path)[1].lower()]


def read_source(path: Path, content: Path, max_bytes: int) -> ReadResult:
    """Read one file into its :class:`SourceFile` records; raise SourceError when it cannot be used."""
    rel = path.relative_to(content).as_posix()
    reading = read(rel, read_bytes(path, max_bytes, content), source_format(path))
    return ReadResult(reading.sources, reading.warnings)
