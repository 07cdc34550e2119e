"""A breadcrumb's own line is kept as a page line: its column may name the site's place,
which 我县 of the text then means; the site's menus above it are not kept."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import SourceFile
from newsarchive.split import split_source

_PAGE = ("首页 要闻 上海 北京\n当前位置: 首页 > 政务信息 > 桐庐动态\n\n我县部署冬季森林防火\n\n  • 日期:2031-12-31\n\n"
         "12月30日,县长甲某某带队检查冬季森林防火,要求各乡镇压实责任。\n\n县领导乙某某参加检查。\n")


def test_the_breadcrumb_line_is_a_page_line_and_names_our_county() -> None:
    d = split_source(SourceFile(path="a.txt", text=_PAGE, encoding="utf-8", fmt="txt"))[0]
    assert "当前位置: 首页 > 政务信息 > 桐庐动态" in d.page_lines
    assert "首页 要闻 上海 北京" not in d.page_lines
    assert extract_district(d) == "桐庐县"


def test_any_wording_of_where_you_are_opens_a_breadcrumb() -> None:
    page = ("你目前所在的位置:门户首页 > 政务公开 > 某县召开春季植树动员会\n\n某县召开春季植树动员会\n\n"
            "发布时间:2031-03-02 浏览次数: 12 信息来源:县政府办\n\n"
            "3月2日,某县召开春季植树动员会,部署全县植树造林工作。\n\n县领导参加会议。\n")
    d = split_source(SourceFile(path="a.txt", text=page, encoding="utf-8", fmt="txt"))[0]
    assert d.title == "某县召开春季植树动员会"


def test_the_breadcrumbs_last_item_repeated_over_the_headline_is_the_column() -> None:
    page = ("某县纪委监委网站\n您的位置: 首页--监督曝光--典型问题通报\n\n典型问题通报\n\n"
            "关于某镇2起违反工作纪律典型问题的通报\n\n来源:某县纪委 发布时间:2031-02-04 16:24\n\n"
            "近日,县纪委监委查处了2起违反工作纪律的典型问题。现通报如下。\n")
    d = split_source(SourceFile(path="a.txt", text=page, encoding="utf-8", fmt="txt"))[0]
    assert d.title == "关于某镇2起违反工作纪律典型问题的通报"
