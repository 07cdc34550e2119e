"""Inspection groups named together, named under a round, or named by their kind alone.

Every sentence here is made up (towns, units and numbers invented).
"""
from __future__ import annotations

from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Inspection

from . import draft


def one(*paragraphs: str, title: str | None = None) -> Inspection:
    found = extract_inspections(draft(*paragraphs, title=title))
    assert len(found) == 1
    return found[0]


def test_groups_named_together_meet_at_their_towns_in_turn() -> None:
    got = one("6月3日,市委第五、六巡察组分别在柳湾镇、青禾街道召开巡察工作动员会。",
              "市委第五巡察组值班电话:0512-57210001,受理时间为工作日8:30~16:30;电子邮箱:lwxcz5@126.com。")
    assert [(g.name, g.targets) for g in got.groups] == [("市委第五巡察组", ("柳湾镇",)),
                                                         ("市委第六巡察组", ("青禾街道",))]
    assert got.groups[0].phones == ("0512-57210001",)
    assert got.groups[1].phones == ()
    assert got.hours == "工作日8:30~16:30"     # the only group with channels states them


def test_a_meeting_room_is_no_unit_inspected() -> None:
    got = one("市委第五、六巡察组分别在三楼会议室、五楼会议室召开动员会。",
              "市委第五巡察组值班电话:0512-57210001。")
    assert [(g.name, g.targets) for g in got.groups] == [("市委第五巡察组", ())]


def test_a_group_named_right_after_its_round_without_the_rounds_kind() -> None:
    got = one("4月2日,十二届县委第三轮第二巡察组进驻柳湾镇党委动员会召开。",
              "巡察期间,设置举报电话:0563-3970001,电子邮箱:lwxcz2@126.com。")
    assert got.round == "十二届县委第三轮巡察"
    assert [g.name for g in got.groups] == ["十二届县委第三轮第二巡察组"]
    assert got.groups[0].phones == ("0563-3970001",)
    # the round written with its kind still reads as before
    assert one("十二届县委第三轮巡察第二巡察组巡察柳湾镇党委,值班电话:0563-3970001。").groups[0].name \
        == "十二届县委第三轮巡察第二巡察组"


def test_the_units_under_the_target_named_by_count_only_are_no_target() -> None:
    got = one("县委第二巡察组巡察柳湾镇党委及所辖12个村党组织,为期两个月。值班电话:0563-3970001。")
    assert got.groups[0].targets == ("柳湾镇党委",)


def test_a_box_addressed_to_a_group_by_another_name_is_the_named_groups() -> None:
    got = one("县委专项巡察组于11月入驻,对县人民医院、县妇幼保健院开展专项巡察。",
              "巡察期间设专门值班电话:18861210001(可接收短信);专门邮政信箱:柳湾邮政18号专用信箱第二巡察组收;"
              "电子邮箱:lwzx02@163.com。"
              "县委专项巡察组重点受理有关问题的反映。")
    assert [g.name for g in got.groups] == ["县委专项巡察组"]
    group = got.groups[0]
    assert (group.phones, group.emails, group.postal_boxes) == (
        ("18861210001",), ("lwzx02@163.com",), ("柳湾邮政18号专用信箱第二巡察组收",))
    assert got.hotlines == ()
