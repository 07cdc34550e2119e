"""A city's delegation crossing into Macau or Hong Kong, the region written without a
city of it, and a headline that only says the group came (一行来访).  Sentences and
people are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs, page_lines=())


_LEAD = ("中共宁波市委常委、统战部长甲某某一行十人于10月23日上午到访澳门某某商会,受到该会会长乙某某的热情接待。",
         "乙某某对甲某某一行来访表示欢迎。")


def test_a_visit_to_a_body_of_macau_is_macaus_news() -> None:
    assert extract_district(_draft(*_LEAD)) == "澳门特别行政区"


def test_a_headline_saying_only_that_the_group_came_takes_the_place_from_the_lead() -> None:
    assert extract_district(_draft(*_LEAD, title="中共宁波市委常委、统战部长甲某某一行来访")) == "澳门特别行政区"


def test_a_visit_at_home_stays_the_citys() -> None:
    d = _draft("中共宁波市委常委、统战部长甲某某一行于10月23日上午到访某某商会,受到会长乙某某接待。",
               "乙某某对甲某某一行来访表示欢迎。", title="中共宁波市委常委、统战部长甲某某一行来访")
    assert extract_district(d) == "宁波市"


def test_a_county_written_after_its_region_is_the_place_visited() -> None:
    d = _draft("宁波市旅游考察团今天抵台湾南投县考察,并拜访县政府。", "考察团一行15人拜会了县政府。")
    assert extract_district(d) == "南投县"
