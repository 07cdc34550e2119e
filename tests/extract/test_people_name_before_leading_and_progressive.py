"""A two-character given name before 带领 or 正在 is not read with the verb's first character
(某某带|领, 某某正|在); a three-character name before a particle keeps its length.
Sentences are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials

from . import draft


def _names(text: str) -> list[str]:
    return [o.name for o in extract_officials(draft(text))]


@pytest.mark.parametrize("text, name", [
    ("市政府秘书长高岩带领市政府办公室全体党员到社区开展志愿服务。", "高岩"),
    ("该镇党委书记孟涛正在为全体镇村干部讲授党课。", "孟涛"),
    ("副县长石磊正在防汛一线指挥调度。", "石磊"),
])
def test_the_verb_keeps_its_first_character(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_three_character_name_before_a_particle_stays_whole() -> None:
    assert _names("县长郑守正在会上作工作报告。") == ["郑守正"]


def test_a_name_before_reporting_to_a_visitor() -> None:
    assert _names("市委书记、市人大常委会主任石磊汇报有关情况。") == ["石磊"]


def test_a_name_before_yu_and_a_date() -> None:
    assert _names("某市政协秘书长石磊于4月17日带队到某区调研。") == ["石磊"]
    assert _names("县长孟涛于2031年5月调任某市。") == ["孟涛"]


def test_a_name_before_giving_remarks() -> None:
    assert _names("最后,镇党委副书记、镇长石磊讲意见:一是要尽快转变角色。") == ["石磊"]


def test_a_name_before_yin_in_a_disciplinary_notice() -> None:
    assert _names("某公园管理处主任石磊因违规接受宴请被给予党内警告处分。") == ["石磊"]
