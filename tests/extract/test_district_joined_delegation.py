"""A leader joining a county's delegation at a city's congress to deliberate with it, or a
city's mayor visiting one district of it: the article is the county's.  A delegation that
travels is no such; a headline running the province into the unit (某省某县:…) names the unit;
our own event held in another city (我州在某市举行…) is ours.
Sentences are made up."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.places import extract_district

from . import draft


def test_a_leader_coming_to_a_countys_delegation_to_deliberate() -> None:
    # the city's media centre reports the city's congress: still the delegation's county
    d = replace(draft("1月14日,市十七届人大六次会议召开分组会议。市长张国华来到蛟河市代表团,与代表共同审议政府工作报告。",
                      "审议中,代表们围绕项目建设、营商环境等方面展开讨论。",
                      title="张国华参加市人大会议分组审议时指出 立足资源禀赋 发挥产业优势"),
                page_lines=("2026-01-15 08:22    吉林市融媒体中心",))
    assert extract_district(d) == "蛟河市"


def test_a_delegation_named_after_a_long_modifier() -> None:
    d = draft("本报讯 4月21日上午,市委书记张国华来到参加市三届人大六次会议的川汇区代表团,与代表共同审议政府工作报告。",
              "会上,代表们先后发言。周口市有关部门负责人参加。")
    assert extract_district(d) == "川汇区"


def test_a_travelling_delegation_is_not_joined() -> None:
    d = draft("11月22日下午,石景山区党政代表团到朝阳区调研考察,两区座谈交流。",
              title="石景山区党政代表团到朝阳区调研考察")
    assert extract_district(d) != "石景山区"


def test_a_city_mayor_visiting_one_district_of_the_city_with_no_headline() -> None:
    d = draft("昨天(10月10日)上午,广州市市长张国华到越秀区,围绕推动经济社会发展进行调研督导。",
              "张国华来到越秀区,考察了多家金融企业,了解该区金融产业发展情况。")
    assert extract_district(d) == "越秀区"
    d = draft("昨天上午,广州市长张国华到越秀区,围绕推动经济社会发展进行调研督导。",
              "张国华来到越秀区,考察了多家金融企业,了解该区金融产业发展情况。")
    assert extract_district(d) == "越秀区"


def test_a_headlines_province_run_into_the_units_short_name() -> None:
    d = draft("秋冬一片绿,春来花无边。漫步在青海省海东市平安区沙沟乡的道路旁,菜籽花香扑鼻而来。",
              "“这是我们去年试种成功的冬油菜品种。”合作社负责人介绍。",
              title="青海平安:“合作社+”牵起农业种植的牛鼻子")
    assert extract_district(d) == "平安区"


def test_leaders_joining_two_counties_delegations_are_their_prefectures_news() -> None:
    d = replace(draft("本网讯 昨(15)日下午,州委书记张国华和州委副书记李志强来到石渠、九龙代表团参加审议。",
                      "张国华强调,石渠县和九龙县同处雅砻江流域,两县要立足自身实际,抓好各项工作。"),
                page_lines=("甘孜日报 2031年01月16日",))
    assert extract_district(d) == "甘孜藏族自治州"


def test_our_own_event_held_in_another_city_is_ours() -> None:
    d = draft("19日晚,我州在长沙某山庄举行迎春团拜会。州领导张国华、李志强与部分在长沙的湘西籍老同志欢聚一堂。",
              "州委书记张国华致辞,介绍我州经济社会发展情况。", title="我州在长沙举行迎春团拜会")
    assert extract_district(d) == "湘西土家族苗族自治州"
