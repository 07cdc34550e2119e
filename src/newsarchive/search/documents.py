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
from typing import Any, Sequence

from ..records import Article
from ..segment import Segmenter
from .cache import TermCache
from .index import Inputs, field_terms, inputs
from .tokens import Terms

#: Below this many articles to cut, one process is faster than starting a pool.
PARALLEL_MIN_DOCS = 200

_worker_terms: Terms | None = None


def _start_worker(words: tuple[str, ...]) -> None:
    global _worker_terms
    _worker_terms = Terms(Segmenter(words))


def _worker_terms_of(given: Inputs) -> dict[str, list[str]]:
    assert _worker_terms is not None, "worker not initialised"
    return field_terms(given, _worker_terms)


def documents(articles: Sequence[Article], segmenter: Segmenter, workers: int = 0,
              cache: TermCache | None = None) -> list[dict[str, Any]]:
    """The term lists of every article in order, refs "0", "1", …; ``workers`` 0 means one per core.

    Articles found in ``cache`` are not cut again; the others are cut and stored.
    """
    given = [inputs(a) for a in articles]
    keys = [cache.key(g) for g in given] if cache is not None else []
    found: dict[int, dict[str, list[str]]] = {}
    if cache is not None:
        for n, key in enumerate(keys):
            hit = cache.get(key, given[n])
            if hit is not None:
                found[n] = hit
    todo = [n for n in range(len(given)) if n not in found]
    for n, fields in zip(todo, _cut([given[n] for n in todo], segmenter, workers)):
        found[n] = fields
        if cache is not None:
            cache.put(keys[n], fields)
    if cache is not None:
        cache.prune()
    return [{"ref": str(n), **found[n]} for n in range(len(given))]


def _cut(given: list[Inputs], segmenter: Segmenter, workers: int) -> list[dict[str, list[str]]]:
    if not given:
        return []
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(given) >= PARALLEL_MIN_DOCS:
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                 initargs=(segmenter.words,)) as pool:
            return list(pool.map(_worker_terms_of, given, chunksize=16))
    terms = Terms(segmenter)
    return [field_terms(g, terms) for g in given]
