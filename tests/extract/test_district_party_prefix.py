"""中共 before a county's committee at the head of the lead: the county is the subject."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_中共_before_the_committee_does_not_hide_the_county():
    d = draft("8月9日,中共肃州区委召开三届五次全委(扩大)会议。市委常委、区委书记甲某某主持会议并讲话。")
    assert extract_district(d) == "肃州区"


def test_a_tour_of_several_cities_and_counties_is_the_province_they_share():
    d = draft("3月2日至4日,某某委员赴三亚市、陵水县、万宁市等地开展视察,实地察看项目建设情况。")
    assert extract_district(d) == "海南省"


def test_a_visit_to_two_places_is_no_tour():
    d = draft("3月2日,某某委员赴陵水县、万宁市调研项目建设。")
    assert extract_district(d) != "海南省"


def test_a_tour_of_short_names_closed_by_等地():
    d = draft("3月2日至4日,某某委员赴三亚、陵水、万宁等地开展视察,实地察看项目建设情况。")
    assert extract_district(d) == "海南省"


def test_a_tour_of_short_names_closed_by_their_count_after_a_qualifier():
    d = draft("某某网讯(记者 甲乙)今日,海岛摄影周开幕,数十位摄影师报名参加。"
              "随后一周,摄影师们将赴东部沿海的三亚、陵水、万宁三个市县拍摄海岸风光。",
              "首站是万宁市,之后是陵水县。")
    assert extract_district(d) == "海南省"


def test_a_count_of_other_things_closes_no_tour():
    d = draft("3月2日,某某委员赴三亚、陵水、万宁三个项目现场调研。")
    assert extract_district(d) != "海南省"
