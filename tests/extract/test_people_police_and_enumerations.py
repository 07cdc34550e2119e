"""A police officer's post, a police station's name in a title, the last item of an
enumeration under one title, an elderly person called by a word for her age.  Sentences,
names and places are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                 bylines=(), captions=(), front_matter={})


def officials(text: str) -> list[tuple[str, list[str]]]:
    return [(o.name, list(o.titles)) for o in extract_officials(_draft(text))]


def test_a_police_officer_is_named_with_the_post() -> None:
    assert officials("青禾派出所民警甘小雨协助抓获一名逃犯。") == [("甘小雨", ["青禾派出所民警"])]


def test_the_last_item_of_an_enumeration_shares_the_title() -> None:
    assert officials("副县长柯明远看望民警甘小雨、雷振华、钱立国和孙明华,送去慰问金。") == [
        ("柯明远", ["副县长"]), ("甘小雨", ["民警"]), ("雷振华", ["民警"]), ("钱立国", ["民警"]),
        ("孙明华", ["民警"])]


def test_a_name_joined_by_and_alone_does_not_share_the_title() -> None:
    assert officials("县长柯明远和甘小雨一起出发。") == [("柯明远", ["县长"])]


def test_an_old_woman_called_by_her_surname_and_age_is_no_name() -> None:
    assert officials("家属赶到派出所,告诉民警刘老太年事已高。") == []


def test_a_police_stations_name_is_part_of_the_title() -> None:
    assert officials("柳湾派出所所长甘小雨介绍了情况。") == [("甘小雨", ["柳湾派出所所长"])]
    assert officials("县公安局派出民警甘小雨前往。") == [("甘小雨", ["民警"])]


def test_a_village_police_officer_in_quotes_is_named_with_the_post() -> None:
    assert officials("柳湾派出所“村警”甘小雨外出办事,协助抓获一名逃犯。") == [("甘小雨", ["柳湾派出所村警"])]
    assert officials("柳湾村警务室建成投用。") == []
