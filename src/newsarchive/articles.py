"""Stage 5, model: turn drafts and their metadata into finished Article records.

Ids are derived from the source path and the article's position in its file,
so they are stable across rebuilds and do not change when the text is edited.
Front matter ``title``, ``tags``, ``url`` and ``source`` win over the text (the source
over the outlet a page's source line names, :mod:`.extract.origin`).
"""
from __future__ import annotations

import hashlib
from typing import Sequence

from .records import Article, Draft, Metadata

ARTICLE_DIR = "articles"


def article_id(source: str, ordinal: int) -> str:
    """Stable short id: 12 hex digits of SHA-1 over 'path#ordinal'."""
    return hashlib.sha1(f"{source}#{ordinal}".encode("utf-8")).hexdigest()[:12]


def article_url(aid: str) -> str:
    return f"{ARTICLE_DIR}/{aid}.html"


def make_article(draft: Draft, meta: Metadata, fingerprint: str = "") -> Article:
    """One finished record; ``fingerprint``: see :attr:`Article.fingerprint`."""
    fm = draft.front_matter
    aid = article_id(draft.source, draft.ordinal)
    title = fm.get("title") or draft.title
    subtitle = draft.subtitle
    if fm.get("title") and draft.title and draft.title != fm["title"] and not subtitle:
        subtitle = draft.title  # the headline in the text becomes the subtitle
    derived = not title
    if not title:
        ref = draft.text_ref  # a bare draft: its opening was derived while it held its text
        if ref is None:
            from .split import derive_title    # the splitting rules load only where a text needs them
        title = (ref.opening if ref is not None else derive_title(draft.paragraphs)) or draft.source
    return Article(
        id=aid,
        url=article_url(aid),
        source=draft.source,
        ordinal=draft.ordinal,
        title=title,
        title_derived=derived,
        subtitle=subtitle,
        paragraphs=draft.paragraphs,
        bylines=draft.bylines,
        captions=draft.captions,
        meta=meta,
        tags=tuple(fm.get("tags", ())),
        source_url=fm.get("url"),
        origin=fm.get("source") or meta.origin,
        fingerprint=fingerprint,
        text_ref=draft.text_ref,
    )


def sort_key(article: Article) -> tuple:
    """Archive order: source path, then position in the file."""
    return (article.source, article.ordinal)


def by_source(articles: Sequence[Article]) -> list[Article]:
    return sorted(articles, key=sort_key)
