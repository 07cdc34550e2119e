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
from array import array
from collections import Counter, defaultdict
from functools import partial
from typing import Any, Iterable, Iterator, Mapping, NamedTuple, Sequence

from lunr import __TARGET_JS_VERSION__
from lunr.builder import Builder

from ..records import Article
from .tokens import Terms
from .weights import LEVELS, PAGE_FIELD, averages, level

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


def _shared(n_docs: int) -> dict[str, Any]:
    return {"version": __TARGET_JS_VERSION__, "fields": [name for name, _ in FIELDS],
            "boosts": [boost for _, boost in FIELDS], "k1": K1, "b": B, "pipeline": [], "docs": n_docs}


def pack_documents(documents: Sequence[dict[str, Any]], weighed: bool = False) -> dict[str, Any]:
    """:func:`pack` of :func:`index_builder` without building lunr.py's index.

    lunr.py's builder wraps every term in a Token object and keeps metadata
    the page never reads; most of its time goes there.  The packed form needs
    only term frequencies and field lengths, counted here the way lunr.py
    counts them (each term lowercased as its tokenizer does, refs as numbers).
    tests/search/test_index.py checks both give the same result.

    ``weighed``: the page's form instead (:func:`weigh_documents`).
    """
    ordered = [(int(doc["ref"]), doc) for doc in sorted(documents, key=lambda doc: int(doc["ref"]))]
    if weighed:
        return weigh_documents(ordered, len(ordered))
    counted = _count(ordered, len(ordered))
    lengths = counted.lengths
    terms = sorted(counted.by_term, key=utf16_order)
    postings = []
    for term in terms:
        rows: list[list[int]] = [[] for _ in FIELDS]
        for ref, f, tf in counted.unpacked(term):
            rows[f] += (ref, tf)
        postings.append([[f, pairs] for f, pairs in enumerate(rows) if pairs])
    return {**_shared(len(ordered)), "lengths": [list(ls) for ls in lengths], "terms": terms, "postings": postings}


class Layout(NamedTuple):
    """How a posting (ref, field number, count) is packed in one int of an array of ``typecode``:
    the ref from ``ref_shift`` up, the field from ``field_shift``, the count below it.  A
    count of ``tf_mask`` or more is packed as ``tf_mask`` and kept apart (:class:`Counted`)."""

    typecode: str
    ref_shift: int
    field_shift: int
    tf_mask: int


#: Bits of a posting's field number (seven fields).
FIELD_BITS = 3
_FIELD_MASK = (1 << FIELD_BITS) - 1
assert len(FIELDS) <= 1 << FIELD_BITS
#: Fewest bits left for the count in a 4-byte posting (below, 8 bytes a posting).
LEAST_TF_BITS = 6
#: 8 bytes a posting: room for any ref.
WIDE = Layout("q", 32, 24, (1 << 24) - 1)


def layout(n_docs: int) -> Layout:
    """4 bytes a posting while the refs of ``n_docs`` documents leave :data:`LEAST_TF_BITS`
    for the count (up to 2**23 documents: a million leaves 9 bits, counts up to 510
    packed whole), else :data:`WIDE`.  Postings are the largest thing the search stage
    holds, so their width is most of its memory."""
    ref_bits = max(1, (n_docs - 1).bit_length())
    tf_bits = 32 - FIELD_BITS - ref_bits
    if tf_bits < LEAST_TF_BITS:
        return WIDE
    return Layout("I", tf_bits + FIELD_BITS, tf_bits, (1 << tf_bits) - 1)


class Counted(NamedTuple):
    """What :func:`_count` counts: every document's field lengths, and each term's postings."""

    lengths: list[array]
    by_term: dict[str, array]
    layout: Layout
    #: (term, packed posting) → its count, for the counts too large to pack.
    large: dict[tuple[str, int], int]

    def unpacked(self, term: str) -> Iterator[tuple[int, int, int]]:
        """(ref, field, tf) of each posting of ``term``, in order."""
        ref_shift, field_shift, tf_mask = self.layout[1:]
        for value in self.by_term[term]:
            tf = value & tf_mask
            yield (value >> ref_shift, value >> field_shift & _FIELD_MASK,
                   self.large[term, value] if tf == tf_mask else tf)


def _count(documents: Iterable[tuple[int, Mapping[str, list[str]]]], n_docs: int,
           lay: Layout | None = None) -> Counted:
    """Field lengths and term → its postings, each packed in one int (``lay``, by default
    :func:`layout` of ``n_docs``), of ``(ref, term lists per field)``.

    Documents are counted as they come and only their postings are kept, one
    4-byte int each (8 in an archive of more than 2**23 documents; three 32-bit
    ints took three times as much): an archive's term lists are never all in
    memory, and its postings are the largest thing the search stage holds (about
    500 an article).
    """
    lay = lay or layout(n_docs)
    ref_shift, field_shift, tf_mask = lay[1:]
    lengths = [array("i", bytes(array("i").itemsize * n_docs)) for _ in FIELDS]
    by_term: defaultdict[str, array] = defaultdict(partial(array, lay.typecode))
    large: dict[tuple[str, int], int] = {}
    names = [name for name, _ in FIELDS]
    for ref, doc in documents:
        base = ref << ref_shift
        for f, name in enumerate(names):
            terms = doc[name]
            if not terms:
                continue  # its length stays 0
            terms = _lowered(terms)
            lengths[f][ref] = len(terms)
            field = base | f << field_shift
            for term, tf in Counter(terms).items():
                if tf >= tf_mask:
                    large[term, field | tf_mask] = tf
                    tf = tf_mask
                by_term[term].append(field | tf)
    return Counted(lengths, dict(by_term), lay, large)


def weigh_postings(documents: Iterable[tuple[int, Mapping[str, list[str]]]], n_docs: int
                   ) -> tuple[dict[str, Any], Iterator[tuple[str, list[int]]], list[array]]:
    """The page's form of the index (:mod:`.weights`) from ``(ref, term lists per field)``
    in ascending ref order: (its shared facts, its ``(term, row)`` pairs in UTF-16
    order, each made when asked for and then the caller's to keep or drop, and
    every document's field lengths).

    Field lengths are known only once every document is counted, so the
    weights are computed in a second pass over the postings.
    """
    boosts = [boost for _, boost in FIELDS]
    counted = _count(documents, n_docs)
    lengths, by_term, large = counted.lengths, counted.by_term, counted.large
    ref_shift, field_shift, tf_mask = counted.layout[1:]
    average = averages(lengths, n_docs)
    levels: dict[tuple[int, int, int], int] = {}
    terms = sorted(by_term, key=utf16_order)

    def rows() -> Iterator[tuple[str, list[int]]]:
        for term in terms:
            packed = by_term.pop(term)
            row = [len(packed)]
            last, prev = -1, 0
            for value in packed:  # Counted.unpacked written out: this loop runs once a posting
                ref, f, tf = value >> ref_shift, value >> field_shift & _FIELD_MASK, value & tf_mask
                if tf == tf_mask:
                    tf = large[term, value]
                size = lengths[f][ref]
                value = levels.get((f, tf, size))
                if value is None:
                    value = levels[f, tf, size] = boosts[f] * level(tf, size, average[f], K1, B)
                if ref == last:
                    row[-1] += value
                else:
                    row += (ref - prev, value)
                    prev = last = ref
            yield term, row

    return shared_facts(n_docs), rows(), lengths


def shared_facts(n_docs: int) -> dict[str, Any]:
    """What every row of the page's form of the index shares (the manifest carries it)."""
    return {**_shared(n_docs), "fields": [PAGE_FIELD], "boosts": [1], "levels": LEVELS}


def weigh_documents(documents: Iterable[tuple[int, Mapping[str, list[str]]]], n_docs: int) -> dict[str, Any]:
    """:func:`weigh_postings` whole, equal to ``weights.weighed_index(pack_documents(…))``."""
    shared, rows, _ = weigh_postings(documents, n_docs)
    terms: list[str] = []
    postings: list[list[int]] = []
    for term, row in rows:
        terms.append(term)
        postings.append(row)
    return {**shared, "terms": terms, "postings": postings}


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
