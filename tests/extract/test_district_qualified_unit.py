"""A city written only as the qualifier of one unit of it (某市某区 in the names of the
unit's documents) leaves the unit as the article's place.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_city_that_only_qualifies_one_unit_gives_way_to_the_unit() -> None:
    d = draft("3月2日上午,赵明区长主持召开区政府第3次常务会议。",
              "会议审议了《南京市玄武区重点项目计划》《南京市玄武区预算报告》。")
    assert extract_district(d) == "玄武区"


def test_a_city_also_written_on_its_own_stays_the_place() -> None:
    d = draft("3月2日上午,赵明主持召开常务会议。",
              "会议审议了《南京市玄武区重点项目计划》《南京市玄武区预算报告》,南京市各部门负责人列席。")
    assert extract_district(d) == "南京市"
