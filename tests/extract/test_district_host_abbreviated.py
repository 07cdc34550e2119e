"""Visitors brought to the article's own county by the first character of its name
(来桐考察, the article speaking of 我县): the host, not the visitors' home."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=tuple(paragraphs))


def test_visitors_come_to_our_county_written_by_its_first_character() -> None:
    d = _draft("3月5日,江苏省南京市江宁区某街道党工委委员甲某某带领学习团来桐调研,学习我县民宿发展经验。"
               "县委常委乙某某陪同。",
               "学习团成员表示,桐庐民宿做出了品牌,桐庐的做法值得借鉴。",
               title="南京江宁某街道来桐调研民宿发展")
    assert extract_district(d) == "桐庐县"


def test_without_our_county_the_first_character_names_no_host() -> None:
    d = _draft("3月5日,江苏省南京市江宁区某街道党工委委员甲某某带领学习团来桐调研。",
               "学习团成员表示,桐庐民宿做出了品牌,桐庐的做法值得借鉴。",
               title="南京江宁某街道来桐调研民宿发展")
    assert extract_district(d) == "江宁区"     # the other rules decide: the visitors' home here
