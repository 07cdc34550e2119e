"""A government site's disclosure table, a press group's row of titles, a column named
by its level (旗级要闻), and a caption over a file's first dateline.  Headlines and
sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, SOURCE, STAMP, line_kind
from newsarchive.split.titles import is_column_label


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_disclosure_tables_fields_are_the_pages_record() -> None:
    assert line_kind("索引号 公开信息来源 某县人民政府办公室") == SOURCE
    assert line_kind("索引号:11650000-2031-00012 发布机构:某县政府") == SOURCE
    assert line_kind("生成日期:2031-05-06 00:00:00.0") == STAMP
    # a sentence about an index is text
    assert line_kind("索引号编制规则由市政府办公室统一制定,各部门按规则填报。") is None
    text = ("政府信息公开\n\n索引号 公开信息来源 某县人民政府办公室\n\n某县人民政府召开2031年第三次常务会议\n\n"
            "来源:某县人民政府办公室 发布时间: 2031年06月03日\n\n6月2日,县长甲某某主持召开县政府2031年第三次常务会议。\n")
    draft = _split(text)[0]
    assert draft.title == "某县人民政府召开2031年第三次常务会议"
    assert not any("索引号" in p for p in draft.paragraphs)


def test_a_press_groups_row_of_titles_is_site_chrome() -> None:
    assert line_kind("《某省日报》 《某省日报藏文版》 《某省商报》 《某省法制报》") == CHROME
    assert line_kind("《某某晚报》《某某画报》") == CHROME
    # titles of documents are no press row; one title alone may be a headline
    assert line_kind("《关于某某的通知》《某某管理办法》") is None
    assert line_kind("《某省日报》") is None
    text = ("《某省日报》 《某省日报藏文版》 《某省商报》\n\n2031年06月23日\n\n某乡,不再遥远\n\n本报记者 甲某某\n\n"
            "出了某县城,一路向西,走了整整一天。\n\n某乡很远,离县城有三百多公里。\n")
    assert _split(text)[0].title == "某乡,不再遥远"


def test_a_column_named_by_its_level_is_a_kicker() -> None:
    assert is_column_label("旗级要闻")
    assert is_column_label("【县级要闻】") and is_column_label("区级领导动态")
    assert not is_column_label("某某要闻")
    text = ("旗级要闻\n\n某某主持召开某旗政府2031年第1次常务会议\n\n发布日期:2031-01-09 14:48 来源:某旗融媒体中心\n\n"
            "8日,旗长某某主持召开某旗政府2031年第1次常务会议。\n")
    assert _split(text)[0].title == "某某主持召开某旗政府2031年第1次常务会议"


def test_a_short_sentence_over_the_first_dateline_is_its_caption() -> None:
    text = ("耐心倾听困难群众的心声。\n"
            "某某网某站2月4日讯(通讯员 甲某某)2月3日,某市委常委乙某某一行深入某区某乡慰问困难群众。\n"
            "乙某某来到村民家中,详细了解生活情况。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert drafts[0].captions == ("耐心倾听困难群众的心声。",)
    # a first item with a dateline of its own stays an article
    text = ("某某网讯 某县召开防汛工作会议。\n"
            "某某网讯 某乡开展安全生产检查,排查隐患十余处。\n")
    assert len(_split(text)) == 2
