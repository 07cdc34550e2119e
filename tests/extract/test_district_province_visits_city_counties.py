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
