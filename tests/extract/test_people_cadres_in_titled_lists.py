"""A cadre (干部) named as one item of a list of titled names.

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Official

from . import draft


def officials(text: str) -> tuple[Official, ...]:
    return extract_officials(draft(text), ())


def test_a_cadre_of_a_unit_between_titled_names_is_an_official():
    found = officials("由省委宣传部综合处副处长刘青松、联络处干部范小菲和市委宣传部文艺处处长曾一、"
                      "干部张海共同组成的调研组到东湖县开展调研。")
    assert Official(name="范小菲", titles=("联络处干部",)) in found
    assert Official(name="张海", titles=("干部",)) in found


def test_a_cadre_alone_after_no_list_is_not_read_so():
    assert all(o.name != "张海" for o in officials("调研组听取了干部张海的汇报。"))
