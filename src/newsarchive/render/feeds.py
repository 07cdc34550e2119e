"""Atom feeds: feed.xml for the whole archive, districts/<slug>.xml per district.

Feed and entry timestamps come from the articles' own dates (China Standard
Time midnight), never from the clock, so rebuilding gives identical bytes.  An
entry whose date lacks the year takes the newest full date in its feed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import jinja2

from ..archive import Archive
from ..config import Config
from ..records import Article
from .env import render_page

FEED_LIMIT = 50
#: Used when no article in a feed has a full date.
EPOCH = "1970-01-01T00:00:00Z"


@dataclass(frozen=True)
class Entry:
    article: Article
    id: str
    updated: str


@dataclass(frozen=True)
class Feed:
    path: str
    page: str
    title: str
    subtitle: str
    id: str
    updated: str
    entries: tuple[Entry, ...]


def timestamp(article: Article) -> str | None:
    """RFC 3339 time of an article with a full date, else None."""
    iso = article.date.iso() if article.date else None
    return f"{iso}T00:00:00+08:00" if iso else None


def atom_id(config: Config, rel: str) -> str:
    """A permanent IRI: the absolute URL when the base URL has a host, else a tag: URI."""
    url = config.absolute_url(rel)
    if url.startswith(("http://", "https://")):
        return url
    return f"tag:newsarchive,2024:{config.base_path}{rel}"


def make_feed(config: Config, path: str, page: str, title: str, subtitle: str,
              articles: Sequence[Article]) -> Feed:
    """The newest :data:`FEED_LIMIT` of ``articles`` (given in home order)."""
    chosen = list(articles[:FEED_LIMIT])
    stamps = [s for s in (timestamp(a) for a in chosen) if s]
    updated = max(stamps) if stamps else EPOCH
    entries = tuple(Entry(a, atom_id(config, a.url), timestamp(a) or updated) for a in chosen)
    return Feed(path, page, title, subtitle, atom_id(config, path), updated, entries)


def render_feeds(archive: Archive, config: Config, env: jinja2.Environment,
                 common: Mapping[str, Any]) -> dict[str, bytes]:
    feeds = [make_feed(config, "feed.xml", "index.html", config.title, config.description,
                       archive.articles)]
    for d in archive.districts:
        feeds.append(make_feed(config, d.feed_url, d.url, f"{d.name} · {config.title}",
                               f"{d.name}的最新文章", [archive.article(i) for i in d.article_ids]))
    return {f.path: render_page(env, config, "feed.xml", f.path, **common, feed=f) for f in feeds}
