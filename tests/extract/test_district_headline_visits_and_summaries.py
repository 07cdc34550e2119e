"""A city's official visiting a county of the city in the headline, a dateline's visit
under a feature's opening paragraphs, a city written short where its county shares the
name, and a 全市 of the writers' superior city.  Sentences and people are made up."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.places import extract_district

from . import draft


def test_a_city_official_visiting_its_county_in_the_headline_is_the_countys_news() -> None:
    d = draft("6月3日,襄阳市人大常委会副主任甲某某到谷城县某某镇视察人大代表履职平台建设。"
              "甲某某要求,要让代表履职有平台、有实效。",
              title="襄阳市人大常委会副主任甲某某到谷城县某某镇视察履职平台建设")
    assert extract_district(d) == "谷城县"
    # the lead alone reports the visit: the city's news
    assert extract_district(replace(d, title="甲某某视察履职平台建设")) == "襄阳市"


def test_the_dateline_paragraph_under_a_features_opening_gives_the_place_visited() -> None:
    d = draft("甲某某此行轻车简从,不打招呼、不要陪同,直奔田间地头。",
              "清晨,他和村民一起下地拔草,一干就是两个多小时,衣衫都湿透了。",
              "石河子网讯(记者 乙某某)7月2日至4日,自治区党委副书记甲某某来到和田地区于田县某某乡,"
              "住在农户家中,与村民一起劳动。",
              title="甲某某走进田间地头:卷起裤腿拔杂草")
    assert extract_district(d) == "于田县"


def test_a_city_written_short_is_the_city_its_county_shares_the_name_with() -> None:
    d = draft("本报讯 3月2日上午,市政府召开第四次全体会议。市长甲某某出席并讲话。",
              "会议强调,要真抓实干,加快推动铁岭全面振兴。",
              "会议要求,各地各部门要对标对表,奋力开创铁岭振兴新局面。",
              title="市政府召开第四次全体会议")
    assert extract_district(d) == "铁岭市"


def test_a_whole_city_the_county_writers_speak_of_is_not_the_sources_city() -> None:
    d = replace(draft("9月6日,某某职业学院院长甲某某一行到某某镇考察校地合作项目,县委副书记乙某某参加座谈。",
                      "乙某某表示,希望学院发挥专业优势,为县里承办的全市职业技能大赛提供支持。",
                      title="某某职业学院院长甲某某一行到于都县考察校地合作"),
                page_lines=("来源: 2031-10-09 08:27 瑞金报社融媒体",))
    assert extract_district(d) == "于都县"


def test_a_shared_short_name_that_is_a_common_word_stays_the_word() -> None:
    d = draft("本报讯 近日,市场监管局召开座谈会。会上,黄金白银价格上涨,白银饰品需求旺盛。",
              title="市场监管局召开座谈会")
    assert extract_district(d) != "白银市"


def test_a_person_of_a_province_in_the_headline_leaves_the_place_to_the_lead() -> None:
    from newsarchive.extract.places import extract_district as district
    from newsarchive.records import Draft
    d = Draft(source="t.txt", ordinal=1, title="吉林省一名局长主动投案", subtitle=None, front_matter={},
              paragraphs=("舒兰市农业农村局局长甲某涉嫌严重违纪违法,已主动投案,目前正接受舒兰市纪委监委纪律审查。",))
    assert district(d) == "舒兰市"


def test_a_city_bureau_heads_visit_to_its_county_without_a_headline_is_the_countys_news() -> None:
    d = draft("12月3日,襄阳市卫生健康委党组书记、主任甲某某带领有关科室负责同志,到谷城县某某镇某某村"
              "调研帮扶工作。谷城县相关人员陪同。", "甲某某详细询问了村里的基本情况。")
    assert extract_district(d) == "谷城县"
