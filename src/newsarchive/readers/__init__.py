"""Readers: one module per input format, chosen by the file's extension.

Each format is a module of this package that defines ``FORMAT`` (its name),
``SUFFIXES`` (the extensions it reads, lower case) and
``read(rel, raw) -> Reading``; the registry below finds them, so adding a
format is adding a module.  Every reader hands over the same record,
:class:`~newsarchive.records.SourceFile`, to the split stage.  Helper modules
(no ``SUFFIXES``) are skipped.  A reader raises :class:`SourceError` for a file
it cannot use; the caller reports it with the file's name.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import PurePath
from types import ModuleType

from .base import Reading, SourceError, decode_text, normalise

__all__ = ["Reading", "SourceError", "READERS", "SUFFIXES", "decode_text", "format_of", "normalise",
           "read"]


def _registry() -> dict[str, ModuleType]:
    """Format name → reader module, for every module of this package that reads files."""
    readers: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "SUFFIXES") and hasattr(module, "read"):
            readers[module.FORMAT] = module
    return readers


#: Format name → reader module.
READERS = _registry()


def _suffixes() -> dict[str, str]:
    out: dict[str, str] = {}
    for fmt, module in READERS.items():
        for suffix in module.SUFFIXES:
            if suffix in out:
                raise ImportError(f"readers {out[suffix]!r} and {fmt!r} both claim {suffix}")
            out[suffix] = fmt
    return out


#: Extension (lower case, with the dot) → format name.
SUFFIXES = _suffixes()


def format_of(path: str | PurePath) -> str:
    """The format of the file at ``path`` by its extension; KeyError when none reads it."""
    return SUFFIXES[PurePath(path).suffix.lower()]


def read(rel: str, raw: bytes, fmt: str) -> Reading:
    """The source records of one file's bytes; SourceError when it cannot be used."""
    return READERS[fmt].read(rel, raw)
