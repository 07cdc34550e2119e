"""The page's stamp marks the headline above it: short poster lines after the stamp
are no part of the heading group, and a headline written above the breadcrumb that
the stamp follows is kept.  Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.extract.dates import extract_date
from newsarchive.split.titles import title_text
from tests.pages import split_page


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_the_line_over_the_stamp_is_the_headline_not_the_poster_lines_after_it() -> None:
    text = ("某区三届人大四次会议隆重开幕!\n"
            "时间:2030-12-20 21:40 来源:某区融媒体中心\n\n"
            "image.png\n\n12月20日\n\n某区第三届\n\n人民代表大会第一次会议\n\n在区会议中心隆重开幕\n\n"
            "大会在庄严的国歌声中开始。区长甲某某向大会作政府工作报告。\n\n"
            "报告回顾了过去一年的工作,提出了新一年的目标任务。\n")
    assert _split(text)[0].title == "某区三届人大四次会议隆重开幕!"


def test_a_headline_above_the_breadcrumb_the_stamp_follows() -> None:
    text = ("logo\n\n联系我们:010-12345678\n\n本周,某某都市圈各市领导都在忙什么\n\n"
            "新闻中心 > 某某频道 > 要闻\n\n2030-08-03 14:29 来源: 某某日报\n"
            "  学习贯彻会议精神,走访慰问部队官兵,率代表团外出考察,举行项目开工仪式。\n\n"
            "  7月30日,某市市委书记甲某某带队走访慰问驻地部队。\n")
    assert _split(text)[0].title == "本周,某某都市圈各市领导都在忙什么"


def test_an_epaper_column_over_the_issue_date_stays_a_column() -> None:
    text = ("第一版:要闻\n\n2030年06月10日\n某区召开政府常务会议\n甲某某主持\n"
            "6月6日,区政府召开第12次常务会议。区长甲某某主持会议。\n"
            "会议听取了全区农业生产工作情况的汇报。\n")
    assert _split(text)[0].title == "某区召开政府常务会议"


def test_a_dateline_with_a_space_between_outlet_and_place_opens_the_text() -> None:
    text = ("“工作队”来了三年 某镇变了样\n\n发布时间:2031-11-14 19:15:28 来源: 某某网\n\n"
            "   某某网 某省某市9月27日电 题:“工作队”来了三年 某镇变了样\n\n"
            "  “过去工作辛苦。”某镇党委书记甲某某近日接受记者采访时说。\n\n"
            "  某镇位于某县西部,交通便利。\n")
    d = _split(text)[0]
    assert d.title == "“工作队”来了三年 某镇变了样"
    date = extract_date(d)
    assert (date.year, date.month, date.day) == (2031, 9, 27)


def test_an_agency_dateline_carrying_the_features_headline() -> None:
    page = ("图集\n新华社长沙2月26日电 题:“带着乡亲们奔小康”——某某代表采访手记\n新华社记者甲某、乙某\n"
            "“三哥,你来啦”……跟在代表身后,总能听到乡亲们热情地打招呼。\n今年53岁的他是某村党总支书记。\n")
    d = split_page(page)[0]
    assert d.title == "“带着乡亲们奔小康”——某某代表采访手记"
    assert d.subtitle is None
    assert extract_date(d) == PartialDate(None, 2, 26)


def test_a_welcome_line_with_a_hotline_is_no_headline() -> None:
    page = ("欢迎来到某某新闻网!客服热线:0000-12345678\n\n深化对口帮扶 助推乡村振兴\n\n"
            "发表时间:2031-08-30 10:36:33 来源:某某新闻网\n\n某某时报讯(记者 甲某)8月28日,某县考察团来访。\n")
    d = split_page(page)[0]
    assert d.title == "深化对口帮扶 助推乡村振兴"


def test_a_layouts_bar_after_the_headline_is_no_part_of_it() -> None:
    assert title_text("某市领导赴某县参加项目开工奠基 |") == "某市领导赴某县参加项目开工奠基"
    assert title_text("甲|乙两地签约") == "甲|乙两地签约"


def test_a_headline_set_in_lenticular_brackets_loses_them() -> None:
    assert title_text("【政协年中工作会议】") == "政协年中工作会议"
    assert title_text("【聚焦】某县召开会议") == "【聚焦】某县召开会议"


def test_a_date_printed_after_the_headline_is_the_pages_stamp() -> None:
    page = "某社区党群服务中心揭牌启用 2031年04月10日\n\n近日,某社区党群服务中心正式揭牌启用。\n\n中心面积300平方米。\n"
    d = split_page(page)[0]
    assert d.title == "某社区党群服务中心揭牌启用"
    assert "2031年04月10日" in d.page_lines
    assert extract_date(d) == PartialDate(2031, 4, 10)
    assert split_page("2031年工作会议召开\n\n近日,某县召开工作会议。\n")[0].title == "2031年工作会议召开"


def test_an_original_headline_in_brackets_above_an_undated_lead() -> None:
    page = ("(原标题:【网络中国节•春节】春节前夕走访慰问,浓浓关怀暖人心)\n"
            "在新春佳节即将到来之际,近日,某县县委书记甲某走访慰问了驻县部队官兵。\n每到一处,甲某都详细了解他们的生活状况。\n")
    assert split_page(page)[0].title == "春节前夕走访慰问,浓浓关怀暖人心"
