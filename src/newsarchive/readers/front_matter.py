"""YAML front matter of a text file: the values a writer states, which win over
what extraction finds in the text."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

KEYS = {"title", "date", "district", "source", "url", "tags"}
#: Where a value written in front matter came from, as the build report says it.
FRONT_MATTER = "front matter"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


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
        if key not in KEYS:
            warnings.append(f"front matter key {key!r} is not used (known: {', '.join(sorted(KEYS))})")
            continue
        try:
            clean[key] = _value(key, value)
        except ValueError as e:
            warnings.append(f"front matter {key}: {e}; ignored")
    return clean, body, warnings


def _value(key: str, value: Any) -> Any:
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
