"""The packed index as the page receives it: ref gaps and quantised BM25 weights.

lunr scores a term in a document field as ``idf × boost × w`` where
``w = (k1 + 1)·tf / (k1·(1 − b + b·len/avg) + tf)`` lies in (0, k1 + 1).  The
page could recompute ``w`` from term frequencies, but then it would have to
load every document's field lengths (a file that grows with the archive) before
answering anything.  Here ``w`` is computed at build time and sent as a level
``1 … LEVELS``; the idf the page still computes from the posting count.

Each term's postings are ``[[field, [gap, level, gap, level, …]], …]`` where
the refs of one field are sent as differences from the previous ref: sorted
small numbers that gzip squeezes far better than absolute refs.

:func:`lunr_vectors` turns this form into lunr's serialized schema in Python
exactly as search-core.js ``expandIndex`` does in the page.
"""
from __future__ import annotations

import math
from typing import Any

#: Steps of the quantised term weight (2.5 % of its range each).
LEVELS = 40


def level(tf: int, length: int, average: float, k1: float, b: float) -> int:
    """``w`` of one posting as a level in 1 … LEVELS (never 0: the term is there)."""
    norm = k1 * (1 - b + b * (length / average if average else 0)) + tf
    return max(1, min(LEVELS, round((k1 + 1) * tf / norm / (k1 + 1) * LEVELS)))


def weighed_index(packed: dict[str, Any]) -> dict[str, Any]:
    """The page's form of a packed index (term frequencies and field lengths):
    weighed postings, no field lengths.  The build makes it in one pass
    (``index.pack_documents(…, weighed=True)``); this is the reference."""
    n_docs, k1, b, lengths = packed["docs"], packed["k1"], packed["b"], packed["lengths"]
    average = [sum(ls) / n_docs if n_docs else 0.0 for ls in lengths]
    postings = []
    for rows in packed["postings"]:
        new = []
        for f, pairs in rows:
            flat: list[int] = []
            prev = 0
            for i in range(0, len(pairs), 2):
                ref, tf = pairs[i], pairs[i + 1]
                flat += (ref - prev, level(tf, lengths[f][ref], average[f], k1, b))
                prev = ref
            new.append([f, flat])
        postings.append(new)
    out = {k: v for k, v in packed.items() if k not in ("lengths", "postings")}
    return {**out, "levels": LEVELS, "postings": postings}


def idf(with_term: int, n_docs: int) -> float:
    """lunr's idf (the number of field postings holding the term, as lunr counts it)."""
    return math.log(1 + abs((n_docs - with_term + 0.5) / (with_term + 0.5)))


def lunr_vectors(data: dict[str, Any]) -> dict[str, Any]:
    """lunr.js's serialized index from weighed postings (``terms``, ``postings``, shared facts)."""
    fields, n_docs, k1 = data["fields"], data["docs"], data["k1"]
    inverted = []
    vectors: dict[str, list[float]] = {}
    for n, (term, rows) in enumerate(zip(data["terms"], data["postings"])):
        posting: dict[str, Any] = {name: {} for name in fields}
        term_idf = idf(sum(len(pairs) // 2 for _, pairs in rows), n_docs)
        for f, pairs in rows:
            ref = 0
            for i in range(0, len(pairs), 2):
                ref += pairs[i]
                posting[fields[f]][str(ref)] = {}
                score = term_idf * (pairs[i + 1] / LEVELS) * (k1 + 1) * data["boosts"][f]
                vectors.setdefault(f"{fields[f]}/{ref}", []).extend([n, round(score, 3)])
        posting["_index"] = n
        inverted.append([term, posting])
    return {"version": data["version"], "fields": fields,
            "fieldVectors": [[ref, v] for ref, v in vectors.items()],
            "invertedIndex": inverted, "pipeline": data["pipeline"]}
