"""Index chunks by term range: what goes where, how the page finds them, same ranking."""
from __future__ import annotations

import pytest

from newsarchive.search.bundle import to_json
from newsarchive.search.index import document, pack_documents
from newsarchive.search.shards import characters, chunk_of, iter_chunks, separator, split_index, utf16
from newsarchive.search.tokens import Terms
from newsarchive.search.weights import pack_row, unpack_row, weighed_index

from .node import run_js
from .samples import articles, segmenter


@pytest.fixture(scope="module")
def weighed():
    items = articles()
    terms = Terms(segmenter(items))
    return weighed_index(pack_documents([document(n, a, terms) for n, a in enumerate(items)]))


def test_a_small_index_is_one_chunk(weighed):
    bounds, chunks = split_index(weighed["terms"], weighed["postings"])
    assert bounds == [] and len(chunks) == 1
    assert chunks[0]["terms"] == weighed["terms"]


def test_chunks_stay_near_the_target_and_come_one_at_a_time():
    # each pair costs len(term) + len("[1]") + 4 = 8 bytes
    rows = [(t, "[1]") for t in "abcde"]
    assert [c.terms for _, c in iter_chunks(rows, 16)] == [["a", "b"], ["c", "d"], ["e"]]
    assert [b for b, _ in iter_chunks(rows, 16)] == [None, "c", "e"]
    big = [("a", to_json(list(range(20)))), ("b", "[1]"), ("c", "[1]")]
    assert [c.terms for _, c in iter_chunks(big, 16)] == [["a"], ["b", "c"]]  # a large term is a chunk by itself
    assert [(b, c.payload()) for b, c in iter_chunks([], 16)] == [(None, {"terms": [], "postings": []})]
    made: list[str] = []
    lazy = ((made.append(t) or t, "[1]") for t in "abcde")
    first = next(iter_chunks(lazy, 16))
    assert first[1].terms == ["a", "b"] and made == ["a", "b", "c"]


def test_a_chunk_past_its_soft_share_ends_where_the_first_character_changes():
    # each pair costs 2 + len("[1]") + 4 = 9 bytes; target 28: soft share 16.8, hard share 30.8
    rows = [(t, "[1]") for t in ("a1", "a2", "b1", "b2", "b3", "b4", "c1")]
    assert [c.terms for _, c in iter_chunks(rows, 28)] == [["a1", "a2"], ["b1", "b2", "b3"], ["b4", "c1"]]
    assert [b for b, _ in iter_chunks(rows, 28)] == [None, "b", "b4"]


def test_separator_is_the_shortest_prefix_after_the_last_term():
    assert separator("曾凡", "曾凡宇") == "曾凡宇"
    assert separator("曾凡宇", "焦作") == "焦"
    assert separator("0391", "0392-1") == "0392"
    for last, first in [("a", "b"), ("ab", "abc"), ("z", "\U00020000x"), ("\u9fa5", "\U00020000"), ("\U00020000", "\uffef")]:
        s = separator(last, first)
        assert first.startswith(s) and utf16(last) < utf16(s) <= utf16(first)


def test_chunks_are_consecutive_ranges_and_bounds_find_every_term(weighed):
    terms, postings = weighed["terms"], weighed["postings"]
    bounds, chunks = split_index(terms, postings, target=500)
    assert len(chunks) > 4 and len(bounds) == len(chunks) - 1
    assert [t for c in chunks for t in c["terms"]] == terms
    assert [unpack_row(p) for c in chunks for p in c["postings"]] == postings
    for k, chunk in enumerate(chunks):
        assert all(chunk_of(t, bounds) == k for t in chunk["terms"])
    assert set(characters(terms)) == {ch for t in terms for ch in t}


def test_page_finds_the_same_chunks(weighed):
    bounds, chunks = split_index(weighed["terms"], weighed["postings"], target=500)
    probes = [t for c in chunks for t in c["terms"][:2]] + ["0", "曾", "\uffff", ""]
    got = run_js("return data.probes.map(t => core.chunkOf(t, data.bounds));", {"probes": probes, "bounds": bounds})
    assert got == [chunk_of(t, bounds) for t in probes]


def test_query_ranges_cover_every_term_a_query_can_use(weighed):
    """Every vocabulary term inside a typed word (or extending an ASCII run) lies in a loaded chunk
    (the samples hold no term ending inside a run of digits or letters, which is never loaded)."""
    bounds, chunks = split_index(weighed["terms"], weighed["postings"], target=500)
    queries = ["曾凡宇", "焦作市 巡察", "0391-3568801", "xcz1@163.com", "0391", "焦", "山阳区治理"]
    got = run_js("return data.queries.map(q => core.queryChunks(q, {}, data.bounds));",
                 {"queries": queries, "bounds": bounds})
    for query, wanted in zip(queries, got):
        loaded = {t for k in wanted for t in chunks[k]["terms"]}
        words = query.split()
        inside = {t for t in weighed["terms"] if any(t in w for w in words)}
        after_runs = {t for t in weighed["terms"] if t[:4] in ("0391", "xcz1") and any(t[:4] in w for w in words)}
        assert inside | after_runs <= loaded, query
        assert len(wanted) < len(chunks)


def test_a_query_loads_the_chunks_of_its_own_terms_not_all_between_its_characters():
    """A phone number must not pull in every number that sorts between its digits."""
    terms = sorted({f"{a:04d}-{b:07d}" for a in range(300, 420, 3) for b in range(1_000_000, 9_000_000, 400_000)}
                   | {f"{a:04d}" for a in range(300, 420)} | {str(n) for n in range(1, 400)})
    postings = [[1, 0, 1] for _ in terms]
    bounds, chunks = split_index(terms, postings, target=200)
    assert len(chunks) > 50
    query = "0391-3568801"
    wanted = run_js("return core.queryChunks(data.q, {}, data.bounds);", {"q": query, "bounds": bounds})
    starts = [0, 5]  # where a digit run starts: no term starts inside one
    ends = [4, 5, len(query)]  # nor does a piece that ends inside one lead anywhere
    needed = {chunk_of(query[i:j], bounds) for i in starts for j in ends if j > i}
    needed |= {k for k, c in enumerate(chunks) for t in c["terms"] if t.startswith(("0391", "3568801"))}
    assert set(wanted) == needed
    assert len(wanted) < 12
    assert chunk_of("0", bounds) not in wanted and chunk_of("03", bounds) not in wanted


SEARCH_WITH = """
const whole = lunr.Index.load(core.expandIndex(core.mergeShards(data.shared, data.parts)));
const everything = new core.Vocabulary();
data.parts.forEach(p => everything.add(p.terms, p.postings));
const scored = hits => hits.map(h => [h.ref, Math.round(h.score * 1e6)]);
return data.queries.map(q => {
  const full = scored(core.runQuery(whole, core.parseQuery(q, {vocab: everything}), lunr));
  const vocab = new core.Vocabulary();
  core.queryChunks(q, {}, data.bounds).forEach(k => vocab.add(data.parts[k].terms, data.parts[k].postings));
  const part = scored(core.search(q, {shared: data.shared, vocab}, lunr).hits);
  return [full, part];
});
"""


def test_the_chunks_a_query_needs_rank_as_the_whole_index(weighed):
    bounds, parts = split_index(weighed["terms"], weighed["postings"], target=500)
    shared = {k: v for k, v in weighed.items() if k not in ("terms", "postings")}
    queries = ["曾凡宇", "焦作市 巡察", "0391-3568801", "民营经济", "xcz1@163.com", "山阳区 治理", "0391", "039", "焦"]
    got = run_js(SEARCH_WITH, {"shared": shared, "parts": parts, "bounds": bounds, "queries": queries})
    for query, (full, part) in zip(queries, got):
        assert full and part == full, query


def test_a_chunk_json_is_its_rows_texts_joined() -> None:
    rows = [("a", [2, 1, 40, 3, 12]), ("北京", [1, 7, 9]), ("b\u2028", [1, 1, 1])]
    chunks = [c for _, c in iter_chunks(((t, to_json(r)) for t, r in rows), 16)]
    for chunk in chunks:
        assert chunk.json == to_json(chunk.payload())
    assert [p for c in chunks for p in c.payload()["postings"]] == [r for _, r in rows]
    assert "\u2028" not in "".join(c.json for c in chunks)  # still a valid JavaScript expression
    assert next(iter_chunks([], 16))[1].json == to_json({"terms": [], "postings": []})


def test_a_packed_row_is_one_character_a_number_below_48_and_reads_back_in_the_page():
    rows = [[0], [47, 1, 47], [48, 0, 767, 768, 12345, 99999], [3, 1, 30, 2, 31]]
    packed = [pack_row(r) for r in rows]
    assert [unpack_row(p) for p in packed] == rows
    assert len(packed[1]) == 3 and len(packed[2]) == 2 + 1 + 2 + 3 + 4 + 4
    assert all(ch.isalnum() or ch in "-_" for p in packed for ch in p)
    assert run_js("return data.map(core.unpackRow);", packed) == rows
    with pytest.raises(ValueError):
        pack_row([-1])


EXACT = """
const whole = lunr.Index.load(core.expandIndex(core.mergeShards(data.shared, data.parts)));
const vocab = new core.Vocabulary();
data.parts.forEach(p => vocab.add(p.terms, p.postings));
return data.queries.map(q => {
  const parsed = core.parseQuery(q, {vocab});
  const scored = hits => hits.map(h => [h.ref, h.score, h.chunks, h.terms]);
  return [scored(core.runQuery(whole, parsed, lunr)), scored(core.search(q, {shared: data.shared, vocab}, lunr).hits)];
});
"""


def test_the_query_index_scores_every_document_exactly_as_the_whole_index(weighed):
    """The page's lunr.js index of one query's terms and candidates gives every
    document the score lunr.js gives it in the whole index."""
    _, parts = split_index(weighed["terms"], weighed["postings"], target=500)
    shared = {k: v for k, v in weighed.items() if k not in ("terms", "postings")}
    queries = ["曾凡宇", "焦作市 巡察", "巡察 巡察", "0391", "039", "焦", "x", "山阳区治理", "民营经济 曾凡宇 0391"]
    got = run_js(EXACT, {"shared": shared, "parts": parts, "queries": queries})
    assert sum(len(lunr_hits) for lunr_hits, _ in got) > 10
    for query, (lunr_hits, ours) in zip(queries, got):
        assert ours == lunr_hits, query
