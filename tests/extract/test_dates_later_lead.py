"""A lead whose date stands below photo captions or a feature's opening paragraphs."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate

from . import draft


def test_photo_captions_between_the_lead_and_its_dated_paragraph_are_passed_over():
    d = draft("某某网讯 古村落是不可再生的文化资源,保护古村落是各地的共同课题。",
              "专家们在现场讨论", "走访村里老人",
              "为摸清古村落家底,5月3日,某县文旅局组织专家赴三个村开展调研。")
    assert extract_date(d) == PartialDate(None, 5, 3)


def test_a_feature_opening_with_scenery_dates_its_event_further_down():
    d = draft("初秋九月,山川层林尽染。这个收获的季节,对这座小城意义非凡。",
              "回望来路,我们不忘初心、接续奋斗。",
              "三年光阴倏忽而过,新的画卷正在展开。",
              "全会闭幕后,9月12日,县委召开的第一个全县性会议便是乡村振兴推进会。")
    assert extract_date(d) == PartialDate(None, 9, 12)


def test_a_vague_later_paragraph_ends_the_search():
    d = draft("初秋九月,山川层林尽染。", "回望来路,我们不忘初心。",
              "近日,县委召开乡村振兴推进会。", "9月12日,另一场会议召开。")
    assert extract_date(d) is None


def test_a_lead_that_says_the_time_vaguely_is_not_dated_by_a_later_paragraph():
    d = draft("近日,县委召开乡村振兴推进会。", "会议强调要抓好落实。",
              "与会人员还察看了示范村。", "9月12日,另一场会议召开。")
    assert extract_date(d) is None


def test_an_inspections_stay_with_report_channels_dates_a_vague_report():
    d = draft("某某网讯 某某督导组近日进驻某省开展督导工作。",
              "督导进驻期间(2031年5月6日—6月5日)设立专门举报电话:0000-1234567。")
    assert extract_date(d) == PartialDate(2031, 5, 6)


def test_a_range_without_report_channels_does_not_date_a_vague_report():
    d = draft("某某网讯 某某督导组近日进驻某省开展督导工作。",
              "督导进驻期间(2031年5月6日—6月5日)将召开座谈会听取意见。")
    assert extract_date(d) is None
