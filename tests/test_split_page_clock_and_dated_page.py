"""A reposting site's clock above its breadcrumb, and an e-paper page line that gives the
issue's month and day without the year."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import EPAPER, STAMP, line_kind
from tests.pages import split_page


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_date_alone_above_the_breadcrumb_is_the_sites_clock_when_a_stamp_follows() -> None:
    d = _split("2035-06-01 08:15:09\n首页 要闻 社会 财经 体育\n当前位置:首页 > 社会\n\n"
               "某镇干部违规发放补贴被处分\n文章来源:某某网站    发布时间:2031-03-04 10:04\n\n"
               "日前,某县纪委监委通报一起违规发放补贴问题,相关人员被处分。\n")[0]
    assert "2035-06-01 08:15:09" not in d.page_lines
    assert extract_date(d) == PartialDate(2031, 3, 4)


def test_a_date_alone_above_the_breadcrumb_still_dates_a_page_with_no_other_stamp() -> None:
    d = _split("2031-03-04 10:04\n当前位置:首页 > 社会\n\n某镇干部违规发放补贴被处分\n\n"
               "日前,某县纪委监委通报一起违规发放补贴问题,相关人员被处分。\n")[0]
    assert extract_date(d) == PartialDate(2031, 3, 4)


def test_a_papers_page_line_with_month_and_day_is_the_issues_stamp() -> None:
    assert line_kind("某某日报9月2日第3版") == STAMP
    assert line_kind("某某晚报 2031年9月2日 A05版") == STAMP
    assert line_kind("第2版(要闻)") == EPAPER
    d = _split("某某日报9月2日第3版\n本报讯(记者 甲某某)某镇新建的“共享菜园”自8月1日向居民开放以来,已有三百多户认领。\n"
               "镇里还请农技员定期到园里指导种植。\n")[0]
    assert d.title is None
    assert extract_date(d) == PartialDate(None, 9, 2)


def test_an_archives_path_line_to_the_page_dates_the_article() -> None:
    page = ("正文复制\n某某日报/2031 年/11 月/16 日/第 002 版要闻\n绘就乡村振兴新画卷\n本报全媒体记者 甲某\n"
            "初冬的某景区,白墙黛瓦、小桥流水,游客漫步在青石巷道。\n\n近年来,某镇持续发力,带领乡亲们共奔富路。\n")
    d = split_page(page)[0]
    assert d.page_lines == ("某某日报/2031 年/11 月/16 日/第 002 版要闻",)
    assert extract_date(d) == PartialDate(2031, 11, 16)


def test_a_bare_stamp_of_a_name_a_date_and_counters_dates_the_page() -> None:
    page = ("某某新闻\n\n6月19日上午,某街道乡村融合发展中心正式开工奠基\n\n某某新闻 2031/6/25 16:03:10 132次 0条点评\n"
            "6月19日上午,某街道乡村融合发展中心正式开工奠基。市委常委甲某出席仪式。\n")
    d = split_page(page)[0]
    assert "某某新闻 2031/6/25 16:03:10 132次 0条点评" in d.page_lines
    assert extract_date(d) == PartialDate(2031, 6, 19)


def test_a_bare_stamp_with_a_labelled_view_counter_dates_the_page() -> None:
    page = ("某区领导调研城建项目推进情况\n\n某某融媒 2031-09-09 阅读次数: 4313\n\n"
            "9月7日,区委书记甲某带队调研全区城建项目建设工作推进情况。\n")
    d = split_page(page)[0]
    assert d.title == "某区领导调研城建项目推进情况"
    assert "某某融媒 2031-09-09 阅读次数: 4313" in d.page_lines
    assert extract_date(d) == PartialDate(2031, 9, 7)


def test_a_stamp_with_its_date_in_brackets_and_a_print_link_dates_and_sources_the_page() -> None:
    page = ("某市采访团聚焦某县\n(2031/5/19 16:59:09)  来源:某某县融媒体中心  打印本页\n\n"
            "5月17日至18日,全市采访团聚焦某县进行集中采访。\n")
    d = split_page(page)[0]
    assert "(2031/5/19 16:59:09) 来源:某某县融媒体中心 打印本页" in d.page_lines
    assert extract_date(d) == PartialDate(2031, 5, 17)
