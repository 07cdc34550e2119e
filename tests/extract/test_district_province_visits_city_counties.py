"""A province's body visiting several counties of one city written with them is that
city's news; counties of two cities, or a city not written, leave the province.
Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_provincial_visit_to_counties_of_one_written_city_is_the_city() -> None:
    d = draft("5月8日至9日,省委书记深入赣州市瑞金市、于都县调研乡村振兴工作。",
              "江西省有关部门负责人陪同。")
    assert extract_district(d) == "赣州市"


def test_counties_of_two_cities_leave_the_province() -> None:
    d = draft("5月8日至9日,省委书记深入赣州市于都县、吉安市井冈山市调研乡村振兴工作。",
              "江西省有关部门负责人陪同。")
    assert extract_district(d) == "江西省"


def test_three_counties_of_one_unwritten_city_are_that_citys_news() -> None:
    d = draft("省委巡察组进驻南昌4个区",
              "本报讯 根据省委统一部署,省委巡察组近日分别进驻东湖区、西湖区、青云谱区、青山湖区,开展为期一个月的巡察。")
    assert extract_district(d) == "南昌市"


def test_two_counties_of_an_unwritten_city_are_not_enough() -> None:
    d = draft("本报讯 省委书记近日深入于都县、瑞金市调研乡村振兴工作。江西省有关部门负责人陪同。")
    assert extract_district(d) == "江西省"
