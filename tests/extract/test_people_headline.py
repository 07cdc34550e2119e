"""An official named only in the headline, or with a post only the headline gives.
Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _officials(title: str, *paragraphs: str) -> dict[str, tuple[str, ...]]:
    draft = Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs)
    return {o.name: o.titles for o in extract_officials(draft)}


def test_an_official_named_only_in_the_headline() -> None:
    found = _officials("专访青禾县柳湾镇党委书记甘小雨",
                       "记者:今年镇里的重点工作是什么?", "答:我们要把茶产业做大做强,让群众增收。")
    assert found == {"甘小雨": ("青禾县柳湾镇党委书记",)}


def test_the_headline_adds_a_post_the_text_leaves_out() -> None:
    found = _officials("青禾县委书记柯明远调研柳湾镇", "5月6日,柯明远一行来到柳湾镇调研茶产业发展。",
                       "柯明远指出,要持续做好茶文章。")
    assert found["柯明远"] == ("青禾县委书记",)


def test_a_headline_without_officials_adds_none() -> None:
    found = _officials("柳湾镇茶园迎来采摘季", "5月6日,县委书记柯明远来到柳湾镇调研茶产业发展。")
    assert found == {"柯明远": ("县委书记",)}


def test_a_telegraphic_headline_gives_no_name_run_into_a_verb() -> None:
    found = _officials("甘小雨任青禾市代理市长", "会议决定任命甘小雨为青禾市人民政府副市长、代理市长。")
    assert "任青禾" not in found
    found = _officials("市人大常委会决定柯明远为代理市长", "会议决定任命柯明远为市人民政府副市长、代理市长。")
    assert set(found) <= {"柯明远"}


def test_a_name_run_into_a_verb_in_the_headline_is_not_taken_from_the_text_either() -> None:
    found = _officials("市人大常委会决定柯明权为代理市长", "会议决定任命柯明权为市人民政府副市长、代理市长。")
    assert "权为" not in found


def test_a_speaker_line_in_the_subtitle() -> None:
    draft = Draft(source="t.txt", ordinal=1, title="柳湾镇2030年政府工作报告", subtitle="第三次会议上 柳湾镇镇长 甘小雨",
                  paragraphs=("各位代表:", "现在,我代表镇政府向大会报告工作,请予审议。"))
    assert {o.name: o.titles for o in extract_officials(draft)} == {"甘小雨": ("柳湾镇镇长",)}
