"""The page's editor credited inside the closing brackets after the byline name, the writer
of a first draft credited before the editors, writers named after their units in a page
stamp's source field.  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import Draft


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                 bylines=(), captions=(), front_matter={})


def reporters(*paragraphs: str) -> tuple[str, ...]:
    return extract_reporters(_draft(*paragraphs))


def test_the_editor_inside_the_closing_brackets_after_the_byline_name() -> None:
    assert reporters("会议要求抓好整改。(甘小雨 || 责任编辑 雷振华)") == ("甘小雨",)
    assert reporters("会议要求抓好整改。(甘小雨 | 编辑:雷振华)") == ("甘小雨",)
    assert reporters("会议要求抓好整改。(责任编辑 雷振华)") == ()


def test_the_writer_of_the_first_draft_is_the_author() -> None:
    assert reporters("会议要求抓好整改。", "初稿:甘小雨", "审核:雷振华", "发布:甘小雨") == ("甘小雨",)


def test_writers_named_each_after_the_unit_in_a_page_stamps_source_field() -> None:
    from newsarchive.extract.people_byline_forms import source_unit_names
    line = "来源:柳湾镇 甘小雨 青禾镇 雷振华 发布时间:2020-01-02 10:00:00 浏览次数:"
    assert source_unit_names(line) == ["甘小雨", "雷振华"]
    assert source_unit_names("来源:柳湾镇 发布时间:2020-01-02") == []
    assert source_unit_names("来源:青禾日报 作者:甘小雨") == []
