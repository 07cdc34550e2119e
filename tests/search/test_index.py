"""The lunr index: fields, boosts, packed form, UTF-16 term order."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from lunr.index import Index

from newsarchive.records import Metadata
from newsarchive.search.index import (FIELDS, WIDE, _count, build_index, document, index_builder, layout, pack,
                                      pack_documents, unpack, vocabulary)
from newsarchive.search.tokens import Terms
from newsarchive.search.weights import LEVELS, idf, level, lunr_vectors, weighed_index

from .node import run_js
from .samples import article, articles, segmenter


@pytest.fixture(scope="module")
def built():
    items = articles()
    terms = Terms(segmenter(items))
    docs = [document(n, a, terms) for n, a in enumerate(items)]
    return items, docs, build_index(docs)


def refs(index: dict, term: str) -> list[str]:
    return [r["ref"] for r in Index.load(index).query(callback=lambda q: q.term(term, use_pipeline=False))]


def test_documents_fill_every_field(built):
    _, docs, _ = built
    meeting, notice, _visit = docs
    assert set(meeting) == {"ref"} | {name for name, _ in FIELDS}
    assert "曾凡宇" in meeting["officials"]
    assert "吕晓琳" in meeting["reporters"]
    assert "焦作市" in meeting["district"]
    assert {"0391-3568801", "13912345678", "xcz1@163.com", "b120", "市委第一巡察组", "0391-12388"} <= set(notice["contacts"])


def test_serialized_pipeline_is_empty(built):
    # lunr.js must resolve every label of the serialized pipeline before loading
    assert built[2]["pipeline"] == []


def test_contacts_are_found_as_typed(built):
    index = built[2]
    for typed in ("0391-3568801", "13912345678", "xcz1@163.com", "b120", "3568801"):
        assert refs(index, typed) == ["1"], typed


def test_a_name_hit_outranks_a_passing_mention():
    meeting, _, visit = articles()
    # in the visit 曾凡宇 is only mentioned in the body, not an extracted official
    items = [replace(visit, meta=Metadata()), meeting]
    terms = Terms(segmenter(items))
    index = build_index([document(n, a, terms) for n, a in enumerate(items)])
    assert refs(index, "曾凡宇") == ["1", "0"]


def test_a_title_hit_outranks_a_body_mention():
    items = [
        article("body", "区政府召开常务会议", ("会议研究了优化营商环境的措施。", "会议还研究了其他事项。")),
        article("title", "持续优化营商环境", ("区里召开座谈会。",)),
    ]
    terms = Terms(segmenter(items))
    index = build_index([document(n, a, terms) for n, a in enumerate(items)])
    assert refs(index, "营商") == ["1", "0"]


def test_terms_sorted_by_utf16_code_units():
    docs = [{"ref": "0", "title": ["\uff41b", "\U00020000x", "a"], "officials": [], "contacts": [],
             "district": [], "places": [], "reporters": [], "text": []}]
    got = vocabulary(build_index(docs))
    assert got == sorted(got, key=lambda t: t.encode("utf-16-be"))
    assert got.index("\U00020000x") < got.index("\uff41b")  # surrogates sort before U+FF41


def term_scores(index: dict) -> dict[str, dict[str, float]]:
    """field/ref → {term: score}, independent of how terms are numbered."""
    names = {posting["_index"]: term for term, posting in index["invertedIndex"]}
    return {ref: {names[int(v[i])]: v[i + 1] for i in range(0, len(v), 2)}
            for ref, v in index["fieldVectors"] if v}


def test_packed_index_unpacks_to_lunr_py_scores(built):
    _, docs, index = built
    packed = pack(index_builder(docs))
    again = unpack(packed)
    assert vocabulary(packed) == vocabulary(index)
    assert term_scores(again) == term_scores(index)
    assert len(json.dumps(packed)) < len(json.dumps(index)) / 3
    original, restored = Index.load(index), Index.load(again)
    for term in ("焦作市", "曾凡宇", "巡察", "0391-3568801", "治理"):
        a = [(r["ref"], r["score"]) for r in original.query(callback=lambda q: q.term(term, use_pipeline=False))]
        b = [(r["ref"], r["score"]) for r in restored.query(callback=lambda q: q.term(term, use_pipeline=False))]
        assert a == b and a, term


def test_packed_postings_hold_term_frequencies(built):
    _, docs, _ = built
    packed = pack(index_builder(docs))
    fields = packed["fields"]
    row = packed["postings"][packed["terms"].index("曾凡宇")]
    by_field = {fields[f]: dict(zip(pairs[0::2], pairs[1::2])) for f, pairs in row}
    assert by_field["officials"] == {0: 1, 2: 1}
    assert by_field["text"][2] == docs[2]["text"].count("曾凡宇")
    assert packed["lengths"][fields.index("text")][2] == len(docs[2]["text"])


def test_page_and_python_expand_weighed_postings_alike(built):
    _, docs, _ = built
    weighed = weighed_index(pack(index_builder(docs)))
    js = run_js("return core.expandIndex(data);", weighed)
    py = lunr_vectors(weighed)
    assert js["invertedIndex"] == py["invertedIndex"]
    assert term_scores(js) == term_scores(py)


def doc_scores(index: dict) -> dict[tuple[str, str], float]:
    """(document ref, term) → the document's score for the term, summed over fields."""
    out: dict[tuple[str, str], float] = {}
    for field_ref, scores in term_scores(index).items():
        ref = field_ref.split("/", 1)[1]
        for term, score in scores.items():
            out[ref, term] = out.get((ref, term), 0.0) + score
    return out


def test_one_weighed_field_scores_as_lunr_py_sums_its_fields(built):
    """Per field, quantising BM25's term weight moves a score by at most idf·boost·(k1+1)/(2·LEVELS)."""
    _, docs, index = built
    expected, got = doc_scores(index), doc_scores(lunr_vectors(weighed_index(pack(index_builder(docs)))))
    assert expected.keys() == got.keys()
    postings = {term: p for term, p in index["invertedIndex"]}
    for (ref, term), score in expected.items():
        fields = [f for f, _ in FIELDS if ref in postings[term][f]]
        with_term = sum(len(postings[term][f]) for f, _ in FIELDS)
        slack = idf(with_term, len(docs)) * sum(dict(FIELDS)[f] for f in fields) * 2.2 / (2 * LEVELS)
        assert abs(score - got[ref, term]) <= slack + 0.002 * len(fields), (ref, term)


def test_weighed_postings_count_field_postings_and_send_ref_gaps():
    packed = {"docs": 4, "k1": 1.2, "b": 0.75, "boosts": [10, 1], "lengths": [[2, 2, 2, 2], [2, 2, 2, 2]],
              "postings": [[[0, [1, 1, 3, 2]], [1, [3, 1]]]]}
    one, two = level(1, 2, 2.0, 1.2, 0.75), level(2, 2, 2.0, 1.2, 0.75)
    assert weighed_index(packed)["postings"] == [[3, 1, 10 * one, 2, 10 * two + one]]
    assert 1 <= level(1, 1000, 2.0, 1.2, 0.75) < level(1, 2, 2.0, 1.2, 0.75) < level(5, 2, 2.0, 1.2, 0.75) <= LEVELS


def test_packing_documents_directly_equals_packing_lunr_py_builder(built):
    _, docs, _ = built
    assert pack_documents(docs) == pack(index_builder(docs))
    assert pack_documents(docs, weighed=True) == weighed_index(pack(index_builder(docs)))


def test_direct_packing_lowercases_and_counts_like_lunr_py():
    # "İ" lowercases to two characters: lunr.py's tokenizer lowercases whole terms
    docs = [{"ref": "1", "title": ["İstanbul", "b", "b"], "officials": [], "contacts": ["x"],
             "district": [], "places": [], "reporters": [], "text": ["b", "Ab"]},
            {"ref": "0", "title": [], "officials": [], "contacts": [], "district": [],
             "places": [], "reporters": [], "text": ["ab", "b"]}]
    assert pack_documents(docs) == pack(index_builder(docs))
    assert pack_documents(docs)["postings"][pack_documents(docs)["terms"].index("b")] == [[0, [1, 2]], [6, [0, 1, 1, 1]]]
    assert pack_documents(docs, weighed=True) == weighed_index(pack_documents(docs))


def test_counted_postings_are_one_int_each_and_unpack_in_order():
    docs = [(0, {"title": ["甲", "甲"], "officials": [], "contacts": [], "district": [], "places": [],
                 "reporters": [], "text": ["甲", "乙"]}),
            (70_000, {"title": [], "officials": [], "contacts": [], "district": [], "places": [],
                      "reporters": [], "text": ["甲"] * 300})]
    counted = _count(docs, 70_001)
    lengths, by_term = counted.lengths, counted.by_term
    # one 4-byte int a posting, not three
    assert by_term["甲"].itemsize == 4 and len(by_term["甲"]) == 3
    assert list(counted.unpacked("甲")) == [(0, 0, 2), (0, 6, 1), (70_000, 6, 300)]
    assert list(counted.unpacked("乙")) == [(0, 6, 1)]
    assert (lengths[0][0], lengths[6][0], lengths[6][70_000]) == (2, 2, 300)
    assert not counted.large


def test_a_count_too_large_to_pack_is_kept_apart_and_a_huge_archive_takes_8_bytes():
    empty = {"title": [], "officials": [], "contacts": [], "district": [], "places": [], "reporters": []}
    docs = [(0, {**empty, "text": ["甲"] * 200 + ["乙"]}), (60_000, {**empty, "text": ["甲"] * 3})]
    counted = _count(docs, 60_001, layout(3_000_001))  # 22 bits of ref leave 7 for the count
    assert counted.by_term["甲"].itemsize == 4 and counted.layout.tf_mask == 127
    assert list(counted.unpacked("甲")) == [(0, 6, 200), (60_000, 6, 3)]
    assert list(counted.unpacked("乙")) == [(0, 6, 1)]
    assert len(counted.large) == 1
    assert layout(1 << 23).typecode == "I" and layout((1 << 23) + 1) == WIDE
    wide = _count(docs, 60_001, WIDE)
    assert wide.by_term["甲"].itemsize == 8 and not wide.large
    assert list(wide.unpacked("甲")) == [(0, 6, 200), (60_000, 6, 3)]


def test_counts_kept_apart_weigh_as_packed_ones(monkeypatch):
    from newsarchive.search import index as index_module

    empty = {"title": [], "officials": [], "contacts": [], "district": [], "places": [], "reporters": []}
    docs = [(0, {**empty, "title": ["甲"], "text": ["甲"] * 200 + ["乙"]}), (1, {**empty, "text": ["甲"] * 3 + ["乙"]})]
    packed_whole = index_module.weigh_documents(docs, 2)
    # one bit of count: every count is kept apart
    monkeypatch.setattr(index_module, "layout", lambda n_docs: index_module.Layout("I", 4, 1, 1))
    assert index_module.weigh_documents(docs, 2) == packed_whole
