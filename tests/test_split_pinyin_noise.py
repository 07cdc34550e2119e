"""A mirror site's pinyin is taken out of the text before it is split; an author's gloss stays."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import derive_title, split_source
from newsarchive.split.pinyin_noise import without_pinyin_noise


def test_readings_on_converted_characters_are_noise():
    assert without_pinyin_noise("某某鎮(zhèn)召開會(huì)議") == "某某鎮召開會議"


def test_an_authors_gloss_on_a_rare_character_stays():
    text = "村民在峁(mǎo)上種樹。"
    assert without_pinyin_noise(text) == text


def test_many_readings_are_a_mirrors_whatever_they_sit_on():
    assert without_pinyin_noise("峁(mǎo)甲(jiǎ)乙(yǐ)丙") == "峁甲乙丙"


def test_latin_text_in_brackets_without_a_tone_mark_stays():
    text = "某某公司(Holdings)和世界卫生组织(WHO)"
    assert without_pinyin_noise(text) == text


def test_a_byline_line_split_by_readings_is_read_as_a_byline():
    text = "某某商報(bào)記者 吳建華 通訊員 孫海明\n\n1月5日,某某鎮(zhèn)召開會(huì)議,部署春耕生產工作。\n"
    [draft] = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    assert "(bào)" not in "".join(draft.bylines + draft.paragraphs + (draft.title or "",))
    assert draft.paragraphs[0].startswith("1月5日,某某鎮召開會議")


def test_a_derived_question_title_keeps_its_question_mark():
    assert derive_title(["路再难也要走一趟,到底难在哪里?村里的干部说了实话。"]) == "路再难也要走一趟,到底难在哪里?"
