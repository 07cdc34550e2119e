"""YAML front matter of a text file: the values a writer states, which win over
what extraction finds in the text.

Front matter is written by hand, so any value may be wrong.  PyYAML turns an
unquoted ``2023-02-30`` into a date and raises ValueError when there is no such
day (a crash, not a YAML error); the loader here keeps such a scalar as its
text instead, and every known key's value is then checked here.  A value that
does not fit its key is a warning naming the key and the value, and is
ignored; the body always builds.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from ..extract.date_forms import parse_date_value

KEYS = {"title", "date", "district", "source", "url", "tags"}
#: Where a value written in front matter came from, as the build report says it.
FRONT_MATTER = "front matter"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
#: How much of a bad value a warning quotes.
_QUOTED = 60


class _Loader(yaml.SafeLoader):
    """SafeLoader whose timestamps that are no real date or time stay text."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError, AttributeError):
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def load_yaml(text: str) -> Any:
    """``text`` as YAML, safely (no Python objects); a timestamp that is no real
    date or time (2023-02-30, 2023-01-01 25:00:00) is its text."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """(front matter, body, warnings). Broken YAML is a warning: the body still builds."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, []
    body = text[m.end():]
    try:
        data = load_yaml(m.group(1))
    except Exception as e:  # a parser on hand-written text: whatever it raises, the body builds
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
        if key not in KEYS:
            warnings.append(f"front matter key {key!r} is not used (known: {', '.join(sorted(KEYS))})")
            continue
        try:
            clean[key] = front_matter_value(key, value)
        except ValueError as e:
            warnings.append(f"front matter {key}: {_quote(value)} ignored, {e}")
    return clean, body, warnings


def _quote(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _QUOTED else text[:_QUOTED - 1] + "…"


def front_matter_value(key: str, value: Any) -> Any:
    """The value to keep for a known ``key``; raise ValueError saying what was expected."""
    if key == "tags":
        if isinstance(value, str):
            value = [t for t in re.split(r"[,，、\s]+", value) if t]
        if not isinstance(value, list) or not all(
                isinstance(t, (str, int)) and not isinstance(t, bool) for t in value):
            raise ValueError("expected a list of tags")
        return tuple(str(t) for t in value)
    if key == "date":
        return _date_value(value)
    if not isinstance(value, (str, int, float)) or isinstance(value, bool) or str(value).strip() == "":
        raise ValueError("expected text")
    return str(value).strip()


def _date_value(value: Any) -> Any:
    """A date, a year, or text that names a real date; anything else is refused."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        value = value.strip()
    if isinstance(value, (str, int)) and not isinstance(value, bool) and value != "" \
            and _real_timestamp(value) and parse_date_value(value) is not None:
        return value
    raise ValueError("expected a real date such as 2024-06-18")


def _real_timestamp(value: Any) -> bool:
    """False for text shaped like a YAML timestamp that names no real date and time."""
    if not isinstance(value, str) or not yaml.SafeLoader.timestamp_regexp.match(value):
        return True
    return isinstance(load_yaml(value), dt.date)
