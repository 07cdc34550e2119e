"""Resignations with the person as the subject, and removals going on after a semicolon.
Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _officials(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return [(o.name, o.titles) for o in extract_officials(draft)]


def test_a_person_resigning_from_posts_holds_them() -> None:
    found = _officials("因年龄原因,甘小雨提出辞去省人大常委会委员、法制委员会主任委员职务。")
    assert found == [("甘小雨", ("省人大常委会委员", "法制委员会主任委员"))]


def test_each_of_a_list_resigning_holds_the_post() -> None:
    found = _officials("柯立新、陈志明分别提出辞去省人大常委会委员职务。")
    assert found == [("柯立新", ("省人大常委会委员",)), ("陈志明", ("省人大常委会委员",))]


def test_a_clause_that_is_no_resignation_gives_no_title() -> None:
    assert _officials("甘小雨说,他不会辞去这份工作。") == [("甘小雨", ())]


def test_removals_go_on_after_a_semicolon() -> None:
    found = _officials("分别免去甘小雨的省人大常委会财经工作委员会副主任职务;柯明远的省人大常委会法制工作委员会主任职务。")
    assert found == [("甘小雨", ("省人大常委会财经工作委员会副主任",)), ("柯明远", ("省人大常委会法制工作委员会主任",))]


def test_posts_that_end_with_a_seat_given_up_were_held() -> None:
    found = _officials("甘小雨已辞去区人大代表。甘小雨的柳湾区第十届人民代表大会城乡建设与环境保护委员会副主任委员职务自行终止。")
    assert found == [("甘小雨", ("柳湾区第十届人民代表大会城乡建设与环境保护委员会副主任委员",))]
    assert _officials("柯明远说,他的合同自行终止。") == [("柯明远", ())]


def test_a_resignation_a_meeting_heard_is_the_persons() -> None:
    found = _officials("会议听取和审议了柯立新同志辞去某镇人民政府副镇长职务的报告,依法选举陈志明同志为某镇人民政府副镇长。")
    assert found == [("柯立新", ("某镇人民政府副镇长",)), ("陈志明", ("某镇人民政府副镇长",))]
