"""Heading groups with an information box's items or a headline broken over two lines.
Headlines are made up."""
from __future__ import annotations

from newsarchive.split.residue import SOURCE, line_kind
from newsarchive.split.titles import headline


def test_an_information_box_item_is_never_the_headline() -> None:
    title, subtitle = headline(["• 某县农业局", "• 综合,领导活动", "市农业局领导到我县督导秋粮收购工作"])
    assert title == "市农业局领导到我县督导秋粮收购工作"
    assert subtitle == "• 某县农业局 • 综合,领导活动"


def test_a_headline_broken_before_its_continuation_is_joined() -> None:
    title, _ = headline(["区五届人大三次会议", "将于4月12日召开"])
    assert title == "区五届人大三次会议将于4月12日召开"


def test_a_subtitle_that_is_a_sentence_of_its_own_stays_apart() -> None:
    title, subtitle = headline(["区五届人大三次会议闭幕", "选举产生新一届区人大常委会"])
    assert subtitle is not None


def test_a_reprint_note_is_a_source_line() -> None:
    assert line_kind("转自:某某日报") == SOURCE


def test_a_phrase_framed_by_dashes_is_a_kicker() -> None:
    title, subtitle = headline(["—— 聚焦青石两会 ——", "出席县人代会的代表陆续报到"])
    assert title == "出席县人代会的代表陆续报到"
    assert subtitle == "—— 聚焦青石两会 ——"
    title, _ = headline(["--走进乡村--", "青石镇举办农民丰收节"])
    assert title == "青石镇举办农民丰收节"
