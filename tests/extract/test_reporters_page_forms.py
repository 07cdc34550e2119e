"""Byline forms of copied pages: the author bare in the stamp, contributors' units before
their names in the closing brackets, an outlet's photo credit in brackets, a Taiwan byline
with the place it was filed from, and a byline line with credits inside it.  Names,
places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.extract.people_byline_forms import (bracket_photo_names, filed_from_names, stamp_author_names,
                                                      unit_closing_names)
from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.patterns import is_byline

_BODY = "5月6日,青禾县召开春季植树造林动员大会,县委书记甘小雨出席会议并讲话。会议总结了去年的工作,部署了今年的任务。"


def _reporters(text: str) -> tuple[str, ...]:
    [draft] = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    return extract_reporters(draft)


def test_the_author_bare_in_the_stamp() -> None:
    assert stamp_author_names("2030-03-05 16:56 柯明远 来源:青禾网 我来说两句") == ["柯明远"]
    assert stamp_author_names("访问次数: 柯明远 信息来源:青禾县政府网") == ["柯明远"]
    assert stamp_author_names("2030-03-05 16:56 青禾网 来源:青禾日报") == []
    assert _reporters(f"青禾县春季植树\n发布时间:2030-03-06 08:39 访问次数: 柯明远 信息来源:青禾县政府网\n{_BODY}\n") \
        == ("柯明远",)


def test_units_before_names_in_the_closing_brackets() -> None:
    line = "工作组还走访了农户。(青禾县发展改革局、柳湾村工作组 柯明远、林大山)"
    assert unit_closing_names(line) == ["柯明远", "林大山"]
    assert unit_closing_names("会议由县长主持。(县委办公室、县政府办公室)") == []
    assert unit_closing_names("工作组还走访了农户。(柯明远、林大山)") == []     # no unit: the plain reader's


def test_an_outlets_photo_credit_in_brackets() -> None:
    assert bracket_photo_names("柯明遠(左二)參觀農場。(青禾社 林大山攝)") == ["林大山"]
    assert bracket_photo_names("柯明遠參觀農場。(青禾社 供圖)") == []


def test_a_taiwan_byline_with_the_place_it_was_filed_from() -> None:
    assert filed_from_names("柯明遠 台中市 報導") == ["柯明遠"]
    assert filed_from_names("記者柯明遠 福建報導") == ["柯明遠"]
    assert filed_from_names("乡村振兴 台中市 报道") == []
    assert is_byline("柯明遠 台中市 報導")
    assert is_byline("【記者柯明遠 福建報導】")
    assert not is_byline("乡村振兴 福建报道")
    assert _reporters(f"青禾縣春季植樹\n柯明遠 台中市 報導\n{_BODY}\n") == ("柯明遠",)
    assert _reporters(f"青禾縣春季植樹\n【記者柯明遠 福建報導】\n{_BODY}\n") == ("柯明遠",)


def test_a_byline_line_with_a_credit_inside_it() -> None:
    line = "記者 柯明遠/文 林大山 王小川 柯明遠/攝"
    assert is_byline(line)
    assert not is_byline("春风 文 明城")
    assert _reporters(f"{line}\n青禾縣春季植樹\n{_BODY}\n") == ("柯明遠", "林大山", "王小川")
