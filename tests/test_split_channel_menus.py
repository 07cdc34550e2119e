"""A portal's channel menu above the headline: a row of names parted by bars, and the
channel's tab alone in a one-cell row, are the site's, never an article of their own."""
from __future__ import annotations

import pytest

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, line_kind


def _split(text: str):
    return split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))


@pytest.mark.parametrize("text, kind", [
    ("新闻 | 体育 | 财经 | 房产 | 汽车 | 网上某城 | 酒店预订", CHROME),
    ("首页|要闻|时政|社会|文旅|视频", CHROME),
    ("新闻 | 体育 | 财经", None),                       # three names: too few to tell from a headline
    ("两会 | 代表委员谈乡村振兴", None),
    ("| 组别 | 单位 | 电话 | 信箱 | 备注 |", None),      # a table's row, opened and closed by bars
    ("甲 | 乙 | 丙 | 丁, 戊", None),
])
def test_channel_row(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


def test_menu_and_channel_tab_above_the_headline_make_no_article() -> None:
    drafts = _split("新闻 | 体育 | 财经 | 房产 | 汽车 | 图片 | 视频 | 网上某城\n|某城快讯|\n"
                    "某市老干部到某区参观考察(2031年06月04日)\n"
                    "6月3日上午,某市老干部到某区参观考察。区委书记王某陪同。\n")
    assert len(drafts) == 1
    assert drafts[0].title.startswith("某市老干部到某区参观考察")


def test_a_one_cell_row_among_the_text_stays() -> None:
    drafts = _split("某区召开会议\n\n6月3日上午,某区召开会议。\n|附件|\n会议议程如下。\n")
    assert any("附件" in p for d in drafts for p in d.paragraphs)


def test_a_short_line_boxed_alone_at_the_top_without_a_menu_stays() -> None:
    drafts = _split("|巡察公告|\n根据县委统一部署,县委第一巡察组进驻某局开展巡察。\n")
    assert "巡察公告" in drafts[0].paragraphs
