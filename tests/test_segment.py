"""Segmentation: archive entities stay one token; no state leaks between archives."""
from __future__ import annotations

from newsarchive.segment import Segmenter, normalise

TEXT = "郑东新区党工委第二巡察组进驻，ＡＢＣ＠１２６．ｃｏｍ。"


def test_entities_are_one_token_and_do_not_leak() -> None:
    plain = Segmenter()
    extended = Segmenter(["郑东新区", "郑东新区党工委第二巡察组"])
    assert "郑东新区党工委第二巡察组" not in plain.cut_for_search(TEXT)
    assert "郑东新区党工委第二巡察组" in extended.cut_for_search(TEXT)
    assert Segmenter().cut_for_search(TEXT) == plain.cut_for_search(TEXT)


def test_search_tokens_are_folded_lowercased_and_without_punctuation() -> None:
    tokens = Segmenter().cut_for_search(TEXT)
    assert "，" not in tokens and "。" not in tokens and "@" not in tokens
    assert "abc" in tokens and "126" in tokens
    assert normalise(" ＡＢＣ ") == "abc"


def test_word_total_does_not_grow_with_the_archive() -> None:
    """A text is cut the same way whatever else the archive adds to the dictionary."""
    small = Segmenter(["郑东新区党工委第二巡察组"])
    large = Segmenter(["郑东新区党工委第二巡察组"] + [f"测试词{i}" for i in range(500)])
    assert small._tok.total == large._tok.total == Segmenter()._tok.total
    assert small.cut_for_search(TEXT) == large.cut_for_search(TEXT)
