"""Dates an announcement states in a section of its own, and a subheading that is only a range."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date, heading_date
from newsarchive.records import PartialDate

from . import draft


def test_a_notices_period_under_its_own_section_heading():
    d = draft("按照区委统一安排,区委第二巡察组近期将对某某街道开展常规巡察。现将有关事项公告如下:",
              "一、巡察时间", "2031年4月6日至6月2日。",
              "二、联系方式", "值班电话:0000-1234567。")
    assert extract_date(d) == PartialDate(2031, 4, 6)


def test_a_period_that_opens_with_its_start():
    d = draft("根据县委部署,县委第三巡察组将对某某镇开展巡察。现将有关事项公告如下:",
              "2032年9月8日开始至2032年10月底,为期50天左右。")
    assert extract_date(d) == PartialDate(2032, 9, 8)


def test_a_report_is_not_dated_by_a_later_paragraphs_range():
    # no announcement: a range opening a later paragraph is background, the lead is vague
    d = draft("近日,某某小组来我镇调研。", "2031年4月6日至6月2日,该镇开展了专项整治。")
    assert extract_date(d) is None


def test_a_subheading_that_is_only_a_range_dates_a_weekly_column():
    d = draft("●区委书记甲某某出席某某洽谈会开幕式。", "●区长乙某某调研某某产业园。",
              title="要闻周报", subtitle="(7月11日—7月15日)")
    assert extract_date(d) == PartialDate(None, 7, 11)


def test_heading_date_needs_a_heading_of_dates_alone():
    assert heading_date("(3月2日—3月6日)").date == PartialDate(None, 3, 2)
    assert heading_date("2030年5月4日") is not None
    assert heading_date("5月4日某某镇举行文化节") is None
    assert heading_date(None) is None


def test_a_lead_giving_only_its_day_beats_a_full_date_of_a_later_sentence():
    from dataclasses import replace
    d = replace(draft("某某网消息:21日,某省发布人事任免文件,免去3名副秘书长职务。自今年1月12日通知下发后,该省率先开始。"),
                page_lines=("2030-04-23 09:10",))
    assert extract_date(d) == PartialDate(2030, 4, 21)


def test_a_dateline_under_summary_paragraphs_is_the_lead():
    from newsarchive.extract.dates import extract_date
    from newsarchive.records import PartialDate
    from . import draft
    d = draft("某书记约法三章:不陪同,不搞特殊化。",
              "7日下午,某书记准备离开某乡。",
              "某某网讯(记者甲某某)教育实践活动能否取得实效,关键在于深入群众。8月5日至8日,某书记来到某县调研。",
              "他强调,要深入群众。")
    assert extract_date(d) == PartialDate(None, 8, 5)
    # without a dateline further down, the first paragraph leads as before
    assert extract_date(draft("7日下午,某书记准备离开某乡。", "他强调,要深入群众。")) == PartialDate(None, None, 7)
