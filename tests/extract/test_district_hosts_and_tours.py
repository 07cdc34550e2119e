"""Who visits whom: the host a visitor calls on by its body, a trip across the border of
Taiwan, Hong Kong or Macau, a unit of the city the headline has someone go to, a town a
city's body visits, a body touring several places, a dateline's site.  Sentences and
names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_visitor_calling_on_a_body_written_bare_is_the_hosts_news() -> None:
    d = draft("新余市王明市长一行12日到县政府拜会县长林强,双方就花莲县的农业交流交换意见。",
              "王市长表示,花莲县风光秀丽,新余市愿与花莲县加强往来。", title="江西省新余市市长拜会 林县长")
    assert extract_district(d) == "花莲县"


def test_a_body_of_the_visitors_own_kind_is_no_host() -> None:
    d = draft("新余市市长王明到市政府会见渝水区客人,介绍新余市发展情况。", title="新余市市长到市政府会见来宾")
    assert extract_district(d) == "新余市"


def test_a_taiwan_county_written_short_throughout_is_a_place() -> None:
    d = draft("王明表示,這次第一站到宜蘭,宜蘭和湖南交流多年。",
              "他說,宜蘭的農業很有特色,宜蘭民眾熱情。", title="湖南書記王明訪宜蘭 縣長林強相見歡")
    assert extract_district(d) == "宜兰县"


def test_a_taiwan_countys_group_attending_a_mainland_citys_event() -> None:
    d = draft("第5屆江西鷹潭台灣周在鷹潭市開幕,向來與鷹潭互動密切的花蓮縣由縣長林強率參訪團出席。",
              "縣長林強表示,花蓮縣將持續交流。", title="花蓮參訪團出席第5屆江西.鷹潭市台灣周開幕 林強會見高層")
    assert extract_district(d) == "鹰潭市"


def test_a_mainland_countys_trip_to_attend_a_mainland_meeting_stays_its_own() -> None:
    d = draft("7月2日,永丰县县长李明赴南昌市参加全省乡村振兴培训班。", "他表示,要把所学用于永丰县的工作。")
    assert extract_district(d) == "永丰县"


def test_a_macau_delegation_going_to_a_province() -> None:
    d = draft("据报道,澳门特区行政长官王明率领特区政府代表团前往云南省,出席区域合作论坛。",
              "云南、贵州、四川等省区代表参加。")
    assert extract_district(d) == "云南省"


def test_a_hong_kong_body_receiving_a_citys_delegation_is_the_host() -> None:
    d = draft("香港某某商会早前接待江西省鹰潭市政府代表团,就经贸合作交流意见。",
              "鹰潭市代表团介绍了鹰潭市投资环境。", title="商会接待江西代表团")
    assert extract_district(d) == "香港特别行政区"


def test_a_citys_body_going_to_the_unit_the_headline_names() -> None:
    d = draft("某某网5月7日讯 5月4日,鹰潭市委书记王明来月湖区视察老城改造工作。",
              "王明对月湖区的工作给予肯定。", title="王明来月湖区视察老城改造")
    assert extract_district(d) == "月湖区"


def test_without_the_headline_the_citys_visit_stays_the_citys() -> None:
    d = draft("5月4日,鹰潭市委书记王明来月湖区视察老城改造工作。", "王明对月湖区的工作给予肯定。",
              title="王明视察老城改造工作")
    assert extract_district(d) == "鹰潭市"


def test_a_citys_body_visiting_a_town_of_a_county_it_names() -> None:
    d = draft("10月3日,鹰潭市委常委、宣传部部长王明在月湖区委常委赵一鸣陪同下,到童家镇调研文明建设。", title="市委宣传部部长到童家镇调研")
    assert extract_district(d) == "月湖区"


def test_a_body_touring_several_places_is_none_of_them() -> None:
    d = draft("2月3日,市委书记王明率党政考察团到贵溪市、渝水区实地考察学习,"
              "践行全市发展大会精神。", "考察团走进贵溪市工业园区。")
    assert extract_district(d) is None


def test_a_site_opening_the_dateline_is_no_subject() -> None:
    d = draft("鹰潭房产网3月7日讯 3月4日,月湖区召开老城改造推进会。",
              "鹰潭市副市长王明出席,鹰潭市有关部门负责人参加。")
    assert extract_district(d) == "月湖区"


def test_a_sites_local_station_in_the_dateline_names_our_city() -> None:
    d = draft("某某网贵溪站4月20日讯 4月18日,某某商会考察团一行来我市考察。",
              "鹰潭市副市长王明,贵溪市委书记赵一鸣陪同。鹰潭市有关部门参加。")
    assert extract_district(d) == "贵溪市"
