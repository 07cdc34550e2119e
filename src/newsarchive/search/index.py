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

from typing import Any, Sequence

from lunr.builder import Builder

from ..records import Article
from .tokens import Terms

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


def document(ref: int, article: Article, terms: Terms) -> dict[str, Any]:
    """The term lists of one article, one list per field."""
    m = article.meta
    contacts: list[str] = []
    for ins in m.inspections:
        for phone in ins.hotlines:
            contacts += terms.contact(phone)
        for g in ins.groups:
            for value in (g.name, *g.targets, *g.phones, *g.sms, *g.emails, *g.postal_boxes):
                contacts += terms.contact(value)
    title = article.title + ("\n" + article.subtitle if article.subtitle else "")
    body = "\n".join((*article.paragraphs, *article.captions))
    return {
        "ref": str(ref),
        "title": terms.text(title),
        "officials": [t for o in m.officials for t in terms.name(o.name)],
        "contacts": contacts,
        "district": terms.name(m.district) if m.district else [],
        "places": [t for p in m.places for t in terms.name(p)],
        "reporters": [t for r in m.reporters for t in terms.name(r)],
        "text": terms.text(body),
    }


def build_index(documents: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Serialized lunr index (lunr.js 2.3.9 schema) over ``documents``.

    The inverted index is sorted by UTF-16 code units, the order lunr.js's
    TokenSet builder requires (Python sorts by code point, which differs once
    a term holds a character outside the BMP).
    """
    builder = Builder()
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for doc in documents:
        builder.add(doc)
    data = builder.build().serialize()
    data["invertedIndex"].sort(key=lambda pair: pair[0].encode("utf-16-be"))
    return data


def compact(index: dict[str, Any]) -> dict[str, Any]:
    """A serialized lunr index in a third of the bytes; search-core.js ``expandIndex`` undoes it.

    lunr's schema repeats every field name, empty or not, in every term's
    posting.  Here terms are one sorted list (a term's position is its
    ``_index``), each posting lists only the fields that hold the term as
    ``[field number, [doc refs as numbers]]``, and empty field vectors are
    left out (lunr.js reads a field vector only for a field a term matched).
    """
    fields = index["fields"]
    terms = [term for term, _ in index["invertedIndex"]]
    renumber = {posting["_index"]: n for n, (_, posting) in enumerate(index["invertedIndex"])}
    postings = []
    for _, posting in index["invertedIndex"]:
        postings.append([[f, sorted(int(ref) for ref in posting[name])]
                         for f, name in enumerate(fields) if posting[name]])
    vectors = []
    for ref, elements in index["fieldVectors"]:
        if not elements:
            continue
        pairs = sorted((renumber[int(elements[i])], elements[i + 1]) for i in range(0, len(elements), 2))
        vectors.append([ref, [x for pair in pairs for x in pair]])
    return {
        "version": index["version"],
        "fields": fields,
        "pipeline": index["pipeline"],
        "terms": terms,
        "postings": postings,
        "fieldVectors": vectors,
    }


def expand(data: dict[str, Any]) -> dict[str, Any]:
    """The lunr schema back from :func:`compact` (what search-core.js does in the page)."""
    fields = data["fields"]
    inverted = []
    for n, (term, pairs) in enumerate(zip(data["terms"], data["postings"])):
        posting: dict[str, Any] = {name: {} for name in fields}
        for f, refs in pairs:
            posting[fields[f]] = {str(r): {} for r in refs}
        posting["_index"] = n
        inverted.append([term, posting])
    return {"version": data["version"], "fields": fields, "fieldVectors": data["fieldVectors"],
            "invertedIndex": inverted, "pipeline": data["pipeline"]}


def vocabulary(index: dict[str, Any]) -> list[str]:
    """Every term of a serialized (or compacted) index, in its stored order."""
    if "terms" in index:
        return list(index["terms"])
    return [term for term, _ in index["invertedIndex"]]
