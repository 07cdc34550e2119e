"""A delegation's visit to a place outside its own is the place visited's news when the
story is told where it comes (来某市, 莅临); not when it sets out (赴, 前往: its own
side tells its trip), goes to attend a meeting, or its own bodies are written bare (the
home reports its own trip).  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_countys_delegation_visiting_a_county_of_another_city() -> None:
    d = draft("7月2日,吉安市委常委、永丰县委书记李明率考察团来赣州市兴国县考察调研。",
              "赣州市副市长、兴国县委书记王强陪同。")
    assert extract_district(d) == "兴国县"


def test_a_visit_to_attend_a_meeting_stays_the_visitors_place() -> None:
    d = draft("7月2日,永丰县县长李明赴南昌市参加全省乡村振兴培训班。", "他表示,要把所学用于永丰县的工作。")
    assert extract_district(d) == "永丰县"


def test_bare_bodies_of_the_delegations_kind_keep_its_home() -> None:
    d = draft("恩施州党政代表团赴宜昌考察学习",
              "5月9日,州委副书记、州长王明率州直部门负责人赴宜昌考察学习。",
              "宜昌市委副书记、市长陪同考察。")
    assert extract_district(d) == "恩施土家族苗族自治州"


def test_without_the_bare_bodies_the_place_visited() -> None:
    d = draft("恩施州党政代表团来宜昌市考察学习",
              "5月9日,恩施州党政代表团一行来宜昌市考察学习。",
              "宜昌市副市长陪同考察。")
    assert extract_district(d) == "宜昌市"


def test_a_delegation_setting_out_for_a_place_is_its_own_trip() -> None:
    # 赴/前往: the trip told from the side it sets out from
    d = draft("恩施州党政代表团赴宜昌市考察学习",
              "5月9日,恩施州党政代表团一行赴宜昌市考察学习。",
              "宜昌市副市长陪同考察。")
    assert extract_district(d) == "恩施土家族苗族自治州"
    d = draft("11月14日,津南区区委常委、常务副区长某某带队赴甘肃省天水市秦安县开展对口帮扶工作。",
              "秦安县四大机关主要负责同志陪同调研。")
    assert extract_district(d) == "津南区"


def test_a_citys_short_name_before_its_county_heads_the_chain() -> None:
    d = draft("5月7日至9日,宁波象山县委副书记、县长某某率象山代表团赴吉林省延边州龙井市、敦化市开展对口帮扶协作工作。"
              "延边州委常委、副州长某某参加相关活动。")
    assert extract_district(d) == "象山县"


def test_our_province_setting_out_for_another_region_stays_ours() -> None:
    d = draft("9月9日至10日,副省长某某率陕西省政府代表团赴西藏阿里地区,看望慰问我省第八批援藏干部。",
              "某某一行先后考察了噶尔县生态农业产业园、阿里地区人民医院等。西藏自治区有关负责同志陪同。",
              "阿里地区负责同志介绍了西藏阿里的发展情况。")
    assert extract_district(d) == "陕西省"
