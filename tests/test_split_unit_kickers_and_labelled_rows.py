"""A unit's name and a colon over the headline (某某村党支部: / 标题) is the headline's
kicker; a press group's labelled row of its titles ending in a home link is site chrome.
Headlines, names and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.head_forms import unit_kicker
from newsarchive.split.residue import CHROME, line_kind

_BODY = ("  “没想到土地流转只用了半个月就完成了。”近日,某某公司负责人告诉记者。\n\n"
         "  去年10月,某某集团落地某某镇,镇里的党员干部挨家挨户上门讲政策。\n")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_units_name_and_a_colon_over_the_headline_is_its_kicker() -> None:
    (d,) = _split("某某县某某镇某某村党支部:\n村情民意了然于心 乡村振兴探出路子\n\n" + _BODY)
    assert d.title == "村情民意了然于心 乡村振兴探出路子" and d.subtitle == "某某县某某镇某某村党支部:"
    assert d.paragraphs[0].startswith("“没想到")


def test_a_list_opening_with_a_colon_is_no_kicker() -> None:
    assert unit_kicker("某某镇某某村党支部:") and unit_kicker("某某县教育局：") and unit_kicker("某市某区工商联:")
    assert not unit_kicker("会议决定任命:") and not unit_kicker("区委:") and not unit_kicker("会议强调,要抓好落实:")
    (d,) = _split("会议决定任命:\n甲某某 乙某某\n\n" + _BODY)
    assert d.title != "甲某某 乙某某"


def test_a_press_groups_labelled_row_ending_in_a_home_link_is_chrome() -> None:
    assert line_kind("某某日报报业集团旗下媒体: 某某日报 |某某晚报 |某某网 |某某农垦报 返回首页") == CHROME
    # a sentence with a colon that names no home link stays text
    assert line_kind("会议指出: 要抓好 春耕 备耕 工作") is None


def test_a_column_name_over_a_headline_of_the_same_kind_is_its_column() -> None:
    (d,) = _split("医院公告\n巡察公告\n发布时间:2031-05-13  来源:某某市第一医院\n\n"
                  "根据市委巡察工作安排,市委巡察五组于5月13日进驻市第一医院开展巡察。现将有关事项公告如下:\n")
    assert d.title == "巡察公告" and d.subtitle == "医院公告"
    # a longer line over it, or one of another kind, is no such column
    from newsarchive.split.titles import _column_of_kind
    assert _column_of_kind(["医院公告", "巡察公告"])
    assert not _column_of_kind(["某某第一医院巡察公告", "巡察公告"])
    assert not _column_of_kind(["医院新闻", "巡察公告"]) and not _column_of_kind(["巡察公告", "巡察公告"])
