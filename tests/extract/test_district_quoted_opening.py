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


def test_a_paragraph_of_quoted_speech_alone_leaves_the_lead_to_the_next() -> None:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, front_matter={},
              paragraphs=("“我从一名村干部走到今天这一步,对不起组织的培养……”",
                          "5月9日上午,卫东区人民法院审判庭内座无虚席,卫东区东环路街道某村原党支部书记站在被告席上忏悔。",
                          "“案子查完了,教育才刚开始。”卫东区纪委监委有关负责人说。",
                          "近年来,该区建成全市首家廉政教育基地,已组织全区干部到基地接受警示教育。"))
    assert extract_district(d) == "卫东区"
