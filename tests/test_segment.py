"""Segmentation: jieba's words, archive entities kept whole, nothing leaking between archives."""
from __future__ import annotations

import logging
import re

import jieba
import pytest

from newsarchive.config import PROJECT_ROOT
from newsarchive import segment
from newsarchive.segment import Segmenter, is_indexable, normalise
from newsarchive.textnorm import fold
from newsarchive.decoding import decode

TEXT = "郑东新区党工委第二巡察组进驻，ＡＢＣ＠１２６．ｃｏｍ。"


def test_entities_are_one_token_and_do_not_leak() -> None:
    plain = Segmenter()
    extended = Segmenter(["郑东新区", "郑东新区党工委第二巡察组"])
    assert "郑东新区党工委第二巡察组" not in plain.cut_for_search(TEXT)
    assert "郑东新区党工委第二巡察组" in extended.cut_for_search(TEXT)
    assert Segmenter().cut_for_search(TEXT) == plain.cut_for_search(TEXT)


def test_an_entity_yields_its_dictionary_sub_words_like_a_jieba_word() -> None:
    words = Segmenter(["郑东新区党工委第二巡察组"]).cut_for_search("郑东新区党工委第二巡察组")
    assert words[-1] == "郑东新区党工委第二巡察组"
    assert {"新区", "巡察", "第二", "党工委"} <= set(words[:-1])


def test_longest_entity_wins_and_entities_are_found_lowercased() -> None:
    seg = Segmenter(["郑东新区", "郑东新区党工委第二巡察组", "ABC办公室"])
    runs = list(seg.pieces("郑东新区党工委第二巡察组在abc办公室"))
    assert runs == [("郑东新区党工委第二巡察组", True), ("在", False), ("abc办公室", True)]


def test_search_tokens_are_folded_lowercased_and_without_punctuation() -> None:
    tokens = Segmenter().cut_for_search(TEXT)
    assert "，" not in tokens and "。" not in tokens and "@" not in tokens
    assert "abc" in tokens and "126" in tokens
    assert normalise(" ＡＢＣ ") == "abc"


def test_a_text_is_cut_alike_whatever_else_the_archive_holds() -> None:
    small = Segmenter(["郑东新区党工委第二巡察组"])
    large = Segmenter(["郑东新区党工委第二巡察组"] + [f"测试词{i}" for i in range(500)] + ["党工", "巡察组进"[:3]])
    assert small.cut_for_search(TEXT) == Segmenter(["郑东新区党工委第二巡察组", "无关词语"]).cut_for_search(TEXT)
    assert "郑东新区党工委第二巡察组" in large.cut_for_search(TEXT)


def _sample_texts() -> list[str]:
    folders = [PROJECT_ROOT / "seeds", PROJECT_ROOT.parent / "shared" / "corpus"]
    texts = []
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file() and path.suffix in {".txt", ".md"}:
                texts.append(decode(path.read_bytes()).text)
    return texts


def test_words_are_jiebas() -> None:
    """The compiled cutter gives jieba 0.42.1's search-mode words on real articles."""
    texts = _sample_texts()
    if not texts:
        pytest.skip("no sample texts")
    jieba.setLogLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    segmenter = Segmenter()
    for text in texts:
        want = [normalise(w) for w in reference.cut_for_search(fold(text))]
        assert segmenter.cut_for_search(text) == [w for w in want if is_indexable(w)]


def test_ascii_runs_are_cut_as_jieba_cuts_them() -> None:
    jieba.setLogLevel(logging.WARNING)
    text = "举报电话:0371-12388,邮箱abc@126.com,增长3.5%,达100%,DEF-12,x.y。"
    want = [normalise(w) for w in jieba.Tokenizer().cut_for_search(text) if normalise(w).strip()]
    want = [w for w in want if re.search(r"\w", w)]
    assert Segmenter().cut_for_search(text) == want


def _scan_pieces(text: str, forms: set[str]) -> list[tuple[str, bool]]:
    """Leftmost-longest entities by trying every position and every length: the reference."""
    out: list[tuple[str, bool]] = []
    start = i = 0
    while i < len(text) - 1:
        hit = max((text[i:j] for j in range(i + 2, len(text) + 1) if text[i:j] in forms), key=len, default=None)
        if hit is None:
            i += 1
            continue
        if start < i:
            out.append((text[start:i], False))
        out.append((hit, True))
        i = start = i + len(hit)
    if start < len(text):
        out.append((text[start:], False))
    return out


def test_pieces_are_the_leftmost_longest_entities_at_every_position() -> None:
    import random

    rng = random.Random(7)
    for _ in range(300):
        alphabet = "甲乙丙丁a1-]^\\"  # with characters a regex class must escape
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(0, 12))}
        seg = Segmenter(words)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert list(seg.pieces(text)) == _scan_pieces(text, seg._entities[0]), (words, text)


def test_the_dictionary_and_entity_tables_are_made_when_text_is_first_cut() -> None:
    seg = Segmenter(["郑东新区", "王小明", "x"])
    assert seg.words == ("王小明", "郑东新区")
    assert "_jieba" not in vars(seg) and "_entities" not in vars(seg)
    assert [w for w in seg.cut_for_search("王小明在郑东新区") if w in ("王小明", "郑东新区")] == ["王小明", "郑东新区"]
    assert "_jieba" in vars(seg) and "_entities" in vars(seg)


def test_the_stock_dictionary_is_loaded_once_per_process() -> None:
    """rjieba loads the stock dictionary for its module-level functions when imported:
    the segmenter uses that instance instead of loading it a second time."""
    import rjieba

    from newsarchive.segment import base_jieba

    assert base_jieba() is rjieba._DEFAULT_JIEBA and base_jieba() is base_jieba()
    words = Segmenter().cut_for_search("郑东新区党工委第二巡察组进驻")
    assert words == [w.lower() for w in jieba.cut_for_search("郑东新区党工委第二巡察组进驻") if is_indexable(w)]


def test_the_memo_of_long_words_stays_bounded_and_cuts_alike(monkeypatch) -> None:
    text = "生产队长商量农田水利建设，人民代表大会讨论现代化建设和社会主义新农村，中华人民共和国成立纪念日"
    fresh = Segmenter(()).cut_for_search(text)
    monkeypatch.setattr(segment, "SEARCH_FORMS_KEPT", 3)
    seg = Segmenter(())
    seen = []
    for _ in range(3):
        seen.append(seg.cut_for_search(text))
        assert 0 < len(seg._search_forms) <= 3     # seven long words in the text
    assert seen == [fresh] * 3
