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


@pytest.mark.parametrize("paragraphs, names", [
    (("来源:区政府办 韩立新/文", "某区召开安全生产会议。"), ("韩立新",)),
    (("某区召开安全生产会议。", "韩立新/文 沈雪梅/图"), ("韩立新", "沈雪梅")),
    (("某区召开安全生产会议。(韩立新/文 沈 雪/图)",), ("韩立新", "沈雪")),
    (("來源:區政府辦??韓立新/文??", "某區召開安全生產會議。"), ("韓立新",)),
])
def test_name_before_a_slash_credit(paragraphs: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert reporters(*paragraphs) == names


def test_slash_credits_that_are_no_byline() -> None:
    assert reporters("某区召开安全生产会议，会上发放图文/图册。") == ()
    assert reporters("某区召开安全生产会议。", "图片由韩立新/摄") == ()    # pictures given by someone
    assert reporters("某区召开安全生产会议。", "会议材料 宣传资料 韩立新/文") == ()


@pytest.mark.parametrize("paragraphs, names", [
    (("东城区:韩立新 沈雪 彭晓东 报道", "某区召开安全生产会议。"), ("韩立新", "沈雪", "彭晓东")),
    (("某区召开安全生产会议。", "县融媒体中心 韩立新 高 原 报道"), ("韩立新", "高原")),
    (("某区召开安全生产会议。(韩立新 沈雪 报道)",), ("韩立新", "沈雪")),
    (("東城區:韓立新 沈雪 彭曉東 報道", "某區召開安全生產會議。"), ("韓立新", "沈雪", "彭曉東")),
])
def test_names_then_reported(paragraphs: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert reporters(*paragraphs) == names


def test_reported_after_a_sentence_names_nobody() -> None:
    assert reporters("某区召开安全生产会议，多家媒体进行了报道。") == ()
    assert reporters("某区召开安全生产会议。", "央视 新闻频道 报道") == ()


@pytest.mark.parametrize("line, names", [
    ("本报讯(彭晓东 某某传媒集团记者沈雪梅)5月3日，某县召开会议。", ("彭晓东", "沈雪梅")),
    ("本报讯(彭晓东 某某市融媒体中心记者 沈雪梅)5月3日，某县召开会议。", ("彭晓东", "沈雪梅")),
    ("本報訊(彭曉東 某某傳媒集團記者沈雪梅)5月3日，某縣召開會議。", ("彭曉東", "沈雪梅")),
])
def test_bare_name_beside_an_outlets_reporter(line: str, names: tuple[str, ...]) -> None:
    assert reporters(line) == names


def test_bracket_with_an_outlet_and_no_name_names_nobody() -> None:
    assert reporters("本报讯(某某传媒集团记者站)5月3日，某县召开会议。") == ()


def test_two_roles_run_together_in_the_dateline_keep_their_order() -> None:
    assert reporters("本报讯(记者沈雪梅通讯员彭晓东)5月3日，某县召开会议。") == ("沈雪梅", "彭晓东")


@pytest.mark.parametrize("line, names", [
    ("记者:韩立新/沈雪梅|见习记者:彭晓东", ("韩立新", "沈雪梅", "彭晓东")),
    ("記者:韓立新/沈雪梅｜見習記者:彭曉東", ("韓立新", "沈雪梅", "彭曉東")),
])
def test_names_parted_by_slashes_and_bars(line: str, names: tuple[str, ...]) -> None:
    assert reporters("某县召开安全生产会议。", line) == names


def test_the_writer_in_a_page_stamp() -> None:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=("某县召开安全生产会议。",),
              page_lines=("来源:某县融媒体中心 作者:韩立新 编辑:沈雪梅", "发布时间:2024-03-05 作者: 浏览:"))
    assert extract_reporters(d) == ("韩立新",)
    unit = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=("某县召开安全生产会议。",),
                 page_lines=("来源:某某网 作者:某某网 发布时间:2024-03-05",))
    assert extract_reporters(unit) == ()


@pytest.mark.parametrize("line, names", [
    ("会议对下步工作作了部署。(作者 / 韩立新 摄影 / 沈雪梅)", ("韩立新", "沈雪梅")),
    ("會議對下步工作作了部署。(作者 / 韓立新 攝影 / 沈雪梅)", ("韓立新", "沈雪梅")),
    ("会议对下步工作作了部署。(作者/韩立新 摄影/沈雪梅)", ("韩立新", "沈雪梅")),
])
def test_slash_after_the_role_word_reads_as_its_colon(line: str, names: tuple[str, ...]) -> None:
    assert reporters("某县召开安全生产会议。", line) == names


def test_reporter_listed_among_the_story_people_is_no_byline() -> None:
    assert reporters("5月8日,某报记者站站长韩立新带着某传媒公司副总经理彭晓东、某报社记者沈雪梅、"
                     "某电视台记者孙晓明来到某镇采访。") == ()


@pytest.mark.parametrize("line, names", [
    ("本报讯(记者韩立新、通讯员沈雪梅)5月3日，某县召开会议。", ("韩立新", "沈雪梅")),
    ("本报讯(记者:韩立新、通讯员:沈雪梅)5月3日，某县召开会议。", ("韩立新", "沈雪梅")),
    ("撰稿、摄影:沈雪梅", ("沈雪梅",)),
])
def test_byline_items_parted_by_a_list_mark_stay(line: str, names: tuple[str, ...]) -> None:
    assert reporters(line) == names


def test_a_photographers_slash_credit_names_a_reporter() -> None:
    # 某某/摄 at a paragraph's end or in brackets: the staff's photographer, as 某某 摄 is
    assert reporters("某区召开安全生产会议。", "督促干部筑牢思想防线。韩立新/摄") == ("韩立新",)
    assert reporters("5月3日,某部长来我市调研并召开座谈会。(韩立新/摄)") == ("韩立新",)
