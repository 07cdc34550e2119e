"""Term lists of every article, through the build's executor when the archive is large.

Segmenting the text with jieba is most of the cost of the search stage and
each article is independent, so large archives are cut in batches by the
executor's workers (this machine's process pool, or a cluster's).  Each
worker rebuilds the same extended segmenter from the entity words, once per
set of words; results come back in archive order, so the output does not
depend on the number of workers nor on where they run.
"""
from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from ..diskstore import kept_by_fingerprint
from ..executors import Executor, Shared, as_executor
from ..records import Article
from ..segment import Segmenter
from ..texts import TextStore
from .cache import Entry, TermCache, pack_entry, unpack_entry
from .index import Inputs, field_terms, inputs
from .tokens import Terms

#: Below this many articles to cut, one process is faster than starting a pool.
PARALLEL_MIN_DOCS = 200
#: Articles sent to a worker together.
BATCH_DOCS = 16

#: Where articles are cut: a process count of this machine (0 = one per core) or an executor.
Workers = int | Executor


def _terms_of(words: tuple[str, ...]) -> Terms:
    """A worker's segmenter, made once per set of entity words."""
    return Terms(Segmenter(words))


def _entry_of(terms: Terms, given: Inputs) -> Entry:
    return pack_entry(field_terms(given, terms))


def words_token(words: Sequence[str]) -> str:
    """The entity words named by their content."""
    return "words:" + hashlib.sha256("\n".join(words).encode("utf-8", "surrogatepass")).hexdigest()


def inputs_of(texts: TextStore | None) -> Callable[[Article], Inputs]:
    """:func:`.index.inputs` of an article, its texts read from ``texts`` when it is bare
    (see :mod:`...texts`; None: articles hold their texts)."""
    if texts is None:
        return inputs
    return lambda article: inputs(texts.full(article))


def document_keys(articles: Sequence[Article], cache: TermCache, kept: Path | None = None,
                  texts: TextStore | None = None) -> list[str]:
    """Each article's key in ``cache``: a hash of the inputs its terms are cut from.
    With ``kept``, a folder where the keys of articles with a fingerprint are kept by
    it between builds: making an article's inputs and hashing them costs more than
    looking its key up (and reading its texts)."""
    made = inputs_of(texts)
    if kept is None:
        return [cache.key(made(a)) for a in articles]
    return kept_by_fingerprint(kept, cache.salt.decode(), articles, lambda a: cache.key(made(a)))


def iter_documents(articles: Sequence[Article], segmenter: Segmenter, workers: Workers = 0,
                   cache: TermCache | None = None, keys: Sequence[str] | None = None,
                   texts: TextStore | None = None) -> Iterator[tuple[int, dict[str, list[str]]]]:
    """(number, term lists per field) of every article, in order; ``workers`` 0 means one per core.

    Articles found in ``cache`` (under ``keys``, by default :func:`document_keys`)
    are not cut again; the others are cut and stored.  Yielded one by one, so a
    caller that counts terms as they come never holds the term lists of the
    whole archive.  The caller prunes the cache when its build is done.  ``texts``:
    where bare articles' texts are, read only for the articles whose inputs are made.
    """
    made = inputs_of(texts)
    if cache is not None and keys is None:
        keys = document_keys(articles, cache, texts=texts)
    found: dict[int, Entry] = {}
    missing: list[Article] = []  # their inputs are made as they are sent (see _cut)
    for n, a in enumerate(articles):
        if cache is not None and keys is not None:
            entry = cache.get(keys[n], partial(made, a))
            if entry is not None:
                found[n] = entry
                continue
        missing.append(a)
    cut = _cut(missing, segmenter, workers, made)
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
                      segmenter: Segmenter, workers: Workers, cache: TermCache, limit: int,
                      texts: TextStore | None = None) -> tuple[dict[int, dict[str, list[str]]], dict[int, dict[str, list[str]]]] | None:
    """(term lists the previous build indexed, term lists now) by number, of the articles
    whose terms may have changed since the build whose keys were ``before`` (same
    number of articles); None when more than ``limit`` did or a previous list is gone.

    An article changed if its inputs did, or if an entity word added or removed
    since occurs in them.  The other articles' entries are kept without being read.
    """
    check = cache.may_be_stale  # else an unchanged key is an unchanged article: no inputs to make
    made = inputs_of(texts)
    changed = [n for n, (key, was) in enumerate(zip(keys, before))
               if key != was or (check and cache.stale(made(articles[n])))]
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
           iter_documents([articles[n] for n in changed], segmenter, workers, cache, [keys[n] for n in changed],
                          texts)}
    return old, new


def documents(articles: Sequence[Article], segmenter: Segmenter, workers: Workers = 0,
              cache: TermCache | None = None) -> list[dict[str, Any]]:
    """:func:`iter_documents` as a list of lunr documents, refs "0", "1", …; ``cache`` is pruned."""
    out = [{"ref": str(n), **fields} for n, fields in iter_documents(articles, segmenter, workers, cache)]
    if cache is not None:
        cache.prune()
    return out


def _cut(articles: list[Article], segmenter: Segmenter, workers: Workers,
         made: Callable[[Article], Inputs] = inputs) -> Iterator[Entry]:
    """Term lists of ``articles``, in order, as they come, packed (see :func:`.cache.pack_entry`):
    a worker sends back one compressed string instead of a thousand small ones, and
    the process reading the results has them ready for the cache.  Each article's
    inputs (a copy of its texts joined) are made just before its batch is sent or
    run (``made``), so the archive's texts are never held twice, nor all at once."""
    if not articles:
        return
    executor = as_executor(workers)
    worth = len(articles) >= PARALLEL_MIN_DOCS
    shared = Shared(segmenter.words, _terms_of, words_token(segmenter.words), ready=None)
    if not executor.sends_away(len(articles), worth=worth):
        shared = Shared(shared.value, shared.prepare, shared.token, ready=Terms(segmenter))
    yield from executor.map(_entry_of, articles, shared=shared, batch=BATCH_DOCS, worth=worth, load=made)
