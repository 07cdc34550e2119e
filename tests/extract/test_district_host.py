"""A visitor brought to 我省/我市: the host the text calls ours is the district.
Sentences are made up (the provinces are general data)."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def district(*paragraphs: str) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
                                  paragraphs=tuple(paragraphs)))


def test_a_provinces_team_coming_to_our_province_leaves_the_host() -> None:
    assert district("5月6日,湖北省农业农村厅副厅长某某一行赴我省考察学习乡村建设工作。",
                    "江西省农业农村厅有关处室负责人介绍了我省的做法。",
                    "考察组表示将借鉴江西省乡村建设经验,向湖北省委汇报。") == "江西省"


def test_a_host_named_only_once_is_not_taken_for_ours() -> None:
    assert district("5月6日,湖北省农业农村厅副厅长某某一行赴我省考察学习乡村建设工作。",
                    "江西省农业农村厅有关处室负责人介绍了我省的做法。") == "湖北省"


def test_a_provinces_team_without_our_province_stays_its_own() -> None:
    assert district("5月6日,湖北省农业农村厅召开全省乡村建设工作会议。",
                    "江西省农业农村厅有关负责人应邀介绍经验。") == "湖北省"
