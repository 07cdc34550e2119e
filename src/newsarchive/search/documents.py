"""Term lists of every article, over a process pool when the archive is large.

Segmenting the text with jieba is most of the cost of the search stage and
each article is independent, so large archives are cut into chunks for a
pool of worker processes.  Each worker rebuilds the same extended segmenter
from the entity words; results come back in archive order, so the output
does not depend on the number of workers.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..diskstore import kept_by_fingerprint
from ..records import Article
from ..segment import Segmenter
from .cache import Entry, TermCache, pack_entry, unpack_entry
from .index import Inputs, field_terms, inputs
from .tokens import Terms

#: Below this many articles to cut, one process is faster than starting a pool.
PARALLEL_MIN_DOCS = 200

_worker_terms: Terms | None = None


def _start_worker(words: tuple[str, ...]) -> None:
    global _worker_terms
    _worker_terms = Terms(Segmenter(words))


def _worker_entry_of(given: Inputs) -> Entry:
    assert _worker_terms is not None, "worker not initialised"
    return pack_entry(field_terms(given, _worker_terms))


def document_keys(articles: Sequence[Article], cache: TermCache, kept: Path | None = None) -> list[str]:
    """Each article's key in ``cache``: a hash of the inputs its terms are cut from.
    With ``kept``, a folder where the keys of articles with a fingerprint are kept by
    it between builds: making an article's inputs and hashing them costs more than
    looking its key up."""
    if kept is None:
        return [cache.key(inputs(a)) for a in articles]
    return kept_by_fingerprint(kept, cache.salt.decode(), articles, lambda a: cache.key(inputs(a)))


def iter_documents(articles: Sequence[Article], segmenter: Segmenter, workers: int = 0,
                   cache: TermCache | None = None,
                   keys: Sequence[str] | None = None) -> Iterator[tuple[int, dict[str, list[str]]]]:
    """(number, term lists per field) of every article, in order; ``workers`` 0 means one per core.

    Articles found in ``cache`` (under ``keys``, by default :func:`document_keys`)
    are not cut again; the others are cut and stored.  Yielded one by one, so a
    caller that counts terms as they come never holds the term lists of the
    whole archive.  The caller prunes the cache when its build is done.
    """
    if cache is not None and keys is None:
        keys = document_keys(articles, cache)
    found: dict[int, Entry] = {}
    missing: list[Inputs] = []  # only the articles to cut keep their inputs
    for n, a in enumerate(articles):
        given = inputs(a)
        if cache is not None and keys is not None:
            entry = cache.get(keys[n], given)
            if entry is not None:
                found[n] = entry
                continue
        missing.append(given)
    cut = _cut(missing, segmenter, workers)
    del missing
    for n in range(len(articles)):
        entry = found.pop(n, None)
        if entry is not None:
            yield n, unpack_entry(entry)
            continue
        entry = next(cut)
        if cache is not None and keys is not None:
            cache.put(keys[n], entry)
        yield n, unpack_entry(entry)


def changed_documents(articles: Sequence[Article], keys: Sequence[str], before: Sequence[str],
                      segmenter: Segmenter, workers: int, cache: TermCache, limit: int
                      ) -> tuple[dict[int, dict[str, list[str]]], dict[int, dict[str, list[str]]]] | None:
    """(term lists the previous build indexed, term lists now) by number, of the articles
    whose terms may have changed since the build whose keys were ``before`` (same
    number of articles); None when more than ``limit`` did or a previous list is gone.

    An article changed if its inputs did, or if an entity word added or removed
    since occurs in them.  The other articles' entries are kept without being read.
    """
    check = cache.may_be_stale  # else an unchanged key is an unchanged article: no inputs to make
    changed = [n for n, (key, was) in enumerate(zip(keys, before))
               if key != was or (check and cache.stale(inputs(articles[n])))]
    if len(changed) > limit:
        return None
    old: dict[int, dict[str, list[str]]] = {}
    for n in changed:
        entry = cache.previous(before[n])
        if entry is None:
            return None
        old[n] = unpack_entry(entry)
    cache.keep(key for n, key in enumerate(keys) if key == before[n])
    new = {changed[i]: fields for i, fields in
           iter_documents([articles[n] for n in changed], segmenter, workers, cache, [keys[n] for n in changed])}
    return old, new


def documents(articles: Sequence[Article], segmenter: Segmenter, workers: int = 0,
              cache: TermCache | None = None) -> list[dict[str, Any]]:
    """:func:`iter_documents` as a list of lunr documents, refs "0", "1", …; ``cache`` is pruned."""
    out = [{"ref": str(n), **fields} for n, fields in iter_documents(articles, segmenter, workers, cache)]
    if cache is not None:
        cache.prune()
    return out


def _cut(given: list[Inputs], segmenter: Segmenter, workers: int) -> Iterator[Entry]:
    """Term lists of ``given``, in order, as they come, packed (see :func:`.cache.pack_entry`):
    a worker sends back one compressed string instead of a thousand small ones, and
    the process reading the results has them ready for the cache."""
    if not given:
        return
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(given) >= PARALLEL_MIN_DOCS:
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                 initargs=(segmenter.words,)) as pool:
            yield from pool.map(_worker_entry_of, given, chunksize=16)
        return
    terms = Terms(segmenter)
    for g in given:
        yield pack_entry(field_terms(g, terms))
