"""A portrait's subtitle names its person; 赴 after a name opens a visit; heads of schools and hospitals are no officials."""
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


def test_heads_of_a_school_or_hospital_are_no_officials_a_party_schools_is():
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(
        "某县中学校长吴建华在会上说,学校受益很多。", "某县人民医院院长孙海明在座谈会上发言。",
        "市委党校常务副校长周立新主持会议。"))
    assert [o.name for o in extract_officials(d)] == ["周立新"]
