"""A post written before a list of names, a long name inside a list, an adverb after
a name, a byline name run into a place.  Sentences, names and places are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.records import Draft


def _draft(text: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,),
                 bylines=(), captions=(), front_matter={})


def officials(text: str) -> list[tuple[str, list[str]]]:
    return [(o.name, list(o.titles)) for o in extract_officials(_draft(text))]


def test_a_post_in_front_of_a_list_after_the_leaders_goes_to_every_name() -> None:
    post = "市防汛指挥部副指挥长"
    assert officials(f"市领导、{post}李小红、赵建、钱立国出席会议。") == [
        ("李小红", [post]), ("赵建", [post]), ("钱立国", [post])]


def test_a_commanders_post_is_a_post() -> None:
    assert officials("县委书记、县防汛指挥部指挥长孙明华主持会议。") == [
        ("孙明华", ["县委书记", "县防汛指挥部指挥长"])]


def test_a_four_character_name_between_two_commas_of_a_list_is_whole() -> None:
    found = officials("县长李小红、赵建、曲木时布、孙明出席会议。")
    assert ("曲木时布", ["县长"]) in found
    assert [n for n, _ in found] == ["李小红", "赵建", "曲木时布", "孙明"]


def test_a_listed_name_before_a_verb_is_not_stretched() -> None:
    assert [n for n, _ in officials("县长李小红、赵建、钱立国出席会议。")] == ["李小红", "赵建", "钱立国"]


def test_an_adverb_after_a_name_is_no_part_of_it() -> None:
    assert officials("县委副书记、县长孙强即主持召开常务会议。") == [("孙强", ["县委副书记", "县长"])]
    assert officials("副县长王立新即赶赴现场。") == [("王立新", ["副县长"])]


def test_a_byline_name_run_into_a_countys_name_ends_before_it() -> None:
    assert extract_reporters(_draft("本报特约记者 王成林云和县是一个山区县,群山连绵。")) == ("王成林",)


def test_a_title_holding_a_rare_character_is_read_whole() -> None:
    # 㳇 lies outside the basic block of CJK characters (Extension A)
    assert officials("春节前夕,度假区党工委委员、某㳇镇党委书记王小明走访困难群众。") == [
        ("王小明", ["度假区党工委委员", "某㳇镇党委书记"])]


def test_an_appointment_naming_the_post_the_person_holds_before_为() -> None:
    assert officials("会议决定任命王大明为某省人民政府副省长,并根据主任会议的提名,"
                     "决定王大明副省长为某省人民政府代理省长。") == [
        ("王大明", ["某省人民政府副省长", "某省人民政府代理省长"])]


def test_a_list_of_names_on_the_rostrum_vouches_for_a_rare_surname() -> None:
    text = "区政协主席甲立新主持会议。郭立平、杨文远、夏志林、旃启明在主席台就坐。"
    assert [o.name for o in extract_officials(_draft(text))][1:] == ["郭立平", "杨文远", "夏志林", "旃启明"]


def test_a_list_closed_by_leaders_attending_vouches_for_rare_surnames() -> None:
    text = "李立平、冯文远等区四套班子领导,惠志林、占启明、黄文芳等某区四套班子领导参加考察。"
    assert [o.name for o in extract_officials(_draft(text))] == ["李立平", "冯文远", "惠志林", "占启明", "黄文芳"]
