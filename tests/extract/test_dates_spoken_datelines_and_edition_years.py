"""A dateline heading a paragraph of quoted speech dates the report where the lead is
vague; an event's edition year written before its quoted name gives the lead's date its
year; the date opening the sentence after a purpose is the event's; an error page's 404
line is no paragraph, a body's name and web address a source line.  Sentences are made up."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import SOURCE, line_kind

from . import draft


def test_a_spoken_openings_dateline_dates_a_vague_lead() -> None:
    d = draft("某某晚报掌上某某2月23日讯(全媒体记者 王某 通讯员 李某)“文化园每年吸引80万游客,我该如何把游客留下来?”",
              "近日,一场“围炉夜话”在某社区举行。")
    assert extract_date(d) == PartialDate(None, 2, 23)


def test_a_spoken_opening_without_a_date_leaves_a_vague_lead_undated() -> None:
    d = draft("某某晚报讯(记者 王某)“文化园每年吸引80万游客,我该如何把游客留下来?”",
              "近日,一场“围炉夜话”在某社区举行。")
    assert extract_date(d) is None


def test_an_editions_year_before_its_quoted_name() -> None:
    d = draft("某某网讯 (本网记者 李某)4月8日上午,“2031‘多彩某省踏春行’大型采访活动在”某市启动。",
              "此次活动将从8日持续到17日。")
    assert extract_date(d) == PartialDate(2031, 4, 8)
    # a sum of money is no edition
    d = draft("4月8日上午,某基金会收到2031元捐款,捐赠仪式在某市举行。")
    assert extract_date(d) == PartialDate(None, 4, 8)


def test_an_error_pages_404_line_is_no_paragraph() -> None:
    text = ("您当前的位置 :某某在线 > 某某新闻 > 某市 正文\n\n404 Not Found\n\n"
            "某区视频直播述职大会 社区书记迎“大考”\n\n404 Not Found\n\n"
            "某某日报讯“我们小区的改造什么时候开始?”一位居民通过大屏幕向社区书记提问。\n\n"
            "12月28日上午,一场特殊的社区党组织书记述职大会在某街道展开。\n")
    d = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]
    assert not any("404" in p for p in d.paragraphs)
    assert extract_date(d) == PartialDate(None, 12, 28)


def test_a_sites_name_and_address_before_its_stamps_date() -> None:
    text = ("当前位置: 首页>> 工作动态>> 地方政务\n\n某省长在某市调研经济社会发展情况\n"
            "某某政府门户网站 www.example.gov.cn   2031年04月06日 10时11分   来源:某省日报\n\n"
            "4月4日至5日,某省长来到某市调研经济社会发展情况。\n")
    d = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]
    assert any("来源:某省日报" in line for line in d.page_lines)
    assert extract_date(d) == PartialDate(2031, 4, 4)


def test_carrying_out_a_years_work_gives_the_lead_its_year() -> None:
    d = draft("11月17日上午,省政府第十六督查组进驻某市,开展2031年度集中督查,与市政府举行对接会议。")
    assert extract_date(d) == PartialDate(2031, 11, 17)


def test_the_date_opening_the_sentence_after_a_purpose() -> None:
    d = replace(draft("为学习贯彻有关会议精神,进一步巩固创文成效,做好今年的复检工作。"
                      "7月2日,某市创文总指挥部在某区召开现场推进会。"),
                page_lines=("发布时间:2031-07-03 11:06",))
    assert extract_date(d) == PartialDate(2031, 7, 2)
    # a first sentence stating the work itself on its grounds: its later dates are steps of it
    d = replace(draft("根据省委部署,第一轮巡视对三个县开展巡视。4月9日至11日,巡视组全部进驻。记者昨日获悉。"),
                page_lines=("发布:2031-04-21",))
    assert extract_date(d) == PartialDate(2031, 4, 21)


def test_a_relaying_outlets_name_before_the_leads_date() -> None:
    d = replace(draft("据某某报 7月19日下午,省政协主席张国华主持召开主席会议。"),
                page_lines=("发布日期:2031年07月20日 来源:某某报",))
    assert extract_date(d) == PartialDate(2031, 7, 19)


def test_a_bodys_name_and_web_address_is_a_source_line() -> None:
    assert line_kind("某市某区人民政府 www.example.gov.cn") == SOURCE
