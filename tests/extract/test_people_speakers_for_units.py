"""Names speaking one after another for units (甲代表某单位、乙代表某单位作表态发言).

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_officials

from . import draft


def names(*paragraphs: str) -> list[str]:
    return [o.name for o in extract_officials(draft(*paragraphs), ())]


def test_the_second_speaker_for_a_unit_after_a_known_name_is_read():
    assert names("会议由区总工会党组书记、副主席李海州主持。",
                 "李海州代表区总工会、高扬代表团区委作了表态发言。") == ["李海州", "高扬"]


def test_no_known_name_before_leaves_the_list_alone():
    assert names("区总工会代表区直机关、高扬代表团区委作了表态发言。") == []
