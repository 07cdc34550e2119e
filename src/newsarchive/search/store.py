"""The document store: what the page needs to show a result, in two parts.

* a row per document, a few consecutive documents a file: title, url, date
  label, district, kind and, in archives small enough
  (``offline_snippets_up_to``), the plain text the page cuts its highlighted
  snippet from; without it the page cuts the snippet from the article's own
  page, so the text is not on the site twice.  The file's rows are one
  deflated JSON list in base64
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
from .weights import pack_row, unpack_row

#: Result-list labels of the article kinds, in facet order.
KIND_LABELS: dict[str, str] = {"inspection": "巡察巡视公告", "meeting": "会议", "other": "其他"}

#: Keys of a store row, in order (rows are arrays to save bytes).
STORE_COLUMNS = ("title", "url", "date", "district", "kind", "text")
#: Keys of a row without the text (see :func:`store_row`).
BARE_COLUMNS = STORE_COLUMNS[:-1]


def store_row(article: Article, text: bool = True) -> list[Any]:
    """One document as the result list shows it; without ``text`` the article's
    paragraphs are left out (and need not be read: a bare article will do)."""
    row = [
        article.title,
        article.url,
        date_label(article.date, ""),
        article.district or "",
        article.kind,
    ]
    if text:
        row.append("\n".join(article.paragraphs))
    return row


def pack_rows(rows: Sequence[list[Any]]) -> str:
    """``rows`` as one string a script can hold: their JSON list, deflated (zlib
    format, which the browser's ``DecompressionStream("deflate")`` reads) and in
    base64.  Deterministic for one zlib.  A file of search/docs/ holds its
    documents' rows packed together: the texts deflate better beside each other
    and beside their titles."""
    data = json.dumps(list(rows), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(zlib.compress(data, 9)).decode("ascii")


def unpack_rows(packed: str) -> list[list[Any]]:
    """:func:`pack_rows` read back, as the page does."""
    return json.loads(zlib.decompress(base64.b64decode(packed)).decode("utf-8"))


def kind_labels() -> dict[str, str]:
    """Result-list label of every article kind (the manifest carries them)."""
    return {k: KIND_LABELS.get(k, k) for k in KINDS}


_KIND_PLACES = {kind: n for n, kind in enumerate(KINDS)}


def kind_order(kind: str) -> int:
    """A kind's place in :data:`KINDS` (an unknown kind counts as other): a key of the
    archive order, asked for every article of every build."""
    place = _KIND_PLACES.get(kind)
    return _KIND_PLACES["other"] if place is None else place


def facet_table(articles: Sequence[Article]) -> dict[str, Any]:
    """Facet values of every document.  Documents are numbered by district, year and
    kind (see ``archive_order``), so the table is one run per district, year and kind
    that holds documents: its size follows how many districts and years the archive
    has, not how many articles (at 100,000 generated articles some 7,000 runs, 8 KB
    gzip, where a digit a kind beside the runs of year and district took 28 KB).
    ``runs`` packs (``weights.pack_row``) four numbers a run — the year less ``year0``
    (0: unknown), the district's index plus one (0: none) less the previous run's
    (zigzag: 2·d, or −2·d − 1 when negative), the kind's index and the count — one or
    two characters each.  :func:`facet_rows` reads them back."""
    districts = sorted({a.district for a in articles if a.district})
    where = {d: i for i, d in enumerate(districts)}
    runs: list[list[int]] = []
    for a in articles:
        year = a.date.year if a.date and a.date.year else 0
        district = where.get(a.district, -1) if a.district else -1
        kind = kind_order(a.kind)
        if runs and runs[-1][:3] == [year, district, kind]:
            runs[-1][3] += 1
        else:
            runs.append([year, district, kind, 1])
    years = [run[0] for run in runs if run[0]]
    year0 = min(years) - 1 if years else 0
    flat: list[int] = []
    previous = 0
    for year, district, kind, count in runs:
        step = district + 1 - previous
        flat += [year - year0 if year else 0, 2 * step if step >= 0 else -2 * step - 1, kind, count]
        previous = district + 1
    return {"districts": districts, "kinds": list(KINDS), "year0": year0, "runs": pack_row(flat),
            "docs": len(articles)}


def facet_rows(table: dict[str, Any]) -> list[list[int]]:
    """``[year or 0, district index or -1, kind index]`` of every document, as the page
    reads :func:`facet_table` back."""
    flat = unpack_row(table["runs"])
    rows: list[list[int]] = []
    district = 0
    for i in range(0, len(flat), 4):
        year, step, kind, count = flat[i:i + 4]
        district += step // 2 if step % 2 == 0 else -(step + 1) // 2
        rows += [[table["year0"] + year if year else 0, district - 1, kind] for _ in range(count)]
    return rows
