"""Atom feeds: feed.xml for the whole archive, districts/<slug>.xml per district.

A feed shows only dates the articles carry.  Atom requires an ``updated`` time on
every entry and feed readers show it as the article's date, so an article
without a full date (year, month and day) is left out of the feeds rather than
given a date it does not have; it is still on every page of the site.  An
entry's ``published`` and ``updated`` are its date at China Standard Time
midnight; the feed's ``updated`` is its newest entry's, or the Unix epoch for a
feed with no dated article.  Nothing comes from the clock, so rebuilding gives
identical bytes.

With the site's absolute address known (``Config.root_url``) ids and links are
absolute URLs; without it ids are ``tag:`` URIs and links are relative to the
feed file, which Atom resolves against the feed's own address.

A district none of whose articles has a full date has no feed (:func:`has_feed`).

The archive's feed carries the newest articles' full texts; a district's feed
the newest few with a summary and a link: a large archive has hundreds of
districts, and full texts in every district feed held a second copy of almost
every article.  A district feed's summary is as long as a listing's excerpt,
and its entries name no district: the feed is that district's.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, replace
from typing import Any, Iterable, Mapping

import jinja2

from ..archive import Archive, District
from ..config import Config
from ..records import Article
from ..texts import TextStore, full_all
from ..writer import Kept
from .env import render_page

FEED_LIMIT = 50
#: Entries of a district's feed (summaries and links, no full text).
DISTRICT_FEED_LIMIT = 20
#: Characters of an entry's summary: the archive's feed, a district's (a listing's excerpt).
SUMMARY_CHARS = 160
DISTRICT_SUMMARY_CHARS = 80
#: A feed's ``updated`` when none of its articles has a full date.
EPOCH = "1970-01-01T00:00:00Z"


@dataclass(frozen=True)
class Entry:
    article: Article
    id: str
    href: str
    published: str


@dataclass(frozen=True)
class Feed:
    path: str
    title: str
    subtitle: str
    id: str
    self_href: str
    page_href: str
    updated: str
    entries: tuple[Entry, ...]
    #: Whether entries carry the article's full text, or only its summary.
    full: bool = True
    #: Characters of each entry's summary.
    summary: int = SUMMARY_CHARS
    #: Whether an entry names its district (a district's own feed does not).
    categories: bool = True


def timestamp(article: Article) -> str | None:
    """RFC 3339 time of an article with a full date, else None."""
    iso = article.date.iso() if article.date else None
    return f"{iso}T00:00:00+08:00" if iso else None


def atom_id(config: Config, rel: str) -> str:
    """A permanent IRI: the absolute URL when the site's address is known, else a tag: URI."""
    return config.absolute_url(rel) or f"tag:newsarchive,2024:{config.base_path}{rel}"


def feed_href(config: Config, feed_path: str, rel: str) -> str:
    """Link from the feed at ``feed_path`` to site-relative ``rel``: absolute when the
    site's address is known, else relative to the feed file (never root-relative,
    which would break under a sub-path)."""
    url = config.absolute_url(rel)
    if url is not None:
        return url
    return site_relpath(rel, posixpath.dirname(feed_path))


def site_relpath(rel: str, folder: str) -> str:
    """``posixpath.relpath(rel, folder or ".")`` for site-relative paths, by string work
    alone when neither holds an empty, ``.`` or ``..`` part (relpath asks the OS for the
    current folder each time; a site's feeds link thousands of articles)."""
    target = rel.split("/")
    start = folder.split("/") if folder else []
    if any(p in ("", ".", "..") for p in target + start):
        return posixpath.relpath(rel, folder or ".")
    n = 0
    while n < len(start) and n < len(target) and start[n] == target[n]:
        n += 1
    return "/".join([".."] * (len(start) - n) + target[n:]) or "."


def make_feed(config: Config, path: str, page: str, title: str, subtitle: str,
              articles: Iterable[Article], limit: int = FEED_LIMIT, full: bool = True,
              summary: int = SUMMARY_CHARS, categories: bool = True) -> Feed:
    """The first ``limit`` of ``articles`` (given in home order) that have a full date;
    ``full``: with their texts; ``summary``: characters of each summary;
    ``categories``: whether entries name their district."""
    entries: list[Entry] = []
    for a in articles:
        if len(entries) == limit:
            break
        if (stamp := timestamp(a)) is not None:
            entries.append(Entry(a, atom_id(config, a.url), feed_href(config, path, a.url), stamp))
    updated = max((e.published for e in entries), default=EPOCH)
    return Feed(path, title, subtitle, atom_id(config, path), feed_href(config, path, path),
                feed_href(config, path, page), updated, tuple(entries), full, summary, categories)


def has_feed(archive: Archive, district: District) -> bool:
    """Whether ``district`` has a feed: one of its articles has a full date.  A feed
    without entries would show a reader nothing, so none is written or linked."""
    return any(timestamp(archive.article(i)) for i in district.article_ids)


def with_texts(feed: Feed, texts: TextStore | None) -> Feed:
    """``feed`` with its entries' articles whole (``texts``: where bare articles' texts are)."""
    whole = full_all(texts, [e.article for e in feed.entries])
    return replace(feed, entries=tuple(replace(e, article=a) for e, a in zip(feed.entries, whole)))


def render_feeds(archive: Archive, config: Config, env: jinja2.Environment,
                 common: Mapping[str, Any], texts: TextStore | None = None) -> dict[str, bytes | Kept]:
    """The archive's feed (its entries' full texts read from ``texts``) and every district's
    (summaries: the excerpts the model holds).  A feed kept as the last build wrote it
    is not made."""
    out = {"feed.xml": render_page(env, config, "feed.xml", "feed.xml", **common, lazy=lambda: {"feed": with_texts(
        make_feed(config, "feed.xml", "index.html", config.title, config.description, archive.articles), texts)})}
    for d in archive.districts:
        if not has_feed(archive, d):
            continue
        out[d.feed_url] = render_page(env, config, "feed.xml", d.feed_url, **common, lazy=lambda d=d: {"feed": make_feed(
            config, d.feed_url, d.url, f"{d.name} · {config.title}", f"{d.name}的最新文章",
            (archive.article(i) for i in d.article_ids), limit=DISTRICT_FEED_LIMIT, full=False,
            summary=DISTRICT_SUMMARY_CHARS, categories=False)})
    return out
