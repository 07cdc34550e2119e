"""One page per article, at ``article.url``."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from ..records import Article
from ..texts import TextStore, full_all
from ..writer import Kept
from .env import render_page, web_href
from .pagecache import Linked

#: Articles whose pages are made together: their texts are read from the store at once.
TEXT_BATCH = 256


def render_articles(archive: Archive, config: Config, env: jinja2.Environment,
                    common: Mapping[str, Any], texts: TextStore | None = None) -> Iterator[tuple[str, bytes]]:
    """(path, page) of every article, one at a time; ``texts``: where the texts of bare
    articles are (see :mod:`..texts`), read a batch at a time for the pages to make."""
    pages = common.get("page_cache")
    articles = archive.articles
    for start in range(0, len(articles), TEXT_BATCH):
        batch = articles[start:start + TEXT_BATCH]
        # before making their contexts: most pages of a rebuild
        kept = [pages.as_before(a.url, "article.html") if pages is not None else None for a in batch]
        whole = iter(full_all(texts, [a for a, k in zip(batch, kept) if k is None]))
        for a, k in zip(batch, kept):
            if k is not None:
                yield a.url, k
                continue
            yield a.url, _page(archive, config, env, common, next(whole))


def _page(archive: Archive, config: Config, env: jinja2.Environment, common: Mapping[str, Any],
          a: Article) -> bytes | Kept:
    """The page of article ``a``, whole; its neighbours as it links to them."""
    links = archive.links[a.id]
    return render_page(
        env, config, "article.html", a.url, **common,
        article=a,
        links=links,
        prev=Linked.of(archive.article(links.prev_id)) if links.prev_id else None,
        next=Linked.of(archive.article(links.next_id)) if links.next_id else None,
        related=[Linked.of(archive.article(r)) for r in links.related_ids],
        source_href=web_href(a.source_url),
    )
