"""Index files by leading characters: what goes where, how the page finds them, same ranking."""
from __future__ import annotations

import pytest

from newsarchive.search.bundle import to_json
from newsarchive.search.index import document, pack_documents
from newsarchive.search.shards import (alone, bucket_of, characters, entry, file_of, first_table, iter_chunks, key_name,
                                       read_split, read_tables, shared_count, split_index, split_table, utf16)
from newsarchive.search.tokens import Terms
from newsarchive.search.weights import pack_row, unpack_row, weighed_index

from .node import run_js
from .samples import articles, segmenter


@pytest.fixture(scope="module")
def weighed():
    items = articles()
    terms = Terms(segmenter(items))
    return weighed_index(pack_documents([document(n, a, terms) for n, a in enumerate(items)]))


def test_a_small_index_is_a_few_shared_files_and_nothing_split(weighed):
    first, split, files = split_index(weighed["terms"], weighed["postings"])
    assert list(split) == [""] and first == "".join(sorted({t[0] for t in weighed["terms"]}))
    assert set(files) == {f"shared-{b}" for b in range(split[""])} and len(files) < len(first) / 4
    assert all(file_of(t, first, split) == name for name, f in files.items() for t in f["terms"])


def rows_of(*terms: str) -> list[tuple[str, str]]:
    # each pair costs len(term) + len("[1]") + 4 bytes
    return [(t, "[1]") for t in terms]


def names_of(chunks) -> dict[str, list[str]]:
    return {c.name: c.terms for c in chunks}


def test_a_heavy_character_shares_buckets_among_its_groups_each_holding_its_small_term():
    split: dict[str, int] = {}
    names = names_of(iter_chunks(rows_of("a", "ab", "abc", "abd", "ac", "b"), split, 30, 19))
    # terms of "a": 46 bytes, split; groups "ab" (29) and "ac" (9): 38 bytes, two buckets of 19,
    # each holding the small "a" (8); "b" (8) is small: a shared file holds it
    assert split == {"a": entry(2, False, False), "": 1}
    groups = {0: ["a"], 1: ["a"]}
    for key, terms in (("ab", ["ab", "abc", "abd"]), ("ac", ["ac"])):
        groups[bucket_of(key, 2)] += terms
    assert names == {key_name("a") + "-0": groups[0], key_name("a") + "-1": groups[1], "shared-0": ["b"]}
    assert file_of("a", "ab", split) == f"{key_name('a')}-{bucket_of('a', 2)}"
    deeper: dict[str, int] = {}
    names = names_of(iter_chunks(rows_of("a", "ab", "abc", "abd", "ac", "b"), deeper, 20, 100))
    # "ab" (29 bytes) is split too; everything else is small: one shared file
    assert deeper == {"a": entry(0, False, True), "ab": entry(0, False, True), "": 1}
    assert names == {"shared-0": ["a", "ab", "abc", "abd", "ac", "b"]}


def test_a_large_term_has_a_file_of_its_own_and_split_files_come_one_character_at_a_time():
    big = to_json(list(range(20)))
    split: dict[str, int] = {}
    rows = [("a", big), ("b", "[1]"), ("b1", big), ("b2", "[1]"), ("c", "[1]")]
    names = names_of(iter_chunks(rows, split, 16, 16))
    assert split == {"a": entry(0, True, False), "b": entry(0, False, True), "b1": entry(0, True, False), "": 2}
    shared = {0: [], 1: []}
    for key, terms in (("b", ["b", "b2"]), ("c", ["c"])):
        shared[bucket_of(key, 2)] += terms
    assert names == {key_name("a"): ["a"], key_name("b1"): ["b1"], "shared-0": shared[0], "shared-1": shared[1]}
    assert all(file_of(t, "abc", split) == name for name, terms in names.items() for t in terms)
    assert list(iter_chunks([], {}, 16, 16)) == []
    made: list[str] = []
    lazy = ((made.append(t) or t, "[1]") for t in ("a1", "a2", "a3", "b1", "b2", "c1"))
    first = next(iter_chunks(lazy, {}, 10, 10))
    assert first.name.startswith(key_name("a")) and made == ["a1", "a2", "a3", "b1"]


def test_every_bucket_and_shared_file_is_written_even_when_nothing_falls_in_it():
    split: dict[str, int] = {}
    names = [c.name for c in iter_chunks(rows_of("a", "ab", "ac", "ad", *"bcdefgh"), split, 20, 10)]
    assert split["a"] >> 2 == 2 and {f"{key_name('a')}-{b}" for b in range(2)} <= set(names)  # 27 bytes
    assert "" not in split and alone(split) == set("bcdefgh")  # 8 bytes each, over half a bucket: no shared file
    split = {}
    names = [c.name for c in iter_chunks(rows_of("a", "ab", "ac", "ad", *"bcdefgh"), split, 20, 20)]
    assert split["a"] >> 2 == 1 and f"{key_name('a')}-0" in names
    assert split[""] == 4 and {f"shared-{b}" for b in range(4)} <= set(names)  # 7 × 8 bytes, cut for 20


def test_the_number_of_shared_files_changes_only_when_their_bytes_double():
    assert [shared_count(n, 100) for n in (0, 1, 100, 101, 200, 201, 399, 400, 401)] == [1, 1, 1, 2, 2, 4, 4, 4, 8]


def test_file_of_a_string_and_the_tables_the_manifest_holds():
    split = {"": 4, "0": entry(3, True, False), "03": entry(2, False, False), "曾": entry(0, True, True),
             "曾凡": entry(0, True, False)}
    first = "03曾焦"
    assert file_of("1", first, split) is None and file_of("", first, split) is None
    assert file_of("焦作", first, split) == f"shared-{bucket_of('焦', 4)}"
    assert file_of("0", first, split) == key_name("0") and file_of("03", first, split) == f"{key_name('03')}-{bucket_of('03', 2)}"
    assert file_of("0391", first, split) == f"{key_name('03')}-{bucket_of('039', 2)}"
    assert file_of("0591", first, split) == f"{key_name('0')}-{bucket_of('05', 3)}"
    assert file_of("曾", first, split) == key_name("曾") and file_of("曾国", first, split) == f"shared-{bucket_of('曾', 4)}"
    assert file_of("曾凡", first, split) == key_name("曾凡") and file_of("曾凡宇", first, split) == key_name("曾凡")
    nothing = {"": 1, "a": entry(0, False, False), "ab": entry(1, False, False)}
    assert file_of("a", "a", nothing) is None and file_of("ac", "a", nothing) is None
    # a prefix between two split ones may be left out: the longest split prefix holds the string
    gap = {"0": entry(3, False, False), "0311": entry(2, False, False)}
    assert file_of("0312", first, gap) == f"{key_name('0')}-{bucket_of('03', 3)}"
    assert file_of("03115", first, gap) == f"{key_name('0311')}-{bucket_of('03115', 2)}"
    assert key_name("03") == "00300033" and key_name("\U00020000") == "d840dc00"
    assert first_table("焦03") == [2 * 0x30, 2 * 3, 2 * (ord("焦") - 0x33)]
    assert first_table("焦03", {"0": entry(0, True, False), "焦": entry(0, True, False), "焦作": 4}) == [
        2 * 0x30 + 1, 2 * 3, 2 * (ord("焦") - 0x33)]  # "0" alone in its file; "焦" split deeper


def test_a_prefix_that_holds_nothing_itself_is_left_out_of_the_table():
    big = to_json(list(range(20)))
    split: dict[str, int] = {}
    rows = [("a", "[1]"), ("ab1", big), ("ab2", big), ("ac", "[1]")]
    names = names_of(iter_chunks(rows, split, 50, 50))
    assert split == {"a": entry(0, False, True), "ab1": entry(0, True, False), "ab2": entry(0, True, False), "": 1}
    assert all(file_of(t, "a", split) == name for name, terms in names.items() for t in terms)


def test_the_split_table_is_front_coded_and_reads_back_in_the_page():
    split = {"0": 3, "03": 2, "0391": 0, "0391-": 5, "曾": 1, "曾凡": 0, "\U00020000": 2, "\U00020000\U00020001": 1}
    table = split_table(split)
    assert table["rest"] == "0391-曾凡\U00020000\U00020001"
    assert read_split(table) == split and list(read_split(table)) == sorted(split, key=utf16)
    got = run_js("const t = core.indexTables({first: '', split: data}, core.unpackRow);"
                 "return [t.keys, t.keys.map(k => t.split[k])];", table)
    assert got == [sorted(split, key=utf16), [split[k] for k in sorted(split, key=utf16)]]


def test_a_prefix_search_loads_the_split_prefixes_going_on_from_it():
    split = {"": 8, "0": entry(3, False, False), "03": entry(0, False, True), "0311": entry(2, True, True)}
    got = run_js("return core.prefixFiles('031', core.indexTables(data, core.unpackRow));",
                 {"first": pack_row(first_table("0", split)), "split": split_table(split)})
    assert got == [f"shared-{bucket_of('03', 8)}", key_name("0311"), f"shared-{bucket_of('0311', 8)}",
                   key_name("0311") + "-0", key_name("0311") + "-1"]


ROUNDS = """
const tables = core.indexTables(data.index, core.unpackRow);
return data.queries.map(q => {
  const vocab = new core.Vocabulary();
  const loaded = {};
  const rounds = [];
  for (;;) {
    const names = core.queryFiles(q, {}, tables, n => !!loaded[n], vocab).filter(n => !loaded[n]);
    if (!names.length) return rounds;
    rounds.push(names);
    names.forEach(n => { loaded[n] = true; vocab.add(data.files[n].terms, data.files[n].postings); });
  }
});
"""


def test_a_prefix_search_asks_for_the_files_after_its_string_only_when_that_is_no_term():
    terms = sorted({f"0391-{b:07d}" for b in range(1_000_000, 9_000_000, 100_000)} | {"0391", "0392", "0371"}
                   | {f"039{n}{n}" for n in range(10)}, key=utf16)
    first, split, files = split_index(terms, [[1, 0, 1] for _ in terms], 200, 100)
    assert split.get("0391")  # the numbers after it have buckets of their own
    rounds = run_js(ROUNDS, {"index": tables_of(first, split), "files": files, "queries": ["0391", "039", "039a"]})
    term, prefix, other = rounds
    assert term == [[file_of("0391", first, split)]]  # a term: not every number after it
    assert len(prefix) == 2 and prefix[0] == [file_of("039", first, split)]
    loaded = {t for names in prefix for n in names for t in files[n]["terms"]}
    assert {t for t in terms if t.startswith("039")} <= loaded
    assert len(other) == 1  # "039a" is a run of its own: no term starts with it


def test_files_hold_every_term_and_the_tables_find_them(weighed):
    terms, postings = weighed["terms"], weighed["postings"]
    first, split, files = split_index(terms, postings, 60, 40)
    assert len(split) > 3 and len(files) > len(split)
    assert sorted({t for f in files.values() for t in f["terms"]}, key=utf16) == terms
    row = dict(zip(terms, postings))
    for name, f in files.items():
        # a split prefix's small own term is in each of its buckets; any other term in one file
        assert all(file_of(t, first, split) == name or name.startswith(key_name(t) + "-") for t in f["terms"])
        assert f["terms"] == sorted(f["terms"], key=utf16)
        assert [unpack_row(p) for p in f["postings"]] == [row[t] for t in f["terms"]]
    assert set(characters(terms)) == {ch for t in terms for ch in t}


def tables_of(first: str, split: dict[str, int]) -> dict:
    """The index part of a manifest holding these tables."""
    return {"first": pack_row(first_table(first, split)), "split": split_table(split)}


def test_page_finds_the_same_files(weighed):
    first, split, files = split_index(weighed["terms"], weighed["postings"], 60, 40)
    probes = [t for f in files.values() for t in f["terms"][:2]] + ["0", "曾", "\uffff", "\U00020000x", "",
                                                                     "constructor", "__proto__"]
    got = run_js("const tables = core.indexTables(data.index, core.unpackRow);"
                 "return data.probes.map(t => core.fileOf(t, tables));",
                 {"probes": probes, "index": tables_of(first, split)})
    assert got == [file_of(t, first, split) for t in probes]
    keys = ["a", "北京", "\U00020000", "0391-"] + [chr(c) for c in range(0x4e00, 0x4e40)]
    got = run_js("return data.keys.map(k => [1, 2, 3, 7, 64].map(n => core.bucketOf(k, n)));", {"keys": keys})
    assert got == [[bucket_of(k, n) for n in (1, 2, 3, 7, 64)] for k in keys]


def loaded_by(query: str, first: str, split: dict[str, int]) -> set[str]:
    """The names of the index files the page loads for ``query``."""
    return set(run_js("return core.queryFiles(data.q, {}, core.indexTables(data.index, core.unpackRow));",
                      {"q": query, "index": tables_of(first, split)}))


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
    run, or a word of one character) lies in a loaded file, and every file named exists."""
    first, split, files = split_index(weighed["terms"], weighed["postings"], 60, 40)
    queries = ["曾凡宇", "焦作市 巡察", "0391-3568801", "xcz1@163.com", "0391", "0", "焦", "市", "山阳区治理"]
    for query in queries:
        names = loaded_by(query, first, split)
        assert names <= set(files), query
        loaded = {t for k in names for t in files[k]["terms"]}
        words = query.split()
        inside = {t for t in weighed["terms"] if any(usable(t, w) for w in words)}
        runs = [w[:4] for w in words if w[:1].isascii()] + [w for w in words if len(w) == 1]
        after_runs = {t for t in weighed["terms"] if t.startswith(tuple(runs))} if runs else set()
        assert inside | after_runs <= loaded, query
        assert len(names) < len(files)


def test_a_query_loads_the_files_of_its_own_terms_not_all_between_its_characters():
    """A phone number must not pull in every number that sorts between its digits."""
    terms = sorted({f"{a:04d}-{b:07d}" for a in range(300, 420, 3) for b in range(1_000_000, 9_000_000, 400_000)}
                   | {f"{a:04d}" for a in range(300, 420)} | {str(n) for n in range(1, 400)}, key=utf16)
    postings = [[1, 0, 1] for _ in terms]
    first, split, files = split_index(terms, postings, 200, 100)
    assert len(files) > 50
    query = "0391-3568801"
    names = loaded_by(query, first, split)
    starts = [0, 5]  # where a digit run starts: no term starts inside one
    ends = [4, 5, len(query)]  # nor does a piece that ends inside one lead anywhere
    needed = {file_of(query[i:j], first, split) for i in starts for j in ends if j > i}
    needed |= {file_of(t, first, split) for t in terms if t.startswith(("0391", "3568801"))}
    assert names == needed - {None}
    assert len(names) < 12
    assert key_name("0") not in names and key_name("03") not in names


SEARCH_WITH = """
const all = Object.keys(data.parts).map(k => data.parts[k]);
const tables = core.indexTables(data.index, core.unpackRow);
const whole = lunr.Index.load(core.expandIndex(core.mergeShards(data.shared, all)));
const everything = new core.Vocabulary();
all.forEach(p => everything.add(p.terms, p.postings));
const scored = hits => hits.map(h => [h.ref, Math.round(h.score * 1e6)]);
return data.queries.map(q => {
  const full = scored(core.runQuery(whole, core.parseQuery(q, {vocab: everything}), lunr));
  const vocab = new core.Vocabulary();
  core.queryFiles(q, {}, tables).forEach(k => vocab.add(data.parts[k].terms, data.parts[k].postings));
  const part = scored(core.search(q, {shared: data.shared, vocab}, lunr).hits);
  return [full, part];
});
"""


def test_the_files_a_query_needs_rank_as_the_whole_index(weighed):
    first, split, parts = split_index(weighed["terms"], weighed["postings"], 60, 40)
    shared = {k: v for k, v in weighed.items() if k not in ("terms", "postings")}
    queries = ["曾凡宇", "焦作市 巡察", "0391-3568801", "民营经济", "xcz1@163.com", "山阳区 治理", "0391", "039", "焦", "0"]
    got = run_js(SEARCH_WITH, {"shared": shared, "parts": parts, "index": tables_of(first, split),
                               "queries": queries})
    for query, (full, part) in zip(queries, got):
        assert full and part == full, query


def test_a_file_json_is_its_rows_texts_joined() -> None:
    rows = [("a", [2, 1, 40, 3, 12]), ("ab", [1, 1, 1]), ("北京", [1, 7, 9]), ("b\u2028", [1, 1, 1])]
    split: dict[str, int] = {}
    chunks = list(iter_chunks(((t, to_json(r)) for t, r in rows), split, 16, 16))
    assert split
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
    _, _, files = split_index(weighed["terms"], weighed["postings"], 60, 40)
    parts = list(files.values())
    shared = {k: v for k, v in weighed.items() if k not in ("terms", "postings")}
    queries = ["曾凡宇", "焦作市 巡察", "巡察 巡察", "0391", "039", "焦", "x", "山阳区治理", "民营经济 曾凡宇 0391"]
    got = run_js(EXACT, {"shared": shared, "parts": parts, "queries": queries})
    assert sum(len(lunr_hits) for lunr_hits, _ in got) > 10
    for query, (lunr_hits, ours) in zip(queries, got):
        assert ours == lunr_hits, query


def test_a_typed_word_takes_its_first_term_from_the_bucket_it_asks_for_anyway():
    terms = ["甲", *(f"甲{c}" for c in "乙丙丁戊己庚辛壬癸子丑寅卯")]
    first, split, files = split_index(terms, [[1, 0, 1] for _ in terms], 60, 40)
    assert split["甲"] & 1 == 0 and split["甲"] >> 2 > 1  # the small "甲" is in each of its buckets
    assert file_of("甲", first, split) != file_of("甲卯", first, split)
    rounds = run_js(ROUNDS, {"index": tables_of(first, split), "files": files, "queries": ["甲卯", "甲"]})
    assert rounds[0] == [[file_of("甲卯", first, split)]]  # one file, holding 甲 and 甲卯
    assert rounds[1] == [[file_of("甲", first, split)]]  # a term: not the words going on after it


def test_a_character_alone_in_its_file_is_marked_in_the_first_table_not_the_split_one():
    big, bigger = to_json(list(range(20))), to_json(list(range(40)))
    split: dict[str, int] = {}
    rows = [("a", big), ("a1", "[1]"), ("b", "[1]"), ("c", bigger), ("c1", big), ("d", "[" + "1," * 15 + "1]")]
    names = names_of(iter_chunks(rows, split, 100, 60))
    # "a" (65 bytes) is whole, over a bucket: a file of its own, and so is "d" (38), over half
    # a bucket; "c" (174) is split, its own term in a file of its own, "c1" with "b" shared
    assert split == {"a": entry(0, True, False), "c": entry(0, True, True), "d": entry(0, True, False), "": 2}
    assert alone(split) == {"a", "d"} and read_split(split_table(split)) == {"c": entry(0, True, True), "": 2}
    assert read_tables(first_table("abcd", split), split_table(split)) == ({"a", "b", "c", "d"}, split)
    assert all(file_of(t, "abcd", split) == name for name, terms in names.items() for t in terms)
    probes = ["a", "a1", "b", "c", "c1", "d"]
    got = run_js("const t = core.indexTables(data.index, core.unpackRow); return data.probes.map(s => core.fileOf(s, t));",
                 {"index": tables_of("abcd", split), "probes": probes})
    assert got == [file_of(t, "abcd", split) for t in probes] and got[:2] == [key_name("a")] * 2
