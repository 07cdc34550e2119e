"""Holders of a post a verb of office gives them (担任, 兼任, 出任).  Sentences are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(d)]


@pytest.mark.parametrize("text, want", [
    ("会议宣布,张立军担任某县县委书记。", [("张立军", ["某县县委书记"])]),
    ("经研究,李明同志担任县委副书记。", [("李明", ["县委副书记"])]),
    ("他接替调往外省的沈雪梅兼任省委政法委书记。", [("沈雪梅", ["省委政法委书记"])]),
    ("此前出任该省政府党组副书记的韩立新,将被任命为副省长。", [("韩立新", ["省政府党组副书记"])]),
    # a feature's "甲是…": the copula gives the posts as a verb of office does
    ("说起代表孟晓岚,村民们满是自豪。孟晓岚是青石村党总支书记、村委会主任,在村民眼里她是当家人。",
     [("孟晓岚", ["青石村党总支书记", "村委会主任"])]),
])
def test_holder_of_a_post_given_by_a_verb_of_office(text, want):
    assert officials(text) == want


@pytest.mark.parametrize("text", [
    "他曾担任某县县长。",                  # a pronoun holds it
    "今年以来共有多人担任村党支部书记。",
    "全体志愿者担任讲解员。",              # no post after the verb
    "他是某村党支部书记,也是致富带头人。",    # a pronoun is the copula's subject
    "最大的变化是村党支部书记换了人。",      # no name before the copula
])
def test_verb_of_office_without_a_named_holder_names_no_one(text):
    assert officials(text) == []


def test_an_earlier_post_a_career_word_joins_is_the_holders_too() -> None:
    found = dict(officials("柳阳市委书记甘小雨今年被查、市委副书记,后任柳川省市场监督管理局党组书记、局长的柯明远去年被查。"))
    assert found["柯明远"] == ["市委副书记", "柳川省市场监督管理局党组书记", "局长"]
    assert officials("会议结束,后任县长的柯明远出席了会议。") == [("柯明远", ["县长"])]     # no post before the comma


def test_a_guest_attending_and_a_river_basin_after_a_state_organ() -> None:
    """特邀列席 ends the name before it as 应邀 does; 国务院长江流域 holds no post (院长 read
    across 国务院|长江) and no name."""
    assert officials("县政协副主席韩立新、县人武部政委柯明远特邀列席会议。") == [
        ("韩立新", ["县政协副主席"]), ("柯明远", ["县人武部政委"])]
    assert officials("会议传达学习了国务院长江流域重点水域禁捕工作推进会议精神。") == []


def test_we_and_a_unit_after_a_visiting_verb_is_no_name() -> None:
    found = officials("副市长柯明远带领市环保局等部门负责人来我县调研。县委副书记、县长韩立新陪同。")
    assert [name for name, _ in found] == ["柯明远", "韩立新"]
