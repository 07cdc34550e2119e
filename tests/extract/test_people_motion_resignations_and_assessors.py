"""Resignations inside a motion's subject (关于甲、乙两位同志辞去…以及丙等5位同志辞去…的辞呈),
a lay assessor's post.  Sentences, names and places are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(text: str) -> list[tuple[str, list[str]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,),
                  bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(draft)]


def test_resignations_counted_and_joined_inside_a_motions_subject() -> None:
    text = "会议表决通过了关于甘小雨、柯明远两位同志辞去县人大常委会委员以及雷振华、钱立国等15位同志辞去县人大代表的辞呈。"
    assert officials(text) == [("甘小雨", ["县人大常委会委员"]), ("柯明远", ["县人大常委会委员"]),
                               ("雷振华", ["县人大代表"]), ("钱立国", ["县人大代表"])]


def test_a_lay_assessor_appointed_is_an_official() -> None:
    assert officials("会议决定任命雷振华等100名同志为人民陪审员。") == [("雷振华", ["人民陪审员"])]
