"""进驻某地后, …: the time of the stay is no part of the unit's name."""
from __future__ import annotations

from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Draft


def _targets(text: str) -> tuple[str, ...]:
    [found] = extract_inspections(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,)))
    return found.groups[0].targets


def test_a_stay_after_arriving_ends_the_unit():
    assert _targets("中央第五督导组进驻某省后,第一时间向社会公布举报电话:0000-1234567。") == ("某省",)


def test_a_unit_named_with_后_stays_whole():
    assert _targets("市委第二巡察组进驻市后勤服务中心,开展常规巡察。举报电话:0000-1234567。") == ("市后勤服务中心",)


def test_a_province_by_its_short_name_is_the_unit():
    assert _targets("中央第三督导组进驻河南后,公布举报电话:0000-1234567。") == ("河南",)


def test_a_word_that_is_no_place_stays_out():
    assert _targets("中央第三督导组进驻甲乙后,公布举报电话:0000-1234567。") == ()
