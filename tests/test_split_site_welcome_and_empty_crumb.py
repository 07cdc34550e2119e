"""A site's welcome line above the headline, and a breadcrumb's label left empty over the
headline its stamp follows: neither takes the headline's place."""
from __future__ import annotations

import pytest

from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, EPAPER, SOURCE, line_kind
from newsarchive.extract.dates import extract_date
from tests.pages import split_page


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


@pytest.mark.parametrize("text, kind", [
    ("你好,欢迎访问某某区档案网", SOURCE),
    ("欢迎光临某某县人民政府网站", SOURCE),
    ("欢迎来到美丽乡村", None),
    ("欢迎来到某县,这里山清水秀。", None),
    ("—分享—", CHROME),
])
def test_line_kinds(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


def test_a_sites_welcome_is_no_headline() -> None:
    d = _split("你好,欢迎访问某某区档案网\n\n甲某某调研老旧小区改造\n来源:某某日报时间:2031-11-03 13:27:20\n\n"
               "11月3日下午,区委书记甲某某到城东街道调研老旧小区改造,查看管网更新进度。\n")[0]
    assert d.title == "甲某某调研老旧小区改造"
    assert "你好,欢迎访问某某区档案网" in d.page_lines


def test_an_empty_breadcrumb_label_over_a_stamped_headline_leaves_the_headline() -> None:
    d = _split("当前位置:\n\n乙某某检查城区燃气安全\n\n来源:某某融媒体中心 作者:丙某 2031-01-22 21:12:27\n"
               "—分享—\n\n某某新闻网1月22日讯(记者 丙某)1月22日,市长乙某某带队检查城区燃气管网和液化气站。\n")[0]
    assert d.title == "乙某某检查城区燃气安全"
    assert d.subtitle is None


def test_a_follow_prompt_and_a_weather_widget_above_the_lead_are_residue() -> None:
    page = ("Hi~新朋友,记得点蓝字关注我们哟\n某县天气:今天白天多云,南风2级,气温12~23℃\n"
            "5月4日是青年节,当天上午,县委书记甲某到县第一中学看望青年教师。\n\n县领导乙某陪同。\n")
    d = split_page(page)[0]
    assert d.paragraphs[0].startswith("5月4日是青年节")
    assert extract_date(d) == PartialDate(None, 5, 4)


def test_a_sites_original_content_badge_is_no_headline() -> None:
    page = ("某某新闻本网原创\n\n某某看望慰问新闻工作者\n\n2031-01-17 18:30:00 来源:某某新闻网\n\n"
            "1月17日上午,省委书记甲某看望慰问参加省“两会”报道的新闻工作者。\n")
    d = split_page(page)[0]
    assert d.title == "某某看望慰问新闻工作者"


def test_an_image_placeholder_above_the_headline_is_residue() -> None:
    page = ("Image\n\n某某日报头版:为丰收喝彩\n\n2031-09-27\n\n ▲市民在展示区品尝农产品\n\n"
            "  本报讯(记者 甲某)9月26日,丰收节活动在某县举行。\n")
    d = split_page(page)[0]
    assert d.title == "某某日报头版:为丰收喝彩"


def test_a_columns_more_link_and_a_mobile_prompt_are_chrome() -> None:
    page = ("领导动态>>\n\n某某深入一线调研重点项目建设\n\n2031-02-23 15:51:48 来源:某县融媒\n进入移动版,省流量,体验好\n\n"
            "2月22日,县委书记甲某深入重点项目施工现场调研。\n\n甲某要求,各部门要主动靠前服务。\n")
    d = split_page(page)[0]
    assert d.title == "某某深入一线调研重点项目建设"
    assert d.paragraphs[0].startswith("2月22日")


def test_a_source_line_labelled_this_articles_source() -> None:
    assert line_kind("本文来源: 市政府") == SOURCE


def test_an_epaper_masthead_and_a_zero_padded_page_mark_are_no_headline() -> None:
    page = ("某某日报 数字报纸\n\n\n00020版:今日某地\n\n清廉建设效能足\n\n"
            "  近日,某县纪委县监委在全县22个乡镇设立了村级监察工作联络站。\n")
    assert split_page(page)[0].title == "清廉建设效能足"
    assert line_kind("00020版:今日某地") == EPAPER


def test_a_sites_leave_notice_is_a_footer_line_naming_the_site() -> None:
    assert line_kind("您访问的链接即将离开“某某区人民政府门户网站”,是否继续?") == "footer"
