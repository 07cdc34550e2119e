"""A name joined by 及 or opened by 以及 beside titled ones; 致送 after a name; 提请某某任; 其为 after an appointment."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _officials(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return {o.name: o.titles for o in extract_officials(d)}


def test_a_last_name_joined_by_及_after_titled_ones():
    found = _officials("考察团受到某市副市长周立新、宣传部副部长孙海明及李文涛等热情欢迎。")
    assert found["孙海明"] == ("宣传部副部长",) and "李文涛" in found


def test_a_list_opened_by_以及():
    found = _officials("区委书记周立新,区政协主席吴建华以及孙海明、王晓东、李文涛等在家的区四套班子领导参加会议。")
    assert {"孙海明", "王晓东", "李文涛"} <= set(found)


def test_致送_ends_a_name():
    found = _officials("副部长(右)向宣传部长吴建华致送纪念品。")
    assert "吴建华" in found and "吴建华致送" not in found


def test_a_motion_to_appoint_written_with_任():
    found = _officials("会议表决通过提请吴建华任某市人民政府副市长、代理市长,并接受王晓东辞去某市人民政府市长职务的请求。")
    assert found["吴建华"] == ("某市人民政府副市长", "代理市长")


def test_其为_gives_the_person_just_appointed_a_second_post():
    found = _officials("会议决定任命吴建华为某省副省长,决定其为代理省长。")
    assert found == {"吴建华": ("某省副省长", "代理省长")}
