"""The document store: what the page needs to show a result, split into shards.

Two parts, so that a large archive loads only what a query touches:

* ``facets`` (in the manifest, one short row per document): year, district
  and kind — enough to count and filter every hit without loading any text;
* ``store`` shards of :data:`SHARD_DOCS` documents: title, url, date label,
  district, kind and the plain text the page cuts its highlighted snippet
  (and, when nothing matches in the body, the excerpt) from.  The page loads
  only the shards holding the results it shows.
"""
from __future__ import annotations

from typing import Any, Sequence

from ..records import KINDS, Article
from ..render.env import date_label

#: Documents per store shard.
SHARD_DOCS = 100

#: Result-list labels of the article kinds, in facet order.
KIND_LABELS: dict[str, str] = {"inspection": "巡察巡视公告", "meeting": "会议", "other": "其他"}

#: Keys of a store row, in order (rows are arrays to save bytes).
STORE_COLUMNS = ("title", "url", "date", "district", "kind", "text")


def store_row(article: Article) -> list[Any]:
    """One document as the result list shows it."""
    return [
        article.title,
        article.url,
        date_label(article.date, ""),
        article.district or "",
        article.kind,
        "\n".join(article.paragraphs),
    ]


def store_shards(articles: Sequence[Article], size: int = SHARD_DOCS) -> list[list[list[Any]]]:
    """Rows in archive order, ``size`` to a shard (document n is in shard n // size)."""
    rows = [store_row(a) for a in articles]
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]


def facet_table(articles: Sequence[Article]) -> dict[str, Any]:
    """Facet values of every document: ``rows[n] = [year or 0, district index or -1, kind index]``."""
    districts = sorted({a.district for a in articles if a.district})
    where = {d: i for i, d in enumerate(districts)}
    kinds = list(KINDS)
    return {
        "districts": districts,
        "kinds": kinds,
        "kindLabels": [KIND_LABELS.get(k, k) for k in kinds],
        "rows": [
            [(a.date.year if a.date and a.date.year else 0),
             where.get(a.district, -1) if a.district else -1,
             kinds.index(a.kind) if a.kind in kinds else kinds.index("other")]
            for a in articles
        ],
    }
