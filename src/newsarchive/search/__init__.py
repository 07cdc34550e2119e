"""Full-text search (stage: index): a lunr index built here, queried by lunr.js in the page.

Output layout (all site-relative)::

    search.html                          the results page
    search/manifest.<hash>.js            what to load: index shards, store shards,
                                         variants, facet table, stop words
    search/index-0.<hash>.js             the lunr index (one shard for now)
    search/store-<n>.<hash>.js           result rows, 100 documents a shard
    search/variants.<hash>.js            traditional→simplified map, pinyin keys
    static/vendor/lunr.min.js            lunr.js 2.3.9, copied from node_modules

The manifest lists index shards as a list so that a larger archive can
later split the index by term and load only the shards a query needs; the
page already loads every data file by the name the manifest gives it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..config import Config
from ..records import Article
from ..segment import Segmenter
from .bundle import DataFile, data_file
from .documents import documents
from .index import FIELDS, index_builder, pack, vocabulary
from .page import PAGE, render_search_page
from .store import SHARD_DOCS, STORE_COLUMNS, facet_table, store_shards
from .tokens import STOP_WORDS
from .variants import browser_t2s, encode_pairs, pinyin_map

__all__ = ["build_search", "SearchDataError", "search_data"]

LUNR_OUT = "static/vendor/lunr.min.js"
FORMAT = 1


class SearchDataError(RuntimeError):
    """A file the search page needs is missing from the build machine."""


def archive_order(articles: Sequence[Article]) -> list[Article]:
    """The order documents are numbered in: source path, then position in the file."""
    return sorted(articles, key=lambda a: (a.source, a.ordinal, a.id))


def lunr_js(config: Config) -> bytes:
    path = Path(config.node_modules) / "lunr" / "lunr.min.js"
    if not path.is_file():
        raise SearchDataError(f"{path} not found: run `npm ci` in the project folder "
                              f"to install lunr.js (the search page needs it)")
    return path.read_bytes()


def search_data(articles: Sequence[Article], segmenter: Segmenter, workers: int = 0) -> list[DataFile]:
    """Every search data file, the manifest last (``workers``: processes for segmentation, 0 = per core)."""
    ordered = archive_order(articles)
    index = pack(index_builder(documents(ordered, segmenter, workers)))
    vocab_chars = {ch for term in vocabulary(index) for ch in term}
    names: set[str] = set()
    for a in ordered:
        names.update(o.name for o in a.meta.officials)
        names.update(a.meta.reporters)
        names.update(a.meta.places)
        if a.meta.district:
            names.add(a.meta.district)
    index_file = data_file("index-0", index)
    stores = [data_file(f"store-{n}", rows) for n, rows in enumerate(store_shards(ordered, SHARD_DOCS))]
    variants = data_file("variants", {
        "t2s": encode_pairs(browser_t2s(vocab_chars)),
        "pinyin": pinyin_map(names),
    })
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "docs": len(ordered),
        "fields": [name for name, _ in FIELDS],
        "index": [index_file.ref()],
        "store": {"size": SHARD_DOCS, "columns": list(STORE_COLUMNS),
                  "shards": [s.ref() for s in stores]},
        "variants": variants.ref(),
        "facets": facet_table(ordered),
        "stop": sorted(STOP_WORDS),
    }
    return [index_file, *stores, variants, data_file("manifest", manifest)]


def build_search(articles: Sequence[Article], segmenter: Segmenter, config: Config) -> dict[str, bytes]:
    """search.html, the search data files and lunr.min.js, as site-relative path → bytes."""
    lunr = lunr_js(config)
    files = search_data(articles, segmenter, config.workers)
    manifest = files[-1]
    out = {f.path: f.body for f in files}
    out[PAGE] = render_search_page(config, manifest.path)
    out[LUNR_OUT] = lunr
    return dict(sorted(out.items()))
