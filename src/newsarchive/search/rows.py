"""The index rows of an archive, as ``(term, row JSON)`` in index order.

With a cache folder, the rows of the previous build are kept there
(:mod:`.postings`).  When few articles changed since, their terms' rows are
patched and every other row is reused as it is; else every row is weighed
from the term lists (:func:`.index.weigh_postings`) and written out by the
build's executor (:func:`.batches.row_texts`).  Both give the same
bytes: the incremental tests build each way and compare.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Sequence

from ..diskstore import code_fingerprint
from ..records import Article
from ..segment import Segmenter
from ..executors import as_executor
from ..texts import TextStore
from . import postings
from .batches import row_texts
from .cache import DISTRIBUTIONS, TermCache
from .documents import Workers, changed_documents, document_keys, iter_documents
from .index import weigh_postings
from .weights import steps

#: Patch the previous rows when at most this share of the articles changed;
#: beyond it, weighing every row from scratch costs less.
DELTA_SHARE = 0.05

STATE_FILE = "postings.state"
#: Where each article's term-cache key is kept by its fingerprint.
KEYS_FOLDER = "keys"
#: Code whose change makes the kept rows unusable.
_CODE = ("search/*.py", "segment.py", "textnorm.py", "diskstore.py")


def index_rows(ordered: Sequence[Article], segmenter: Segmenter, workers: Workers = 0,
               cache: Path | None = None, texts: TextStore | None = None) -> Iterator[tuple[str, str]]:
    """Every ``(term, row JSON)`` of the index of ``ordered`` (archive order), made as
    asked for; ``cache``: the folder of the term cache and the kept rows (None: none);
    ``texts``: where bare articles' texts are (read for the articles cut or checked)."""
    n_docs = len(ordered)
    if cache is None:
        _, weighed, _ = weigh_postings(iter_documents(ordered, segmenter, workers, texts=texts), n_docs)
        yield from row_texts(weighed, as_executor(workers))
        return
    terms_cache = TermCache(cache, segmenter.words)
    keys = document_keys(ordered, terms_cache, cache / KEYS_FOLDER, texts)
    salt = code_fingerprint(_CODE, DISTRIBUTIONS)
    state = _patched(postings.load(cache / STATE_FILE), salt, keys, ordered, segmenter, workers, terms_cache,
                     texts)
    if state is not None:
        header, rows = state.header, postings.ordered_rows(state.texts, state.added)
    else:
        _, weighed, lengths = weigh_postings(iter_documents(ordered, segmenter, workers, terms_cache, keys, texts),
                                             n_docs)
        header = postings.Header(salt, tuple(keys), tuple(lengths), steps(lengths, n_docs))
        rows = row_texts(weighed, as_executor(workers))
    writer = postings.Writer(cache / STATE_FILE, header)
    try:
        yield from writer.rows(rows)
    except BaseException:
        writer.abandon()
        raise
    writer.close()
    terms_cache.prune()


def _patched(previous: postings.State | None, salt: str, keys: list[str], ordered: Sequence[Article],
             segmenter: Segmenter, workers: Workers, terms_cache: TermCache,
             texts: TextStore | None = None) -> postings.State | None:
    """The previous build's rows patched for the articles changed since, if that is possible
    and worth it (see :data:`DELTA_SHARE`)."""
    if previous is None or previous.header.salt != salt or len(previous.header.keys) != len(keys):
        return None
    found = changed_documents(ordered, keys, previous.header.keys, segmenter, workers, terms_cache,
                              limit=int(len(keys) * DELTA_SHARE), texts=texts)
    return postings.update(previous, salt, keys, *found) if found is not None else None
