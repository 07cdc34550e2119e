"""One page per article, at ``article.url``."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from .env import render_page, web_href


def render_articles(archive: Archive, config: Config, env: jinja2.Environment,
                    common: Mapping[str, Any]) -> Iterator[tuple[str, bytes]]:
    """(path, page) of every article, one at a time."""
    pages = common.get("page_cache")
    for a in archive.articles:
        if pages is not None and (kept := pages.as_before(a.url, "article.html")) is not None:
            yield a.url, kept  # before making its context: most pages of a rebuild
            continue
        links = archive.links[a.id]
        yield a.url, render_page(
            env, config, "article.html", a.url, **common,
            article=a,
            links=links,
            prev=archive.article(links.prev_id) if links.prev_id else None,
            next=archive.article(links.next_id) if links.next_id else None,
            related=[archive.article(r) for r in links.related_ids],
            source_href=web_href(a.source_url),
        )
