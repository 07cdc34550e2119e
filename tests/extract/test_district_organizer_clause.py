"""A clause naming who organized the event (由某省委宣传部主办) is not the lead's subject:
the unit the sentence then reports is.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs, page_lines=())


def test_the_organizer_of_a_provincial_show_is_not_the_county_it_features() -> None:
    d = _draft("5月14日上午,由浙江省委宣传部主办,省博物馆承办的成就展“市县活动日”在省博物馆启动。"
               "作为首场活动,象山县举办了专场推介会及图片展。")
    assert extract_district(d) == "象山县"


def test_a_body_that_holds_the_event_itself_is_still_the_subject() -> None:
    d = _draft("5月14日上午,宁波市委宣传部举办成就展开幕式。", "象山县等地代表参加活动。")
    assert extract_district(d) == "宁波市"


def test_after_the_instruction_it_follows_a_city_disciplining_an_official_of_its_county_is_that_countys_news() -> None:
    # 根据省委…线索 names who sent the case, not who acts; 某市查处了某县… is the county's news
    d = _draft("日前,根据省委第二巡视组移交的问题线索,抚州市严肃查处了南丰县某镇某村党支部书记违规操办婚宴问题。",
               "经查,南丰县有关部门给予其党内警告处分。全省各级党组织要引以为戒。")
    assert extract_district(d) == "南丰县"


def test_a_count_of_a_provinces_groups_after_the_instruction_keeps_the_province() -> None:
    d = _draft("某某网成都9月3日消息(记者甲某)据四川省委巡视办消息,近日,按照省委第六轮巡视工作部署,12个省委巡视组完成对"
               "8个省直部门和16个区(市、县)的进驻。", "巡视组原则上将在各单位工作30天。")
    assert extract_district(d) == "四川省"
