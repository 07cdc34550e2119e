"""The head of a school or hospital named as an item of a list right after an official.

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Official

from . import draft


def officials(text: str) -> tuple[Official, ...]:
    return extract_officials(draft(text), ())


def test_a_school_head_listed_after_an_official_takes_part_as_one():
    found = officials("县政协副主席、县发改委主任夏海,东山经贸学校校长刘武以及镇党委政府主要负责同志参与调研。")
    assert Official(name="刘武", titles=("东山经贸学校校长",)) in found


def test_a_school_head_speaking_alone_is_still_no_official():
    assert officials("某县中学校长吴建华在会上说,学校受益很多。") == ()
