"""A feature that opens with quoted questions: the lead's place sentence comes after them.
Sentences made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _district(text: str) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,),
                                  bylines=(), captions=(), front_matter={}))


def test_quoted_questions_before_the_lead_do_not_hide_its_county() -> None:
    assert _district("“路什么时候修?”“水渠谁来管?”“大家还有什么想法?”6月3日,在信阳市光山县某镇某村,"
                     "该县县委书记和村民代表围坐一起商量村里的事。") == "光山县"
