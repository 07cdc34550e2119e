"""Index shards by first character: what goes where, and the page merging them back."""
from __future__ import annotations

import pytest

from newsarchive.search.index import document, index_builder, pack
from newsarchive.search.shards import SHARED_KEYS, bucket, shard_count, split_index
from newsarchive.search.tokens import Terms

from .node import run_js
from .samples import articles, segmenter


@pytest.fixture(scope="module")
def packed():
    items = articles()
    terms = Terms(segmenter(items))
    return pack(index_builder([document(n, a, terms) for n, a in enumerate(items)]))


def test_a_small_index_is_one_shard(packed):
    shared, parts = split_index(packed)
    assert shared["buckets"] == 1 and len(parts) == 1
    assert parts[0]["terms"] == packed["terms"]


def test_every_term_lives_in_the_shard_of_its_first_character(packed):
    shared, parts = split_index(packed, target=500)
    count = shared["buckets"]
    assert count == shard_count(packed, 500) > 4
    for k, part in enumerate(parts):
        assert all(bucket(t, count) == k == ord(t[0]) % count for t in part["terms"])
    merged = sorted((t, p) for part in parts for t, p in zip(part["terms"], part["postings"]))
    assert merged == sorted(zip(packed["terms"], packed["postings"]))
    assert {k: shared[k] for k in SHARED_KEYS} == {k: packed[k] for k in SHARED_KEYS}
    assert set(shared["chars"]) == {ch for t in packed["terms"] for ch in t}


def test_page_merges_shards_into_the_whole_index(packed):
    shared, parts = split_index(packed, target=500)
    got = run_js("""
      const all = core.mergeShards(data.shared, data.lengths, data.parts);
      const some = core.mergeShards(data.shared, data.lengths, [data.parts[data.k]]);
      return {terms: all.terms, postings: all.postings, some: some.terms,
              bucket: core.bucketOf(data.word, data.shared.buckets)};
    """, {"shared": shared, "lengths": packed["lengths"], "parts": parts, "k": 1, "word": "曾凡宇"})
    assert got["terms"] == packed["terms"] and got["postings"] == packed["postings"]
    assert got["some"] == parts[1]["terms"]
    assert got["bucket"] == bucket("曾凡宇", shared["buckets"])


SEARCH_WITH = """
const whole = lunr.Index.load(core.expandIndex(core.mergeShards(data.shared, data.lengths, data.parts)));
const everything = new core.Vocabulary();
data.parts.forEach(p => everything.add(p.terms, p.postings));
const scored = hits => hits.map(h => [h.ref, Math.round(h.score * 1e6)]);
return data.queries.map(q => {
  const full = scored(core.runQuery(whole, core.parseQuery(q, {vocab: everything}), lunr));
  const vocab = new core.Vocabulary();
  new Set(core.queryChars(q, {}).map(c => core.bucketOf(c, data.shared.buckets)))
    .forEach(k => vocab.add(data.parts[k].terms, data.parts[k].postings));
  const part = scored(core.search(q, {shared: data.shared, lengths: data.lengths, vocab}, lunr).hits);
  return [full, part];
});
"""


def test_the_shards_a_query_needs_rank_as_the_whole_index(packed):
    shared, parts = split_index(packed, target=500)
    queries = ["曾凡宇", "焦作市 巡察", "0391-3568801", "民营经济", "xcz1@163.com", "山阳区 治理", "0391", "039", "焦"]
    got = run_js(SEARCH_WITH, {"shared": shared, "lengths": packed["lengths"], "parts": parts, "queries": queries})
    for query, (full, part) in zip(queries, got):
        assert full and part == full, query
