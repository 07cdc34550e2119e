"""The outlet a copied page names as the article's source."""
from __future__ import annotations

import pytest

from newsarchive.extract import extract
from newsarchive.extract.origin import extract_origin, origin_in
from newsarchive.records import Draft


@pytest.mark.parametrize("line, origin", [
    ("2024-12-05 09:30:12 来源: 青禾县人民政府办公室 作者: 王小明 浏览次数: 120", "青禾县人民政府办公室"),
    ("发布时间:2023-05-06 10:30 来源:白沙日报", "白沙日报"),
    ("信息来源：青禾县农业农村局", "青禾县农业农村局"),
    ("来源：青禾发布 | 2024-12-05", "青禾发布"),
    ("來源：青禾日報  編輯：王某", "青禾日報"),               # as written, traditional kept
    ("来源:《白沙日报》2024年12月5日", "白沙日报"),
    ("来源：青禾县委宣传部 王某", "青禾县委宣传部"),            # a name after the outlet is not part of it
    ("来源：青禾日报(记者 王某)", "青禾日报"),
    ("稿件来源：青禾县融媒体中心　责任编辑：李某", "青禾县融媒体中心"),
    ("2024-03-03 15:02:28来源:青禾在线编辑:王某记者:李某", "青禾在线"),   # fields run together
    ("來源:縣政府辦??王某/文??", "縣政府辦"),
    ("作者: 来源: 发布时间:2012-08-29", None),                           # an empty field
    ("信息来源: 发布日期: 2024-09-24 浏览次数:", None),
    ("凡注明“来源：青禾信息港”的作品，版权均属本网", None),                  # a reprint notice quoting it
    ("来源：本站", None),
    ("来源：http://www.example.cn/a.html", None),
    ("来源：", None),
    ("图片来源于网络", None),
    ("他们的收入来源：种植和养殖", None),
])
def test_the_source_a_line_names(line: str, origin: str | None) -> None:
    assert origin_in(line) == origin


def _draft(paragraphs: tuple[str, ...], page_lines: tuple[str, ...] = ()) -> Draft:
    return Draft("a.txt", 1, "青禾县召开冬训会议", None, paragraphs, page_lines=page_lines)


def test_the_first_page_line_naming_a_source_wins() -> None:
    draft = _draft(("本报讯 12月5日，青禾县召开冬训会议。",),
                   ("2024-12-05 来源：青禾县人民政府办公室", "信息来源：青禾县农业农村局"))
    assert extract_origin(draft) == "青禾县人民政府办公室"
    assert extract(draft).origin == "青禾县人民政府办公室"


def test_a_reprint_names_its_source_in_a_bracket_closing_the_text() -> None:
    assert extract_origin(_draft(("本报讯 12月5日，青禾县召开冬训会议。", "会议要求抓好冬训。（来源：白沙日报）"))) == "白沙日报"
    # a bracket inside the text is not the closing credit
    assert extract_origin(_draft(("会议（来源：白沙日报）要求抓好冬训。",))) is None


def test_a_page_without_a_source_line_names_none() -> None:
    assert extract_origin(_draft(("本报讯 12月5日，青禾县召开冬训会议。",), ("2024-12-05 10:20",))) is None
