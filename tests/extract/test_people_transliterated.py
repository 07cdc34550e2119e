"""Names transliterated from Mongolian or Tibetan written without a middle dot, a
post heading its names after a colon, 以及 closing a list.  Sentences are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials
from newsarchive.extract.people_names import name_at, transliterated_name_at
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(d)]


@pytest.mark.parametrize("text, want", [
    ("副旗长额尔敦毕力格,", "额尔敦毕力格"),
    ("苏木达主持会议", "苏木达"),
    ("希达,", "希达"),
])
def test_transliterated_name_closed_by_punctuation_or_a_verb(text: str, want: str) -> None:
    assert transliterated_name_at(text, text.index(want)) == want


@pytest.mark.parametrize("text", ["多次强调,", "和平发展,", "巴西出席"])
def test_a_frequent_word_is_no_transliterated_name(text: str) -> None:
    assert transliterated_name_at(text, 0) is None


def test_transliterated_name_needs_a_post_or_a_list() -> None:
    text = "会上希达主持会议"
    assert name_at(text, 2) is None
    assert name_at(text, 2, anchored=True) == "希达"


def test_names_without_a_surname_after_posts() -> None:
    got = officials("旗委副书记、旗长其木格,旗人大常委会主任敖特根巴雅尔,旗政协主席钟立伟出席。")
    assert ("其木格", ["旗委副书记", "旗长"]) in got
    assert ("钟立伟", ["旗政协主席"]) in got
    assert ("敖特根巴雅尔", ["旗人大常委会主任"]) in got
    tibetan = officials("县委常委、常务副县长次旦朗杰,副县长卓嘎一同调研。")
    assert [n for n, _ in tibetan] == ["次旦朗杰", "卓嘎"]


def test_no_name_read_from_an_adverb_after_a_post() -> None:
    assert officials("县委书记多次强调,要抓好落实。") == []


def test_traditional_names_without_a_surname_after_posts() -> None:
    got = officials("盟委副書記、盟長達來扎布,盟人大工委主任蘇和出席會議。")
    assert got == [("達來扎布", ["盟委副書記", "盟長"]), ("蘇和", ["盟人大工委主任"])]


def test_transliterated_name_inside_a_list_of_names() -> None:
    got = officials("会议推选韩志伟担任团长,郑晓光、那仁满都拉、曹立新担任副团长。")
    assert [n for n, _ in got if n != "韩志伟"] == ["郑晓光", "那仁满都拉", "曹立新"]


def test_a_post_heads_its_names_after_a_colon() -> None:
    got = officials("新一届县委领导班子包括县委副书记:钱立峰、格桑多吉,县委常委:冯嘉宁、丹增。")
    assert got == [("钱立峰", ["县委副书记"]), ("格桑多吉", ["县委副书记"]),
                   ("冯嘉宁", ["县委常委"]), ("丹增", ["县委常委"])]


def test_yiji_closes_the_last_name_of_a_list() -> None:
    got = officials("县人大常委会副主任陶立群、钟海波以及常委会组成人员出席。")
    assert [n for n, _ in got] == ["陶立群", "钟海波"]
    trad = officials("縣人大常委會副主任陶立群、鍾海波以及常委會組成人員出席。")
    assert [n for n, _ in trad] == ["陶立群", "鍾海波"]


def test_a_tibetan_name_ending_in_deng_after_its_posts() -> None:
    got = officials("县委副书记、县长洛桑多登介绍,今年全县牧业增收。")
    assert got == [("洛桑多登", ["县委副书记", "县长"])]
