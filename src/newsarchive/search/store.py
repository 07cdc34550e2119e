"""The document store: what the page needs to show a result, in two parts.

* a row per document, a few consecutive documents a file: title, url, date
  label, district, kind and the plain text the page cuts its highlighted
  snippet from, the file's rows as one deflated JSON list in base64
  (:func:`pack_rows`: a script can carry no bytes, and base64 of deflated
  rows is under half of them on disk and no more than their gzip over the
  wire).  The page loads the files of the results it shows and nothing else,
  so what a query costs does not grow with the archive;
* the facet table, year, district and kind of every document (in runs, see
  :func:`facet_table`): enough to count and filter every hit without loading
  any text.  The page
  loads it after the first results are on screen, unless the query is
  filtered.
"""
from __future__ import annotations

import base64
import json
import zlib
from typing import Any, Sequence

from ..records import KINDS, Article
from ..render.env import date_label

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


def pack_rows(rows: Sequence[list[Any]]) -> str:
    """``rows`` as one string a script can hold: their JSON list, deflated (zlib
    format, which the browser's ``DecompressionStream("deflate")`` reads) and in
    base64.  Deterministic for one zlib."""
    data = json.dumps(list(rows), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(zlib.compress(data, 9)).decode("ascii")


def unpack_rows(packed: str) -> list[list[Any]]:
    """:func:`pack_rows` read back, as the page does."""
    return json.loads(zlib.decompress(base64.b64decode(packed)).decode("utf-8"))


def document_file(articles: Sequence[Article]) -> str:
    """What a file of search/docs/ holds for ``articles``: their rows packed together
    (the texts deflate better beside each other and beside their titles)."""
    return pack_rows([store_row(a) for a in articles])


def kind_labels() -> dict[str, str]:
    """Result-list label of every article kind (the manifest carries them)."""
    return {k: KIND_LABELS.get(k, k) for k in KINDS}


def facet_table(articles: Sequence[Article]) -> dict[str, Any]:
    """Facet values of every document, in runs: ``runs`` holds ``[year or 0, district
    index or -1, count]`` for each stretch of consecutive documents sharing year and
    district, ``kind`` one digit (the kind's index) per document.  Documents are
    numbered by district and year (see ``archive_order``), so a few hundred runs
    stand for thousands of rows; :func:`facet_rows` reads them back."""
    districts = sorted({a.district for a in articles if a.district})
    where = {d: i for i, d in enumerate(districts)}
    kinds = list(KINDS)
    assert len(kinds) <= 10, "one digit a kind"
    runs: list[list[int]] = []
    for a in articles:
        year = a.date.year if a.date and a.date.year else 0
        district = where.get(a.district, -1) if a.district else -1
        if runs and runs[-1][0] == year and runs[-1][1] == district:
            runs[-1][2] += 1
        else:
            runs.append([year, district, 1])
    kind = "".join(str(kinds.index(a.kind) if a.kind in kinds else kinds.index("other")) for a in articles)
    return {"districts": districts, "kinds": kinds, "runs": runs, "kind": kind}


def facet_rows(table: dict[str, Any]) -> list[list[int]]:
    """``[year or 0, district index or -1, kind index]`` of every document, as the page
    reads :func:`facet_table` back."""
    rows = [[year, district] for year, district, count in table["runs"] for _ in range(count)]
    return [[*row, int(k)] for row, k in zip(rows, table["kind"])]
