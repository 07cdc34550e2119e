"""A paragraph of its own that is one name and the verb of attending (某某参加。).

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_officials

from . import draft


def names(*paragraphs: str) -> list[str]:
    return [o.name for o in extract_officials(draft(*paragraphs), ())]


def test_a_name_alone_before_the_verb_of_attending_closes_the_report():
    assert names("市委书记王卫国强调要抓好队伍建设。", "李海平参加。") == ["王卫国", "李海平"]


def test_a_listed_surname_whose_first_two_characters_make_a_word():
    assert names("市委书记王卫国强调要抓好队伍建设。", "南海平参加。") == ["王卫国", "南海平"]


def test_units_and_groups_before_the_verb_are_no_names():
    assert names("市委书记王卫国强调要抓好队伍建设。", "各单位参加。") == ["王卫国"]
    assert names("市委书记王卫国强调要抓好队伍建设。", "全体干部参加。") == ["王卫国"]
