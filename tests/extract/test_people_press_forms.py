"""Names in the written press and in cut excerpts, in simplified and traditional
characters alike; the head of state is no official of a story.  Sentences are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(d)]


@pytest.mark.parametrize("text, name", [
    ("某办主任程远航昨在某市会见客人。", "程远航"),          # 昨: the press's "yesterday"
    ("某辦主任程遠航昨在某市會見客人。", "程遠航"),
    ("省委书记、省人大常委会主任齐峰审议政府工作报告。", "齐峰"),
    ("省委書記、省人大常委會主任齊峰審議政府工作報告。", "齊峰"),
])
def test_a_name_ends_before_the_press_words_after_it(text, name):
    assert officials(text)[0][0] == name


def test_a_name_ends_before_a_word_the_page_cut_short():
    found = officials("某办副主任刘建国、张立新、邵明远参 ...")
    assert [n for n, _ in found] == ["刘建国", "张立新", "邵明远"]
    # a compound surname's four characters before the cut stay one name
    assert officials("某办副主任欧阳建明……")[0][0] == "欧阳建明"


@pytest.mark.parametrize("text", [
    "他又指国家主席程远航在某省工作时,多次到访。",
    "他又指國家主席程遠航在某省工作時,多次到訪。",
])
def test_a_reference_to_the_head_of_state_is_no_official(text):
    assert officials(text) == []
    assert [n for n, _ in officials(text + "国家副主席齐正峰出席。")] == ["齐正峰"]


def test_a_byline_with_the_outlet_and_the_credit_after_slashes():
    from newsarchive.extract.people_bylines import byline_names
    assert byline_names("某某報／ 記者程遠航／綜合報導") == ["程遠航"]
    assert byline_names("某某报/ 记者程远航/综合报道") == ["程远航"]


@pytest.mark.parametrize("text, name, title", [
    ("群众举报时任县委书记张建华劳民伤财,他随后被查。", "张建华", "县委书记"),
    ("被查的某市副市长张建华曾担任某县委书记。", "张建华", "某市副市长"),
    ("外长张建华表示,双方同意加强合作。", "张建华", "外长"),
    ("记者见到某县委书记张建华时,他正在开会。", "张建华", "某县委书记"),
    ("会议传达市委常委、秘书长张建华到我县督导时的讲话精神。", "张建华", "秘书长"),
    ("被查的某市副市长陆浩曾担任某县委书记。", "陆浩", "某市副市长"),
    ("县政府党组成员唐小时,副县长孙建富出席。", "唐小时", "县政府党组成员"),   # 时 may end a given name
])
def test_a_title_before_a_name_in_a_report_of_a_past_post_or_a_visit(text, name, title):
    found = officials(text)
    assert found and found[0][0] == name and title in found[0][1]


def test_a_holder_given_posts_by_yiren_or_xianren_inside_a_sentence():
    text = "会议决定,接受程远航辞去某市副市长职务的请求。根据公开信息,程远航已任某部党组成员、副部长。"
    assert officials(text) == [("程远航", ["某市副市长", "某部党组成员", "副部长"])]
    assert officials("据介绍,齐正峰现任某县县长。") == [("齐正峰", ["某县县长"])]
    assert officials("程远航已任某部副部长") == []     # alone on a line: another story's headline


@pytest.mark.parametrize("text, name", [
    ("村第一书记程远航收到通知后赶到现场。", "程远航"),     # the name's own end, 到 a visit's
    ("村第一书记程远收到通知后赶到现场。", "程远"),         # 收到 is a word: 收 is no name's end
    ("镇长齐正感到责任重大。", "齐正"),
    ("县委书记齐永达到乡里调研。", "齐永达"),               # 达到 is a word, but many names end in 达
    ("区长齐正在会上讲话。", "齐正"),                       # a two-character name keeps its place
])
def test_a_particle_that_completes_a_word_with_the_names_last_character(text, name):
    found = officials(text)
    assert found and found[0][0] == name
