"""static/js/search-core.js, run in Node: normalisation parity, splitting, ranking, snippets."""
from __future__ import annotations

import pytest

from newsarchive.search.bundle import script
from newsarchive.search.index import document, index_builder, pack
from newsarchive.search.tokens import STOP_WORDS, Terms, normalise
from newsarchive.search.variants import browser_t2s, encode_pairs, pinyin_map
from newsarchive.search.weights import weighed_index

from .node import run_js
from .samples import articles, segmenter

SPLIT = """
const vocab = new core.Vocabulary(data.vocab);
const stop = {}; data.stop.forEach(c => stop[c] = true);
return data.chunks.map(c => core.splitChunk(c, vocab, stop).map(
  a => a.pieces.map(p => p.term + (p.prefix ? '*' : '')).join('|') + (a.unknown ? '!' : '')));
"""


def split(chunks: list[str], vocab: list[str]) -> list[list[str]]:
    return run_js(SPLIT, {"chunks": chunks, "vocab": vocab, "stop": sorted(STOP_WORDS)})


def test_normalise_matches_python():
    samples = ["ＡＢＣ　０３７１－６９３８５９６３", "鄭州市巡視組", "İstanbul Straße ÅÄÖ", "郑州∶A540",
               "中文，标点。“引号”", "Ｚｚ＠１２６．ｃｏｍ", "𠀀𪚥 astral", "\u2014—…·"]
    t2s = browser_t2s({ch for s in samples for ch in normalise(s)})
    got = run_js("const m = core.parsePairs(data.pairs); return data.samples.map(s => core.normalise(s, m));",
                 {"samples": samples, "pairs": encode_pairs(t2s)})
    assert got == [normalise(s) for s in samples]


def test_word_characters_match_python_isalnum():
    bits = run_js("let s = ''; for (let c = 0; c < 0x10000; c++) {"
                  " s += (c >= 0xd800 && c < 0xe000) ? '-' : (core.isWordChar(String.fromCharCode(c)) ? '1' : '0'); }"
                  " return s;")
    differ = [c for c in range(0x10000) if bits[c] != "-" and (bits[c] == "1") != chr(c).isalnum()]
    # Node's ICU and Python may be one Unicode version apart: a handful of new letters at most
    assert len(differ) < 60, [hex(c) for c in differ[:20]]
    assert not [c for c in differ if c < 0x250 or 0x3000 <= c <= 0x9fff or 0xff00 <= c <= 0xffef]


def test_fewest_pieces_win():
    vocab = ["郑州", "郑州市", "市委", "书记", "市委书记", "委", "金水", "金水区", "区", "巡视"]
    got = split(["郑州市委书记", "金水区巡视"], vocab)
    assert got[0][0] == "郑州|市委书记"
    assert got[1][0] == "金水区|巡视"
    assert "金水|区|巡视" in got[1]  # a second reading is kept as an alternative


def test_unknown_characters_make_a_chunk_unanswerable():
    got = split(["足球联赛", "巡视足球"], ["巡视", "足"])
    assert all(alt.endswith("!") for alt in got[0])
    assert all(alt.endswith("!") for alt in got[1])


def test_contacts_are_one_piece_when_the_index_has_them_whole():
    vocab = ["0371-69385963", "0371", "69385963", "zzsw@126.com", "zzsw", "126", "com", "a540"]
    got = split(["0371-69385963", "zzsw@126.com", "a540号", "0371-6938", "zzs"], vocab + ["号"])
    assert got[0][0] == "0371-69385963"
    assert got[1][0] == "zzsw@126.com"
    assert got[2][0] == "a540|号"
    assert got[3][0] == "0371|6938*"   # an unknown digit run is searched as a prefix
    assert got[4][0] == "zzs*"


def test_no_piece_starts_inside_a_run_of_digits_or_of_letters():
    vocab = ["2954301", "95", "43", "com", "om", "a", "540", "abc"]
    assert split(["2954301", "9543", "a540", "abc540", "xcom"], vocab) == [
        ["2954301"], ["9543*"], ["a540*", "a|540"], ["abc540*", "abc|540"], ["xcom*"]]


def test_punctuation_stop_words_and_syntax_characters_are_skipped():
    vocab = ["巡察", "经开区", "安伟", "讲话"]
    got = split(["巡察，经开区", "安伟的讲话", "+巡察~2^3", "\"巡察\"", "巡察:*", "-", "\\"], vocab)
    assert got[0][0] == "巡察|经开区"
    assert got[1][0] == "安伟|讲话"
    assert got[2][0].startswith("巡察|2")
    assert got[3][0] == "巡察" and got[4][0] == "巡察"
    assert got[5] == [] and got[6] == []


def test_a_single_unknown_character_is_a_prefix():
    assert split(["巡"], ["巡察", "巡视"]) == [["巡*"]]


@pytest.fixture(scope="module")
def engine_data():
    items = articles()
    terms = Terms(segmenter(items))
    index = weighed_index(pack(index_builder([document(n, a, terms) for n, a in enumerate(items)])))
    names = {o.name for a in items for o in a.meta.officials} | {r for a in items for r in a.meta.reporters}
    vocab_chars = {ch for t in index["terms"] for ch in t}
    return {"index": index, "stop": sorted(STOP_WORDS), "pinyin": pinyin_map(names),
            "t2s": encode_pairs(browser_t2s(vocab_chars))}


SEARCH = """
const packed = data.engine.index;
const stop = {}; data.engine.stop.forEach(c => stop[c] = true);
const engine = {shared: packed, stop, t2s: core.parsePairs(data.engine.t2s),
                pinyin: data.engine.pinyin, vocab: new core.Vocabulary(packed.terms, packed.postings)};
return data.queries.map(q => {
  const answer = core.search(q, engine, lunr);
  if (!answer.parsed.meaningful) return 'nothing to search';
  return answer.hits.map(h => h.ref + ':' + h.chunks);
});
"""


def search(engine_data, *queries: str) -> list:
    return run_js(SEARCH, {"engine": engine_data, "queries": list(queries)})


def test_queries_find_their_articles(engine_data):
    got = search(engine_data, "民营经济", "巡察组", "0391-3568801", "xcz1@163.com", "B120", "13912345678",
                 "足球联赛", "焦作市")
    assert got[0][0] == "0:1"
    assert got[1][0] == "1:1"
    assert got[2] == ["1:1"] and got[3] == ["1:1"] and got[4] == ["1:1"] and got[5] == ["1:1"]
    assert got[6] == []
    assert sorted(got[7]) == ["0:1", "1:1"]


def test_documents_answering_every_chunk_come_first(engine_data):
    got = search(engine_data, "曾凡宇 山阳区")[0]
    assert got[0] == "2:2"
    assert set(got[1:]) == {"0:1"}


CANDIDATES = """
const vocab = new core.Vocabulary(data.terms, data.postings);
return data.queries.map(q => Object.keys(core.candidates(core.parseQuery(q, {vocab}), vocab)).map(Number));
"""


def test_only_documents_holding_every_piece_of_an_alternative_reach_lunr():
    # postings: [count, gap, weight, ...]; 街道 is in documents 0..99, 顺湖 in 5 and 7, 顺湖街道 in 7 only
    terms = ["街道", "顺湖", "顺湖街道", "0371", "03712"]
    postings = [[100] + [g for ref in range(100) for g in ((1 if ref else 0), 3)],
                [2, 5, 4, 2, 4], [1, 7, 9], [1, 3, 5], [1, 4, 5]]
    got = run_js(CANDIDATES, {"terms": terms, "postings": postings,
                              "queries": ["顺湖街道", "街道", "顺湖 街道", "037", "足球"]})
    assert got == [[5, 7], list(range(100)), list(range(100)), [3, 4], []]


def test_pinyin_and_traditional_queries(engine_data):
    got = search(engine_data, "zengfanyu", "ceng fan yu", "ZengFanYu", "ouyangjianming", "lvxiaolin",
                 "焦作市巡察組", "歐陽建明")
    for hits in got[:3]:
        assert sorted(hits) == ["0:1", "2:1"]
    assert got[3] == ["0:1"]
    assert got[4] == ["0:1"]
    assert got[5][0] == "1:1"
    assert got[6] == ["0:1"]


def test_syntax_characters_and_markup_never_throw(engine_data):
    queries = [":", "-", "~", "^", "*", "+", "\"", "\\", "<img src=x onerror=alert(1)>",
               "焦作市:", "-焦作市", "焦作市~", "^焦作市", "焦作市*", "+焦作市", "\"焦作市\"", "焦作市\\"]
    got = search(engine_data, *queries)
    assert got[:8] == ["nothing to search"] * 8
    assert got[8] == []
    for hits in got[9:]:
        assert "0:1" in hits and "1:1" in hits


HIGHLIGHT = """
return data.map(d => core.snippet(d.text, d.terms, null, d.size).map(p => p.mark ? '[' + p.text + ']' : p.text).join(''));
"""


def test_snippets_mark_matches_around_the_first_long_match():
    text = "开头" + "甲" * 100 + "市委第一巡察组进驻，巡察组" + "乙" * 100
    got = run_js(HIGHLIGHT, [
        {"text": text, "terms": ["巡察组", "巡察", "组"], "size": 40},
        {"text": "没有匹配的正文", "terms": ["巡察"], "size": 4},
        {"text": "经开区召开会议，全区参加", "terms": ["经开区", "区"], "size": 40},
    ])
    assert got[0].startswith("…") and got[0].endswith("…")
    assert "[巡察组]" in got[0] and "[组]" not in got[0]
    assert got[1] == "没有匹配…"
    # a lone character that belongs to a longer matched term is not marked on its own
    assert got[2] == "[经开区]召开会议，全区参加"


KEPT = """
const packed = data.engine.index;
const stop = {}; data.engine.stop.forEach(c => stop[c] = true);
function engine(scores) {
  return {shared: packed, stop, t2s: core.parsePairs(data.engine.t2s), pinyin: data.engine.pinyin,
          vocab: new core.Vocabulary(packed.terms, packed.postings), scores};
}
const loads = [];
const load = lunr.Index.load;
lunr.Index.load = function (raw) { loads[loads.length - 1]++; return load.call(this, raw); };
const kept = engine(new core.Scores(64));
return data.queries.map(q => {
  loads.push(0);
  const again = core.search(q, kept, lunr).hits;
  const fresh = core.search(q, engine(null), lunr).hits;
  const flat = hits => hits.map(h => [h.ref, h.score, h.chunks, h.terms.join('|')]);
  return {same: JSON.stringify(flat(again)) === JSON.stringify(flat(fresh)), found: again.length,
          lunrLoads: loads[loads.length - 1] - 1};
});
"""


def test_words_scored_by_an_earlier_query_are_not_scored_again(engine_data):
    queries = ["焦作市", "巡察组", "焦作市 巡察组", "巡察组 焦作市", "曾凡宇", "曾凡宇 山阳区", "山阳区 焦作市"]
    got = run_js(KEPT, {"engine": engine_data, "queries": queries})
    assert all(g["same"] for g in got), got
    assert all(g["found"] for g in got)
    # the page's engine built a lunr.js index only for words no earlier query had
    assert [g["lunrLoads"] for g in got] == [1, 1, 0, 0, 1, 1, 0]


def test_scores_are_kept_by_pieces_up_to_a_limit():
    got = run_js("""
const scores = new core.Scores(2);
const alt = (...t) => ({pieces: t.map(term => ({term, prefix: false}))});
scores.set(alt('甲'), [{ref: '1', score: 2, matchData: {}}]);
scores.set(alt('乙', '丙'), [{ref: '2', score: 1}]);
const before = [scores.get(alt('甲')), scores.get(alt('乙', '丙')), scores.get(alt('乙丙')) || null];
scores.set(alt('丁'), []);
scores.set({pieces: [{term: '03', prefix: true}]}, [{ref: '3', score: 1}]);
return before.concat([scores.get(alt('甲')) || null, scores.get(alt('丁')),
                      scores.get({pieces: [{term: '03', prefix: true}]}) || null]);
""")
    assert got == [[{"ref": "1", "score": 2}], [{"ref": "2", "score": 1}], None, None, [], None]


def test_the_likely_first_result_is_where_the_first_word_weighs_most(engine_data):
    got = run_js("""
const packed = data.engine.index;
const vocab = new core.Vocabulary(packed.terms, packed.postings);
const engine = {shared: packed, stop: {}, vocab, t2s: null, pinyin: null};
const one = data.queries.filter(q => {
  const chunks = core.parseQuery(q, {vocab}).chunks;
  return chunks.length === 1 && chunks[0].alternatives.length === 1 && chunks[0].alternatives[0].pieces.length === 1;
});
return {one: one.length, agree: one.map(q => [String(core.heaviestRef(vocab.posting(core.leadingTerm(q, vocab, null)))),
                                              core.search(q, engine, lunr).hits[0].ref]),
        ties: core.heaviestRef([3, 2, 5, 1, 9, 4, 9]), empty: core.heaviestRef([0]),
        lead: core.leadingTerm(' 焦作市 巡察组', vocab, null), unknown: core.leadingTerm('足球联赛 焦作市', vocab, null)};
""", {"engine": engine_data, "queries": [t for t in engine_data["index"]["terms"] if len(t) >= 3][:60]})
    assert got["one"] >= 10
    for guess, first in got["agree"]:
        assert guess == first
    assert got["ties"] == 3 and got["empty"] is None
    assert got["lead"] == "焦作市" and got["unknown"] is None


def test_a_data_file_read_as_text_gives_its_payload():
    payloads = [{"terms": ["焦作市", "a\u2028b", "]);"], "postings": ["3A0", "1"]}, "QmFzZTY0\"]);", [1, [2, 3]]]
    texts = [script(f"docs-{n}", p).decode("utf-8") for n, p in enumerate(payloads)]
    got = run_js("""
return data.texts.map(t => core.payloadOf(t)).concat([(() => {
  try { core.payloadOf('<!DOCTYPE html><p>Not found'); return 'read'; } catch (e) { return 'refused'; }
})()]);
""", {"texts": texts})
    assert got == payloads + ["refused"]
