"""Full-text search (stage: index): a lunr index built here, queried by lunr.js in the page
(static/js/search-core.js builds lunr.js a small index of the query's terms and asks it).

Output layout (all site-relative)::

    search.html                          the results page
    search/manifest.<hash>.js            what to load: shared index facts (fields, boosts,
                                         document count, the index's first characters and
                                         split prefixes), the build token, stop words
    search/index/<key>[-<b>].js          the terms starting with prefix <key> (UTF-16 in hex),
                                         or bucket b of a split one, with their postings
                                         (see shards.py)
    search/docs/<k>.js                   documents k·D … k·D+D−1 as a result shows them, deflated
                                         (D in the manifest as store.perFile: DOCS_PER_FILE
                                         with their texts, BARE_DOCS_PER_FILE without)
    search/facets.<hash>.js              year, district and kind of every document
    search/t2s.<hash>.js                 traditional→simplified pairs for characters the index lacks
    search/pinyin/<letter>.js            pinyin keys starting with that letter → the names they spell
    static/vendor/lunr.min.js            lunr.js 2.3.9, copied from node_modules

For a query the page loads the manifest, the index files the query's words
can touch and the files holding the documents of the results it shows; then
the facet table.
The t2s pairs only when a query holds a character no index term uses, the
pinyin keys of a letter only when it holds a word of plain letters starting with it.
Numbered files are asked for with the build token (see bundle.py).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from ..config import Config
from ..diskstore import code_fingerprint
from ..executors import Executor, as_executor
from ..records import Article
from ..segment import Segmenter
from ..texts import TextStore, full_all
from ..writer import Kept, tagged
from .bundle import (BuildToken, DataFile, data_file, numbered_name,
                     numbered_path)
from .batches import document_item, document_scripts
from .documents import Workers
from .index import shared_facts
from .page import PAGE, render_search_page
from .indexfiles import Tables, index_files
from .shards import first_table, split_table
from .weights import pack_row
from .store import BARE_COLUMNS, STORE_COLUMNS, facet_table, kind_labels, kind_order
from .tokens import STOP_WORDS
from .pinyinfiles import PINYIN_BESIDE_MIN, PinyinFiles, pinyin_later, searchable_names
from .variants import browser_t2s, encode_pairs

__all__ = ["build_search", "SearchDataError", "search_files", "search_parts"]

LUNR_OUT = "static/vendor/lunr.min.js"
FORMAT = 4


class SearchDataError(RuntimeError):
    """A file the search page needs is missing from the build machine."""


def archive_order(articles: Sequence[Article]) -> list[Article]:
    """The order documents are numbered in: district, year, kind, then source path and
    position in the file.  A query's results share a district more often than not
    (a name, a town, a phone number), so their documents share files (see
    :data:`DOCS_PER_FILE`); and the facet table is one run per district, year and
    kind (see :func:`.store.facet_table`), whatever the number of articles."""
    return sorted(articles, key=lambda a: (a.district or "", (a.date.year or 0) if a.date else 0,
                                           kind_order(a.kind), a.source, a.ordinal, a.id))


def lunr_js(config: Config) -> bytes:
    """lunr.js 2.3.9 as npm installed it (package.json pins it): the page scores with it."""
    path = Path(config.node_modules) / "lunr" / "lunr.min.js"
    if not path.is_file():
        raise SearchDataError(f"{path} not found: run `npm ci` in the project folder "
                              f"to install lunr.js (the search page needs it)")
    return path.read_bytes()


def search_files(articles: Sequence[Article], segmenter: Segmenter, workers: Workers = 0,
                 shard_bytes: int | None = None, cache: Path | None = None,
                 keeps: Callable[[str, str], bool] | None = None,
                 texts: TextStore | None = None, snippet_text: bool = True) -> Iterator[DataFile]:
    """Every search data file, one at a time as it is made, the manifest last.

    ``workers``: where articles are cut and document files and index rows made
    (see :mod:`.batches`), a process count (0 = per core) or an executor; ``shard_bytes``:
    most bytes of an index file before its prefix is split (buckets a quarter of it,
    see :mod:`.shards`); ``cache``: folder keeping each article's
    terms between builds (None: cut everything); ``keeps``: the writer's
    ``keeps``, to leave document files as the previous build wrote them (see
    :func:`document_files`).  Documents and index chunks are handed on as they
    are made, so a large archive's search data is never all in memory.  ``texts``:
    where bare articles' texts are (see :mod:`..texts`), read for the documents and
    the articles to cut as they are made (None: the articles hold them).
    ``snippet_text``: whether the document files carry the texts results' snippets
    are cut from (else the page cuts them from the article pages, see
    :func:`snippets_bundled`).
    """
    ordered = archive_order(articles)
    columns, per_file = document_form(snippet_text)
    token = BuildToken()
    pinyin = PinyinFiles(searchable_names(ordered), cache, keeps)
    for f in document_files(ordered, keeps, workers, texts, snippet_text):
        yield token.add(f)
    tables = Tables()
    yield from map(token.add, index_files(ordered, segmenter, workers, cache, texts, keeps, shard_bytes,
                                          shard_bytes and max(1, shard_bytes // 4), tables))
    yield from map(token.add, pinyin.files())
    split, index_chars = tables.split, tables.chars
    facets = data_file("facets", facet_table(ordered))
    t2s = data_file("t2s", encode_pairs(browser_t2s(index_chars)))
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "docs": len(ordered),
        "token": token.value(),
        "index": {**shared_facts(len(ordered)),
                  "first": pack_row(first_table(tables.firsts, split)), "split": split_table(split)},
        "store": {"columns": list(columns), "kindLabels": kind_labels(), "perFile": per_file},
        "facets": facets.ref(),
        "t2s": t2s.ref(),
        "pinyin": "".join(pinyin.letters),
        "stop": sorted(STOP_WORDS),
    }
    yield from (facets, t2s, data_file("manifest", manifest))


#: Code deciding a document file from its articles.
_DOCUMENT_CODE = ("search/store.py", "search/bundle.py", "records.py", "render/env.py")

#: Documents in one file of search/docs/, by number: file k holds documents
#: k·D to k·D+D−1.  One file per document made the search data as many files as
#: there are articles (a host counts files: Cloudflare Pages takes 20,000); a
#: result loads the file holding its document, so more per file costs a page
#: of results bytes, even numbered by district (see :func:`archive_order`) so
#: that a query's results often share files.  Measured at 10,000 articles
#: (benchmark queries, first query, gzip, median/worst): one a file 101/130 KB
#: (with 32 KB index chunks and the facet table in rows), two 82/104 KB, four
#: 100/123 KB (both with 16 KB chunks; two with the facet table in runs).
DOCS_PER_FILE = 2
#: Documents in one file when they carry no text: a row is then some 60 bytes
#: deflated, so a file of 32 costs a result about what a file of two texts did,
#: and the archive 1/32 of a file an article.
BARE_DOCS_PER_FILE = 32


def snippets_bundled(config: Config, articles: int) -> bool:
    """Whether the document files carry the articles' texts.  They let a page opened
    from ``file://`` show highlighted snippets, where it may not read the article
    pages, at the cost of every text on the site a second time (deflated: half
    its bytes) and of a file for every two articles.  Past ``offline_snippets_up_to``
    articles they do not: over http(s) the page cuts a result's snippet from its
    article page, from ``file://`` it shows results without one."""
    return articles <= config.offline_snippets_up_to


def document_form(with_text: bool) -> tuple[tuple[str, ...], int]:
    """The columns of a document file's rows and the documents a file holds, with the
    texts or without (the manifest tells the page both)."""
    return (STORE_COLUMNS, DOCS_PER_FILE) if with_text else (BARE_COLUMNS, BARE_DOCS_PER_FILE)


def document_files(ordered: Sequence[Article], keeps: Callable[[str, str], bool] | None = None,
                   workers: Workers = 0, texts: TextStore | None = None,
                   with_text: bool = True) -> Iterator[DataFile]:
    """The files of the documents in archive order (see :func:`.store.pack_rows`),
    :data:`DOCS_PER_FILE` a file with their texts, :data:`BARE_DOCS_PER_FILE` without
    (``with_text``; then ``texts`` is never read), made in batches by ``workers``
    (an executor; a process count: made here, see :mod:`.batches`).  A file whose
    articles all have a fingerprint is tagged with them (and the code), so that one
    the previous build wrote from the same articles at the same numbers is
    :class:`Kept` unmade and never sent."""
    salt = code_fingerprint(_DOCUMENT_CODE)
    per = document_form(with_text)[1]
    form = "text" if with_text else "bare"
    tags: list[str | None] = []  # per file: its tag, None if untagged
    for start in range(0, len(ordered), per):
        group = ordered[start:start + per]
        tags.append(hashlib.sha256("|".join([salt, form, str(per), *(a.fingerprint for a in group)]).encode())
                    .hexdigest() if all(a.fingerprint for a in group) else None)
    kept = [keeps is not None and tag is not None and keeps(numbered_path("docs", k), tag)
            for k, tag in enumerate(tags)]

    def rows(k: int) -> Sequence[Article]:
        group = ordered[k * per:k * per + per]
        return full_all(texts, group) if with_text else group

    made = document_scripts((document_item(k, rows(k), with_text) for k in range(len(tags)) if not kept[k]),
                            as_executor(workers))
    for k, tag in enumerate(tags):
        name, path = numbered_name("docs", k), numbered_path("docs", k)
        if kept[k]:
            assert tag is not None
            yield DataFile(name, path, Kept(tag))
            continue
        body = next(made)
        yield DataFile(name, path, body if tag is None else tagged(body, tag))


def term_cache_dir(config: Config) -> Path:
    """Where article terms are kept between builds."""
    return config.cache_dir / "search"


#: Most files in one part of the search stage's output.
PART_FILES = 2_000


def search_parts(articles: Sequence[Article], segmenter: Segmenter, config: Config,
                 keeps: Callable[[str, str], bool] | None = None,
                 executor: Executor | None = None,
                 texts: TextStore | None = None) -> Iterator[dict[str, bytes | Kept]]:
    """search.html, the search data files and lunr.min.js as site-relative path → bytes,
    in parts of at most PART_FILES data files, handed on as they are made; ``keeps``:
    see :func:`search_files`; ``executor``: where articles are cut and document
    files and index rows made (None: this machine's, ``config.workers`` processes);
    ``texts``: see :func:`search_files`."""
    lunr = lunr_js(config)
    part: dict[str, bytes | Kept] = {}
    workers = executor if executor is not None else config.workers
    bundled = snippets_bundled(config, len(articles))
    for f in search_files(articles, segmenter, workers, cache=term_cache_dir(config), keeps=keeps, texts=texts,
                          snippet_text=bundled):
        part[f.path] = f.body
        if f.name == "manifest":
            part[PAGE] = render_search_page(config, f.path)
        if len(part) >= PART_FILES:
            yield part
            part = {}
    part[LUNR_OUT] = lunr
    yield part


def build_search(articles: Sequence[Article], segmenter: Segmenter, config: Config) -> dict[str, bytes]:
    """:func:`search_parts` in one mapping, sorted by path."""
    out = {path: body for part in search_parts(articles, segmenter, config) for path, body in part.items()}
    return dict(sorted(out.items()))
