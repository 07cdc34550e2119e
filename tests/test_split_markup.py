"""Reading source lines: Markdown markup off, layout (gaps, headings) kept."""
from __future__ import annotations

import pytest

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.lines import read_lines, strip_inline


@pytest.mark.parametrize("raw, plain", [
    ("**市委第一巡察组,巡察市发改委党组。**值班电话:0551-1234", "市委第一巡察组,巡察市发改委党组。值班电话:0551-1234"),
    ("要*坚持*问题导向", "要坚持问题导向"),
    ("***重点*** 工作", "重点 工作"),
    ("__加粗__ 文字", "加粗 文字"),
    ("详见[市政府网站](https://www.example.gov.cn/a_(1).html)公告", "详见市政府网站公告"),
    ("参考[链接][1]", "参考链接"),
    ("访问<https://www.example.gov.cn>了解", "访问https://www.example.gov.cn了解"),
    ("第一行<br>第二行", "第一行第二行"),
    ("代码`x = 1`示例", "代码x = 1示例"),
    ("~~删除~~保留", "删除保留"),
    (r"价格\*不变\*", "价格*不变*"),
    ("邮箱 lyxcz_sanzu@163.com 与 ab_cd_ef@qq.com", "邮箱 lyxcz_sanzu@163.com 与 ab_cd_ef@qq.com"),
    ("未配对的**粗体", "未配对的粗体"),
])
def test_strip_inline(raw: str, plain: str) -> None:
    assert strip_inline(raw)[0] == plain


def test_image_alt_is_returned_apart() -> None:
    text, alts = strip_inline("前文![**会议**现场](img/a.jpg \"t\")后文")
    assert text == "前文后文"
    assert alts == ("会议现场",)


def test_gaps_and_first_last() -> None:
    lines = read_lines("\n\n标题\n\n本报讯 正文。\n\n\n\n图片说明\n\n末段。\n\n")
    assert [ln.text for ln in lines] == ["标题", "本报讯 正文。", "图片说明", "末段。"]
    assert [ln.gap_before for ln in lines] == [0, 1, 3, 1]
    assert [ln.gap_after for ln in lines] == [1, 3, 1, 2]
    assert lines[0].first and not lines[1].first
    assert lines[-1].last and not lines[-2].last


def test_headings_atx_and_setext() -> None:
    lines = read_lines("# 一级标题 #\n\n## 二级标题\n\n三级\n===\n\n副题\n---\n\n正文。", "md")
    assert [(ln.text, ln.level) for ln in lines] == [
        ("一级标题", 1), ("二级标题", 2), ("三级", 1), ("副题", 2), ("正文。", 0)]


def test_hashtag_is_not_a_heading() -> None:
    lines = read_lines("#两会# 代表委员热议。")
    assert lines[0].level == 0 and lines[0].text == "#两会# 代表委员热议。"


def test_sentence_over_dashes_is_not_a_heading() -> None:
    lines = read_lines("会议结束。\n------\n下一段。")
    assert [(ln.text, ln.level) for ln in lines] == [("会议结束。", 0), ("下一段。", 0)]


def test_lists_quotes_rules_comments_tables() -> None:
    text = (
        "<!-- 编辑备注\n不发布 -->\n"
        "> 引用的话。\n\n"
        "- **抓实组织建设。** 深化工程。\n"
        "* [ ] 待办事项。\n"
        "1. 第一项。\n\n"
        "***\n\n"
        "| 组别 | 电话 |\n|---|---|\n| 第一组 | 0551-1 |\n\n"
        "[1]: https://example.gov.cn\n"
        "正文<!-- 行内注释 -->继续。"
    )
    lines = read_lines(text, "md")
    assert [ln.text for ln in lines] == [
        "引用的话。", "抓实组织建设。 深化工程。", "待办事项。", "第一项。",
        "组别 电话", "第一组 0551-1", "正文继续。"]
    assert [ln.listed for ln in lines][:4] == [False, True, True, True]
    assert lines[0].first                 # the comment lines do not count as text or blank lines


def test_ordered_numbers_are_text_in_txt_files() -> None:
    assert read_lines("1. 第一项。", "txt")[0].text == "1. 第一项。"
    assert read_lines("1. 第一项。", "md")[0].text == "第一项。"


def test_image_lines_become_captions() -> None:
    lines = read_lines("正文。\n\n![城市景观](a.jpg)\n\n![](b.jpg)\n\n下一段。", "md")
    assert [(ln.text, ln.image) for ln in lines] == [("正文。", False), ("城市景观", True), ("下一段。", False)]


def test_fenced_code_keeps_text_drops_fences() -> None:
    lines = read_lines("```\n**原样**\n```\n正文。", "md")
    assert [ln.text for ln in lines] == ["**原样**", "正文。"]


def test_whitespace_is_collapsed() -> None:
    assert read_lines("  汇聚加快国家中心城市\u3000 现代化建设  ")[0].text == "汇聚加快国家中心城市 现代化建设"


@pytest.mark.parametrize("raw, want", [
    ("##", []),
    ("## ##", []),
    ("# 标题 ##", [("标题", 1)]),
    ("# 标题#号", [("标题#号", 1)]),
    ("#标题", [("标题", 1)]),
    ("1. ## 一、总体要求", [("一、总体要求", 2)]),
    ("> ### 引用里的标题", [("引用里的标题", 3)]),
])
def test_heading_edge_cases(raw: str, want: list) -> None:
    assert [(ln.text, ln.level) for ln in read_lines(raw, "md")] == want


def test_a_caption_given_as_alt_text_and_again_under_the_picture_is_kept_once() -> None:
    text = ("# 青禾县召开春耕会议\n\n![县长林晓舟在田间查看墒情](a.jpg)\n\n*县长林晓舟在田间查看墒情*\n\n"
            "本报讯 3月5日，青禾县召开春耕生产工作会议。\n\n![会场](b.jpg)\n\n*会场*\n\n县长林晓舟出席并讲话。\n")
    (draft,) = split_source(SourceFile("a.md", text, "utf-8", "md"))
    assert draft.captions == ("县长林晓舟在田间查看墒情", "会场")
