"""A county that became a county-level city or a district keeps its short name, and texts
still write it as 某某县: the gazetteer reads that name as the unit it became.  Sentences
are made up."""
from __future__ import annotations

from newsarchive.extract import gazetteer as gz
from newsarchive.extract.places import extract_district

from . import draft


def test_a_county_that_became_a_city_or_district_is_found_by_its_county_name() -> None:
    assert [d.name for d in gz.divisions("如皋县")] == ["如皋市"]
    assert [d.name for d in gz.divisions("江宁县")] == ["江宁区"]


def test_a_county_of_that_name_that_exists_is_itself_and_a_province_short_name_is_no_alias() -> None:
    assert [d.name for d in gz.divisions("朝阳县")] == ["朝阳县"]
    assert gz.divisions("河南县") == ()


def test_a_city_body_visiting_the_former_county_makes_it_the_district() -> None:
    d = draft("寒冬时节,市委书记冒着严寒到如皋县走访慰问困难群众,送去米面油。",
              "在如皋县白蒲镇,他详细询问群众的生活情况。")
    assert extract_district(d) == "如皋市"
