"""Full-text search (stage: index): a lunr index built here, queried by lunr.js in the page.

Output layout (all site-relative)::

    search.html                          the results page
    search/manifest.<hash>.js            what to load, shared index facts (fields, boosts,
                                         document count, characters), facet table, stop words
    search/index-<k>.<hash>.js           index shard k: terms whose first character c has
                                         ord(c) % shard count == k, with their postings
    search/lengths.<hash>.js             field lengths of every document (BM25 needs them)
    search/store-<k>.<hash>.js           result rows (title, url, date, district, kind, text)
    search/variants.<hash>.js            traditional→simplified map, pinyin keys
    static/vendor/lunr.min.js            lunr.js 2.3.9, copied from node_modules

For a query the page loads the manifest, the lengths, the index shards of
the characters typed, and the store shards of the results it shows.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..config import Config
from ..records import Article
from ..segment import Segmenter
from .bundle import DataFile, data_file
from .cache import TermCache
from .documents import documents
from .index import pack_documents
from .page import PAGE, render_search_page
from .shards import split_index
from .store import STORE_COLUMNS, facet_table, shard_starts, store_shards
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


def search_data(articles: Sequence[Article], segmenter: Segmenter, workers: int = 0,
                shard_bytes: int | None = None, cache: Path | None = None) -> list[DataFile]:
    """Every search data file, the manifest last.

    ``workers``: processes for segmentation, 0 = per core; ``cache``: folder
    keeping each article's terms between builds (None: cut everything).
    """
    ordered = archive_order(articles)
    terms_cache = TermCache(cache, segmenter.words) if cache is not None else None
    packed = pack_documents(documents(ordered, segmenter, workers, terms_cache))
    shared, parts = split_index(packed, shard_bytes)
    index_files = [data_file(f"index-{n}", part) for n, part in enumerate(parts)]
    lengths = data_file("lengths", packed["lengths"])
    store_parts = store_shards(ordered)
    stores = [data_file(f"store-{n}", rows) for n, rows in enumerate(store_parts)]
    variants = data_file("variants", {
        "t2s": encode_pairs(browser_t2s(shared["chars"])),
        "pinyin": pinyin_map(searchable_names(ordered)),
    })
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "docs": len(ordered),
        "index": {**shared, "shards": [f.ref() for f in index_files], "lengths": lengths.ref()},
        "store": {"columns": list(STORE_COLUMNS), "starts": shard_starts(store_parts),
                  "shards": [s.ref() for s in stores]},
        "variants": variants.ref(),
        "facets": facet_table(ordered),
        "stop": sorted(STOP_WORDS),
    }
    return [*index_files, lengths, *stores, variants, data_file("manifest", manifest)]


def searchable_names(articles: Sequence[Article]) -> set[str]:
    """Names a reader may type in pinyin: officials, reporters, places, districts."""
    names: set[str] = set()
    for a in articles:
        names.update(o.name for o in a.meta.officials)
        names.update(a.meta.reporters)
        names.update(a.meta.places)
        if a.meta.district:
            names.add(a.meta.district)
    return names


def term_cache_dir(config: Config) -> Path:
    """Where article terms are kept between builds."""
    return config.cache_dir / "search"


def build_search(articles: Sequence[Article], segmenter: Segmenter, config: Config) -> dict[str, bytes]:
    """search.html, the search data files and lunr.min.js, as site-relative path → bytes."""
    lunr = lunr_js(config)
    files = search_data(articles, segmenter, config.workers, cache=term_cache_dir(config))
    manifest = files[-1]
    out = {f.path: f.body for f in files}
    out[PAGE] = render_search_page(config, manifest.path)
    out[LUNR_OUT] = lunr
    return dict(sorted(out.items()))
