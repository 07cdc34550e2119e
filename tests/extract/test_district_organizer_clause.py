"""A clause naming who organized the event (由某省委宣传部主办) is not the lead's subject:
the unit the sentence then reports is.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs, page_lines=())


def test_the_organizer_of_a_provincial_show_is_not_the_county_it_features() -> None:
    d = _draft("5月14日上午,由浙江省委宣传部主办,省博物馆承办的成就展“市县活动日”在省博物馆启动。"
               "作为首场活动,象山县举办了专场推介会及图片展。")
    assert extract_district(d) == "象山县"


def test_a_body_that_holds_the_event_itself_is_still_the_subject() -> None:
    d = _draft("5月14日上午,宁波市委宣传部举办成就展开幕式。", "象山县等地代表参加活动。")
    assert extract_district(d) == "宁波市"
