"""Where a name ends when what follows it is no reporting verb: a verb of office before the
post it is elected to, a word that either reading of the name leaves behind, the label of
the next field of a list whose lines ran together; a dotted name with a part a place word
could be; credits glued to names (某某文/图, 某 某摄, 某甲全媒体记者某乙).
Sentences and names are made up."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.people_bracket_bylines import dateline_names

from . import draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    return [(o.name, list(o.titles)) for o in extract_officials(draft(*paragraphs))]


def test_a_name_elected_to_a_post_ends_before_wei() -> None:
    found = officials("大会选举孟春同志为某镇人民政府镇长,选举程立新、郑轩为副镇长。")
    assert ("郑轩", ["副镇长"]) in found
    assert all(name != "郑轩为" for name, _ in found)


def test_the_dictionarys_cut_decides_between_two_readings_closed_by_words() -> None:
    names = [n for n, _ in officials("驻村第一书记魏锋翻开工作日志,记下了一天的走访。")]
    assert names == ["魏锋"]
    # the other way round: the third character is the name's (某志豪|放弃), not a word's
    names = [n for n, _ in officials("市委常委、区委书记黄志豪放弃休假,深入基层一线。")]
    assert names == ["黄志豪"]


def test_a_label_of_the_next_field_ends_the_name_before_it() -> None:
    found = officials("第一巡察组 组长:罗建新副组长:江河、林小雨")
    assert found == [("罗建新", ["组长"]), ("江河", ["副组长"]), ("林小雨", ["副组长"])]


def test_a_dotted_name_whose_part_is_also_a_rare_place_word() -> None:
    found = officials("自治州人大常委会主任吐尔逊·吐尔地一行来到某乡考察。")
    assert found == [("吐尔逊·吐尔地", ["自治州人大常委会主任"])]


def test_a_name_with_both_credits_glued_on_its_own_line() -> None:
    d = replace(draft("过去五年,某省绘就了一幅幅美丽新农村画卷。"), bylines=("某报记者 罗丹青", "陈思文/图"))
    assert extract_reporters(d) == ("罗丹青", "陈思")


def test_a_padded_name_and_she_alone_on_a_line() -> None:
    d = replace(draft("除夕当天,村民赶着自家的羊参加活动。"), captions=("闫 亮摄",))
    assert extract_reporters(d) == ("闫亮",)


def test_a_bare_name_touching_a_reporters_qualified_role_in_the_dateline() -> None:
    assert dateline_names("(刘晓全媒体记者成小月)7月26日,督察组到某县开展督察。") == ["刘晓", "成小月"]
    # the role's qualifier alone, or a place before it, is no name
    assert dateline_names("(融媒体记者 冯小骏)大年三十上午,某市领导检查安全生产。") == ["冯小骏"]
    assert dateline_names("(平原融媒记者 何小聪)3月16日,某市领导来到某县。") == ["何小聪"]


def test_a_rare_surnames_name_does_not_end_inside_a_dictionary_word() -> None:
    found = officials("县委书记某某强调,县级相关领导要加强调度,及时协调解决项目建设中遇到的难题。")
    assert all(name != "要加" for name, _ in found)
