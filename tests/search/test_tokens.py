"""Index terms: normalisation, stop words, long words, contacts."""
from __future__ import annotations

import pytest

from newsarchive.search.tokens import STOP_WORDS, Terms, keep, lower_same_length, normalise, normalise_each
from newsarchive.segment import Segmenter


@pytest.fixture(scope="module")
def terms() -> Terms:
    return Terms(Segmenter(["郑东新区", "郑东新区党工委第二巡察组", "王小明"]))


def test_normalise_folds_width_simplifies_and_lowercases():
    assert normalise("ＡＢＣ０３７１－６９") == "abc0371-69"
    assert normalise("鄭州市巡視組") == "郑州市巡视组"
    assert normalise("Ａ540\u3000号") == "a540 号"


def test_normalise_keeps_length():
    text = "İstanbul 鄭州 ＡＢＣ Straße"
    assert len(normalise(text)) == len(text)
    assert lower_same_length("İ") == "İ"


def test_normalise_each_is_normalise_of_each_word():
    words = ["鄭州市", "ＡＢＣ０３７１", "ΟΔΟΣ", "Σ", "İstanbul", "王小明", "Straße", "", "a\nb", "\u3000号"]
    assert normalise_each(words) == [normalise(w) for w in words]
    assert normalise_each(words[:-2]) == [normalise(w) for w in words[:-2]]  # one pass (no newline inside)
    assert normalise_each([]) == [] and normalise_each([""]) == [""]


def test_keep_drops_punctuation_stop_words_and_wildcards():
    assert keep("巡察")
    assert keep("0371-69385963")
    assert not keep("，")
    assert not keep("-")
    assert not keep("的")
    assert not keep("a*b")
    assert not keep("")
    assert all(len(w) == 1 for w in STOP_WORDS)


def test_text_terms_hold_search_mode_words(terms):
    got = terms.text("市委书记讲话")
    assert {"市委", "书记", "市委书记", "讲话"} <= set(got)


def test_long_entity_words_yield_the_words_inside_them(terms):
    got = set(terms.text("郑东新区党工委第二巡察组进驻白沙镇"))
    assert "郑东新区党工委第二巡察组" in got
    assert "郑东新区" in got          # an entity inside the long word
    assert {"巡察", "组"} <= got       # ordinary words, from jieba's own dictionary


def test_text_terms_drop_stop_words_and_punctuation(terms):
    got = terms.text("会议的主题，是发展。")
    assert "的" not in got and "是" not in got
    assert not any(t in got for t in ("，", "。"))


def test_text_terms_keep_compounds_whole(terms):
    got = terms.text("值班电话：0371-69385963，邮箱：abc_1@126.com")
    assert "0371-69385963" in got
    assert "abc_1@126.com" in got
    assert "69385963" in got


def test_contact_terms_are_whole_and_in_pieces(terms):
    phone = terms.contact("０３７１－６９３８５９６３")
    assert phone[0] == "0371-69385963"
    assert {"037169385963", "0371", "69385963"} <= set(phone)
    mail = terms.contact("ZZSW@126.com")
    assert mail[0] == "zzsw@126.com"
    assert {"zzsw", "126.com", "126", "com"} <= set(mail)
    box = terms.contact("河南省郑州市A540号专用邮政信箱")
    assert {"河南省郑州市a540号专用邮政信箱", "a540", "邮政信箱"} <= set(box)


def test_name_terms_start_with_the_whole_name(terms):
    got = terms.name("王 小明")
    assert got[0] == "王小明"


def test_the_ordinary_reading_across_an_entity_edge_is_indexed():
    # 霍山县 (an entity) + 委 would hide 县委; both readings are kept
    terms = Terms(Segmenter(["霍山县", "金水区"]))
    assert {"霍山县", "县委"} <= set(terms.text("中共霍山县委第五轮巡察公告"))
    assert {"金水区", "区委"} <= set(terms.text("金水区委书记出席会议"))


def _all_inner(word: str, entities: frozenset[str]) -> list[str]:
    """Every entity inside ``word``, by start then length: the definition, at any cost."""
    return [word[i:j] for i in range(len(word)) for j in range(i + 2, len(word) + 1)
            if (j - i) < len(word) and word[i:j] in entities]


def test_entities_inside_a_long_word_are_all_found_in_order():
    words = ["郑东新区", "新区", "东新", "郑东新区党工委", "党工委", "第二巡察组", "郑东新区党工委第二巡察组"]
    terms = Terms(Segmenter(words))
    word = "郑东新区党工委第二巡察组"
    inner = terms._inner_words(word)
    assert inner[:len(_all_inner(word, terms.entities))] == _all_inner(word, terms.entities)
    assert {"郑东新区", "新区", "东新", "郑东新区党工委", "党工委", "第二巡察组"} <= set(inner)


def test_a_word_of_thousands_of_characters_costs_lookups_linear_in_its_length():
    from newsarchive.search.tokens import MAX_INNER_ENTITY

    long_word = "郑东新区党工委巡察组" * 600          # a field of 6,000 characters, made one word
    terms = Terms(Segmenter([long_word, "郑东新区", "党工委巡察组"]))
    got = terms.text(long_word)
    assert "郑东新区" in got and "党工委巡察组" in got
    # every substring would be 18 million lookups; two entity lengths fit inside
    assert 0 < terms.inner_lookups <= 2 * len(long_word)
    assert terms._inner_lengths == [4, 6] and max(terms._inner_lengths) <= MAX_INNER_ENTITY


def test_a_memo_starts_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsarchive.search import tokens
    monkeypatch.setattr(tokens, "MEMO_KEPT", 3)
    memo = tokens.Memo()
    for word in ("甲", "乙", "丙"):
        memo.put(word, [word])
    assert len(memo) == 3
    assert memo.put("丁", ["丁"]) == ["丁"]
    assert dict(memo) == {"丁": ["丁"]}


def test_terms_are_the_same_whatever_the_memos_keep(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsarchive.search import tokens
    texts = ["临江市委书记王明远在临江市江源镇调研。", "王明远主持召开临江市委常委会会议。",
             "临江市江源镇党委书记赵立新汇报工作，电话0439-1234567。"] * 3
    roomy = Terms(Segmenter(["临江市", "王明远", "江源镇", "赵立新"]))
    roomy_out = [roomy.text(t) for t in texts] + [roomy.name("王明远"), roomy.contact("0439-1234567")]
    monkeypatch.setattr(tokens, "MEMO_KEPT", 2)
    tight = Terms(Segmenter(["临江市", "王明远", "江源镇", "赵立新"]))
    tight_out = [tight.text(t) for t in texts] + [tight.name("王明远"), tight.contact("0439-1234567")]
    assert tight_out == roomy_out
    assert all(len(m) <= 2 for m in (tight._base_cuts, tight._inner, tight._names, tight._contacts))
