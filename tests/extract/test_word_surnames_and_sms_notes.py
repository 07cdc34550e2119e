"""Surnames that are also ordinary words after a title; a number kept for text messages by its note."""
from __future__ import annotations

from newsarchive.extract.contacts import find_contacts
from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _names(*paragraphs: str) -> list[str]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return [o.name for o in extract_officials(d)]


def test_利_and_过_are_surnames_right_after_a_title_and_closed_by_punctuation():
    names = _names("县委副书记、县长利晓东、副县长甲某某等陪同。", "全国政协委员过明远、乙某某参加视察。")
    assert "利晓东" in names and "过明远" in names


def test_利_and_过_as_words_after_a_title_are_no_names():
    names = _names("县长利用周末走访群众。", "副县长过问项目进度。")
    assert not [n for n in names if n[0] in "利过"]


def test_a_mobile_noted_as_for_reporting_texts_is_an_sms_number():
    kinds = {c.value: c.kind for c in find_contacts("手机:13900000001(用于接收举报短信);电话:0000-1234567")}
    assert kinds["13900000001"] == "mobile"
    kinds = {c.value: c.kind for c in find_contacts("举报电话:13900000002(可接收短信)")}
    assert kinds["13900000002"] == "phone"


def test_a_holder_given_a_post_by_任_after_a_full_stop():
    names = _names("被免职的3人仍担任其他职务。韩立新任某某联社理事长,程海波任某某局局长。")
    assert {"韩立新", "程海波"} <= set(names)


def test_a_holder_after_其中():
    assert "邱雨晨" in _names("目前有助理2人,其中邱雨晨兼任某某局局长。")


def test_a_province_before_its_post_in_a_removal_is_no_name():
    names = _names("会议决定免去吉林省政府副秘书长职务。")
    assert "吉林" not in names


def test_a_preposition_after_a_post_is_no_given_name():
    assert not _names("各级政府副秘书长应根据工作需要明确职数。")


def test_a_rare_surname_right_after_a_title_is_a_name():
    names = _names("区委副书记、区长杲明远,区人大常委会主任甲某某等出席活动。")
    assert "杲明远" in names


def test_members_gathering_is_no_name():
    names = _names("各乡镇推选的政协委员齐聚县城共商发展,县委书记甲某某出席会议。")
    assert not [n for n in names if n.startswith("齐")]


def test_a_cooperatives_head_is_no_official():
    names = _names("养殖合作社负责人张丽华将困难告诉了镇上,镇党委书记王建国当即协调。")
    assert "张丽华" not in names and "王建国" in names


def test_a_planned_act_after_the_name_ends_it():
    assert _names("廈門市長劉國華擬搭高鐵前往高雄。") == ["劉國華"]
    assert _names("副县长王建拟出席签约仪式。") == ["王建"]
    assert _names("县长王建国拟定了工作方案。") == ["王建国"]
