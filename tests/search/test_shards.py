"""Index files by leading characters: what goes where, how the page finds them, same ranking."""
from __future__ import annotations

import pytest

from newsarchive.search.bundle import to_json
from newsarchive.search.index import document, pack_documents
from newsarchive.search.shards import (characters, file_key, iter_chunks, key_name, split_index, split_keys,
                                       utf16)
from newsarchive.search.tokens import Terms
from newsarchive.search.weights import pack_row, unpack_row, weighed_index

from .node import run_js
from .samples import articles, segmenter


@pytest.fixture(scope="module")
def weighed():
    items = articles()
    terms = Terms(segmenter(items))
    return weighed_index(pack_documents([document(n, a, terms) for n, a in enumerate(items)]))


def test_a_small_index_is_a_file_per_first_character_and_nothing_split(weighed):
    split, files = split_index(weighed["terms"], weighed["postings"])
    assert split == []
    assert set(files) == {t[0] for t in weighed["terms"]}
    assert all(t.startswith(key) for key, f in files.items() for t in f["terms"])


def test_a_heavy_prefix_is_split_and_its_file_lists_the_files_under_it():
    # each pair costs len(term) + len("[1]") + 4 bytes
    rows = [(t, "[1]") for t in ("a", "ab", "abc", "abd", "ac", "b")]
    chunks = list(iter_chunks(rows, 30))  # terms of "a": 46 bytes, of "ab": 29
    by_key = {c.key: c for c in chunks}
    assert set(by_key) == {"a", "ab", "ac", "b"}
    assert split_keys(chunks) == ["a"] and by_key["a"].terms == ["a"]
    assert by_key["a"].payload()["below"] == ["ab", "ac"] and "below" not in by_key["b"].payload()
    assert by_key["ab"].terms == ["ab", "abc", "abd"]
    deeper = list(iter_chunks(rows, 10))
    assert split_keys(deeper) == ["a", "ab"]
    assert {c.key: c.terms for c in deeper} == {"a": ["a"], "ab": ["ab"], "abc": ["abc"], "abd": ["abd"],
                                                "ac": ["ac"], "b": ["b"]}
    assert {c.key: c.payload()["below"] for c in deeper if c.split} == {"a": ["abc", "abd", "ab", "ac"],
                                                                       "ab": ["abc", "abd"]}


def test_a_large_term_is_a_file_by_itself_and_files_come_one_character_at_a_time():
    big = [("a", to_json(list(range(20)))), ("b", "[1]"), ("c", "[1]")]
    assert [(c.key, c.terms) for c in iter_chunks(big, 16)] == [("a", ["a"]), ("b", ["b"]), ("c", ["c"])]
    assert list(iter_chunks([], 16)) == []
    made: list[str] = []
    lazy = ((made.append(t) or t, "[1]") for t in ("a1", "a2", "b1", "b2", "c1"))
    first = next(iter_chunks(lazy, 32))
    assert first.terms == ["a1", "a2"] and made == ["a1", "a2", "b1"]


def test_file_key_is_the_shortest_prefix_not_split():
    split = {"0", "03", "曾"}
    assert file_key("0391", split) == "039" and file_key("03", split) == "03" and file_key("1", split) == "1"
    assert file_key("曾凡宇", split) == "曾凡" and file_key("焦作", split) == "焦"
    assert file_key("\U00020000x", split) == "\U00020000"  # a character, not a code unit
    assert key_name("03") == "00300033" and key_name("\U00020000") == "d840dc00"


def test_files_hold_every_term_once_and_keys_find_them(weighed):
    terms, postings = weighed["terms"], weighed["postings"]
    split, files = split_index(terms, postings, target=60)
    assert len(split) > 3 and len(files) > len(split)
    assert sorted((t for f in files.values() for t in f["terms"]), key=utf16) == terms
    row = dict(zip(terms, postings))
    for key, f in files.items():
        assert all(file_key(t, split) == key for t in f["terms"])
        assert [unpack_row(p) for p in f["postings"]] == [row[t] for t in f["terms"]]
    for key in split:  # a split prefix's file names every file whose key goes on after it
        assert set(files[key]["below"]) == {k for k in files if k != key and k.startswith(key)}
    assert set(characters(terms)) == {ch for t in terms for ch in t}


def test_page_finds_the_same_files(weighed):
    split, files = split_index(weighed["terms"], weighed["postings"], target=60)
    probes = [t for f in files.values() for t in f["terms"][:2]] + ["0", "曾", "\uffff", "\U00020000x", ""]
    table = {k: True for k in split}
    got = run_js("return data.probes.map(t => [core.fileKey(t, data.split), core.keyName(core.fileKey(t, data.split))]);",
                 {"probes": probes, "split": table})
    assert got == [[file_key(t, split), key_name(file_key(t, split))] for t in probes]


def loaded_by(query: str, split: list[str], files: dict) -> set[str]:
    """The keys of the files the page loads for ``query``: its keys, and the files below the
    split prefixes a prefix search of it starts with (as search.js does)."""
    wanted = run_js("return core.queryFiles(data.q, {}, data.split);",
                    {"q": query, "split": {k: True for k in split}})
    keys = set(wanted["keys"])
    for key in wanted["below"]:
        keys |= set(files.get(key, {}).get("below", []))
    return keys


def usable(term: str, word: str) -> bool:
    """Whether ``term`` occurs in ``word`` neither starting nor ending inside a run of
    ASCII digits or letters (where the page's splitter never starts or ends a piece)."""
    def inside_run(at: int) -> bool:
        return 0 < at < len(word) and word[at - 1].isascii() and word[at - 1].isalnum() \
            and word[at].isascii() and word[at].isalnum()
    return any(word.startswith(term, i) and not inside_run(i) and not inside_run(i + len(term))
               for i in range(len(word)))


def test_query_files_cover_every_term_a_query_can_use(weighed):
    """Every vocabulary term the splitter may use inside a typed word (or extending an ASCII
    run, or a word of one character) lies in a loaded file."""
    split, files = split_index(weighed["terms"], weighed["postings"], target=60)
    queries = ["曾凡宇", "焦作市 巡察", "0391-3568801", "xcz1@163.com", "0391", "0", "焦", "山阳区治理"]
    for query in queries:
        keys = loaded_by(query, split, files)
        loaded = {t for k in keys for t in files.get(k, {}).get("terms", [])}
        words = query.split()
        inside = {t for t in weighed["terms"] if any(usable(t, w) for w in words)}
        runs = [w[:4] for w in words if w[:1].isascii()] + [w for w in words if len(w) == 1]
        after_runs = {t for t in weighed["terms"] if t.startswith(tuple(runs))} if runs else set()
        assert inside | after_runs <= loaded, query
        assert len(keys) < len(files)


def test_a_query_loads_the_files_of_its_own_terms_not_all_between_its_characters():
    """A phone number must not pull in every number that sorts between its digits."""
    terms = sorted({f"{a:04d}-{b:07d}" for a in range(300, 420, 3) for b in range(1_000_000, 9_000_000, 400_000)}
                   | {f"{a:04d}" for a in range(300, 420)} | {str(n) for n in range(1, 400)}, key=utf16)
    postings = [[1, 0, 1] for _ in terms]
    split, files = split_index(terms, postings, target=200)
    assert len(files) > 50
    query = "0391-3568801"
    keys = loaded_by(query, split, files)
    starts = [0, 5]  # where a digit run starts: no term starts inside one
    ends = [4, 5, len(query)]  # nor does a piece that ends inside one lead anywhere
    needed = {file_key(query[i:j], split) for i in starts for j in ends if j > i}
    needed |= {file_key(t, split) for t in terms if t.startswith(("0391", "3568801"))}
    assert keys == needed
    assert len([k for k in keys if k in files]) < 12
    assert "0" not in keys and "03" not in keys


SEARCH_WITH = """
const all = Object.keys(data.parts).map(k => data.parts[k]);
const whole = lunr.Index.load(core.expandIndex(core.mergeShards(data.shared, all)));
const everything = new core.Vocabulary();
all.forEach(p => everything.add(p.terms, p.postings));
const scored = hits => hits.map(h => [h.ref, Math.round(h.score * 1e6)]);
return data.queries.map(q => {
  const full = scored(core.runQuery(whole, core.parseQuery(q, {vocab: everything}), lunr));
  const vocab = new core.Vocabulary();
  const wanted = core.queryFiles(q, {}, data.split);
  const keys = wanted.keys.concat(...wanted.below.map(k => (data.parts[k] || {}).below || []));
  keys.filter(k => data.parts[k]).forEach(k => vocab.add(data.parts[k].terms, data.parts[k].postings));
  const part = scored(core.search(q, {shared: data.shared, vocab}, lunr).hits);
  return [full, part];
});
"""


def test_the_files_a_query_needs_rank_as_the_whole_index(weighed):
    split, parts = split_index(weighed["terms"], weighed["postings"], target=60)
    shared = {k: v for k, v in weighed.items() if k not in ("terms", "postings")}
    queries = ["曾凡宇", "焦作市 巡察", "0391-3568801", "民营经济", "xcz1@163.com", "山阳区 治理", "0391", "039", "焦", "0"]
    got = run_js(SEARCH_WITH, {"shared": shared, "parts": parts, "split": {k: True for k in split},
                               "queries": queries})
    for query, (full, part) in zip(queries, got):
        assert full and part == full, query


def test_a_file_json_is_its_rows_texts_joined() -> None:
    rows = [("a", [2, 1, 40, 3, 12]), ("ab", [1, 1, 1]), ("北京", [1, 7, 9]), ("b\u2028", [1, 1, 1])]
    chunks = list(iter_chunks(((t, to_json(r)) for t, r in rows), 16))
    assert any(c.split for c in chunks)
    for chunk in chunks:
        assert chunk.json == to_json(chunk.payload())
    row = dict(rows)
    assert [p for c in chunks for p in c.payload()["postings"]] == [row[t] for c in chunks for t in c.terms]
    assert "\u2028" not in "".join(c.json for c in chunks)  # still a valid JavaScript expression


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
    _, files = split_index(weighed["terms"], weighed["postings"], target=60)
    parts = list(files.values())
    shared = {k: v for k, v in weighed.items() if k not in ("terms", "postings")}
    queries = ["曾凡宇", "焦作市 巡察", "巡察 巡察", "0391", "039", "焦", "x", "山阳区治理", "民营经济 曾凡宇 0391"]
    got = run_js(EXACT, {"shared": shared, "parts": parts, "queries": queries})
    assert sum(len(lunr_hits) for lunr_hits, _ in got) > 10
    for query, (lunr_hits, ours) in zip(queries, got):
        assert ours == lunr_hits, query
