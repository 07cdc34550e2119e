"""Appointments: a second post given with no name (任命甲为副市长,并决定为代理市长) is the
same person's; a person elected only to a deputy's seat is no office-holder.  Names and
sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=tuple(paragraphs))
    return [(o.name, o.titles) for o in extract_officials(draft)]


def test_a_second_post_given_with_no_name() -> None:
    assert officials("会议决定任命甘一鸣为市人民政府副市长,并决定为代理市长。") == [
        ("甘一鸣", ("市人民政府副市长", "代理市长"))]
    # a later sentence's 决定为 with no appointment before it gives nobody a post
    assert officials("会议决定任命甘一鸣为市人民政府副市长。会议决定为本市文明单位。") == [
        ("甘一鸣", ("市人民政府副市长",))]


def test_people_elected_only_as_deputies_are_no_officials() -> None:
    assert officials("会议补选孙立军、甘一鸣、周海洋3名同志为某省第十五届人大代表,并按程序报告。") == []
    assert officials("会议任命孙立军、甘一鸣、周海洋3名同志为县人民法院审判员。")[0] == ("孙立军", ("县人民法院审判员",))
    assert officials("会议补选柯二、甘一鸣、雷三3名同志为某省第十五届人大代表。") == []
    assert officials("会议决定任命甘一鸣为市人民政府副市长。会议补选甘一鸣为省人民代表大会代表。") == [
        ("甘一鸣", ("市人民政府副市长",))]


def test_a_decision_named_for_the_appointment_it_makes() -> None:
    assert officials("会议表决通过了关于柯立新为市人民检察院代理检察长的决定。") == [
        ("柯立新", ("市人民检察院代理检察长",))]
    # 关于 alone, the clause not a decision's name, appoints nobody
    assert officials("会议听取了关于柯立新为市人民检察院代理检察长的请示。") == []
