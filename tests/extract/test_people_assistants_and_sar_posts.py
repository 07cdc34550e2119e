"""An assistant to a head (省长助理), the special administrative regions' posts, 今 after a name, a long transliterated name."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _officials(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return {o.name: o.titles for o in extract_officials(d)}


def test_an_assistant_to_the_governor_and_the_name_listed_after():
    found = _officials("副省长周立新,省长助理吴建华、孙海明出席会议。")
    assert found["吴建华"] == ("省长助理",) and found["孙海明"] == ("省长助理",)


def test_the_chief_executive_in_traditional_characters():
    found = _officials("行政長官黃志遠上午會見了訪問團一行。")
    assert found == {"黃志遠": ("行政長官",)}


def test_今_after_a_name_is_today_not_the_name():
    found = _officials("市長吳建華今(五日)上午會見了客人。")
    assert "吳建華" in found and "吳建華今" not in found


def test_a_long_transliterated_name_closed_by_a_particle():
    found = _officials("自治區副主席扎西江村在某地會見了記者團一行。扎西江村還回答了記者的提問。")
    assert found == {"扎西江村": ("自治區副主席",)}


def test_a_papers_chief_editor_written_short_and_a_principal_staff_member():
    found = _officials("新华社某分社社长柯明远、某某日报社总编甘小雨等应邀出席。")
    assert found["甘小雨"] == ("某某日报社总编",)
    found = _officials("7月14日上午,生态环境部某督察局主任科员方远带队到某县调研。")
    assert found == {"方远": ("生态环境部某督察局主任科员",)}


def test_an_office_before_the_post_and_a_yes_or_no_question_are_no_names():
    found = _officials("3月14日,由省纪委宣教室主任柯明远率领的考核组到某县检查。")
    assert found == {"柯明远": ("省纪委宣教室主任",)}
    d = Draft(source="t.txt", ordinal=1, title="某市举行述廉述责大会 领导廉不廉 群众来评议", subtitle=None,
              paragraphs=("3月2日,某市举行述廉述责大会。市委书记柯明远出席。",))
    assert [o.name for o in extract_officials(d)] == ["柯明远"]


def test_a_liaison_officer_is_a_post():
    assert _officials("另外,某区委组织部联络员柯明远也分别致辞。") == {"柯明远": ("某区委组织部联络员",)}
    assert _officials("某县设立了环保联络员制度。") == {}


def test_a_supervisors_rank_is_a_title():
    assert _officials("市委第五巡察组组长、三级高级监察官柯明远作巡察动员讲话。") == {
        "柯明远": ("市委第五巡察组组长", "三级高级监察官")}


def test_a_villages_party_branch_and_an_adverb_before_a_verb_are_no_names():
    assert _officials("某市某县某镇长乐村党总支书记柯明远参加会议。") == {"柯明远": ("某市某县某镇长乐村党总支书记",)}
    assert _officials("见到她后才知道,原来她是驻村第一书记。") == {}


def test_a_two_character_name_before_shuai_leading_a_group():
    assert _officials("省大湾区办常务副主任柯远率调研组来某市调研。") == {"柯远": ("省大湾区办常务副主任",)}
