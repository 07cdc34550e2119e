"""Name forms beyond surname + one or two characters: dotted and long
transliterated names, rare surnames after a title.  Sentences are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials
from newsarchive.extract.people_name_words import is_name
from newsarchive.extract.people_dotted_names import dotted_name_at
from newsarchive.extract.people_names import name_at
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(d)]


def test_rare_surname_counts_only_after_a_title() -> None:
    assert is_name("衣秀梅", anchored=True)
    assert not is_name("衣秀梅")
    assert name_at("副县长衣秀梅出席", 3, anchored=True) == "衣秀梅"


def test_long_given_name_after_a_title() -> None:
    assert name_at("州长沙日布哈作报告,", 2, anchored=True) == "沙日布哈"
    assert not is_name("沙日布哈")                  # never without a title


def test_long_given_name_is_not_a_name_plus_words() -> None:
    assert name_at("由市长韩以提请的议案", 3, anchored=True) == "韩以"


@pytest.mark.parametrize("text,name", [
    ("艾尔肯·吐尼亚孜作动员讲话", "艾尔肯·吐尼亚孜"),
    ("巴特尔·那顺等县领导出席", "巴特尔·那顺"),
    ("古丽娜·买买提主持会议", "古丽娜·买买提"),
])
def test_dotted_name_ends_at_the_strongest_boundary(text: str, name: str) -> None:
    assert dotted_name_at(text, 0) == name


@pytest.mark.parametrize("text", ["青海·西宁推介会", "新华日报·交汇点记者 某某"])
def test_dotted_place_or_paper_is_no_name(text: str) -> None:
    assert dotted_name_at(text, 0) is None


def test_dotted_name_after_titles_in_a_region() -> None:
    got = officials("会议由县委副书记、县长艾尔肯·吐尼亚孜主持,县委常委、宣传部部长古丽娜·买买提作部署。")
    assert got == [("艾尔肯·吐尼亚孜", ["县委副书记", "县长"]),
                   ("古丽娜·买买提", ["县委常委", "宣传部部长"])]


def test_traditional_characters_read_like_simplified_and_kept_as_written() -> None:
    got = officials("市委書記鍾曉東、市長賴國華出席會議,區領導韓誌強、蕭麗娟參加。")
    assert got == [("鍾曉東", ["市委書記"]), ("賴國華", ["市長"]), ("韓誌強", []), ("蕭麗娟", [])]


def test_traditional_byline() -> None:
    from newsarchive.extract.people_bylines import byline_names
    assert byline_names("本報訊(記者 顧曉燕 通訊員 鄭國偉)") == ["顧曉燕", "鄭國偉"]


def test_given_name_ending_like_an_organisation_after_a_title() -> None:
    assert name_at("副主任吴立所主持会议。", 3, anchored=True) == "吴立所"
    assert name_at("党委书记金水区,", 4, anchored=True) is None
    assert not is_name("吴立所")                    # never without a title


def test_roll_call_words_are_no_names() -> None:
    found = officials("县领导周立新、吴海平、郑晓东出席。",
                      "出席会议的县委委员应到31名,实到29名;候补委员应到5名,实到5名,符合法定人数。",
                      "会上,县委副书记、县长吴海平作说明。")
    assert sorted(name for name, _ in found) == ["吴海平", "周立新", "郑晓东"]


def test_units_and_departments_told_to_act_are_no_names() -> None:
    """各成员单位要… reads 成员 as a post and 单位要 as a name unless organisation words end it."""
    found = officials("会上,市委副书记何立平要求,各成员单位要加强协作,各部门要主动担当。",
                      "单位要守住底线。")
    assert [name for name, _ in found] == ["何立平"]


def test_name_read_once_with_the_next_word_is_the_shorter_name() -> None:
    # 周明 is named on its own twice; once a title reads the next word onto it
    got = officials("某县人代会昨天闭幕,周明当选某县人大常委会主任,吴刚当选某县县长。",
                    "会后,周明和新当选的委员合影留念。",
                    "随后,县人大常委会主任周明和两名副主任走上台,由县人大常委会主任周明监誓,周明表示将依法履职。")
    assert [name for name, _ in got] == ["周明", "吴刚"]
    assert dict(got)["周明"] == ["某县人大常委会主任"]


def test_a_longer_name_named_once_stays_when_the_shorter_is_no_name_on_its_own() -> None:
    got = officials("副县长孙立平主持会议,县委常委孙立出席。")
    assert sorted(name for name, _ in got) == ["孙立", "孙立平"]


@pytest.mark.parametrize("text,start,name", [
    ("县委常委、办公室主任周小川就《方案》答问", 10, "周小川"),
    ("县委常委、办公室主任周川就《方案》答问", 10, "周川"),
    ("省委书记杨林在会上讲话", 4, "杨林"),
    ("县长王自和出席", 2, "王自和"),          # 和 ends given names (李和): kept
])
def test_a_particle_after_a_name_is_not_its_last_character(text: str, start: int, name: str) -> None:
    assert name_at(text, start, anchored=True) == name


@pytest.mark.parametrize("text,start,name", [
    ("决定免去茆小林的某市副市长职务", 4, "茆小林"),
    ("州主委夭一民全程陪同", 3, "夭一民"),
])
def test_rarer_surnames_after_a_post_or_a_removal(text: str, start: int, name: str) -> None:
    assert name_at(text, start, anchored=True) == name
    assert not is_name(name)                      # never without a post in front


def test_rarer_surname_in_a_byline_after_a_spaced_name() -> None:
    from newsarchive.extract.people import extract_reporters
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("本报讯(某某晚报记者 林 青 剡小河) 4月6日,某县举办春季招聘会。",),
              bylines=(), captions=(), front_matter={})
    assert list(extract_reporters(d)) == ["林青", "剡小河"]


@pytest.mark.parametrize("text,start,name", [
    ("市长鸟一平会见了来访的客人", 2, "鸟一平"),
    ("宣传部部长河小兰、", 5, "河小兰"),
    ("副县长门立新,", 3, "门立新"),
    ("县长河道治理工作", 2, None),        # the word after a title, no reporting verb
    ("主任门诊部", 2, None),
])
def test_surnames_that_are_words_need_a_title_and_a_strong_boundary(text: str, start: int, name: str | None) -> None:
    assert name_at(text, start, anchored=True) == name
    assert name_at(text, start) is None


def test_a_name_that_is_also_a_place_word_between_a_title_and_a_reporting_verb():
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("3月7日上午,县人大常委会主任关内主持召开县人大常委会第九次会议。",))
    assert [(o.name, o.titles) for o in extract_officials(d, ())] == [("关内", ("县人大常委会主任",))]
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("3月7日上午,县人大常委会主任关内外奔走,协调各方。",))
    assert "关内" not in [o.name for o in extract_officials(d, ())]


def test_unit_heads_listed_after_their_units_and_counted_are_officials():
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("会上,东坪镇刘明山、西河乡赵晓、区交通运输局孙建国等3位单位负责人作表态发言。",))
    assert [o.name for o in extract_officials(d, ())] == ["刘明山", "赵晓", "孙建国"]


def test_units_listed_with_a_count_but_no_names_give_no_officials():
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("会上,东坪镇、西河乡、区交通运输局等3个单位负责人作表态发言。",))
    assert extract_officials(d, ()) == ()
