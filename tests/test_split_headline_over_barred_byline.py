"""A byline whose roles a bar sets off from the names (作者 | 某某  编辑 | 某某), and the
short first line above such a byline read as the headline though it holds a comma.
Headlines, names and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.patterns import is_byline

_TEXT = ("大河岸边,这座山区小县闯出了自己的致富之路\n\n作者 | 林晓东   编辑 | 周明\n\n"
         "近年来,青石镇依托山水资源发展乡村旅游,游客逐年增多。\n\n镇里还修建了步道和停车场。\n")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_role_set_off_by_a_bar_makes_a_byline_line() -> None:
    assert is_byline("作者 | 林晓东   编辑 | 周明")
    assert is_byline("记者 ｜ 林晓东")
    # a bar after a role word that no name follows is no byline
    assert not is_byline("作者 | 这是一篇很长的文章")
    assert not is_byline("关于作者 | 其他")


def test_the_barred_byline_is_not_joined_into_the_text_and_names_the_writer() -> None:
    [draft] = _split(_TEXT)
    assert draft.bylines == ("作者 | 林晓东 编辑 | 周明",)
    assert draft.paragraphs[0].startswith("近年来")
    assert extract_reporters(draft) == ("林晓东",)


def test_a_short_unfinished_first_line_over_a_byline_is_the_headline() -> None:
    [draft] = _split(_TEXT)
    assert draft.title == "大河岸边,这座山区小县闯出了自己的致富之路"


def test_a_finished_sentence_over_a_byline_stays_text() -> None:
    [draft] = _split("青石镇今年游客增多。\n\n作者 | 林晓东\n\n镇里还修建了步道。\n")
    assert draft.title != "青石镇今年游客增多。"
    assert "青石镇今年游客增多。" in draft.paragraphs[0]


def test_a_byline_with_its_roles_run_into_the_names() -> None:
    from newsarchive.extract import extract
    from newsarchive.split.patterns import is_byline
    assert is_byline("记者尹立平通讯员陈立楷") and is_byline("记者尹立平实习生陈立楷")
    assert not is_byline("县委书记王立通讯员")
    text = ("某市一副市长乐为家乡代言\n热心推介家乡美景成网红\n  记者尹立平通讯员陈立楷\n"
            "  本报讯 在某市,一个曾经不知名的小乡村,近两年来被越来越多的人所熟知。\n")
    (d,) = _split(text)
    assert d.title == "某市一副市长乐为家乡代言" and d.subtitle == "热心推介家乡美景成网红"
    assert extract(d).reporters == ("尹立平", "陈立楷")
