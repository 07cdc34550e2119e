"""Structured data for download: data/articles.json, data/articles.csv, data/build-report.json.

The JSON follows articles.schema.json; the site's pages render from the same
records.  Output is deterministic: keys in a fixed order, articles in archive
order, no build timestamps.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import zlib
from pathlib import Path
from typing import Any, Sequence

from . import __version__
from .config import Config
from .diskstore import PickleStore, code_fingerprint
from .records import Article
from .report import BuildReport

CSV_COLUMNS = ("id", "url", "source", "title", "subtitle", "date", "year", "month", "day",
               "district", "kind", "places", "officials", "reporters", "inspection_groups")


def dumps(data: Any) -> bytes:
    """Pretty, stable JSON (UTF-8, Chinese kept readable)."""
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


class ArticleTexts(PickleStore):
    """Each article's JSON text in data/articles.json, kept between builds under its
    fingerprint (see :attr:`Article.fingerprint`), so a rebuild encodes only the
    articles that changed.  Kept as zlib-compressed UTF-8: the store's buckets stay
    in memory until the build is done, and JSON shrinks about fivefold."""

    def __init__(self, folder: Path | None) -> None:
        super().__init__(folder, accept=lambda value: isinstance(value, bytes))
        self.salt = code_fingerprint(_CODE)

    def text(self, article: Article) -> bytes:
        """The article's text in the articles array, UTF-8."""
        if not article.fingerprint or self.folder is None:
            return _article_text(article).encode("utf-8")
        key = hashlib.sha256(f"{self.salt}|{article.fingerprint}".encode()).hexdigest()
        packed = self.get(key)
        if packed is not None:
            try:
                return zlib.decompress(packed)
            except zlib.error:
                pass
        data = _article_text(article).encode("utf-8")
        self.put(key, zlib.compress(data, 1))
        return data


#: Code deciding an article's JSON text.
_CODE = ("export.py", "records.py")


def _article_text(article: Article) -> str:
    """One article as it stands in the articles array of data/articles.json."""
    return json.dumps(article.to_json(), ensure_ascii=False, indent=2).replace("\n", "\n    ")


def articles_json(articles: Sequence[Article], config: Config, cache: ArticleTexts | None = None) -> bytes:
    """data/articles.json, the bytes ``dumps`` gives for the whole document, made one
    article at a time: a large archive never holds every article as JSON objects
    and as one text besides.  ``cache``: articles' texts kept between builds."""
    site = {
        "title": config.title,
        "description": config.description,
        "base_url": config.base_url,
        "language": config.language,
        "generator": f"newsarchive {__version__}",
        "articles": len(articles),
    }
    if not articles:
        return dumps({"site": site, "articles": []})
    head = dumps({"site": site, "articles": [None]})
    cut = head.rindex(b"null")
    parts = [head[:cut]]
    for n, a in enumerate(articles):
        if n:
            parts.append(b",\n    ")
        parts.append(cache.text(a) if cache is not None else _article_text(a).encode("utf-8"))
    parts.append(head[cut + len(b"null"):])
    return b"".join(parts)


def _date_text(a: Article) -> str:
    """ISO-like date with ?? for unknown parts, e.g. ????-03-02."""
    d = a.date
    if d is None:
        return ""
    return "-".join([f"{d.year:04d}" if d.year else "????",
                     f"{d.month:02d}" if d.month else "??",
                     f"{d.day:02d}" if d.day else "??"])


def articles_csv(articles: Sequence[Article]) -> bytes:
    """One row per article; UTF-8 with BOM so spreadsheet programs detect the encoding."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for a in articles:
        m = a.meta
        d = m.date
        w.writerow([
            a.id, a.url, a.source, a.title, a.subtitle or "", _date_text(a),
            d.year if d and d.year else "", d.month if d and d.month else "", d.day if d and d.day else "",
            m.district or "", m.kind,
            "、".join(m.places),
            "、".join(o.name + (f"（{'、'.join(o.titles)}）" if o.titles else "") for o in m.officials),
            "、".join(m.reporters),
            "、".join(g.name for ins in m.inspections for g in ins.groups),
        ])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def export_data(articles: Sequence[Article], report: BuildReport, config: Config) -> dict[str, bytes]:
    """The data files; articles' JSON texts are kept between builds in the cache folder."""
    texts = ArticleTexts(config.cache_dir / "export")
    data = articles_json(articles, config, texts)
    texts.prune()
    return {
        "data/articles.json": data,
        "data/articles.csv": articles_csv(articles),
        "data/build-report.json": dumps(report.to_json()),
    }
