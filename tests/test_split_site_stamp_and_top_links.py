"""A page's "back to top" and "hot:" links above the headline, and a stamp written as the
site's name and a dotted date ("某某网/ 2031.12.06 00:00").  Headlines and sentences are
made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, STAMP, line_kind


def test_top_links_are_chrome() -> None:
    assert line_kind("回到頂端") == CHROME
    assert line_kind("熱門:") == CHROME


def test_a_sites_name_and_a_dotted_date_is_a_stamp() -> None:
    assert line_kind("某某商情網/ 2031.12.06 00:00") == STAMP
    assert line_kind("某某日报 2031-12-06") == STAMP
    # a sentence naming a site and a date is text
    assert line_kind("某某网2031.12.06报道了这件事,引起关注。") is None


def test_the_headline_under_top_links_and_its_stamp() -> None:
    text = ("回到頂端\n|||\n熱門:\n\n某省委副書記受調查 官方證實\n\n某某商情網/ 2031.12.06 00:00\n"
            "(某某社記者甘小雨北京2031年12月6日電)某委員會今天宣布,某某涉嫌嚴重違紀,正接受調查。\n\n"
            "此前網路盛傳此事,多家媒體今天作了報導。\n")
    d = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]
    assert d.title == "某省委副書記受調查 官方證實"
    date = extract_date(d)
    assert (date.year, date.month, date.day) == (2031, 12, 6)


def test_a_counter_above_the_headline_is_chrome() -> None:
    text = ("\n- +1\n某栏目 | 某市领导开展春节前走访慰问活动\n原创 某某融媒 某某发布\n"
            "寒冬腊月,温情如春。今天(1月22日),市领导分组走访慰问一线职工。\n"
            "在市人民医院,市领导与在岗职工亲切交谈。\n")
    d = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]
    assert d.title == "某栏目 | 某市领导开展春节前走访慰问活动"


def test_a_two_part_slogan_before_the_lead_is_no_first_sentence() -> None:
    text = ("聚合力 谱新篇\n\n某某日报 2031年01月28日\n\n"
            "牢记嘱托担使命,勇于争先谱新篇。1月27日,某省人民代表大会第五次会议在省城开幕。\n")
    d = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]
    date = extract_date(d)
    assert (date.year, date.month, date.day) == (2031, 1, 27)
