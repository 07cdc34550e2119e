"""A leader written with a seat on the committee above before the post that is the
leader's own (市委常委、区委书记某某): the article is the lower body's place.
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
