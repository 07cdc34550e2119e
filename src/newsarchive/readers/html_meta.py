"""An article's metadata as a saved web page states it: headline, date, author,
address and site name, each with the place it was found (for the build report).

The places and their order are data (``data/html_meta.yaml``).  What a page
states in its markup wins over what extraction would guess from the text, as
front matter does; the text's own date is only used when the page gives none.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from ..yamlfile import read_yaml


_DATA = Path(__file__).resolve().parent / "data" / "html_meta.yaml"
FIELDS = ("title", "date", "author", "url", "site")

_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_TITLE_SEP = re.compile(r"\s*[_|｜]\s*|\s+[-–—]+\s+|(?<=[\u4e00-\u9fff])[-–—]+(?=[\u4e00-\u9fff])")
_SPACES = re.compile(r"[\s\u3000]+")
#: What a browser writes above a page it saved: ``<!-- saved from url=(0062)http://… -->``.
_SAVED_FROM = re.compile(r"\s*saved from url=\(\d+\)(\S+)")


@dataclass(frozen=True)
class Rules:
    order: dict[str, tuple[str, ...]]
    url_dates: tuple[re.Pattern[str], ...]
    jsonld_types: frozenset[str]
    not_authors: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = read_yaml(_DATA)
    return Rules(order={f: tuple(data[f]) for f in FIELDS},
                 url_dates=tuple(re.compile(p) for p in data["url_dates"]),
                 jsonld_types=frozenset(data["jsonld_types"]),
                 not_authors=frozenset(a.lower() for a in data["not_authors"]))


@dataclass(frozen=True)
class Found:
    """Metadata values (title, date, author, url, site) and where each was found."""

    values: dict[str, Any]
    places: dict[str, str]


def text_of(el: Any) -> str:
    """An element's text, its descendants' included, white space collapsed."""
    return _SPACES.sub(" ", "".join(el.itertext())).strip()


def parse_date(value: str) -> dt.date | None:
    """The calendar date a metadata value starts with (2023-05-06T08:00:00+08:00,
    2023/5/6, 20230506, 2023年5月6日), as written: no time zone is applied."""
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def url_date(url: str) -> dt.date | None:
    for rx in rules().url_dates:
        m = rx.search(url)
        if m:
            try:
                return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    return None


def page_metadata(root: Any) -> Found:
    """The metadata of the page whose parsed tree is ``root``."""
    metas = _metas(root)
    jsonld = list(_jsonld_articles(root))
    values: dict[str, Any] = {}
    places: dict[str, str] = {}
    for field in ("url", "site", "title", "author", "date"):   # title may need the site, date the url
        for place in rules().order[field]:
            value = _lookup(place, root, metas, jsonld, values)
            value = _clean(field, value, values) if value is not None else None
            if value:
                values[field], places[field] = value, _place_name(place)
                break
    return Found(values, places)


def _place_name(place: str) -> str:
    kind, _, key = place.partition(":")
    return {"meta": f"<meta {key}>", "jsonld": f"JSON-LD {key}", "link": f"<link rel={key}>",
            "h1": "<h1>", "title": "<title>", "url": "date in the page's address",
            "saved": "the browser's saved-from comment"}[kind]


def _metas(root: Any) -> dict[str, str]:
    """Lower-cased meta name/property/itemprop → first non-empty content."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in ("name", "property", "itemprop"):
            key = (el.get(attr) or "").strip().lower()
            if key and key not in out:
                out[key] = content
    return out


def _jsonld_articles(root: Any) -> Iterator[dict[str, Any]]:
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(k in rules().jsonld_types for k in kinds if isinstance(k, str)):
                    yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _lookup(place: str, root: Any, metas: dict[str, str], jsonld: list[dict[str, Any]],
            found: dict[str, Any]) -> Any:
    kind, _, key = place.partition(":")
    if kind == "meta":
        return metas.get(key.lower())
    if kind == "jsonld":
        for item in jsonld:
            value: Any = item
            for part in key.split("."):
                if isinstance(value, list):
                    value = value[0] if value else None
                value = value.get(part) if isinstance(value, dict) else None
            if isinstance(value, list):
                value = "、".join(str(v.get("name", "")) if isinstance(v, dict) else str(v) for v in value)
            if isinstance(value, (str, int)) and str(value).strip():
                return str(value)
        return None
    if kind == "link":
        for el in root.iter("link"):
            if key in (el.get("rel") or "").lower().split() and (el.get("href") or "").strip():
                return el.get("href").strip()
        return None
    if kind == "h1":
        heads = [h for h in root.iter("h1") if text_of(h)]
        return text_of(heads[0]) if len(heads) == 1 else None
    if kind == "title":
        el = root.find(".//title")
        return _headline_of_title(text_of(el), found.get("site")) if el is not None else None
    if kind == "url":
        return found.get("url")
    if kind == "saved":
        head = root.find("head")
        for el in [*root.itersiblings(preceding=True), *(head if head is not None else ())]:
            m = _SAVED_FROM.match(el.text or "") if not isinstance(el.tag, str) else None  # a comment
            if m:
                return m.group(1)
        return None
    raise ValueError(f"unknown metadata place {place!r}")


def _headline_of_title(title: str, site: str | None) -> str | None:
    """The headline in a page title that also names the site and column: its longest part."""
    parts = [p for p in _TITLE_SEP.split(title) if p and p != site]
    return max(parts, key=len) if parts else None


def _without_site(title: str, site: str) -> str:
    """A headline without the site's name set before or after it (标题_某某网, 某某网-标题)."""
    parts = _TITLE_SEP.split(title)
    if len(parts) > 1 and site in (parts[0], parts[-1]):
        kept = parts[1:] if parts[0] == site else parts[:-1]
        separators = _TITLE_SEP.findall(title)
        seps = separators[1:] if parts[0] == site else separators[:-1]
        return "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(kept)).strip() or title
    return title


def _clean(field: str, value: Any, found: dict[str, Any]) -> Any:
    if field == "date":
        return url_date(value) if value is found.get("url") else parse_date(str(value))
    text = _SPACES.sub(" ", str(value)).strip()
    if field == "url":
        return text if re.match(r"^https?://", text, re.IGNORECASE) else None
    if field == "author" and text.lower() in rules().not_authors:
        return None
    if field == "title" and found.get("site"):
        text = _without_site(text, found["site"])
    return text or None
