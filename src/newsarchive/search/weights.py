"""The index as the page receives it: one field, ref gaps, quantised BM25 weights.

lunr scores a term in a document field as ``idf × boost × w`` where
``w = (k1 + 1)·tf / (k1·(1 − b + b·len/avg) + tf)`` lies in (0, k1 + 1), and a
document's score is the sum over its fields.  Every query term is looked
for in every field with the same query weight, so that sum equals the score
of one field whose entry is ``idf × Σ boost·w``: the page gets that one
field (:data:`PAGE_FIELD`), a third of the postings of seven, and lunr has a
third of the matches to go through.

The average field length ``avg`` is taken on a grid of 1/64 of an octave
(:func:`average_length`, steps of about 1.1 %): far finer than the levels,
and coarse enough that editing or adding an article almost never moves it,
so a rebuild re-weighs only the terms of the articles that changed (see
:mod:`.postings`).

``w`` is computed at build time and sent as a level ``1 … LEVELS`` (steps of
2.5 %), so the page needs no field lengths (a file as long as the archive);
each posting carries ``Σ boost·level``, an integer.  The idf is lunr's, from
the number of field postings of the term, sent first.  A term's postings are
``[field postings, gap, weight, gap, weight, …]``: refs as differences from
the previous ref, small sorted numbers that gzip squeezes far better.

:func:`lunr_vectors` turns this form into lunr's serialized schema in Python
exactly as search-core.js ``expandIndex`` does in the page.
"""
from __future__ import annotations

import math
from typing import Any, Mapping, Sequence

#: Steps of the quantised term weight (2.5 % of its range each).
LEVELS = 40
#: The page index's one field.
PAGE_FIELD = "all"


#: Steps of the average field length per doubling.
AVERAGE_STEPS = 64


def average_step(total: int, n_docs: int) -> int:
    """The grid step of the average of ``total`` terms over ``n_docs`` documents
    (0 for no terms): ``log2(average) × AVERAGE_STEPS``, rounded."""
    if not total or not n_docs:
        return 0
    return round(math.log2(total / n_docs) * AVERAGE_STEPS)


def average_length(total: int, n_docs: int) -> float:
    """The average field length the weights use: on the grid (0.0 for no terms)."""
    if not total or not n_docs:
        return 0.0
    return 2.0 ** (average_step(total, n_docs) / AVERAGE_STEPS)


def averages(lengths: Sequence[Sequence[int]], n_docs: int) -> list[float]:
    """:func:`average_length` of every field, from each document's field lengths."""
    return [average_length(sum(ls), n_docs) for ls in lengths]


def steps(lengths: Sequence[Sequence[int]], n_docs: int) -> tuple[int, ...]:
    """:func:`average_step` of every field: equal steps, equal averages."""
    return tuple(average_step(sum(ls), n_docs) for ls in lengths)


def encode_row(count: int, weights: Mapping[int, int]) -> list[int]:
    """A term's row: ``[field postings, gap, weight, gap, weight, …]`` of ref → weight."""
    row = [count]
    prev = 0
    for ref in sorted(weights):
        row += (ref - prev, weights[ref])
        prev = ref
    return row


#: Digits of a packed row (:func:`pack_row`): the first :data:`ROW_FINAL` end a
#: number, the other 16 are the leading digits of one.  None needs escaping in JSON.
ROW_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
ROW_FINAL = 48
_ROW_LEAD = len(ROW_DIGITS) - ROW_FINAL
_DIGIT_VALUE = {ch: i for i, ch in enumerate(ROW_DIGITS)}


def pack_row(row: Sequence[int]) -> str:
    """A row as the page receives it: each number as a last digit (its value mod 48)
    after its higher part in base-16 digits, so a number below 48 — most gaps and
    weights — is one character.  Half the bytes of the row's JSON, a sixth less
    gzipped."""
    out: list[str] = []
    for n in row:
        if n < 0:
            raise ValueError(f"a row holds no negative number: {n}")
        rest, last = divmod(n, ROW_FINAL)
        lead: list[str] = []
        while rest:
            rest, d = divmod(rest, _ROW_LEAD)
            lead.append(ROW_DIGITS[ROW_FINAL + d])
        out.extend(reversed(lead))
        out.append(ROW_DIGITS[last])
    return "".join(out)


def unpack_row(text: str) -> list[int]:
    """:func:`pack_row` read back, as the page does."""
    row: list[int] = []
    high = 0
    for ch in text:
        d = _DIGIT_VALUE[ch]
        if d >= ROW_FINAL:
            high = high * _ROW_LEAD + d - ROW_FINAL
        else:
            row.append(high * ROW_FINAL + d)
            high = 0
    return row


def decode_row(row: Sequence[int]) -> dict[int, int]:
    """ref → weight of a row (:func:`encode_row`); its field postings are ``row[0]``."""
    weights: dict[int, int] = {}
    ref = 0
    for i in range(1, len(row), 2):
        ref += row[i]
        weights[ref] = row[i + 1]
    return weights


def level(tf: int, length: int, average: float, k1: float, b: float) -> int:
    """``w`` of one posting as a level in 1 … LEVELS (never 0: the term is there)."""
    norm = k1 * (1 - b + b * (length / average if average else 0)) + tf
    return max(1, min(LEVELS, round((k1 + 1) * tf / norm / (k1 + 1) * LEVELS)))


def weighed_index(packed: dict[str, Any]) -> dict[str, Any]:
    """The page's form of a packed index (term frequencies and field lengths, see
    ``index.pack``).  The build makes it in one pass (``index.pack_documents(…,
    weighed=True)``); this is the reference it is tested against."""
    n_docs, k1, b, lengths, boosts = packed["docs"], packed["k1"], packed["b"], packed["lengths"], packed["boosts"]
    average = averages(lengths, n_docs)
    postings = []
    for rows in packed["postings"]:
        weights: dict[int, int] = {}
        count = 0
        for f, pairs in rows:
            for i in range(0, len(pairs), 2):
                ref, tf = pairs[i], pairs[i + 1]
                weights[ref] = weights.get(ref, 0) + boosts[f] * level(tf, lengths[f][ref], average[f], k1, b)
                count += 1
        postings.append(encode_row(count, weights))
    out = {k: v for k, v in packed.items() if k not in ("lengths", "postings")}
    return {**out, "fields": [PAGE_FIELD], "boosts": [1], "levels": LEVELS, "postings": postings}


def idf(with_term: int, n_docs: int) -> float:
    """lunr's idf (the number of field postings holding the term, as lunr counts it)."""
    return math.log(1 + abs((n_docs - with_term + 0.5) / (with_term + 0.5)))


def lunr_vectors(data: dict[str, Any]) -> dict[str, Any]:
    """lunr.js's serialized index from weighed postings (``terms``, ``postings``, shared facts)."""
    n_docs, scale = data["docs"], (data["k1"] + 1) / data["levels"]
    inverted = []
    vectors: dict[str, list[float]] = {}
    for n, (term, row) in enumerate(zip(data["terms"], data["postings"])):
        refs: dict[str, Any] = {}
        term_idf = idf(row[0], n_docs)
        for ref, weight in decode_row(row).items():
            refs[str(ref)] = {}
            vectors.setdefault(f"{PAGE_FIELD}/{ref}", []).extend([n, round(term_idf * weight * scale, 3)])
        inverted.append([term, {PAGE_FIELD: refs, "_index": n}])
    return {"version": data["version"], "fields": [PAGE_FIELD],
            "fieldVectors": [[ref, v] for ref, v in vectors.items()],
            "invertedIndex": inverted, "pipeline": data["pipeline"]}
