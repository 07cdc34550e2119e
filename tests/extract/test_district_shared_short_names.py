"""A short name two divisions share (襄城: 襄城县 and 襄城区) is read by the kind the
article speaks of, when it writes it more than once.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.extract.place_shared_shorts import shared_short_of_kind

from . import draft


def test_a_county_bodys_article_means_the_county_of_the_shared_name() -> None:
    d = draft("11月8日上午,县委书记甲某到县融媒体中心调研,向全县新闻工作者致以节日问候。",
              "他指出,县融媒体中心为襄城高质量发展营造了良好氛围。要讲好襄城故事。")
    assert extract_district(d) == "襄城县"


def test_a_district_bodys_article_means_the_district() -> None:
    d = draft("11月8日上午,区委书记甲某到区融媒体中心调研,向全区新闻工作者致以节日问候。",
              "他指出,区融媒体中心为襄城高质量发展营造了良好氛围。要讲好襄城故事。")
    assert extract_district(d) == "襄城区"


def test_written_once_the_shared_name_names_nothing() -> None:
    assert shared_short_of_kind("要为襄城高质量发展营造良好氛围。", "县") is None
    assert shared_short_of_kind("讲好襄城故事,襄城发展", "县") == "襄城县"


def test_a_full_name_the_gazetteer_lacks_is_no_mention_of_the_shared_short_name() -> None:
    assert shared_short_of_kind("滨海区召开会议,滨海区领导参加。全区干部出席。", "区") is None
