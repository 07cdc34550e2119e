"""A lead whose date stands below photo captions or a feature's opening paragraphs."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate

from . import draft


def test_photo_captions_between_the_lead_and_its_dated_paragraph_are_passed_over():
    d = draft("某某网讯 老街巷承载着一座城的记忆,如何留住它们是各地都在回答的问题。",
              "老街一角", "座谈现场",
              "为摸清老街巷底数,5月3日,某县住建局组织人员逐条街道登记。")
    assert extract_date(d) == PartialDate(None, 5, 3)


def test_a_feature_opening_with_scenery_dates_its_event_further_down():
    d = draft("初秋九月,山川层林尽染。稻田一片金黄。",
              "回望来路,我们不忘初心、接续奋斗。",
              "三年光阴倏忽而过,新的画卷正在展开。",
              "秋收开镰前,9月12日,县里召开乡村振兴推进会,部署秋季工作。")
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
    d = draft("某某网讯 某某督查组日前到某省开展督查。",
              "督查组在某省工作一个月(2031年5月6日—6月5日),其间开通举报电话:0000-1234567。")
    assert extract_date(d) == PartialDate(2031, 5, 6)


def test_a_range_without_report_channels_does_not_date_a_vague_report():
    d = draft("某某网讯 某某督查组日前到某省开展督查。",
              "督查组在某省工作一个月(2031年5月6日—6月5日),其间召开座谈会听取意见。")
    assert extract_date(d) is None


def test_a_past_event_a_feature_recalls_does_not_date_it():
    d = draft("初秋九月,山川层林尽染。稻田一片金黄。",
              "回望来路,我们不忘初心、接续奋斗。",
              "三年光阴倏忽而过,新的画卷正在展开。",
              "回想起来,2019年5月3日,这里还是一片荒地。",
              "2022年,全县粮食产量再创新高。")
    assert extract_date(d) is None
