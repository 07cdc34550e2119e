"""Rare surnames from the published surname list, read only where a post or byline vouches for a name."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.surnames import is_listed_surname, listed_surnames
from newsarchive.records import Draft


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)


def _officials(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in extract_officials(_draft(*paragraphs))}


def test_the_list_holds_rare_surnames_and_no_grammar_word_counts_as_one():
    assert {"拜", "喇", "肇"} <= listed_surnames()
    assert is_listed_surname("喇")
    assert "从" in listed_surnames() and not is_listed_surname("从")


def test_a_list_after_a_post_reads_on_through_rare_surnames():
    found = _officials("市政协副主席周立新、拜文清、吴建华、喇志远、孙海明出席会议。")
    assert {"拜文清", "喇志远", "孙海明"} <= set(found)
    assert found["喇志远"] == ("市政协副主席",)


def test_a_rare_surname_in_a_byline():
    d = _draft("本报讯(记者 肇明宇 吴建华)某县召开大会。")
    assert "肇明宇" in extract_reporters(d)


def test_a_listed_surname_that_opens_a_word_after_a_post_is_no_name():
    assert not [n for n in _officials("区长从严、从实抓好落实。", "县长要求各部门抓好落实。") if n[0] in "从要"]


def test_a_listed_surname_is_read_forwards_from_a_post_only():
    found = _officials("会议决定吴斌副县长代理县长职务。", "执行主席的是周立新、孙海明。")
    assert "吴斌" in found and not [n for n in found if n[0] in "定是"]


def test_a_listed_surname_before_a_word_or_a_particle_is_no_name():
    assert not _officials("大家给张书记拜早年。")


def test_a_listed_surname_takes_no_three_character_given_name():
    found = _officials("副县长吴斌、县政协副主席孙海明及法检两长列席会议。")
    assert "法检两长" not in found and "孙海明" in found


def test_a_rare_surname_keeps_a_given_name_that_is_also_a_word():
    assert "夭建国" in _officials("省委副主委何云葵、州主委夭建国全程陪同。")


def test_a_compound_surname_opening_with_a_listed_character_reads_as_before():
    found = _officials("社区党委书记上官明说,要把服务做到居民家门口。", "村党委书记东方玉婷介绍了村里的情况。")
    assert {"上官明", "东方玉婷"} <= set(found) and "上官明说" not in found


def test_a_rare_surnames_name_the_text_keeps_repeating_after_its_post():
    # after the post the name runs into 到 (a particle); the text names her three more times
    found = _officials("3月2日,省政协副主席禚晓岚到柳湾市调研。在港区,禚晓岚察看了码头建设。"
                       "随后,禚晓岚一行来到工地。禚晓岚向工人问好。")
    assert found == {"禚晓岚": ("省政协副主席",)}
    assert _officials("3月2日,省政协副主席禚晓岚到柳湾市调研。") == {}    # once only: not vouched for
