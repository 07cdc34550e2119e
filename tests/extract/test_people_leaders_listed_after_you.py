"""Names listed after 领导 with 有 or 是 and a comma or colon before them (参加座谈会的州领导有,
甲、乙、丙).  Names and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _names(text: str) -> list[str]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,))
    return [o.name for o in extract_officials(draft)]


def test_leaders_listed_after_you_and_a_comma() -> None:
    assert _names("陪同调研、参加座谈会的州上领导有,柯立新、甘小雨、雷振华。") == ["柯立新", "甘小雨", "雷振华"]
    assert _names("出席会议的县领导有:柯立新、甘小雨。") == ["柯立新", "甘小雨"]


def test_leadership_as_a_verb_or_a_subject_lists_no_one() -> None:
    assert _names("要强化领导有关部门的工作。") == []
    assert _names("各级领导是关键,要发挥带头作用。") == []


def test_names_watching_a_meeting_at_a_branch_venue() -> None:
    assert _names("区委书记宋立磊,区委副书记、区长韩耀辉,柯立新、甘小雨在某区分会场收看了会议实况。") == [
        "宋立磊", "韩耀辉", "柯立新", "甘小雨"]
    assert _names("柯立新、甘小雨在主会场出席会议。") == ["柯立新", "甘小雨"]
    # somewhere that is no venue of the meeting lists nobody by it
    assert _names("柯立新、甘小雨在北京参加培训。") == []


def test_the_last_leader_listed_with_a_rare_surname_before_the_closing_verb() -> None:
    assert _names("县领导柯立新、甘小雨、雷振华、京海东等分别陪同。") == ["柯立新", "甘小雨", "雷振华", "京海东"]
    # a word closing the list is no name
    assert _names("县领导柯立新、甘小雨、工作人员等分别陪同。") == ["柯立新", "甘小雨"]
