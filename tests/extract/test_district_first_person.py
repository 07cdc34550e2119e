"""The kind of place an article calls its own in the first person (我区) decides over how
often it writes another kind (全市, in the words of the city's leaders touring it).
Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_districts_page_on_the_citys_leaders_names_no_city() -> None:
    d = draft("2月15日,市四套班子领导深入城乡各地走访慰问群众,给全市人民送上新春祝福。",
              "市领导甘小雨一行首先来到我区柳湾社区,看望慰问困难群众。",
              "甘小雨希望大家为株洲发展作出新贡献,祝愿全市人民新春愉快,全市上下再创佳绩。")
    assert extract_district(d) is None


def test_a_citys_own_page_is_the_citys() -> None:
    d = draft("2月15日,市四套班子领导深入城乡各地走访慰问群众,给全市人民送上新春祝福。",
              "市领导甘小雨一行首先来到我市柳湾社区,看望慰问困难群众。",
              "甘小雨希望大家为株洲发展作出新贡献,全区各级要再接再厉。")
    assert extract_district(d) == "株洲市"
