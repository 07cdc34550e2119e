"""A Markdown table's rows are the article's paragraphs, one a row: never its headline or
subtitle, never joined to the paragraph after the table."""
from __future__ import annotations

import pytest

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.lines import read_lines

TABLE = ("| 组别 | 联系单位 | 值班电话 |\n"
         "| --- | --- | --- |\n"
         "| 县委第一巡察组 | 县农机服务站 | 0100-2223333 |\n"
         "| 县委第二巡察组 | 县档案馆 | 0100-4445555 |\n")
AFTER = "巡察期间，来电受理时间为每个工作日上午九时至下午五时。"


def _drafts(text: str, fmt: str):
    return split_source(SourceFile(path=f"a.{fmt}", text=text, encoding="utf-8", fmt=fmt, front_matter={}))


def test_a_table_row_is_marked_as_one() -> None:
    lines = read_lines(TABLE + "\n" + AFTER, "md")
    assert [ln.tabled for ln in lines] == [True, True, True, False]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_table_opening_a_file_heads_nothing(fmt: str) -> None:
    [draft] = _drafts(TABLE + "\n" + AFTER + "\n", fmt)
    assert "组别" not in (draft.title or "") and "巡察组" not in (draft.title or "")
    assert draft.subtitle is None
    assert draft.paragraphs == ("组别 联系单位 值班电话", "县委第一巡察组 县农机服务站 0100-2223333",
                                "县委第二巡察组 县档案馆 0100-4445555", AFTER)


def test_a_table_under_a_headline_stays_row_by_row_in_the_article() -> None:
    text = "县委巡察组进驻公告\n\n本县第四轮巡察即日开始，各组联系方式如下：\n\n" + TABLE + "\n" + AFTER + "\n"
    [draft] = _drafts(text, "txt")
    assert draft.title == "县委巡察组进驻公告"
    assert draft.paragraphs[1:] == ("组别 联系单位 值班电话", "县委第一巡察组 县农机服务站 0100-2223333",
                                    "县委第二巡察组 县档案馆 0100-4445555", AFTER)
