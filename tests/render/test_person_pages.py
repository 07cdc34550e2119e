"""Which page lists a person: from the name's pinyin alone, stable as the archive grows."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.archive import build_archive
from newsarchive.readings import name_pinyin
from newsarchive.person_pages import PageRules, _letters, page_rules, person_page
from newsarchive.records import Official

from .samples import article


def test_common_surnames_split_finer_than_the_rest():
    assert person_page(("zhang", "guo", "ji")) == "people/zhang-gu.html"     # two letters
    assert person_page(("yang", "jian", "guo")) == "people/yang-j.html"      # one letter
    assert person_page(("jiang", "hui")) == "people/jiang-hj.html"           # the band h–j
    assert person_page(("jiang", "tao")) == "people/jiang-tx.html"
    assert person_page(("jiang", "yu")) == "people/jiang-yz.html"


def test_names_without_a_given_name_or_a_latin_reading_still_have_a_page():
    assert person_page(("zhang",)) == "people/zhang-0.html"
    assert person_page(("qin", "1")) == "people/qin-0.html"
    assert person_page(("1",)) == "people/other.html"
    assert person_page(()) == "people/other.html"
    assert person_page(name_pinyin("ZhangSan")) == "people/zhangsan-0.html"


def test_the_surname_is_read_as_a_surname():
    assert person_page(name_pinyin("曾国藩")) == "people/zeng-ag.html"  # zeng, not ceng
    assert person_page(name_pinyin("单伟")) == "people/shan-tx.html"


def test_adding_articles_never_moves_anyone_already_listed():
    names = ["张国强", "张国华", "蒋辉", "蒋涛", "王建国", "欧阳明", "李明", "赵四"]
    first = [article(f"a{i}", officials=(Official(n),), district="东城区") for i, n in enumerate(names)]
    before = {p.slug: p.url for p in build_archive(first).people}
    more = [article(f"b{i}", officials=(Official(n),), district="西城区")
            for i, n in enumerate(["张国伟", "张果", "蒋华", "王建军", "李铭", "赵五"] * 30)]
    after = {p.slug: p.url for p in build_archive(first + more).people}
    assert len(after) > len(before) and all(after[s] == u for s, u in before.items())


def test_bands_hold_every_letter_once_in_the_shipped_table():
    rules = page_rules()
    letters = "".join(rules.bands)
    assert sorted(letters) == list("abcdefghijklmnopqrstuvwxyz") and len(set(letters)) == len(letters)
    assert not rules.two_letters & rules.one_letter


def test_a_table_without_its_lists_is_an_error_naming_the_file(tmp_path: Path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("split_by_letter: [yang]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="rules.yaml"):
        page_rules.__wrapped__(bad)
    bad.write_text("split_by_two_letters: []\nsplit_by_letter: []\nbands: [ba]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'ba'"):
        page_rules.__wrapped__(bad)


def test_rules_given_explicitly_are_used():
    rules = PageRules(frozenset(), frozenset({"jiang"}), ("abcdefghijklmnopqrstuvwxyz",))
    assert person_page(("jiang", "hui"), rules) == "people/jiang-h.html"
    assert person_page(("zhao", "hui"), rules) == "people/zhao-az.html"


@pytest.mark.parametrize("text, letters", [("zhang", "zhang"), ("Zhang", "zhang"), ("lü", "l"), ("lv3", "lv"),
                                           ("", ""), ("guo ji", "guoji"), ("ZHANG-wei", "zhangwei")])
def test_a_readings_letters_are_its_latin_letters_in_lower_case(text: str, letters: str) -> None:
    assert _letters(text) == letters
