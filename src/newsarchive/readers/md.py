"""Markdown with optional YAML front matter (``title``, ``date``, ``district``, ``url`` …)."""
from __future__ import annotations

from .base import Reading
from .txt import read_text

FORMAT = "md"
SUFFIXES = (".md", ".markdown")


def read(rel: str, raw: bytes) -> Reading:
    return read_text(rel, raw, FORMAT, front_matter_only_when_marked=False)
