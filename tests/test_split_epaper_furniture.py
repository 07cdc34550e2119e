"""An e-paper's reading page above its story: the paper's name repeated under the page's
header, the line listing the page's headlines, the page's name over its number.
Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source

_STORY = ("从县城出发沿河岸往东,不到半小时便到了某某镇,一个以梨花出名的小镇。\n\n"
          "3月2日,记者在镇上看到,新修的步道已经通到每个村口,村民们正在路边栽种花木。\n")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_an_epaper_pages_masthead_list_and_page_name_stay_off_the_headline() -> None:
    text = ("某某晨报数字报纸\n\n2031年03月04日\n按日期搜索\n\n某某晨报\n\n"
            "某某晨报乡村行 梨花小镇迎客来 梨花小镇迎客来 春耕正当时 老街换新颜! 图片 图片\n\n"
            "版面翻页\n乡村行\n06\n\n梨花小镇迎客来\n\n" + _STORY)
    (draft,) = _split(text)
    assert draft.title == "梨花小镇迎客来" and draft.subtitle is None
    assert draft.paragraphs[0].startswith("从县城出发")


def test_a_list_of_the_pages_headlines_is_told_by_the_headline_under_it() -> None:
    text = ("要闻 梨花小镇迎客来 春耕正当时 老街换新颜 新桥通车\n\n梨花小镇迎客来\n\n" + _STORY)
    (draft,) = _split(text)
    assert draft.title == "梨花小镇迎客来"
    assert all("春耕正当时" not in p for p in draft.paragraphs)


def test_a_line_of_words_that_names_no_headline_below_stays() -> None:
    text = "梨花小镇迎客来\n\n" + _STORY + "\n赏花 踏青 品茶 观景\n\n四季都有好去处,游客络绎不绝。\n"
    (draft,) = _split(text)
    assert draft.title == "梨花小镇迎客来" and any(p.startswith("赏花 踏青") for p in draft.paragraphs)


def test_the_headline_last_under_a_menu_written_a_link_a_line_stays_the_headline() -> None:
    text = ("返回首页\n\n今日某某\n\n国际国内\n\n社会广角\n\n江边短论\n\n前期回顾\n\n报社信箱\n\n"
            "甲某某来某考察\n\n乙某某丙某某陪同\n\n"
            "本报讯 (记者 丁某) 冒着春雨,昨天,某报业集团党委书记甲某某等一行来我市考察经济社会发展情况。\n\n"
            "市委书记乙某某向甲某某等介绍了我市发展情况。\n")
    (draft,) = _split(text)
    assert draft.title == "甲某某来某考察" and draft.subtitle == "乙某某丙某某陪同"
    assert not any(p in ("国际国内", "江边短论") for p in draft.paragraphs)


def test_the_e_paper_readers_paper_name_is_a_source_line() -> None:
    from newsarchive.split.residue import EPAPER, SOURCE, line_kind
    assert line_kind("当前报纸名称:某某日报") == SOURCE and line_kind("版名:要闻") == EPAPER
