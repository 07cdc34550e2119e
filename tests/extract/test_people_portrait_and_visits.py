"""A portrait's subtitle ("——记…第一书记某某") names its person; 赴 after a name opens a visit."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def test_a_portraits_subtitle_names_the_person_with_the_post():
    d = Draft(source="t.txt", ordinal=1, title="四年驻村路", subtitle="——记某某日报社驻某某村第一书记吴建华",
              paragraphs=("吴建华踏上了这片熟悉的土地。", "乡亲们都说他是自家人。"))
    assert {o.name: o.titles for o in extract_officials(d)} == {"吴建华": ("某某日报社驻某某村第一书记",)}


def test_another_subtitle_is_not_read_for_officials():
    d = Draft(source="t.txt", ordinal=1, title="某某会议召开", subtitle="县委书记吴建华出席", paragraphs=("会议部署了工作。",))
    assert extract_officials(d) == ()


def test_赴_after_a_name_opens_a_visit():
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("17日上午,市委副书记、市长王军赴某某区调研科研院所。",))
    assert {o.name: o.titles for o in extract_officials(d)} == {"王军": ("市委副书记", "市长")}
