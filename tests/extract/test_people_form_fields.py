"""A meeting form's field of those present (列席情况: then the names): each name is
a person present, with no title.  Names and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=tuple(paragraphs))
    return [(o.name, o.titles) for o in extract_officials(draft)]


def test_names_on_the_line_under_an_attendance_label() -> None:
    found = officials("会议主持人:", "区委副书记、区长柯明远", "列席情况:", "甘小雨、柯明、雷振华、孙一凡",
                      "会议议题:", "关于农业生产的汇报")
    assert found == [("柯明远", ("区委副书记", "区长")), ("甘小雨", ()), ("柯明", ()), ("雷振华", ()), ("孙一凡", ())]


def test_names_after_the_colon_of_an_attendance_label() -> None:
    assert officials("列席人员:甘小雨、柯明、雷振华") == [("甘小雨", ()), ("柯明", ()), ("雷振华", ())]


def test_a_field_that_does_not_name_people_only_names_none() -> None:
    assert officials("出席:", "全体班子成员") == []
    assert officials("列席情况:", "甘小雨、区发改局、雷振华") == []
    assert officials("列席:", "甘小雨、柯明等区有关部门负责同志参加会议的情况和汇报") == []


def test_names_opening_the_field_before_a_comma_and_the_units_present() -> None:
    assert officials("列席情况:甘小雨同志,县发改局、县统计局负责同志,县政府办公室有关人员。") == [("甘小雨", ())]
    assert officials("出席:甘小雨、柯明,各乡镇分管负责同志。") == [("甘小雨", ()), ("柯明", ())]
    assert officials("列席情况:县发改局、县统计局负责同志,县政府办公室有关人员。") == []


def test_a_bare_list_closed_over_a_comma_by_the_units_present_and_their_verb() -> None:
    found = officials("副主任柯明远出席。甘小雨、雷振华,县公安局、县民政局负责人列席会议。")
    assert found == [("柯明远", ("副主任",)), ("甘小雨", ()), ("雷振华", ())]
    assert officials("甘小雨、雷振华,两位同学参加了比赛。") == []      # no units' people present
