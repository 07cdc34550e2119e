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
from .index import document
from .tokens import Terms

#: Below this many articles one process is faster than starting a pool.
PARALLEL_MIN_DOCS = 200

_worker_terms: Terms | None = None


def _start_worker(words: tuple[str, ...]) -> None:
    global _worker_terms
    _worker_terms = Terms(Segmenter(words))


def _worker_document(job: tuple[int, Article]) -> dict[str, Any]:
    assert _worker_terms is not None, "worker not initialised"
    return document(job[0], job[1], _worker_terms)


def documents(articles: Sequence[Article], segmenter: Segmenter, workers: int = 0) -> list[dict[str, Any]]:
    """``document(n, article)`` for every article in order; ``workers`` 0 means one per core."""
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(articles) >= PARALLEL_MIN_DOCS:
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                 initargs=(segmenter.words,)) as pool:
            return list(pool.map(_worker_document, enumerate(articles), chunksize=16))
    terms = Terms(segmenter)
    return [document(n, a, terms) for n, a in enumerate(articles)]
