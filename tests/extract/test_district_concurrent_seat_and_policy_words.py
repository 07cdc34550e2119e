"""A leader written with a seat on the committee above before the post that is the
leader's own (市委常委、区委书记某某): the article is the lower body's place.  A policy
word that is a county's short name (建设惠民项目) names no county.
Sentences and people are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs, page_lines=())


def test_a_city_seat_before_a_district_post_leaves_the_district() -> None:
    d = _draft("1月5日,市委常委、区委书记甲某某主持召开中共鄞州区委第十次常委会,研究年度工作。",
               "区委副书记、区长乙某某及区委各常委参加会议。")
    assert extract_district(d) == "鄞州区"


def test_a_province_seat_before_a_city_post_leaves_the_city() -> None:
    d = _draft("3月2日,省委常委、市委书记甲某某在宁波市主持召开市委常委会会议。",
               "会议研究了全市重点工作。")
    assert extract_district(d) == "宁波市"


def test_a_city_leader_alone_is_still_the_citys() -> None:
    d = _draft("1月5日,市委常委、常务副市长甲某某到鄞州区调研,区长乙某某陪同。",
               "甲某某要求全市各地抓好落实。")
    assert extract_district(d) == "鄞州区"
    d = _draft("1月5日,市委常委、秘书长甲某某主持召开会议,研究宁波市鄞州区等地的工作。")
    assert extract_district(d) == "宁波市"


def test_a_policy_word_that_is_a_countys_short_name_names_no_county() -> None:
    # 惠民/惠农/安居/乐业 are counties' short names and words of every policy report
    d = _draft("10月28日,省某某局副局长甲某某一行在我县调研乡村振兴工作,县委常委乙某某陪同调研。",
               "调研组来到某某镇,召开座谈会。省某某局将提供资金支持,建设惠民项目,让群众安居乐业。")
    assert extract_district(d) is None
    # the county written in full is still the county
    d = _draft("10月28日,调研组在惠民县调研,县委常委乙某某陪同。", "调研组要求建设惠民项目。")
    assert extract_district(d) == "惠民县"


def test_a_regions_standing_committee_seat_gives_way_to_the_citys_named_post() -> None:
    from newsarchive.records import Draft
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, front_matter={},
              paragraphs=("7月12日下午,自治区党委常委、日喀则市委书记甲某亲切会见了以大理州委书记乙某为团长的大理州党政代表团一行,"
                          "双方就共同关心的问题交换了意见。",
                          "市委副书记、市长丙某,市委常委、桑珠孜区委书记丁某一同会见。",
                          "甲某向客人介绍了近年来日喀则市的发展成就。他说,日喀则作为全区的重要城市,愿与各方加强合作。"))
    assert extract_district(d) == "日喀则市"


def test_a_seat_on_the_citys_congress_gives_way_to_the_county_post() -> None:
    from newsarchive.records import Draft
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, front_matter={},
              paragraphs=("5月14日,市人大常委会副主任、县委书记甲某主持召开县委常委会会议。县领导乙某、丙某出席会议。",
                          "会议审议《凤阳县深度贫困村脱贫攻坚方案》。"))
    assert extract_district(d) == "凤阳县"



def test_a_seat_on_a_named_citys_committee_gives_way_to_the_districts_post() -> None:
    d = _draft("10月25日,广州市委常委、南沙区委书记甲某某到黄阁镇宣讲并开展调研,实地走访南涌口村。",
               "甲某某在黄阁镇政府主持召开座谈会。")
    assert extract_district(d) == "南沙区"


def test_other_posts_above_between_the_seat_and_the_leaders_own_post() -> None:
    d = _draft("2月8日,佛山市委常委、宣传部长、顺德区委书记张国华到北滘镇黄龙村开展春节慰问活动。",
               "张国华首先来到村民家中,详细了解生活情况。")
    assert extract_district(d) == "顺德区"
