"""A page that dropped a group's number and a target's character, and a target named
before a review round's quoted name (``“回头看”``).

Every sentence here is made up (units, names and numbers invented).
"""
from __future__ import annotations

from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Group

from . import draft


def test_a_group_whose_number_the_page_dropped_takes_the_full_spelling_given_elsewhere():
    found = extract_inspections(draft(
        "根据县委统一部署,县委第巡察组将对县联开展常规巡察。",
        "会上,县委第四巡察组组长吴某某作动员讲话。",
        "县委第巡察组设专门联系电话:13900001111;电子邮箱:xcz4@example.com。巡察组主要受理县侨联领导班子问题的来信。"))
    assert found[0].groups == (Group(name="县委第四巡察组", targets=("县侨联",), phones=("13900001111",),
                                     emails=("xcz4@example.com",)),)


def test_a_group_without_its_number_and_no_full_spelling_stays_as_written():
    found = extract_inspections(draft("市委第巡察组进驻镇党委。联系电话:13900002222。"))
    assert [g.name for g in found[0].groups] == ["市委第巡察组"]


def test_the_target_ends_before_a_review_rounds_quoted_name():
    found = extract_inspections(draft(
        "县委第五巡察组巡察县科协党组“回头看”工作动员会召开。",
        "巡察期间设联系电话:0910-1234567。"))
    assert found[0].groups[0].targets == ("县科协党组",)
