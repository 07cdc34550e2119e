"""The word lists of the people and title extractors, read from ``data/*.yaml``.

The lists are data (posts, surnames, verbs that end a name, byline roles),
kept apart from the code that applies them so they can be read and extended
without touching the rules.  Each file is read once per process.
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from ..yamlfile import load_yaml


@functools.lru_cache(maxsize=None)
def _table(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    table = load_yaml(text)
    if not isinstance(table, dict):
        raise ValueError(f"extract/data/{name}.yaml: expected a mapping of word lists")
    return table


def words(name: str, key: str) -> tuple[str, ...]:
    """The list ``key`` of ``data/<name>.yaml``, in file order."""
    value = _table(name)[key]
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise ValueError(f"extract/data/{name}.yaml: {key} must be a list of words")
    return tuple(value)


def mapping(name: str, key: str) -> dict[str, str]:
    """The word-to-word table ``key`` of ``data/<name>.yaml``."""
    value = _table(name)[key]
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError(f"extract/data/{name}.yaml: {key} must be a mapping of words to words")
    return dict(value)


def chars(name: str, key: str) -> frozenset[str]:
    """The characters of the string ``key`` of ``data/<name>.yaml`` (whitespace ignored)."""
    value = _table(name)[key]
    if not isinstance(value, str):
        raise ValueError(f"extract/data/{name}.yaml: {key} must be a string of characters")
    return frozenset("".join(value.split()))


def ranked_chars(name: str, key: str) -> dict[str, int]:
    """The characters of the string ``key`` with their rank in file order (0 first)."""
    value = _table(name)[key]
    if not isinstance(value, str):
        raise ValueError(f"extract/data/{name}.yaml: {key} must be a string of characters")
    return {c: i for i, c in enumerate("".join(value.split()))}
