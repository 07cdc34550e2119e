"""A county's short name opening a township's name is the township, not the county; a host
named once among the officials who accompany the visitors is the host.
Sentences and people are made up (the places are general data)."""
from __future__ import annotations

from newsarchive.extract.place_names import short_mentions
from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def district(*paragraphs: str) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
                                  paragraphs=tuple(paragraphs)))


def test_a_short_name_opening_a_townships_name_is_no_county() -> None:
    assert short_mentions("区长某某深入到大东关街道调研。") == []
    assert short_mentions("区长某某深入到南关岭街道调研。") == []
    # the same names standing alone, or before a word that is no township, still count
    assert short_mentions("区长某某到大东调研。") == ["大东"]
    assert short_mentions("区长某某到南关岭调研。") == ["南关"]


def test_a_district_is_not_built_from_a_townships_name() -> None:
    assert district("1月6日,区政府区长某某深入到大东关街道、某某街道等调研社区服务中心建设工作。",
                    "某某先后走访了某某社区、某某社区等12个社区。") is None


def test_a_host_named_once_among_the_companions_is_the_host() -> None:
    text = ("昨日,以龙岩市委副秘书长张某某为组长的龙岩市社区建设调研组一行5人莅临我市,开展调研活动。",
            "漳平市委常委李某某,副市长王某某陪同调研。",
            "调研组一行先后走访了我市多个社区,了解我市社区建设情况。")
    assert district(*text) == "漳平市"
    # named once elsewhere, not among the companions: a possible misread, not taken for ours
    assert district(text[0], "漳平市有关负责人介绍了情况。", text[2]) == "龙岩市"


def test_an_agencys_dateline_before_the_subject_is_no_part_of_it() -> None:
    assert district("据新华社某地10月1日电 云南省红河哈尼族彝族自治州昨天在蒙自市举行群众大会,庆祝建州周年。",
                    "有关负责人到会祝贺。") == "红河哈尼族彝族自治州"


def test_the_one_city_of_a_province_named_by_its_abbreviation_is_the_host() -> None:
    assert district("某地2月20日电 据报道,上海市某办副主任某某等6人受高雄市邀请,于18日至20日赴台参观台湾灯会并交流市政。",
                    "访问团一行还参观了当地的文化设施。") == "高雄市"
    # two cities of it: the province
    assert district("某地2月20日电 据报道,上海市某办副主任某某等6人受高雄市、台中市邀请,于18日至20日赴台参观台湾灯会。",
                    "访问团一行还参观了当地的文化设施。") == "台湾省"


def test_a_regions_secretary_with_a_citys_delegation_at_the_regional_congress() -> None:
    # the session is the delegation's news
    assert district("3月8日上午,自治区党委书记某某在自治区两会期间与呼伦贝尔市代表团一起讨论政府工作报告,"
                    "希望呼伦贝尔市把各项任务落到实处。",
                    "内蒙古自治区人大某次会议期间,代表们分组审议了各项报告。") == "呼伦贝尔市"
    # so is the delegation's own meeting at the region's congress, held in its capital
    assert district("自治区人大某次会议阿勒泰地区代表团召开全体会议",
                    "自治区人大某次会议将于1月19日在乌鲁木齐市开幕。1月18日上午,阿勒泰地区代表团在驻地召开全体会议。",
                    "新疆维吾尔自治区各代表团陆续报到。") == "阿勒泰地区"
    # two delegations are no one's: the region's
    assert district("3月8日上午,自治区党委书记某某与呼伦贝尔市代表团、通辽市代表团一起讨论政府工作报告。",
                    "内蒙古自治区人大某次会议期间,代表们分组审议了各项报告。") == "内蒙古自治区"
    # the same body going to the city is a visit
    assert district("1月16日下午,自治区党委书记某某深入呼伦贝尔市调研,了解企业生产情况。",
                    "内蒙古自治区有关部门负责人陪同调研。") == "呼伦贝尔市"
