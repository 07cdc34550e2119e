"""Announcement forms: tables flattened row by row, text-message-only numbers, boxes with
their addressee, and pages that lost digits.

Every sentence here is made up (places of Gansu, Yunnan, Tibet and Guangxi; units and
numbers invented).
"""
from __future__ import annotations

import pytest

from newsarchive.extract.contacts import find_contacts
from newsarchive.extract.inspections import extract_inspections
from newsarchive.records import Group, Inspection

from . import draft


def one(*paragraphs: str) -> Inspection:
    found = extract_inspections(draft(*paragraphs))
    assert len(found) == 1
    return found[0]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in find_contacts(text)]


def test_table_flattened_row_by_row_gives_one_group_a_row():
    ins = one("县委巡察组于5月6日起对县司法局、县委政法委开展常规巡察。",
              "组别", "被巡察单位", "进驻地点", "值班电话", "短信号码", "电子邮箱",
              "县委第一巡察组", "县司法局", "县司法局三楼", "小会议室", "0936-5221001", "13993600001",
              "县委第二巡察组", "县委政法委", "县委大院二楼", "0936-5221002", "13993600002", "zyxcz2@163.com",
              "巡察组受理来信来电的时间为工作日8:00-12:00。")
    assert ins.groups == (
        Group(name="县委第一巡察组", targets=("县司法局",), phones=("0936-5221001",), sms=("13993600001",)),
        Group(name="县委第二巡察组", targets=("县委政法委",), phones=("0936-5221002",), sms=("13993600002",),
              emails=("zyxcz2@163.com",)))


def test_a_row_by_row_table_leaves_label_value_tables_alone():
    ins = one("市委巡察一组", "被巡察单位", "保山市林业局", "专门值班电话", "19912345001",
              "市委巡察二组", "被巡察单位", "保山市水务局", "专门值班电话", "19912345002")
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("市委巡察一组", ("保山市林业局",), ("19912345001",)),
        ("市委巡察二组", ("保山市水务局",), ("19912345002",))]


@pytest.mark.parametrize("text, want", [
    ("举报电话:13908911234(仅接收短信)", [("mobile", "13908911234")]),
    ("联系电话:0891-6812345,13908911234(只收短信)", [("phone", "0891-6812345"), ("mobile", "13908911234")]),
    ("举报电话:13908911234(可接收短信)", [("phone", "13908911234")]),
])
def test_brackets_saying_messages_only(text, want):
    assert kinds(text) == want


@pytest.mark.parametrize("text, want", [
    ("通信地址:林芝市A001号信箱 区委专项巡察一组收", "林芝市A001号信箱 区委专项巡察一组收"),
    ("来信请寄:林芝邮政信箱18号 市委第二巡察组收(邮编860000)", "林芝邮政信箱18号 市委第二巡察组收"),
    ("来信请寄:林芝市B20071邮政专用信箱区委巡察三组收。", "林芝市B20071邮政专用信箱区委巡察三组收"),
    ("专用邮政信箱为林芝邮政345号信箱,邮政编码为860000。", "林芝邮政345号信箱"),
    ("来信请寄林芝市A0018号邮政信箱,邮政编码860000。", "林芝市A0018号邮政信箱"),
    ("专用邮箱:林芝市1001信箱。", "林芝市1001信箱"),
    # forwarded with 转: the group is part of the address
    ("邮政信箱为林芝市006号邮政信箱转市委第一巡察组。", "林芝市006号邮政信箱转市委第一巡察组"),
    ("邮政信箱:林芝市1960邮箱转区委巡察办公室收(邮编860000)", "林芝市1960邮箱转区委巡察办公室收"),
])
def test_boxes_keep_their_addressee_and_post_office(text, want):
    assert kinds(text) == [("postal", want)]


def test_a_box_read_to_its_addressee_starts_no_group():
    ins = one("区委第一巡察组进驻区农业农村局。巡察期间设值班电话:0775-6812345,"
              "来信请寄:钦州邮政信箱21号 区委第二巡察组收。")
    assert [g.name for g in ins.groups] == ["区委第一巡察组"]
    assert ins.groups[0].postal_boxes == ("钦州邮政信箱21号 区委第二巡察组收",)


def test_a_page_that_lost_its_digits():
    ins = one("市委第巡察组于2025年1021日进驻镇党委。巡察期间设联系电话:0775-,手机:1390,"
              "电子邮箱:qzxcz@163.com,邮政信箱:钦州市号信箱。")
    assert ins.groups == (Group(name="市委第巡察组", emails=("qzxcz@163.com",)),)


def test_groups_numbered_after_the_kind_of_group():
    ins = one("省委巡视组对北海市海城区、银海区开展专项巡视。联系方式如下:",
              "省委巡视组第一组:固定电话0779-3051231,短信举报号码13807791231(仅接收短信),"
              "邮政信箱:北海市1001号信箱",
              "省委巡视组第二组:固定电话0779-3051232,短信举报号码13807791232(仅接收短信),"
              "邮政信箱:北海市1002号信箱")
    assert ins.groups == (
        Group(name="省委巡视组第一组", phones=("0779-3051231",), sms=("13807791231",),
              postal_boxes=("北海市1001号信箱",)),
        Group(name="省委巡视组第二组", phones=("0779-3051232",), sms=("13807791232",),
              postal_boxes=("北海市1002号信箱",)))


def test_rows_numbered_before_their_group():
    ins = one("县委巡察组进驻。", "序号", "组别", "被巡察单位", "联系电话",
              "1", "县委第一巡察组", "县林业局", "0779-3051231", "2", "县委第二巡察组", "县水利局", "0779-3051232")
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("县委第一巡察组", ("县林业局",), ("0779-3051231",)), ("县委第二巡察组", ("县水利局",), ("0779-3051232",))]


def test_row_table_under_a_caption_with_a_labelled_cell():
    ins = one("县委巡察组进驻。", "县委巡察组联系方式一览表", "组别", "组长", "被巡察单位", "值班电话",
              "县委第一巡察组", "组长:韩某", "县林业局", "0779-3051231",
              "县委第二巡察组", "组长:鲁某", "县水利局", "0779-3051232",
              "巡察组受理来电的时间为工作日8:00-12:00。")
    assert [(g.name, g.targets, g.phones) for g in ins.groups] == [
        ("县委第一巡察组", ("县林业局",), ("0779-3051231",)), ("县委第二巡察组", ("县水利局",), ("0779-3051232",))]


def test_a_damaged_cell_of_a_row_table_is_dropped():
    ins = one("市委第巡察组于2025年1021日进驻。", "组别", "被巡察单位", "值班电话",
              "市委第巡察组", "某镇党委", "0775-", "2025年月日")
    assert ins.groups == (Group(name="市委第巡察组", targets=("某镇党委",)),)
