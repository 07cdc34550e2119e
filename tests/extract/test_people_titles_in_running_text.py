"""Officials whose title the running text wraps: an outlet's name before a post, a post in
quotes or with a note after it.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _officials(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return [(o.name, o.titles) for o in extract_officials(draft)]


def test_an_outlet_before_the_post_of_a_named_person_is_no_person() -> None:
    found = _officials("县委书记甘小雨,柳网总编辑柯明远等同志出席启动仪式。柯明远介绍了筹备情况。")
    assert found == [("甘小雨", ("县委书记",)), ("柯明远", ("柳网总编辑",))]


def test_a_name_with_its_post_after_it_still_reads() -> None:
    assert _officials("甘小雨书记的讲话很重要。柯明远县长主持会议。") == [("甘小雨", ("书记",)), ("柯明远", ("县长",))]
