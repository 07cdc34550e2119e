"""A post the holder no longer holds, given by a verb of office after 不再; the person's age
said right after the name.  Sentences, names and places are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(text: str) -> list[tuple[str, list[str]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,),
                  bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(draft)]


def test_a_post_no_longer_held_is_the_holders_in_the_story() -> None:
    text = "省委批准:甘小雨同志任中共柳湾市委书记,柯明远同志不再兼任中共柳湾市委书记职务。同时,市委决定:甘小雨不再担任柳湾市人民政府市长职务。"
    assert officials(text) == [("甘小雨", ["中共柳湾市委书记", "柳湾市人民政府市长"]),
                               ("柯明远", ["中共柳湾市委书记"])]


def test_the_age_after_the_name_ends_it() -> None:
    assert officials("其中出任柳湾县代县长的甘小雨年仅36岁。") == [("甘小雨", ["柳湾县代县长"])]
    assert officials("青禾县副县长甘小雨现年45岁,分管交通。") == [("甘小雨", ["青禾县副县长"])]
