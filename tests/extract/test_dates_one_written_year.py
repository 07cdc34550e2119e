"""A date without a year takes the one year the text writes anywhere, when it writes no other,
before November; a stamp's year and a second year win.  Sentences are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _date(*paragraphs: str, stamp: str | None = None) -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                              page_lines=(stamp,) if stamp else ()))


@pytest.mark.parametrize("later", [
    "会议要求,要以积极向上的状态开展2031年工作。",
    "巡察组受理来信来电的时间截至2031年12月15日。",
    "2031年度某某联络组组长联席会议在某镇召开。",
])
def test_the_one_year_the_text_writes(later: str) -> None:
    assert _date("2月22日,某镇召开镇村干部大会。", later) == PartialDate(2031, 2, 22)


def test_two_years_or_a_stamp_give_no_year_of_their_own() -> None:
    assert _date("2月22日,某镇召开大会。", "会议回顾了2030年工作,部署了2031年工作。") == PartialDate(None, 2, 22)
    assert _date("2月22日,某镇召开大会。", "会议部署了2031年工作。", stamp="发布时间:2030-02-23") \
        == PartialDate(2030, 2, 22)


@pytest.mark.parametrize("later", ["2030年以来,某镇以党建为引领。", "到2030年底,某镇建成五个服务站。",
                                   "会议回顾了2030年工作。", "会议总结了2030年度工作。",
                                   "会议通报了2030年查处的案件。", "全镇产量较2030年增长一成。",
                                   "某镇力争到2035年建成示范镇。"])
def test_a_year_reckoned_from_or_reviewed_is_not_the_reports(later: str) -> None:
    assert _date("5月21日,某镇召开大会。", later) == PartialDate(None, 5, 21)


def test_a_year_end_meeting_may_deploy_the_next_year() -> None:
    assert _date("12月20日,某县召开会议。", "会议安排部署了2032年重点工作。") == PartialDate(None, 12, 20)


def test_a_day_alone_takes_no_year() -> None:
    assert _date("22日,某镇召开大会。", "会议部署了2031年工作。") == PartialDate(None, None, 22)

