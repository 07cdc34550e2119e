"""The officials who accompany a visitor name the place visited: the lowest of them,
not the superior city one of them comes from; a visitor calling on a council across the
strait written bare (到市议会) is the host's news.  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_the_county_of_the_accompanying_officials_beats_their_superior_city() -> None:
    d = draft("日前,外地报社副总编方远一行来茶陵采访乡村振兴工作。株洲市委宣传部副部长甘小雨,"
              "茶陵县委常委、宣传部长林立陪同采访。", "方远一行先后来到多个村镇。")
    assert extract_district(d) == "茶陵县"


def test_a_city_official_accompanied_by_no_unit_of_the_city_stays_the_citys() -> None:
    d = draft("日前,外地报社副总编方远一行来株洲采访。株洲市委宣传部副部长甘小雨陪同采访。",
              "方远一行先后来到多个企业。")
    assert extract_district(d) == "株洲市"


def test_a_city_official_naming_a_county_without_accompanying_stays_the_citys() -> None:
    d = draft("日前,株洲市委宣传部副部长甘小雨主持召开座谈会,茶陵县委常委林立参加。",
              "会议研究了有关工作。")
    assert extract_district(d) == "株洲市"


def test_a_county_delegation_calling_on_a_council_across_the_strait() -> None:
    d = draft("【記者木子/台南報導】江西省永豐縣參訪團一行十人在方遠副縣長帶領下抵達台南市議會參訪,"
              "甘議長親自接待。", "甘議長介紹台南市現況,方副縣長介紹永豐縣發展情況。",
              title="江西省永豐縣參訪團到市議會參訪")
    assert extract_district(d) == "台南市"
