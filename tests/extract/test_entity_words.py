"""The words the search segmenter keeps whole, gathered from every article's metadata."""
from __future__ import annotations

from newsarchive.extract import entity_words
from newsarchive.records import Group, Inspection, Metadata, Official


def test_names_places_districts_groups_and_targets_of_all_articles_are_gathered() -> None:
    one = Metadata(district="东湖县", places=("柳岸镇", "桥"), officials=(Official("石文远", ("县长",)),),
                   reporters=("林小雨",))
    two = Metadata(inspections=(Inspection(round="第一轮", groups=(Group(name="县委第二巡察组",
                                                                        targets=("县水利局",)),)),))
    assert entity_words(one, two) == {"东湖县", "柳岸镇", "石文远", "林小雨", "县委第二巡察组", "县水利局"}
    assert entity_words() == set()
