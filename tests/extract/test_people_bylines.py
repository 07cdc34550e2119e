"""Byline forms seen on real pages, with made-up names and papers."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.people_bracket_bylines import closing_names
from newsarchive.extract.people_bylines import byline_names, is_byline_name
from newsarchive.records import Draft


def reporters(*paragraphs: str) -> list[str]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return list(extract_reporters(d))


@pytest.mark.parametrize("line,names", [
    ("本报讯(记者岑晓东通讯员卢家豪) 12日,县里召开会议。", ["岑晓东", "卢家豪"]),
    ("(作者:文:裘思远)", ["裘思远"]),
    ("(供稿:区局办公室 庞立新)", ["庞立新"]),
    ("作者:钱一鸣 倪小雨 邝国栋", ["钱一鸣", "倪小雨", "邝国栋"]),
    ("文/北方日报融媒记者:向阳 通讯员:兴廉言", ["向阳"]),        # an office pen-name
    ("(海东日报全媒体记者 鲍晓丽 实习生 俞  飞)", ["鲍晓丽", "俞飞"]),
    ("【新塞上·塞上日报记者柴文博】3月2日,", ["柴文博"]),
    ("文/图 桑晓敏", ["桑晓敏"]),
])
def test_byline_forms(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


def test_editors_and_units_are_no_reporters() -> None:
    assert byline_names("编辑:林晓 责编:詹小青 审核:程立") == []
    assert byline_names("作者:某某街道 来源:区委宣传部") == []


def test_a_byline_word_that_is_also_a_word() -> None:
    assert is_byline_name("章程")              # a name when it stands alone after 记者:
    assert not is_byline_name("日前")


def test_closing_bracket_of_names() -> None:
    assert closing_names("会议还研究了其他事项。 (管志远 李得胜)") == ["管志远", "李得胜"]
    assert closing_names("在各居村普遍建立志愿服务站点。( 伍立群)") == ["伍立群"]
    assert closing_names("会议由副县长主持(详见附件)") == []
    assert closing_names("参会单位包括市文联(市作协)") == []


def test_first_line_byline_and_officials_apart() -> None:
    text = ("记者 桂晓云", "7日,县长邹建国主持召开常务会议,副县长闵丽出席。(桂晓云)")
    assert reporters(*text) == ["桂晓云"]
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=text,
              bylines=(), captions=(), front_matter={})
    assert [o.name for o in extract_officials(d)] == ["邹建国", "闵丽"]


def test_dotted_names_in_bylines() -> None:
    assert byline_names("(记者 阿依努尔·吐尔逊 通讯员 巴图·孟和)") == ["阿依努尔·吐尔逊", "巴图·孟和"]
    assert closing_names("活动持续到傍晚。(热依拉·艾山)") == ["热依拉·艾山"]


def test_dateline_bracket_without_a_role() -> None:
    assert reporters("本网讯(仲晓芳)8月4日,县人大常委会召开会议。") == ["仲晓芳"]
    assert reporters("本网讯(县委宣传部)8月4日,县人大常委会召开会议。") == []


def test_reporter_with_baodao_and_a_colon() -> None:
    assert byline_names("本报讯 记者管婷报道:3月5日,市人大召开会议。") == ["管婷"]
    assert byline_names("(北方日报记者印晓 北方网记者雍蕾)") == ["印晓", "雍蕾"]


def test_byline_run_into_the_first_sentence() -> None:
    assert byline_names("本报记者邬晓东今天下午,在机场候车点排队的旅客说。") == ["邬晓东"]
    assert byline_names("记者桂芳3月5日从市局获悉") == ["桂芳"]
    assert byline_names("记者走进社区今天下午的活动现场") == []
