"""A lead opening with its byline, a lead whose month and day the page ran together, a
summary lead over the dated report, an aside's range beside report channels, a headline
opening with its event's date, a dateline whose outlets a slash parts.  Sentences made up."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate

from . import draft


def test_a_byline_opening_the_lead_leaves_its_date_the_events() -> None:
    d = draft("某某日报记者 甲某某 通讯员 乙某某 3月14日,市委书记丙某某到某县督导春季造林工作。",
              "丙某某一行察看了两处造林点。")
    assert extract_date(d) == PartialDate(None, 3, 14)


def test_a_lead_with_month_and_day_run_together_is_read_against_the_stamp() -> None:
    d = replace(draft("1128日上午,区长甲某某主持召开区政府常务会议。乙某某、丙某某列席。"),
                page_lines=("发布时间: 2031-11-29 09:12 来源: 某区信息中心",))
    assert extract_date(d) == PartialDate(2031, 11, 28)
    # no split of the digits falls within a month before the stamp: the stamp dates it
    d = replace(d, page_lines=("发布时间: 2031-03-30 09:12",))
    assert extract_date(d) == PartialDate(2031, 3, 30)


def test_a_summary_lead_takes_the_date_of_the_report_that_restates_it() -> None:
    d = replace(draft("某镇组织党员志愿者走进茶园,帮助茶农抢收春茶,解决用工难题。",
                      "某村是全镇茶叶主产区,眼下正是春茶采摘的关键期,村里青壮年大多外出务工。4月8日,镇党委书记"
                      "甲某某带领机关党员来到某村,帮助茶农抢收春茶。"),
                page_lines=("发布时间:2031-06-20 10:05:11",))
    assert extract_date(d) == PartialDate(2031, 4, 8)
    # a later date of another step, not restating the lead: the stamp dates the report
    d = replace(d, paragraphs=(d.paragraphs[0], "某村是全镇茶叶主产区,眼下正是春茶采摘的关键期,村里青壮年大多外出务工。"
                                                "4月8日,村里召开了茶叶产销对接会。"))
    assert extract_date(d) == PartialDate(2031, 6, 20)


def test_a_range_in_an_aside_beside_report_channels_is_not_the_stay() -> None:
    d = draft("近日,县委第二轮巡察3个巡察组进驻被巡察单位。",
              "本轮巡察为期两个月左右(另有某行业专项检查一并进行,安排在2031年3月10日至4月10日,共一个月)。"
              "巡察期间设立举报电话和意见箱。")
    assert extract_date(d) is None
    d = draft("近日,县委第二轮巡察3个巡察组进驻被巡察单位。",
              "巡察组将在某县工作一个月(2031年3月10日—4月10日),其间开通举报电话。")
    assert extract_date(d) == PartialDate(2031, 3, 10)


def test_a_headline_opening_with_a_full_date_dates_an_undated_text() -> None:
    d = draft("为响应县委号召,某镇组织干部群众开展植树活动。", title="2031年3月28日某镇开展植树活动")
    assert extract_date(d) == PartialDate(2031, 3, 28)


def test_a_dateline_whose_outlets_a_slash_parts_is_the_lead_under_other_paragraphs() -> None:
    d = replace(draft("副省长乙某某到某市检查安全生产时指出,要把隐患排查做细做实。",
                      "他要求,各地要压紧压实责任,坚决遏制重特大事故发生。",
                      "某某网/某某客户端讯(某某日报记者甲某某)9月3日至4日,副省长乙某某在某市检查安全生产工作。"),
                page_lines=("2031-09-05 20:10:00 来源:某某日报",))
    assert extract_date(d) == PartialDate(2031, 9, 3)
