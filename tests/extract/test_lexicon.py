"""The compact dictionary table and its cutting give what jieba gives."""
from __future__ import annotations

import logging

import jieba
import jieba.posseg
import pytest

from newsarchive.extract import lexicon

jieba.setLogLevel(logging.WARNING)

TEXTS = [
    "十二届市委第二轮巡察进驻14家单位，公布举报方式",
    "郑东新区党工委第二巡察组进驻白沙镇，举报电话：0371-69385963",
    "区委常委、统战部长、副区长那磊出席会议并讲话",
    "abc 12.5% 你好，世界\r\nB超 x-ray 3.14和a&b#c_d",
    "\t中\n文  ＡＢＣ１２３", "", " ", "于都县委第七轮巡察进驻动员会召开",
    "按照中原区委的要求，在涪城区召开，观摩组来到明湖办事处东风社区",
]


@pytest.fixture(scope="module")
def tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@pytest.mark.parametrize("text", TEXTS)
def test_cut_is_jiebas(tokenizer, text):
    for piece in (text, text[:9], text[3:20]):
        assert lexicon.cut(piece) == list(tokenizer.cut(piece, HMM=False))
        assert lexicon.pos_cut(piece) == [(w, f) for w, f in jieba.posseg.dt.cut(piece, HMM=False)]


def test_frequencies_and_tags_are_jiebas():
    jieba.dt.initialize()
    freq, tags = jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab
    assert len(lexicon.entries()) == len(freq)
    assert all(lexicon.frequency(w) == f for w, f in freq.items())
    assert all(lexicon.tag(w) == t for w, t in tags.items())
    assert lexicon.tag("不是一个词语啊") is None and lexicon.frequency("不是一个词语啊") == 0


def test_build_matches_cache():
    table, total, tags = lexicon._build(lexicon.dictionary_path())
    loaded, logtotal, loaded_tags = lexicon._load()
    assert table == loaded and tags == loaded_tags
    assert lexicon.unpack(table["巡察"]) == (lexicon.frequency("巡察"), lexicon.tag("巡察"))


def test_unreadable_cache_is_rebuilt(monkeypatch, tmp_path):
    bad = tmp_path / "lexicon.marshal"
    bad.write_bytes(b"not marshal data")
    monkeypatch.setattr(lexicon, "_cache_file", lambda path: bad)
    lexicon._lexicon.cache_clear()
    try:
        assert lexicon._load()[0]["巡察"] == lexicon._build(lexicon.dictionary_path())[0]["巡察"]
        assert bad.read_bytes() != b"not marshal data"
    finally:
        lexicon._lexicon.cache_clear()


def test_a_lookup_reads_only_the_shard_of_its_first_character(monkeypatch, tmp_path):
    table, total, tags = lexicon._build(lexicon.dictionary_path())
    monkeypatch.setattr(lexicon, "_cache_file", lambda path: tmp_path / "lexicon.marshal")
    lexicon._lexicon.cache_clear()
    try:
        assert lexicon.tag("巡察") == tags[table["巡察"] & 63] and lexicon.frequency("巡察") == table["巡察"] >> 6
        read = lexicon._lexicon().entries
        assert read == {w: v for w, v in table.items() if w[0] == "巡"}
        assert lexicon.cut("巡察组进驻") == ["巡察", "组", "进驻"]
        assert {w[0] for w in lexicon._lexicon().entries} == set("巡察组进驻")
        assert lexicon.entries() == table and len(lexicon._lexicon().entries) == len(table)
    finally:
        lexicon._lexicon.cache_clear()


def test_sharded_table_holds_every_entry():
    table = {"中": 5 << 6 | 1, "中国": 9 << 6 | 2, "国": 0, "z": 1 << 6 | 1}
    lex = lexicon._Table(lexicon._sharded(table, 15, ("", "n", "ns")))
    assert lex.need("国") == {"国": 0} and lex.tags == ("", "n", "ns")
    assert lex.whole() == table
    with pytest.raises(ValueError):
        lexicon._Table(b"NALEX1\nrest")
    data = lexicon._sharded(table, 15, ("", "n", "ns"))
    with pytest.raises(ValueError):
        lexicon._Table(data[:-3])  # cut short


def test_a_damaged_shard_gives_the_table_of_the_dictionary():
    table, total, tags = lexicon._build(lexicon.dictionary_path())
    data = bytearray(lexicon._sharded(table, total, tags))
    lex = lexicon._Table(bytes(data))
    at, size = lex.where["巡"]
    data[lex.body + at:lex.body + at + size] = b"\xff" * size  # same length, not marshal data
    damaged = lexicon._Table(bytes(data))
    assert damaged.need("巡")["巡察"] == table["巡察"] and damaged.whole() == table


def test_derived_words_are_scanned_once_and_read_back(monkeypatch, tmp_path):
    monkeypatch.setattr(lexicon, "_cache_file", lambda path: tmp_path / "lexicon.marshal")
    scans: list[int] = []

    def scan():
        scans.append(1)
        return (w for w in ("郑州", "洛阳", "郑州") if lexicon.tag(w + "市") == "ns")

    first = lexicon.derived_words("test-cities", scan)
    assert first == {"郑州", "洛阳"} and scans == [1]
    assert lexicon.derived_words("test-cities", scan) == first and scans == [1]
    kept = list(tmp_path.glob("lexicon-test-cities-*.marshal"))
    assert len(kept) == 1
    kept[0].write_bytes(b"damaged")
    assert lexicon.derived_words("test-cities", scan) == first and scans == [1, 1]
