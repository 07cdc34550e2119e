"""A list of names closed by the deputies they are (甲、乙等代表…发言); a rare surname read
right after a post.  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(text: str) -> list[tuple[str, list[str]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,),
                  bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(draft)]


def test_a_list_closed_by_the_deputies_they_are() -> None:
    assert officials("会场气氛热烈。甘小雨、柯明远、雷振华等代表围绕报告先后发言。") == [
        ("甘小雨", []), ("柯明远", []), ("雷振华", [])]
    assert officials("甘小雨、柯明远等代表性企业参加。") == []


def test_a_list_closed_by_a_count_of_the_deputies_they_are() -> None:
    assert officials("甘小雨、柯明远等20名市人大代表参加会议。") == [("甘小雨", []), ("柯明远", [])]
    assert officials("甘小雨、柯明远等12位政协代表参加座谈。") == [("甘小雨", []), ("柯明远", [])]
    assert officials("围绕教育、医疗等20名代表关心的问题展开讨论。") == []


def test_a_rare_surname_right_after_a_post() -> None:
    assert officials("省委副书记訚明主持会议。") == [("訚明", ["省委副书记"])]
