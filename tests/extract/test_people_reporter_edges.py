"""Reporters at the edges of a byline: a byline the layout made the subtitle, a credit in bare
brackets, an outlet's label before the bracketed name, a reporter the story quotes.  Names,
places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.extract.people_bracket_bylines import closing_names, dateline_names
from newsarchive.extract.people_bylines import byline_names
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None, subtitle: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=subtitle, paragraphs=paragraphs)


def test_a_byline_read_as_the_subtitle_names_the_reporters() -> None:
    draft = _draft("青禾网讯 近日,柳湾镇开展植树活动。", title="柳湾镇开展植树活动", subtitle="□记者 甘小雨柯明远 报道")
    assert extract_reporters(draft) == ("甘小雨", "柯明远")


def test_a_subtitle_that_is_a_sentence_names_no_reporter() -> None:
    draft = _draft("近日,柳湾镇开展植树活动。", title="柳湾镇开展植树活动", subtitle="——记柳湾镇护林员甘小雨")
    assert extract_reporters(draft) == ()


def test_a_reporter_the_story_quotes_is_no_byline() -> None:
    assert byline_names("“我会一直拍下去。”青禾电视台记者甘小雨说。") == []
    assert byline_names("记者 甘小雨 柯明远") == ["甘小雨", "柯明远"]      # a byline still reads


def test_a_credit_word_before_a_name_in_closing_brackets() -> None:
    assert closing_names("……凝聚更多正能量。(文 甘小雨)") == ["甘小雨"]
    assert closing_names("……凝聚更多正能量。(文 甘小雨 图 柯明远)") == ["甘小雨", "柯明远"]
    assert closing_names("……凝聚更多正能量。(文 明)") == []       # a word is no name


def test_an_outlets_label_before_the_bracketed_name() -> None:
    assert dateline_names("青禾法制网:(甘小雨)5月2日,柳湾镇召开人代会。") == ["甘小雨"]
    assert dateline_names("会议决定:(一)柳湾镇召开人代会。") == []


def test_a_listed_surname_before_a_word_is_a_name_beside_another_name() -> None:
    assert closing_names("……参加了此次考察活动。(云海明 甘小雨)") == ["云海明", "甘小雨"]
    assert closing_names("……参加了此次考察活动。(云海明)") == []              # alone it is not sure
    assert closing_names("……参加了此次考察活动。(甘小雨 高兴)") == []          # a word is no name


def test_an_e_papers_marked_byline_read_as_the_subtitle() -> None:
    draft = _draft("青禾网讯 近日,柳湾镇开展植树活动。", title="柳湾镇开展植树活动", subtitle="■甘小雨 柯明远")
    assert extract_reporters(draft) == ("甘小雨", "柯明远")


def test_a_related_stories_label_run_onto_the_closing_brackets() -> None:
    assert closing_names("……大家都说很有启发。(甘小雨 柯明远)相关文章Related") == ["甘小雨", "柯明远"]
    assert closing_names("……大家都说很有启发。(甘小雨 柯明远)他说") == []


def test_text_and_pictures_credited_with_a_list_mark() -> None:
    assert extract_reporters(_draft("近日,柳湾镇开展植树活动。（文、图/甘小雨）")) == ("甘小雨",)
