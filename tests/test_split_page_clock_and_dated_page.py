"""A reposting site's clock above its breadcrumb, and an e-paper page line that gives the
issue's month and day without the year."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import EPAPER, STAMP, line_kind


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_date_alone_above_the_breadcrumb_is_the_sites_clock_when_a_stamp_follows() -> None:
    d = _split("2035-06-01 08:15:09\n首页 要闻 社会 财经 体育\n当前位置:首页 > 社会\n\n"
               "某村支书违规当选被通报\n文章来源:某某网站    发布时间:2031-03-04 10:04\n\n"
               "日前,某县纪委监委通报了一起典型问题,引发关注。\n")[0]
    assert "2035-06-01 08:15:09" not in d.page_lines
    assert extract_date(d) == PartialDate(2031, 3, 4)


def test_a_date_alone_above_the_breadcrumb_still_dates_a_page_with_no_other_stamp() -> None:
    d = _split("2031-03-04 10:04\n当前位置:首页 > 社会\n\n某村支书违规当选被通报\n\n"
               "日前,某县纪委监委通报了一起典型问题,引发关注。\n")[0]
    assert extract_date(d) == PartialDate(2031, 3, 4)


def test_a_papers_page_line_with_month_and_day_is_the_issues_stamp() -> None:
    assert line_kind("某某日报4月13日第2版") == STAMP
    assert line_kind("某某晚报 2031年4月13日 A05版") == STAMP
    assert line_kind("第2版(要闻)") == EPAPER
    d = _split("某某日报4月13日第2版\n本报讯(记者 甲某某)某镇开通的网上“议事厅”,自2月6日开通以来引起了关注。\n"
               "镇里把中心工作公布在网上,接受群众评议。\n")[0]
    assert d.title is None
    assert extract_date(d) == PartialDate(None, 4, 13)
