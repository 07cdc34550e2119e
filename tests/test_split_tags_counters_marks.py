"""Page lines around an e-paper's or a blog's headline: a tag line above it, a word
counter and a byline marked with a square under it.  Headlines, names and sentences
are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.patterns import is_byline
from newsarchive.split.residue import CHROME, EPAPER, line_kind


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_tag_line_is_the_pages() -> None:
    assert line_kind("Tag Archives: 某某公园") == CHROME
    assert line_kind("标签: 乡村振兴 基层治理") == CHROME
    # a sentence that speaks of labels is text
    assert line_kind("会议要求为每一件商品贴好标签,方便群众查询。") is None
    text = ("Tag Archives: 某某公园\n\n某县代表团赴邻市考察农业园区\n\n"
            "5月6日,某县代表团一行赴邻市考察农业园区建设情况。\n\n考察团还看了两家合作社。\n")
    assert _split(text)[0].title == "某县代表团赴邻市考察农业园区"


def test_an_article_word_counter_is_the_pages() -> None:
    assert line_kind("本文字数:812") == EPAPER
    assert line_kind("字数:812") == EPAPER


def test_a_square_before_bare_names_is_a_byline() -> None:
    assert is_byline("■甘小雨")
    assert is_byline("□甘小雨 柯明远")
    assert not is_byline("■乡村振兴")          # a subhead's square, no name after it
    assert not is_byline("甘小雨")              # a bare name without the mark is no byline line


def test_the_headline_over_a_counter_and_a_marked_byline() -> None:
    text = ("2030年06月10日\n某区召开政府常务会议\n柯明远主持\n本文字数:420\n■甘小雨\n"
            "6月6日,区政府召开第12次常务会议。区长柯明远主持会议。\n"
            "会议听取了全区农业生产工作情况的汇报。\n")
    d = _split(text)[0]
    assert d.title == "某区召开政府常务会议"
    assert "甘小雨" in extract_reporters(d)


def test_a_portals_section_label_above_the_headline_is_no_headline() -> None:
    text = ("政府信息公开\n\n某市人大常委会任命甲某某为副市长\n\n"
            "来源:某市新闻网 发布时间:2030-12-26 00:00\n"
            "  今日,市人大常委会举行会议,决定任命甲某某为副市长。\n\n  会议还表决通过了其他事项。\n")
    d = _split(text)[0]
    assert d.title == "某市人大常委会任命甲某某为副市长"
