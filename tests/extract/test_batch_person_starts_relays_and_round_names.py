"""A short place name opening a person's name, a city's meeting relayed by its district,
a district of the paper's city opening the headline, a quotation between a dateline
and its event's date, a day's month written further on, a mistyped 通讯员, a group named
with and without its round, and a disclosure table's publisher.  Names, places and
sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.extract.inspections import extract_inspections
from newsarchive.extract.people import extract_reporters
from newsarchive.extract.places import extract_district
from newsarchive.records import Draft, PartialDate, SourceFile
from newsarchive.split import split_source

from . import draft


def _split(text: str) -> Draft:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]


def test_a_short_name_opening_a_persons_name_is_no_place() -> None:
    # 吴江 (吴江区) opens the name of the district head the headline gives after his post
    d = draft("9月22日,区委副书记、区长吴江明对全区重点项目建设情况进行视察。",
              "吴江明在视察中对全区重点建设项目进度给予了肯定。", title="区长吴江明视察全区重点项目建设情况")
    assert extract_district(d) is None
    # the place itself, written before its own body, stays a place
    d = draft("9月22日,吴江区委副书记、区长某某对全区重点项目建设情况进行视察。", title="吴江区视察重点项目")
    assert extract_district(d) == "吴江区"


def test_a_whole_the_district_relays_the_meeting_of_is_not_its_own() -> None:
    # 全市 of the city's meeting the district relays does not make the paper's city the district
    text = ("第A08版:淮阴新闻\n\n全力提升城市管理水平\n\n■通讯员 甲某某\n\n"
            "本报讯 近日,淮阴区召开城市管理工作会议,淮阴区区长、区城市管理委员会主任乙某某出席会议并讲话。\n\n"
            "会议传达了全市城市管理工作会议精神,解读了考评实施意见。\n\n"
            "2031-06-24 1 1 淮安日报 content_1.html 1 3 淮阴区召开城市管理工作会议\n")
    assert extract_district(_split(text)) == "淮阴区"


def test_a_unit_of_the_papers_city_opening_the_headline_is_its_news() -> None:
    text = ("船营区参加吉林市—某某市对口合作交流会\n\n2031-09-13 14:33 | 来源: 吉林市人民政府网\n\n"
            "9月6日至9日,由市委书记甲某某带队组成我市党政代表团赴某省开展对口交流活动。"
            "船营区组成由区委书记乙某某带队的考察团随团参加。\n")
    assert extract_district(_split(text)) == "船营区"
    # the city's own headline stays the city's
    text = ("吉林市党政代表团赴某省开展对口交流\n\n2031-09-13 14:33 | 来源: 吉林市人民政府网\n\n"
            "9月6日至9日,由市委书记甲某某带队组成我市党政代表团赴某省开展对口交流活动。\n")
    assert extract_district(_split(text)) == "吉林市"


def test_a_street_of_the_papers_city_opening_the_headline_gives_its_district() -> None:
    text = ("鼓东街道设立居民议事厅 在全市率先推行\n\n"
            "福州新闻网讯 日前,鼓楼区鼓东街道设立了我省首个街道居民议事厅,让居民参与社区事务。\n"
            "议事厅由街道党工委牵头,每月召开一次。\n")
    assert extract_district(_split(text)) == "鼓楼区"


def test_a_quotation_between_the_dateline_and_the_events_date() -> None:
    d = draft("某某网某站2月4日讯(通讯员 甲某某)“我代表市委市政府来给您拜年了!”2月3日,市委常委乙某某一行"
              "深入某乡慰问困难群众。")
    assert extract_date(d) == PartialDate(None, 2, 3)


def test_a_day_takes_its_month_from_the_same_day_written_further_on() -> None:
    d = draft("根据统一部署,28日上午,某某巡视组对某省开展巡视工作动员会召开。",
              "巡视期间(2月28日—4月28日)设专门值班电话。")
    assert extract_date(d) == PartialDate(None, 2, 28)
    # no month for that day anywhere: the day alone
    d = draft("根据统一部署,28日上午,某某巡视组对某省开展巡视工作动员会召开。", "巡视组将在某省工作2个月。")
    assert extract_date(d) == PartialDate(None, None, 28)


def test_a_mistyped_correspondents_role_is_no_name() -> None:
    d = draft("青禾网讯(记者 杨小林 见习记者 冯新民 通迅员 曹聪明)3月22日,青禾县考察团到某县考察。")
    assert extract_reporters(d) == ("杨小林", "冯新民", "曹聪明")


def test_a_group_named_also_without_its_round_keeps_its_own_name() -> None:
    d = draft("根据市委统一部署,2031年10月25日,六届市委第七轮巡察第三巡察组巡察某某区党工委工作动员会召开。"
              "会前,市委第三巡察组组长甲某某主持召开见面沟通会。")
    [found] = extract_inspections(d)
    assert [g.name for g in found.groups] == ["市委第三巡察组"]
    # written only with its round: that is its name
    d = draft("根据市委统一部署,5月10日,五届市委第七轮巡察第四巡察组巡察市卫健委党组工作动员会召开。")
    [found] = extract_inspections(d)
    assert [g.name for g in found.groups] == ["五届市委第七轮巡察第四巡察组"]


def test_a_disclosure_tables_publisher_names_the_towns_county() -> None:
    text = ("• 索 引 号:43060000/2031-14216\n  • 发布机构:平江县政府\n  • 生成日期:2031-03-05 00:00:00.0\n\n"
            "长寿镇开展卫生大扫除\n\n来源:长寿镇 2031-03-05 00:00\n\n"
            "值此佳节来临之际,长寿镇组织各村开展了卫生大扫除活动。\n")
    assert extract_district(_split(text)) == "平江县"
