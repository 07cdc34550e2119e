"""A related-news heading followed by another story's opening cut short is page residue,
not a second article; a byline with 报道 written right after the name is a byline.
Made-up page."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.byline_lines import is_byline
from newsarchive.extract.people import extract_reporters

_PAGE = ("□记者李明远报道\n"
         "本报某地10月16日讯今天下午,省政协主席某某会见了全国政协调研组一行。\n"
         "新闻推荐\n"
         "□王某张某报道本报某地10月17日讯今天,全省第三季度空气质量考核结果出炉:某市改善幅度最大、获奖补...\n")


def test_a_cut_short_story_under_a_related_heading_is_no_article() -> None:
    drafts = split_source(SourceFile(path="a.txt", text=_PAGE, encoding="utf-8", fmt="txt"))
    assert len(drafts) == 1
    assert not any("第三季度" in p for p in drafts[0].paragraphs)
    assert drafts[0].bylines == ("□记者李明远报道",)


def test_reported_glued_to_the_name_is_a_byline() -> None:
    assert is_byline("记者李明远报道")
    assert is_byline("本报记者李明远报道")
    assert not is_byline("据报道")


def test_a_letter_spaced_credit_is_a_byline_and_names_its_reporters() -> None:
    page = ("5月4日,县委书记甲某到县第一中学看望青年教师。\n\n县领导乙某陪同。\n\n记 者 | 孙立平 吴 昊\n")
    d = split_source(SourceFile(path="a.txt", text=page, encoding="utf-8", fmt="txt"))[0]
    assert d.bylines == ("记 者 | 孙立平 吴 昊",)
    assert extract_reporters(d) == ("孙立平", "吴昊")
