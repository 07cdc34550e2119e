"""A report on progress since an inspection (关于巡察整改进展情况的通报) opens with the
period it follows up: the page's stamp or the signature dates the report, not that
period.  A news report opening with such a period keeps it.  Sentences and names are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate

_OPENING = ("根据市委统一部署,2031年4月2日至6月1日,市委第三巡察组对某县林业局党组进行了巡察。"
            "2031年7月9日,巡察组向林业局党组反馈了巡察意见。现将整改进展情况予以公布。")


def _draft(title: str, *paragraphs: str, stamp: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs,
                 page_lines=(stamp,) if stamp else (), front_matter={})


@pytest.mark.parametrize("title", ["中共某县林业局党组关于巡察整改进展情况的通报",
                                   "某县林业局党组巡察整改落实情况", "关于巡察反馈意见整改情况的通报"])
def test_a_progress_report_is_dated_by_its_stamp(title):
    d = _draft(title, _OPENING, "一、提高站位,压实整改责任。", stamp="发布日期:2031-12-20   来源:某某清风网")
    assert extract_date(d) == PartialDate(2031, 12, 20)


def test_a_progress_report_is_dated_by_its_signature():
    d = _draft("关于巡察整改进展情况的通报", _OPENING, "一、提高站位,压实整改责任。",
               "中共某县林业局党组", "2031年11月30日")
    assert extract_date(d) == PartialDate(2031, 11, 30)


def test_a_news_report_opening_with_the_period_keeps_it():
    d = _draft("市委第三巡察组进驻某县林业局", _OPENING.replace("进行了", "开展"),
               stamp="发布日期:2031-04-05")
    assert extract_date(d) == PartialDate(2031, 4, 2)


def test_a_progress_report_without_stamp_or_signature_keeps_its_opening_date():
    assert extract_date(_draft("关于巡察整改进展情况的通报", _OPENING)) == PartialDate(2031, 4, 2)


def test_a_headline_opening_with_its_series_year_gives_a_yearless_lead_its_year():
    lead = "1月20日下午,出席区政协会议的委员们分组讨论了工作报告。"
    assert extract_date(_draft("2031某区两会丨凝聚智慧谋发展", lead)) == PartialDate(2031, 1, 20)
    assert extract_date(_draft("某区两会丨凝聚智慧谋发展", lead)) == PartialDate(None, 1, 20)
    assert extract_date(_draft("20310人参加长跑", lead)) == PartialDate(None, 1, 20)
