"""E-paper field lines, navigation words, session columns and attendance subtitles around a headline."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import headline, split_source
from newsarchive.split.residue import line_kind

_BODY = "3月5日上午,某某县九届人大二次会议在县会议中心开幕。会议听取了政府工作报告,代表们认真审议。\n"


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_e_paper_fields_under_a_headline_are_the_pages():
    drafts = _split("某某县人代会开幕\n2024年03月06日\n字数:812\n版次:03\n" + _BODY)
    assert len(drafts) == 1 and drafts[0].title == "某某县人代会开幕"
    assert line_kind("版名:要闻") is not None and line_kind("字数:1,200元的补贴") is None


def test_navigation_words_above_a_headline_are_no_title():
    [draft] = _split("网站首页\n数字报首页\n取消\n某某县人代会开幕\n\n" + _BODY)
    assert draft.title == "某某县人代会开幕"
    [draft] = _split("您当前所在位置: 首页\n\n某某县人代会开幕\n\n" + _BODY)
    assert draft.title == "某某县人代会开幕"


def test_a_session_column_above_the_headline_is_a_kicker():
    assert headline(["分组审议", "凝心聚力谋发展"]) == ("凝心聚力谋发展", "分组审议")


def test_lines_naming_who_presided_or_attended_are_subtitles():
    lines = ["某某新区三地联席会议召开", "吴建华主持会议", "孙海明周立新等出席"]
    assert headline(lines)[0] == "某某新区三地联席会议召开"
    assert headline(["某某會議召開", "吳建華主持會議"])[0] == "某某會議召開"


def test_a_quoted_second_half_after_a_bar_is_the_headlines():
    assert headline(["文化科技“三下乡” | 进村入户送“温暖”"])[0] == "文化科技“三下乡” | 进村入户送“温暖”"
    assert headline(["某某县召开春耕生产会议 | 某某新闻网"])[0] == "某某县召开春耕生产会议"



def test_a_regions_column_name_is_no_headline():
    assert headline(["广东", "某某县召开春耕生产会议"]) == ("某某县召开春耕生产会议", "广东")
    assert headline(["天津"]) == (None, "天津")
    assert headline(["某某县召开春耕生产会议"])[0] == "某某县召开春耕生产会议"
