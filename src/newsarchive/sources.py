"""Stage 1, read: find the source files, decode them, parse front matter.

Decoding is :mod:`.decoding`'s; a file that is binary, empty, too large or
undecodable is reported and skipped, never fatal.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .decoding import DecodeError, decode
from .records import SourceFile
from .textnorm import fold_alnum, translator

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}
FRONT_MATTER_KEYS = {"title", "date", "district", "source", "url", "tags"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_INVISIBLE[0xA0] = " "
_drop_invisible = translator(_INVISIBLE)


class SourceError(ValueError):
    """The file cannot be used; the message says why (the caller names the file)."""


@dataclass(frozen=True)
class ReadResult:
    source: SourceFile
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Discovery:
    """What :func:`discover` found: the files to read, and the entries it would not
    or could not follow, each as (path relative to the content folder, reason)."""

    files: tuple[Path, ...]
    problems: tuple[tuple[str, str], ...] = ()


def discover(content: Path) -> Discovery:
    """Every .txt/.md file under ``content``, recursively, in a stable order.

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
    return Discovery(tuple(content.joinpath(*rel.split("/")) for rel in sorted(found)), tuple(sorted(problems)))


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


def normalise(text: str) -> str:
    """Unify line endings, drop invisible characters, fold full-width digits/letters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _drop_invisible(text)
    return fold_alnum(text)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """(front matter, body, warnings). Broken YAML is a warning: the body still builds."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, []
    body = text[m.end():]
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        return {}, body, [f"front matter is not valid YAML ({first}); front matter ignored"]
    if data is None:
        return {}, body, []
    if not isinstance(data, dict):
        return {}, body, ["front matter is not a mapping of keys; front matter ignored"]
    warnings = []
    clean: dict[str, Any] = {}
    for key in sorted(data, key=str):
        value = data[key]
        if key not in FRONT_MATTER_KEYS:
            warnings.append(f"front matter key {key!r} is not used (known: {', '.join(sorted(FRONT_MATTER_KEYS))})")
            continue
        try:
            clean[key] = _front_matter_value(key, value)
        except ValueError as e:
            warnings.append(f"front matter {key}: {e}; ignored")
    return clean, body, warnings


def _front_matter_value(key: str, value: Any) -> Any:
    if key == "tags":
        if isinstance(value, str):
            value = [t for t in re.split(r"[,，、\s]+", value) if t]
        if not isinstance(value, list) or not all(isinstance(t, (str, int)) for t in value):
            raise ValueError("expected a list of tags")
        return tuple(str(t) for t in value)
    if key == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and value.strip():
            return value.strip()
        raise ValueError("expected a date such as 2024-06-18")
    if not isinstance(value, (str, int, float)) or isinstance(value, bool) or str(value).strip() == "":
        raise ValueError("expected text")
    return str(value).strip()


def decode_source(rel: str, raw: bytes, fmt: str) -> tuple[SourceFile, list[str]]:
    """Bytes of one file → (SourceFile, warnings); raise SourceError when unusable."""
    try:
        text, encoding, warnings = decode(raw)
    except DecodeError as e:
        raise SourceError(str(e)) from e
    text = normalise(text)
    front: dict[str, Any] = {}
    if fmt == "md" or text.startswith("---\n"):
        front, text, fm_warnings = split_front_matter(text)
        warnings += tuple(fm_warnings)
    if not text.strip():
        raise SourceError("no article text" + (" after the front matter" if front else ""))
    src = SourceFile(path=rel, text=text, encoding=encoding, fmt=fmt, front_matter=front,
                     sha256=hashlib.sha256(raw).hexdigest())
    return src, list(warnings)


def read_bytes(path: Path, max_bytes: int, content: Path | None = None) -> bytes:
    """The file's bytes; raise SourceError when it is over the size limit or unreadable,
    or (given the ``content`` folder) when it resolves to a file outside that folder:
    a link may have been changed since :func:`discover` looked at it."""
    if content is not None:
        target = os.path.realpath(path)
        if not _within(target, os.path.realpath(content)):
            raise SourceError(f"symbolic link to {target}, outside the content folder; not read")
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise SourceError(f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB "
                                  "(max_file_bytes in site.yaml)")
            return f.read()
    except OSError as e:
        raise SourceError(f"cannot read: {e.strerror or e}") from e


def source_format(path: Path) -> str:
    return SUFFIXES[path.suffix.lower()]


def read_source(path: Path, content: Path, max_bytes: int) -> ReadResult:
    """Read one file into a :class:`SourceFile`; raise SourceError when it cannot be used."""
    rel = path.relative_to(content).as_posix()
    src, warnings = decode_source(rel, read_bytes(path, max_bytes, content), source_format(path))
    return ReadResult(src, tuple(warnings))
