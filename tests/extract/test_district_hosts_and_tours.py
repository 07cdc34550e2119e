"""Who visits whom: the host a visitor calls on by its body, a trip across the border of
Taiwan, Hong Kong or Macau, a unit of the city the headline has someone go to, a town a
city's body visits, a body touring several places, a dateline's site.  Sentences and
names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_visitor_calling_on_a_body_written_bare_is_the_hosts_news() -> None:
    d = draft("南平市王明市长一行12日到县政府拜会县长林强,双方就花莲县的农业交流交换意见。",
              "王市长表示,花莲县风光秀丽,南平市愿与花莲县加强往来。", title="福建省南平市市长拜会 林县长")
    assert extract_district(d) == "花莲县"


def test_a_body_of_the_visitors_own_kind_is_no_host() -> None:
    d = draft("南平市市长王明到市政府会见建阳区客人,介绍南平市发展情况。", title="南平市市长到市政府会见来宾")
    assert extract_district(d) == "南平市"


def test_a_taiwan_county_written_short_throughout_is_a_place() -> None:
    d = draft("王明表示,這次第一站到屏東,屏東和湖南交流多年。",
              "他說,屏東的農業很有特色,屏東民眾熱情。", title="湖南書記王明訪屏東 縣長林強相見歡")
    assert extract_district(d) == "屏东县"


def test_a_taiwan_countys_group_attending_a_mainland_citys_event() -> None:
    d = draft("第5屆湖南長沙台灣周在長沙市開幕,向來與長沙互動密切的花蓮縣由縣長林強率參訪團出席。",
              "縣長林強表示,花蓮縣將持續交流。", title="花蓮參訪團出席第5屆湖南.長沙市台灣周開幕 林強會見高層")
    assert extract_district(d) == "长沙市"


def test_a_mainland_countys_trip_to_attend_a_mainland_meeting_stays_its_own() -> None:
    d = draft("7月2日,永丰县县长李明赴南昌市参加全省乡村振兴培训班。", "他表示,要把所学用于永丰县的工作。")
    assert extract_district(d) == "永丰县"


def test_a_macau_delegation_going_to_a_province() -> None:
    d = draft("据报道,澳门特区行政长官王明率领特区政府代表团前往云南省,出席区域合作论坛。",
              "云南、贵州、四川等省区代表参加。")
    assert extract_district(d) == "云南省"


def test_a_hong_kong_body_receiving_a_citys_delegation_is_the_host() -> None:
    d = draft("香港某某商会早前接待湖南省株洲市政府代表团,就经贸合作交流意见。",
              "株洲市代表团介绍了株洲市投资环境。", title="商会接待湖南代表团")
    assert extract_district(d) == "香港特别行政区"


def test_a_citys_body_going_to_the_unit_the_headline_names() -> None:
    d = draft("某某网5月7日讯 5月4日,株洲市委书记王明来芦淞区视察老城改造工作。",
              "王明对芦淞区的工作给予肯定。", title="王明来芦淞区视察老城改造")
    assert extract_district(d) == "芦淞区"


def test_without_the_headline_the_citys_visit_stays_the_citys() -> None:
    d = draft("5月4日,株洲市委书记王明来芦淞区视察老城改造工作。", "王明对芦淞区的工作给予肯定。")
    assert extract_district(d) == "株洲市"


def test_a_citys_body_visiting_a_town_of_a_county_it_names() -> None:
    d = draft("10月3日,株洲市委常委、宣传部部长王明在芦淞区委常委李强陪同下,到白关镇调研文明建设。", title="市委宣传部部长到白关镇调研")
    assert extract_district(d) == "芦淞区"


def test_a_body_touring_several_places_is_none_of_them() -> None:
    d = draft("2月3日,市委书记王明率党政考察团到醴陵市、浏阳市实地考察学习,"
              "践行全市发展大会精神。", "考察团走进醴陵市陶瓷园区。")
    assert extract_district(d) is None


def test_a_site_opening_the_dateline_is_no_subject() -> None:
    d = draft("株洲房产网3月7日讯 3月4日,芦淞区召开老城改造推进会。",
              "株洲市副市长王明出席,株洲市有关部门负责人参加。")
    assert extract_district(d) == "芦淞区"


def test_a_sites_local_station_in_the_dateline_names_our_city() -> None:
    d = draft("某某网醴陵站4月20日讯 4月18日,某某商会考察团一行来我市考察。",
              "株洲市副市长王明,醴陵市委书记李强陪同。株洲市有关部门参加。")
    assert extract_district(d) == "醴陵市"
