"""The document store: what the page needs to show a result, split into shards.

Two parts, so that a large archive loads only what a query touches:

* ``facets`` (in the manifest, one short row per document): year, district
  and kind — enough to count and filter every hit without loading any text;
* ``store`` shards of about :data:`STORE_BYTES` each (a long article alone):
  title, url, date label, district, kind and the plain text the page cuts
  its highlighted snippet (and, when nothing matches in the body, the
  excerpt) from.  The page loads only the shards holding the results it
  shows; ``starts[k]`` is the number of the first document of shard k.
"""
from __future__ import annotations

import json
from typing import Any, Sequence

from ..records import KINDS, Article
from ..render.env import date_label

#: Target size of one store shard, in bytes of JSON.
STORE_BYTES = 24 * 1024

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


def store_shards(articles: Sequence[Article], target: int | None = None) -> list[list[list[Any]]]:
    """Rows in archive order, cut into shards of about ``target`` (default :data:`STORE_BYTES`) bytes."""
    target = target or STORE_BYTES
    shards: list[list[list[Any]]] = []
    current: list[list[Any]] = []
    size = 0
    for article in articles:
        row = store_row(article)
        n = len(json.dumps(row, ensure_ascii=False).encode("utf-8"))
        if current and size + n > target:
            shards.append(current)
            current, size = [], 0
        current.append(row)
        size += n
    shards.append(current)
    return shards


def shard_starts(shards: Sequence[Sequence[Any]]) -> list[int]:
    """Number of the first document of each shard."""
    starts, n = [], 0
    for shard in shards:
        starts.append(n)
        n += len(shard)
    return starts


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
