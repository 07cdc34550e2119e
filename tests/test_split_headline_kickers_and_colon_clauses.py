"""Headline lines: a quoted term as kicker, a dash subtitle in the middle of three lines,
a colon followed by clauses, and a page field's label alone above its value (made-up text)."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.titles import headline

_BODY = ("本报讯 去年以来,某某县各乡镇在巩固脱贫成果的基础上,创新思路和举措,盘活闲置资源,"
         "“一村一策”谋划乡村振兴的新蓝图。新春伊始,笔者来到开工生产的某某镇某某村扶贫车间,"
         "工人们正在忙着赶制订单,一派繁忙景象。")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_quoted_term_alone_over_a_longer_line_is_the_kicker() -> None:
    d = _split("2031年3月8日 星期一\n“一村一策”\n某某县推进乡村振兴\n\n" + _BODY + "\n")[0]
    assert d.title == "某某县推进乡村振兴"
    assert d.subtitle == "“一村一策”"


def test_a_quoted_line_that_is_a_whole_headline_stays_the_headline() -> None:
    # a quotation longer than a term, over a shorter line: the quotation is the headline
    assert headline(["“村里的路修到了家门口”", "某某村见闻"], body=_BODY)[0] == "“村里的路修到了家门口”"


def test_a_dash_line_second_of_three_is_the_subtitle_of_the_first() -> None:
    title, subtitle = headline(["某某书记的一天(观察)", "——走近某某书记(上)", "记者 甲某 乙某 来源:某某网"],
                               body=_BODY)
    assert title == "某某书记的一天(观察)"
    assert subtitle.startswith("——走近某某书记(上)")
    # a column over a headline and its dash subtitle still gives the middle line
    assert headline(["标题导航", "用脚步丈量作风 用真情体察民生", "——记者亲历某某的一天"], body=_BODY)[0] == \
        "用脚步丈量作风 用真情体察民生"


def test_a_headline_of_clauses_after_a_colon_is_one_headline() -> None:
    d = _split("某某新闻丨某某主持召开县委专题会议强调:锚定目标加压奋进,持续扬优势补短板,奋力实现“开门红”\n\n"
               "3月27日下午,县委书记某某主持召开县委专题会议强调,要锚定目标不动摇,抓实重点工作任务不松劲。"
               "县领导甲某、乙某参加会议。\n")[0]
    assert d.title == "某某新闻丨某某主持召开县委专题会议强调:锚定目标加压奋进,持续扬优势补短板,奋力实现“开门红”"
    d = _split("某某镇:盘活闲置资源,带动村民增收,建好幸福家园\n\n" + _BODY + "\n")[0]
    assert d.title == "某某镇:盘活闲置资源,带动村民增收,建好幸福家园"


def test_a_line_broken_after_a_colon_and_its_clauses_stays_prose() -> None:
    # clauses after a colon that close on a full stop are a sentence, not a headline
    d = _split("某某镇召开会议\n\n会议强调:要锚定目标,补齐短板,奋力实现开门红。\n" + _BODY + "\n")[0]
    assert d.title == "某某镇召开会议"
    assert d.paragraphs[0] == "会议强调:要锚定目标,补齐短板,奋力实现开门红。"


def test_a_field_label_alone_above_its_value_is_page_residue() -> None:
    d = _split("2031-10-26 第03版:某某新闻\n某某镇喜获“一村一品”示范村镇称号 |\n作者:\n"
               "特约记者甲某某 通讯员乙某某 来源:某某日报 字数:328 |\n\n"
               "本报讯 10月20日,某部审核确定第十一批全国“一村一品”示范村镇并予以公示,某某县某某镇某某村榜上有名。"
               "该村推行“稻鸭共作”生态种养模式,带动周边农户入股,务工增收。\n")
    assert len(d) == 1
    assert d[0].title == "某某镇喜获“一村一品”示范村镇称号"
    assert d[0].paragraphs[0].startswith("本报讯")
    assert "作者:" in d[0].page_lines
