"""The lunr index, built with lunr.py and loaded by lunr.js 2.3.9 in the page.

A bare ``lunr.Builder`` is used: its fields receive ready-made term lists
(lunr.py's tokenizer takes a list as tokens, unsplit), so no English
trimmer/stemmer touches Chinese text and the serialized search pipeline is
empty — lunr.js has no function label to resolve when it loads the index.

Documents are referred to by their position in archive order ("0", "1", …):
short refs keep the index small, and the document store uses the same
numbers.  Field boosts are applied when the index is built, so a hit in a
title or a name outranks a passing mention in the body.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any, NamedTuple, Sequence

from lunr import __TARGET_JS_VERSION__
from lunr.builder import Builder

from ..records import Article
from .tokens import Terms
from .weights import LEVELS, PAGE_FIELD, level

#: (field, boost): the order is the order of fields in the serialized index.
FIELDS: tuple[tuple[str, int], ...] = (
    ("title", 10),
    ("officials", 6),
    ("contacts", 5),
    ("district", 4),
    ("places", 3),
    ("reporters", 3),
    ("text", 1),
)

#: BM25 parameters of lunr.py's builder (and lunr.js's), sent with the index.
K1 = 1.2
B = 0.75


class Inputs(NamedTuple):
    """Everything of an article its index terms are made from (and the cache key is)."""

    title: str
    officials: tuple[str, ...]
    contacts: tuple[str, ...]
    district: str | None
    places: tuple[str, ...]
    reporters: tuple[str, ...]
    body: str

    def strings(self) -> list[str]:
        return [self.title, *self.officials, *self.contacts, self.district or "", *self.places,
                *self.reporters, self.body]


def inputs(article: Article) -> Inputs:
    """The texts, names and contact values of one article that the index reads."""
    m = article.meta
    contacts: list[str] = []
    for ins in m.inspections:
        contacts += ins.hotlines
        for g in ins.groups:
            contacts += (g.name, *g.targets, *g.phones, *g.sms, *g.emails, *g.postal_boxes)
    title = article.title + ("\n" + article.subtitle if article.subtitle else "")
    body = "\n".join((*article.paragraphs, *article.captions))
    return Inputs(title, tuple(o.name for o in m.officials), tuple(contacts), m.district,
                  tuple(m.places), tuple(m.reporters), body)


def field_terms(given: Inputs, terms: Terms) -> dict[str, list[str]]:
    """The term lists of one article's inputs, one list per field."""
    return {
        "title": terms.text(given.title),
        "officials": [t for name in given.officials for t in terms.name(name)],
        "contacts": [t for value in given.contacts for t in terms.contact(value)],
        "district": terms.name(given.district) if given.district else [],
        "places": [t for p in given.places for t in terms.name(p)],
        "reporters": [t for r in given.reporters for t in terms.name(r)],
        "text": terms.text(given.body),
    }


def document(ref: int, article: Article, terms: Terms) -> dict[str, Any]:
    """The term lists of one article, one list per field, with its ref."""
    return {"ref": str(ref), **field_terms(inputs(article), terms)}


def index_builder(documents: Sequence[dict[str, Any]]) -> Builder:
    """A lunr.py builder holding ``documents`` (term lists per field, refs "0", "1", …)."""
    builder = Builder()
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for doc in documents:
        builder.add(doc)
    return builder


def utf16_order(term: str) -> bytes:
    """Sort key of lunr.js's TokenSet builder: UTF-16 code units, not code points."""
    return term.encode("utf-16-be")


def build_index(documents: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Serialized lunr index (lunr.js 2.3.9 schema), terms in UTF-16 order."""
    data = index_builder(documents).build().serialize()
    data["invertedIndex"].sort(key=lambda pair: utf16_order(pair[0]))
    return data


def pack(builder: Builder) -> dict[str, Any]:
    """The index as the page receives it: postings with term frequencies, no vectors.

    lunr's schema spends two thirds of its bytes on per-document field
    vectors of BM25 scores, and repeats every field name in every posting.
    Here each term (in UTF-16 order; its position is its ``_index``) lists
    only the fields holding it, as ``[field number, [ref, tf, ref, tf, …]]``,
    and ``lengths[field][ref]`` gives each field's length in terms.  The page
    (search-core.js ``expandIndex``) recomputes the vectors with lunr.py's
    formula (:func:`unpack` is the same in Python).  Every term carries all it
    needs for scoring, so the index can later be split into shards by term.
    """
    fields = [name for name, _ in FIELDS]
    n_docs = builder.document_count
    terms = sorted(builder.inverted_index, key=utf16_order)
    postings = []
    for term in terms:
        posting = builder.inverted_index[term]
        row = []
        for f, name in enumerate(fields):
            refs = sorted(int(r) for r in posting[name])
            if refs:
                tfs = [builder.field_term_frequencies[f"{name}/{r}"][term] for r in refs]
                row.append([f, [x for pair in zip(refs, tfs) for x in pair]])
        postings.append(row)
    lengths = [[builder.field_lengths.get(f"{name}/{r}", 0) for r in range(n_docs)] for name in fields]
    return {
        "version": __TARGET_JS_VERSION__,
        "fields": fields,
        "boosts": [boost for _, boost in FIELDS],
        "k1": builder._k1,
        "b": builder._b,
        "pipeline": builder.search_pipeline.serialize(),
        "docs": n_docs,
        "lengths": lengths,
        "terms": terms,
        "postings": postings,
    }


def _lowered(terms: list[str]) -> list[str]:
    """Each term lowercased as lunr.py's tokenizer does; terms are almost always lowercase
    already (one check of the joined list: a Σ or any changing character shows there)."""
    joined = "\n".join(terms)
    return terms if joined.lower() == joined else [str(t).lower() for t in terms]


def pack_documents(documents: Sequence[dict[str, Any]], weighed: bool = False) -> dict[str, Any]:
    """:func:`pack` of :func:`index_builder` without building lunr.py's index.

    lunr.py's builder wraps every term in a Token object and keeps metadata
    the page never reads; most of its time goes there.  The packed form needs
    only term frequencies and field lengths, counted here the way lunr.py
    counts them (each term lowercased as its tokenizer does, refs as numbers).
    tests/search/test_index.py checks both give the same result.

    ``weighed``: the page's form instead (:mod:`.weights`), equal to
    ``weights.weighed_index(pack_documents(documents))`` but made in one pass.
    """
    fields = [name for name, _ in FIELDS]
    n_docs = len(documents)
    order = sorted(range(n_docs), key=lambda i: int(documents[i]["ref"]))
    refs = [int(documents[i]["ref"]) for i in order]
    lists = [[_lowered(documents[i][name] or []) for name in fields] for i in order]
    lengths = [[0] * n_docs for _ in fields]
    for ref, per_field in zip(refs, lists):
        for f, terms in enumerate(per_field):
            lengths[f][ref] = len(terms)
    shared = {"version": __TARGET_JS_VERSION__, "fields": fields, "boosts": [boost for _, boost in FIELDS],
              "k1": K1, "b": B, "pipeline": [], "docs": n_docs}
    if weighed:
        by_weight = _weighed_postings(refs, lists, lengths)
        terms = sorted(by_weight, key=utf16_order)
        return {**shared, "fields": [PAGE_FIELD], "boosts": [1], "levels": LEVELS, "terms": terms,
                "postings": [by_weight[t] for t in terms]}
    by_term: dict[str, list[list[int]]] = {}
    for ref, per_field in zip(refs, lists):
        for f, terms in enumerate(per_field):
            for term, tf in Counter(terms).items():
                rows = by_term.get(term)
                if rows is None:
                    rows = by_term[term] = [[] for _ in fields]
                rows[f] += (ref, tf)
    terms = sorted(by_term, key=utf16_order)
    postings = [[[f, pairs] for f, pairs in enumerate(by_term[t]) if pairs] for t in terms]
    return {**shared, "lengths": lengths, "terms": terms, "postings": postings}


def _weighed_postings(refs: list[int], lists: list[list[list[str]]], lengths: list[list[int]]) -> dict[str, list[int]]:
    """term → ``[field postings, gap, weight, gap, weight, …]`` (see :mod:`.weights`)."""
    n_docs = len(refs)
    average = [sum(ls) / n_docs if n_docs else 0.0 for ls in lengths]
    boosts = [boost for _, boost in FIELDS]
    by_term: dict[str, list[int]] = {}
    for ref, per_field in zip(refs, lists):
        for f, terms in enumerate(per_field):
            levels: dict[int, int] = {}
            for term, tf in Counter(terms).items():
                value = boosts[f] * (levels.get(tf) or levels.setdefault(tf, level(tf, len(terms), average[f], K1, B)))
                row = by_term.get(term)
                if row is None:
                    by_term[term] = [1, ref, value]
                    continue
                row[0] += 1
                if row[-2] == ref:
                    row[-1] += value
                else:
                    row += (ref, value)
    for row in by_term.values():
        absolute = row[1::2]
        row[3::2] = [b - a for a, b in zip(absolute, absolute[1:])]
    return by_term


def unpack(data: dict[str, Any]) -> dict[str, Any]:
    """The lunr schema back from :func:`pack`, field vectors computed as lunr.py does."""
    fields, n_docs, k1, b = data["fields"], data["docs"], data["k1"], data["b"]
    average = [sum(lengths) / n_docs if n_docs else 0 for lengths in data["lengths"]]
    inverted = []
    vectors: dict[str, list[float]] = {}
    for n, (term, rows) in enumerate(zip(data["terms"], data["postings"])):
        posting: dict[str, Any] = {name: {} for name in fields}
        with_term = sum(len(pairs) // 2 for _, pairs in rows)
        x = (n_docs - with_term + 0.5) / (with_term + 0.5)
        idf = math.log(1 + abs(x))
        for f, pairs in rows:
            for ref, tf in zip(pairs[0::2], pairs[1::2]):
                posting[fields[f]][str(ref)] = {}
                norm = k1 * (1 - b + b * (data["lengths"][f][ref] / average[f])) + tf
                score = idf * ((k1 + 1) * tf) / norm * data["boosts"][f]
                vectors.setdefault(f"{fields[f]}/{ref}", []).extend([n, round(score, 3)])
        posting["_index"] = n
        inverted.append([term, posting])
    return {"version": data["version"], "fields": fields,
            "fieldVectors": [[ref, v] for ref, v in vectors.items()],
            "invertedIndex": inverted, "pipeline": data["pipeline"]}


def vocabulary(index: dict[str, Any]) -> list[str]:
    """Every term of a serialized (or packed) index, in its stored order."""
    if "terms" in index:
        return list(index["terms"])
    return [term for term, _ in index["invertedIndex"]]
