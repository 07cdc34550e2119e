"""Layout repair: broken paragraphs are joined, real paragraph ends are kept."""
from __future__ import annotations

import pytest

from newsarchive.repair import Block, clean_text, ends_paragraph, join_broken_paragraphs


@pytest.mark.parametrize("text", [
    "会议要求,各部门要抓好落实。",
    "会议要求，各部门要抓好落实。",
    "他说：“我们一定完成任务。”",
    "这是为什么？",
    "要坚持问题导向；",
    "下一阶段要重点抓好三方面工作：",
    "情况如下……",
    "（完）。）",
])
def test_ends_paragraph(text: str) -> None:
    assert ends_paragraph(text)


@pytest.mark.parametrize("text", [
    "安伟指出,近年来,全",
    "杭州市委副书记、市长姚高员主持会议，",
    "电子邮箱：hsxwdierxcz@163.com",
    "党建引领“网格” 群众幸福“满格”",
    "来信请寄：某县行政中心B座704室（邮编237200）",
])
def test_does_not_end_paragraph(text: str) -> None:
    assert not ends_paragraph(text)


def test_joins_block_broken_mid_sentence() -> None:
    blocks = ["成都市委书记曹立军指出,近年来,全", "市各级党组织深入贯彻落实上级部署。", "会议还部署了下一步工作。"]
    assert join_broken_paragraphs(blocks) == [
        "成都市委书记曹立军指出,近年来,全市各级党组织深入贯彻落实上级部署。",
        "会议还部署了下一步工作。",
    ]


def test_keeps_real_paragraph_ends() -> None:
    blocks = ["第一段到此结束。", "第二段也结束了！", "“第三段引语。”", "第四段？"]
    assert join_broken_paragraphs(blocks) == blocks


def test_joins_across_several_breaks() -> None:
    blocks = ["巡察组接收来电时间为工作日", "8:30至12:00、14:30至", "17:30。"]
    assert join_broken_paragraphs(blocks) == ["巡察组接收来电时间为工作日8:30至12:00、14:30至17:30。"]


def test_broken_email_and_number_close_up() -> None:
    blocks = ["值班电话:0551-6328,电子邮箱:hfxc_", "erzu@163.com,邮政信箱:合肥市A101号信箱。"]
    assert join_broken_paragraphs(blocks) == ["值班电话:0551-6328,电子邮箱:hfxc_erzu@163.com,邮政信箱:合肥市A101号信箱。"]


def test_fixed_blocks_stand_alone() -> None:
    blocks = [
        Block("一、总体要求", fixed=True),
        Block("坚持以人民为中心，"),
        Block("推进城市更新。"),
        Block("举报电话：0731-22813967", fixed=True),
        Block("电子邮箱：xcz@163.com", fixed=True),
    ]
    assert join_broken_paragraphs(blocks) == [
        "一、总体要求", "坚持以人民为中心，推进城市更新。", "举报电话：0731-22813967", "电子邮箱：xcz@163.com",
    ]


def test_broken_block_is_not_joined_onto_fixed_block() -> None:
    blocks = [Block("县委第二巡察组", fixed=True), Block("巡察对象为县教育局。")]
    assert join_broken_paragraphs(blocks) == ["县委第二巡察组", "巡察对象为县教育局。"]


def test_opening_block_starts_a_paragraph_after_a_broken_one() -> None:
    blocks = [Block("重点抓好以下工作"), Block("（一）强化责任落实。", opens=True), Block("（二）加强督导检查。", opens=True)]
    assert join_broken_paragraphs(blocks) == ["重点抓好以下工作", "（一）强化责任落实。", "（二）加强督导检查。"]


def test_no_empty_paragraphs_and_whitespace_cleaned() -> None:
    blocks = ["  ", "", "第一段\t 内容。", "\u3000 "]
    assert join_broken_paragraphs(blocks) == ["第一段 内容。"]


def test_clean_text_drops_padding_around_full_width_punctuation() -> None:
    assert clean_text("会议强调， 要抓好落实。 记者 李明") == "会议强调，要抓好落实。记者 李明"
    assert clean_text("a  b\n c") == "a b c"
    # a space between phrases (not after punctuation) is text and stays
    assert clean_text("紧密与“挂图作战 集中攻坚”行动相结合") == "紧密与“挂图作战 集中攻坚”行动相结合"
