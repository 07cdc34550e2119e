"""The officials who accompany a visitor name the place visited: the lowest of them,
not the superior city one of them comes from; a visitor calling on a council across the
strait written bare (到市议会) is the host's news.  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_the_county_of_the_accompanying_officials_beats_their_superior_city() -> None:
    d = draft("近日,邻省一家出版社的编辑方远一行到茶陵收集红色故事素材。株洲市委宣传部副部长甘小雨,"
              "茶陵县委常委林立陪同走访。", "方远一行先后走访了多处革命旧址。")
    assert extract_district(d) == "茶陵县"


def test_a_city_official_accompanied_by_no_unit_of_the_city_stays_the_citys() -> None:
    d = draft("近日,邻省一家出版社的编辑方远一行到株洲收集工业故事素材。株洲市委宣传部副部长甘小雨陪同走访。",
              "方远一行先后走访了多家老厂。")
    assert extract_district(d) == "株洲市"


def test_a_city_official_naming_a_county_without_accompanying_stays_the_citys() -> None:
    d = draft("日前,株洲市委宣传部副部长甘小雨主持召开座谈会,茶陵县委常委林立参加。",
              "会议研究了有关工作。")
    assert extract_district(d) == "株洲市"


def test_a_county_delegation_calling_on_a_council_across_the_strait() -> None:
    d = draft("江西省永豐縣農業交流團昨天由副縣長方遠率領,拜會台南市議會,甘議長出面接待並互贈紀念品。",
              "甘議長說明台南市的農業特色,方副縣長則介紹永豐縣的蔬菜產業。",
              title="永豐縣農業交流團拜會市議會")
    assert extract_district(d) == "台南市"
