"""A city's or prefecture's official visiting one unit of its own: the unit when the
lead's dateline is filed from it (a site's local report), else the city stays (a field
visit).  Sentences made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_visit_to_the_county_the_dateline_is_filed_from() -> None:
    d = draft("农业在线永丰消息 2031年5月2日,江西省吉安市委常委某某带领市水利局局长某某到永丰调研抗旱工作。",
              "某某一行到某镇查看了水库蓄水情况。")
    assert extract_district(d) == "永丰县"


def test_a_field_visit_without_such_a_dateline_stays_the_citys() -> None:
    d = draft("2031年5月2日,江西省吉安市委常委某某带领市水利局局长某某到永丰调研抗旱工作。",
              "某某一行到某镇查看了水库蓄水情况。", title="市领导调研抗旱工作")
    assert extract_district(d) == "吉安市"


def test_a_named_provinces_leaders_acting_in_its_capital_stay_the_provinces() -> None:
    d = draft("某某网南昌5月2日电 (记者某某)江西省委书记某某、省长某某等领导5月2日下午在南昌会见了来赣考察的专家团成员。",
              "某某向专家们介绍了江西的省情。")
    assert extract_district(d) == "江西省"


def test_a_named_regions_leaders_receiving_guests_in_its_capital() -> None:
    d = draft("某某网南宁5月2日电 广西壮族自治区党委书记某某,自治区主席某某等广西党政领导5月2日下午在南宁会见了专家团成员。",
              "某某向专家们介绍了广西的区情。")
    assert extract_district(d) == "广西壮族自治区"


def test_a_named_regions_group_on_a_field_visit_in_its_capital() -> None:
    d = draft("广西人大常委会调研组在南宁市调研", "8月9日上午,由自治区人大常委会副主任某某率领的调研组在南宁市调研,了解南宁市人大工作情况。",
              title=None)
    assert extract_district(d) == "南宁市"


def test_a_provincial_leaders_field_visit_in_the_capital_is_the_capitals() -> None:
    d = draft("本报讯 今天,省委书记某某在南昌调研时指出,要全力落实江西省委的部署。", "某某一行察看了南昌的老城区改造。")
    assert extract_district(d) == "南昌市"
    d = draft("本报讯 今天,省委书记某某在南昌会见客人时指出,要全力落实江西省委的部署。", "某某一行察看了南昌的老城区改造。")
    assert extract_district(d) == "江西省"


def test_a_short_name_that_is_also_a_word_framed_by_a_field_visit() -> None:
    d = draft("本报讯 今天,省委书记某某在东方调研时指出,要全力落实海南省委的部署。", "省委常委某某参加调研。")
    assert extract_district(d) == "东方市"


def test_an_agencys_dateline_city_gives_way_to_the_unit_the_feature_is_about() -> None:
    from newsarchive.records import Draft
    d = Draft(source="t.txt", ordinal=1, title="“带着乡亲们奔小康”——某某代表采访手记", subtitle=None, front_matter={},
              paragraphs=("新华社长沙2月26日电“三哥,你来啦”……跟在代表身后,总能听到乡亲们热情地打招呼。",
                          "今年53岁的他是湖南湘西土家族苗族自治州古丈县某村党总支书记。",
                          "他说,村里的茶叶要走出大山。"))
    assert extract_district(d) == "古丈县"


def test_a_sites_dateline_names_its_city_over_provinces_a_case_name_mentions() -> None:
    from newsarchive.records import Draft
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, front_matter={},
              paragraphs=("运城新闻网讯 (记者 甲某)9月25日下午,出席市第五次党代会的代表集中观看换届纪律警示片。",
                          "警示片通过“湖南某地破坏选举案”和“四川某地拉票贿选案”剖析了湖南、四川两起案件的危害。",
                          "代表们表示,要以湖南、四川的案件为镜鉴,严守换届纪律。"))
    assert extract_district(d) == "运城市"

