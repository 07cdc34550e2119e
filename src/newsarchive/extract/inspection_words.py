"""The label words of inspection announcements, read once from ``data/inspections.yaml``.

The word lists are data (what announcements write); the modules that read
announcements import them from here as tuples and ready-made alternations.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..yamlfile import read_yaml


_DATA = Path(__file__).resolve().parent / "data" / "inspections.yaml"


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    raw = read_yaml(_DATA)
    return {key: tuple(str(w) for w in value) for key, value in raw.items()}


def words(key: str) -> tuple[str, ...]:
    """One list of the data file, longest word first (so alternations prefer it)."""
    return tuple(sorted(_words()[key], key=len, reverse=True))


def alternation(key: str) -> str:
    """The words of one list as a regex alternation (no group)."""
    return "|".join(re.escape(w) for w in words(key))
