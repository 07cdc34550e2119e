"""Byline forms of copied pages: padded names among several, label-then-name and
name-then-role credits, names before 报道, a bare name beside an org's reporter.
Sentences and names are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_reporters
from newsarchive.records import Draft


def reporters(*paragraphs: str) -> tuple[str, ...]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return extract_reporters(d)


@pytest.mark.parametrize("line, names", [
    ("本报讯(记者 孙晓明 李 强 韩大伟 高 原)5月3日，某县召开会议。", ("孙晓明", "李强", "韩大伟", "高原")),
    ("本报讯(记者 于 洋 明 月 通讯员 高 兴)5月3日，某县召开会议。", ("于洋", "明月", "高兴")),
    ("本報訊(記者 孫曉明 李 強 韓大偉 高 原)5月3日，某縣召開會議。", ("孫曉明", "李強", "韓大偉", "高原")),
])
def test_padded_names_among_several(line: str, names: tuple[str, ...]) -> None:
    assert reporters(line) == names


def test_padded_pair_of_a_post_word_is_no_name() -> None:
    assert reporters("本报讯(记者 孙晓明 书 记)5月3日，某县召开会议。") == ("孙晓明",)


@pytest.mark.parametrize("line, names", [
    ("报道:韩立新   监制:沈雪梅", ("韩立新",)),
    ("报道:韩立新 彭晓东监制:沈雪梅", ("韩立新", "彭晓东")),
    ("採寫：韓立新   編審：沈雪梅", ("韓立新",)),
    ("報道：韓立新　監製：沈雪梅", ("韓立新",)),
])
def test_label_then_name_credit_line(line: str, names: tuple[str, ...]) -> None:
    assert reporters("某县召开安全生产会议。", line) == names


def test_reported_in_a_sentence_names_nobody() -> None:
    assert reporters("据某某日报报道：近日，某县召开安全生产会议。") == ()
    assert reporters("媒体报道:韩立新表示，要做好安全生产。") == ()
