"""The index's rows kept between builds, so a rebuild re-weighs only the terms of changed articles.

A row (:mod:`.weights`) depends on the documents holding its term, their
field lengths and the archive's average field lengths.  The averages are
taken on a grid (``weights.average_length``) that an edit almost never
moves; refs are positions in archive order, which an edit does not move
either.  So when a rebuild has the same number of documents, the same
average steps and only a few changed documents, every row is as before
except those of the terms the changed documents held before or hold now:
those rows are patched (the old document's entry taken out, the new one put
in) and every other row's JSON text is reused as it is.  The result is the
row a cold build computes, entry for entry.

The rows are kept by first character (:mod:`.groupstore`), so a rebuild
reads, patches and writes again only the groups of the changed terms.
"""
from __future__ import annotations

import bisect
import json
from array import array
from collections import Counter
from typing import Any, Iterable, Iterator, Mapping, NamedTuple, Sequence

from .bundle import to_json
from .index import FIELDS, K1, B, _lowered, utf16_order
from .weights import averages, decode_row, encode_row, level, pack_row, steps, unpack_row


class Header(NamedTuple):
    """What the rows were made from."""

    salt: str                  # fingerprint of the code that made them
    keys: tuple[str, ...]      # term-cache key of document n (its indexed inputs)
    lengths: tuple[array, ...]  # per field, the length of that field in document n
    steps: tuple[int, ...]     # per field, the average length's grid step


class State(NamedTuple):
    header: Header
    texts: dict[str, str]      # term → its packed row as JSON, in index order but for ``added``
    #: Terms a patch added (at the end of ``texts``): only they need sorting in.
    added: tuple[str, ...] = ()


def document_weights(fields: Mapping[str, list[str]],
                     average: Sequence[float]) -> tuple[list[int], dict[str, tuple[int, int]]]:
    """(field lengths, term → (field postings, weight)) of one document: its entry in
    every row of its terms, as ``index.weigh_postings`` computes it."""
    lengths: list[int] = []
    out: dict[str, tuple[int, int]] = {}
    for f, (name, boost) in enumerate(FIELDS):
        terms = _lowered(fields[name] or [])
        size = len(terms)
        lengths.append(size)
        for term, tf in Counter(terms).items():
            value = boost * level(tf, size, average[f], K1, B)
            count, weight = out.get(term, (0, 0))
            out[term] = (count + 1, weight + value)
    return lengths, out


Change = tuple[int, "tuple[int, int] | None", "tuple[int, int] | None"]  # ref, old entry, new entry


def patch(texts: dict[str, str], changes: Mapping[str, list[Change]]) -> None:
    """Apply, per term, each changed document's old and new entry to its row (in place);
    a row left with no document is dropped."""
    for term, edits in changes.items():
        text = texts.get(term)
        row = unpack_row(json.loads(text)) if text is not None else [0]
        count, weights = row[0], decode_row(row)
        for ref, old, new in edits:
            if old is not None:
                count -= old[0]
                del weights[ref]
            if new is not None:
                count += new[0]
                weights[ref] = new[1]
        if weights:
            texts[term] = to_json(pack_row(encode_row(count, weights)))
        else:
            texts.pop(term, None)


def changes(header: Header, salt: str, keys: Sequence[str], old: Mapping[int, Mapping[str, list[str]]],
            new: Mapping[int, Mapping[str, list[str]]]) -> tuple[Header, dict[str, list[Change]]] | None:
    """(the header after documents ``old`` (their previous term lists, by ref) became
    ``new``, each term's changed entries); None when this cannot be done by patching
    (other code, another number of documents, averages off their step): then the
    index is made from scratch."""
    n_docs = len(keys)
    if header.salt != salt or len(header.keys) != n_docs or set(old) != set(new):
        return None
    lengths = tuple(array("i", ls) for ls in header.lengths)
    if any(len(ls) != n_docs for ls in lengths):
        return None
    before = averages(lengths, n_docs)
    fresh: dict[int, tuple[list[int], dict[str, tuple[int, int]]]] = {}
    for ref in sorted(new):
        fresh[ref] = document_weights(new[ref], before)  # averages checked below
        for f, size in enumerate(fresh[ref][0]):
            lengths[f][ref] = size
    now = steps(lengths, n_docs)
    if now != header.steps:
        return None
    edits: dict[str, list[Change]] = {}
    for ref in sorted(new):
        given_lengths, entries_old = document_weights(old[ref], before)
        if any(given_lengths[f] != header.lengths[f][ref] for f in range(len(FIELDS))):
            return None  # the kept term lists are not the ones indexed: start again
        entries_new = fresh[ref][1]
        for term in entries_old.keys() | entries_new.keys():
            was, becomes = entries_old.get(term), entries_new.get(term)
            if was != becomes:  # an edit leaves most of a document's entries as they were
                edits.setdefault(term, []).append((ref, was, becomes))
    return Header(salt, tuple(keys), lengths, now), edits


def update(state: State, salt: str, keys: Sequence[str], old: Mapping[int, Mapping[str, list[str]]],
           new: Mapping[int, Mapping[str, list[str]]]) -> State | None:
    """The state after documents ``old`` became ``new`` (see :func:`changes`), every
    row at hand; None when this cannot be done by patching."""
    found = changes(state.header, salt, keys, old, new)
    if found is None:
        return None
    header, edits = found
    texts = state.texts
    added = [term for term in edits if term not in texts]
    patch(texts, edits)
    return State(header, texts, tuple(t for t in added if t in texts))


def ordered_rows(texts: Mapping[str, str], added: Sequence[str] | None = None) -> Iterator[tuple[str, str]]:
    """``(term, row JSON)`` in index order (UTF-16).  ``added``: the only terms of
    ``texts`` out of that order (a patch's new terms); the others are taken as they
    stand and the new ones put in their places, instead of sorting the whole index
    again (a fifth of a one-edit rebuild's search stage at 10,000 articles)."""
    if added is None:
        for term in sorted(texts, key=utf16_order):
            yield term, texts[term]
        return
    new = set(added)
    kept = list(texts)
    if new:  # a patch puts its new terms last
        tail = kept[len(kept) - len(new):]
        kept = kept[:len(kept) - len(new)] if set(tail) == new else [term for term in kept if term not in new]
    places = sorted((bisect.bisect_left(kept, utf16_order(term), key=utf16_order), utf16_order(term), term)
                    for term in new)
    start = 0
    for place, _, term in places:
        if start < place:
            run = kept[start:place]
            yield from zip(run, map(texts.__getitem__, run))
            start = place
        yield term, texts[term]
    run = kept[start:]
    yield from zip(run, map(texts.__getitem__, run))


def json_rows(rows: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, str]]:
    """``(term, row)`` pairs as ``(term, row JSON)``, the row packed (``weights.pack_row``)."""
    for term, row in rows:
        yield term, to_json(pack_row(row))
