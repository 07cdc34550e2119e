"""Plain text as newspapers publish it: lines that the page layout may have broken.

A .txt file may open with front matter too (a ``---`` line first); one that holds a page's
markup (its source saved as text) is read by the markup's blocks (:mod:`.txt_markup`)."""
from __future__ import annotations

import hashlib
from typing import Any

from ..records import SourceFile
from .base import Reading, SourceError, decode_text
from .front_matter import FRONT_MATTER, split_front_matter
from .txt_markup import is_markup, markup_text

FORMAT = "txt"
SUFFIXES = (".txt",)


def read(rel: str, raw: bytes) -> Reading:
    return read_text(rel, raw, FORMAT, front_matter_only_when_marked=True)


def read_text(rel: str, raw: bytes, fmt: str, front_matter_only_when_marked: bool) -> Reading:
    """One :class:`SourceFile` of a text file; front matter taken off its top."""
    text, encoding, warnings = decode_text(raw)
    front: dict[str, Any] = {}
    if not front_matter_only_when_marked or text.startswith("---\n"):
        front, text, fm_warnings = split_front_matter(text)
        warnings += fm_warnings
    if fmt == FORMAT and is_markup(text):     # a page's source saved as text: its blocks are its lines
        text = markup_text(text)
    if not text.strip():
        raise SourceError("no article text" + (" after the front matter" if front else ""))
    src = SourceFile(path=rel, text=text, encoding=encoding, fmt=fmt, front_matter=front,
                     sha256=hashlib.sha256(raw).hexdigest(), provenance=dict.fromkeys(front, FRONT_MATTER))
    return Reading((src,), tuple(warnings))
