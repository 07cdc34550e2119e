"""A comma doubled or written beside an enumeration comma is a typing slip: one mark is kept
(the 、 where there is one), so that a title list reads whole.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft
from newsarchive.repair import clean_text


def test_doubled_commas_keep_one_mark() -> None:
    assert clean_text("市委书记,、市长王某某出席") == "市委书记、市长王某某出席"
    assert clean_text("他强调,,要抓好落实") == "他强调,要抓好落实"
    assert clean_text("甲县、,乙县") == "甲县、乙县"
    assert clean_text("甲县、乙县,丙县") == "甲县、乙县,丙县"


def test_the_title_before_a_doubled_comma_is_kept() -> None:
    text = clean_text("5月3日,市委书记,、市人大常委会主任林国栋深入青石镇调研。")
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,))
    titles = {o.name: o.titles for o in extract_officials(d)}
    assert "市委书记" in titles["林国栋"]
