"""Leaders of a session listed without titles (on the 主席台, with the presidium),
holders of a post written 由…担任, a word-like name inside a list of names, and
damaged names that are only a surname and the verb after it.  Sentences and names
are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.records import Draft

from . import draft


def people(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in extract_officials(draft(*paragraphs))}


@pytest.mark.parametrize("sentence", [
    "会议由县委书记常某主持。韩立新、程海波、邱雨晨、梅子青在主席台就坐。",
    "会议由县委书记常某主持。韩立新、程海波、邱雨晨、梅子青在主席台前排就座。",
])
def test_leaders_on_the_rostrum(sentence: str) -> None:
    found = people(sentence)
    assert {"韩立新", "程海波", "邱雨晨", "梅子青"} <= set(found)
    assert found["韩立新"] == ()


def test_list_closed_by_the_presidium() -> None:
    found = people("大会执行主席周某主持会议。韩立新、程海波、邱雨晨和大会主席团成员在台上就坐。")
    assert {"韩立新", "程海波", "邱雨晨"} <= set(found)


def test_a_bare_list_without_a_closing_verb_is_no_list() -> None:
    assert "韩立新" not in people("韩立新、程海波、邱雨晨的作品展出。")


def test_word_like_name_vouched_by_its_list() -> None:
    """严明 is a word, but between names closed by 在主席台就坐 it is a name."""
    found = people("韩立新、程海波、严明、梅子青在主席台就坐。")
    assert {"韩立新", "程海波", "严明", "梅子青"} <= set(found)


def test_a_word_ending_the_list_is_still_refused() -> None:
    assert people("韩立新、程海波、严明在主席台就坐。") == {}


def test_post_held_by_names() -> None:
    found = people("本次大会执行主席由韩立新、程海波、邱雨晨担任。受主席团委托，韩立新主持会议。")
    for name in ("韩立新", "程海波", "邱雨晨"):
        assert any(t.endswith("执行主席") for t in found[name]), found


def test_held_by_needs_the_closing_verb() -> None:
    found = people("本次大会执行主席由韩立新、程海波主持会议。")
    assert not any(t.endswith("执行主席") for t in found.get("程海波", ()))


@pytest.mark.parametrize("sentence, bad", [
    ("县政协党组成员邹应邀出席会议。", "邹应邀"),     # the page lost the given name
    ("会议由县人大常委会主任焦主持。", "焦主持"),
    ("对领导小组成员单位和乡镇开展督查。", "单位和"),
])
def test_damaged_names_are_not_read(sentence: str, bad: str) -> None:
    assert bad not in people(sentence)


def test_second_appointment_in_a_sentence() -> None:
    found = people("会议决定任命邱雨晨为某区副区长，任命梅子青为某区人民法院副院长。")
    assert "任命梅子青" not in found and "梅子青" in found


def test_traditional_rostrum_list() -> None:
    found = people("會議由縣委書記常某主持。韓立新、程海波、邱雨晨在主席台就坐。")
    assert {"韓立新", "程海波", "邱雨晨"} <= set(found)


@pytest.mark.parametrize("line, names", [
    ("记者:孙晓明\n报道员:韩立新 程海波", ("孙晓明", "韩立新", "程海波")),
    ("記者:孫曉明\n報道員:韓立新 程海波", ("孫曉明", "韓立新", "程海波")),
])
def test_agency_correspondent_credit(line: str, names: tuple[str, ...]) -> None:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("某县的土豆迎来丰收，田间一片繁忙。", *line.split("\n")),
              bylines=(), captions=(), front_matter={})
    assert extract_reporters(d) == names


def test_cadres_listed_as_a_group() -> None:
    found = people("近日，来自外省的援藏干部韩立新、程海波、邱雨晨三人深入各乡镇调研。")
    assert {"韩立新", "程海波", "邱雨晨"} <= set(found)


@pytest.mark.parametrize("sentence", [
    "要加强干部管理，干部包村工作要落实到位。",
    "村干部韩立新介绍说，今年收成不错。",
])
def test_no_cadre_list_without_two_names(sentence: str) -> None:
    assert "包村工" not in people(sentence)
    assert len(people(sentence)) <= 1


def test_a_count_closes_the_last_name() -> None:
    found = people("援藏干部韩立新、程海波、马伟五人深入乡镇。")
    assert "马伟" in found and "马伟五人" not in found


def test_credit_line_taken_for_the_headline() -> None:
    d = Draft(source="t.txt", ordinal=1, title="某某站:韩立新 程海波 报道", subtitle=None,
              paragraphs=("社区迎来了一群志愿者，为居民开展便民服务。",),
              bylines=(), captions=(), front_matter={})
    assert extract_reporters(d) == ("韩立新", "程海波")


def test_rare_surname_vouched_by_its_list() -> None:
    """庹 is a rare surname: trusted where a list of names vouches for it."""
    found = people("韩立新、程海波、庹明远、邱雨晨在主席台就坐。")
    assert "庹明远" in found


@pytest.mark.parametrize("page_line, names", [
    ("来源:区政府办 韩立新/文", ("韩立新",)),
    ("來源:區政府辦??韓立新/文??", ("韓立新",)),
    ("来源:某某日报 2024-03-05", ()),
])
def test_source_line_slash_credit(page_line: str, names: tuple[str, ...]) -> None:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("区长带队检查安全生产工作。",), bylines=(), captions=(), front_matter={},
              page_lines=(page_line,))
    assert extract_reporters(d) == names


def test_company_managers_are_no_officials() -> None:
    found = people("期间，韩副厅长与县审计局局长程海波、某某建设集团董事长邱雨晨、"
                   "某某农业科技有限公司总经理梅子青座谈交流。")
    assert "程海波" in found and "邱雨晨" not in found and "梅子青" not in found


def test_an_official_who_also_chairs_a_company_stays() -> None:
    found = people("县城投集团党委书记、董事长邱雨晨出席会议。")
    assert "邱雨晨" in found


def test_holders_of_a_session_post_written_after_的是() -> None:
    found = people("大会开幕。担任本次会议执行主席的是韩立新、程海波、邱雨晨、梅子青。")
    assert {"韩立新", "程海波", "邱雨晨", "梅子青"} <= set(found)


def test_的是_without_担任_opens_no_list() -> None:
    assert "韩立新" not in people("值得一提的是韩立新、程海波的作品。")


def test_a_posts_holders_after_a_copula_and_colon() -> None:
    found = people("大会应到代表186名,实到179名,符合法定人数。大会执行主席是:韩立新、程海波、邱雨晨、梅子青。")
    assert all(found.get(n) == ("大会执行主席",) for n in ("韩立新", "程海波", "邱雨晨", "梅子青"))
    assert people("县委书记是:第一责任人。") == {}
