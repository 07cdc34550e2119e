"""Officials and bylines in forms found on real pages, with made-up names and places
(Qinghai, Ningxia, Guizhou): bare names in brackets opening a text or beside an
office's pen-name, names run together after 记者, notes after a name, a stamp in the
title line, pinyin a mirror site inserted, court appointments, a post after a listed
name, padded cell labels."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.records import Draft


def draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs,
                 bylines=(), captions=(), front_matter={})


def reporters(*paragraphs: str, title: str | None = None) -> list[str]:
    return list(extract_reporters(draft(*paragraphs, title=title)))


def officials(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(o.name, o.titles) for o in extract_officials(draft(*paragraphs))]


@pytest.mark.parametrize("paragraphs, names", [
    (("(祁海峰 马丽娟)3月2日,县委书记韩德明主持召开县委常委会会议。",), ["祁海峰", "马丽娟"]),
    (("海东网西宁3月2日电 (祁海峰 青纪宣)省委巡视组进驻。",), ["祁海峰"]),
    (("会议研究了其他事项。(記者 鄧文彬)",), ["鄧文彬"]),
    (("县委书记韩德明主持会议。", "(祁海明 弓丽娟)"), ["祁海明", "弓丽娟"]),      # a rarer surname
    (("本报讯(记者马丽韩强)3月2日,州委书记鲁青山主持召开会议。",), ["马丽", "韩强"]),
    (("本报讯(记者祁燕周文俊)3月2日,州委书记鲁青山主持召开会议。",), ["祁燕", "周文俊"]),
    (("会议通过了人事任免事项。(记者:祁海峰 马丽娟(实习) 审核:县人大办)",), ["祁海峰", "马丽娟"]),
])
def test_byline_forms(paragraphs, names):
    assert reporters(*paragraphs) == names


def test_a_four_character_name_is_not_parted():
    assert not {"阿依", "古丽"} & set(reporters("本报讯(记者 阿依古丽)3月2日,州委书记鲁青山主持召开会议。"))


def test_a_byline_in_the_title_line_stamp():
    assert reporters("5月28日,县人大常委会召开会议。",
                     title="县法院提请人事任免 作者:韩德明 发布时间:2013-06-03 10:27:34") == ["韩德明"]


def test_no_bracket_of_words_opens_a_byline():
    assert reporters("(2022年9月6日)9月6日上午,县人大常委会召开会议。") == []
    assert reporters("本报讯(记者 马丽娟)近日,县委书记鲁青山调研。") == ["马丽娟"]


def test_pinyin_a_mirror_site_inserted_is_read_past():
    found = officials("11月8日下午,縣委書記韓德明,縣委副書記、縣長(zhǎng)鲁青山來到駐地。",
                      "區(qū)人大常委會主任馬麗娟主持會議。")
    assert found == [("韓德明", ("縣委書記",)), ("鲁青山", ("縣委副書記", "縣長")),
                     ("馬麗娟", ("區人大常委會主任",))]


def test_court_appointments_and_removals():
    assert officials("会议以无记名投票方式,任命祁海峰、马丽娟、韩强等18人为区人民法院审判员。") == [
        ("祁海峰", ("区人民法院审判员",)), ("马丽娟", ("区人民法院审判员",)), ("韩强", ("区人民法院审判员",))]
    assert officials("免去鲁青山同志的区人民检察院副检察长、检察委员会委员、检察员职务。") == [
        ("鲁青山", ("区人民检察院副检察长", "检察委员会委员", "检察员"))]


def test_a_post_written_after_a_name():
    assert officials("会议决定韩德明副区长代理区人民政府区长职务。") == [
        ("韩德明", ("副区长", "代理区人民政府区长"))]
    assert officials("区领导祁海峰、马丽娟副区长、韩强出席会议。") == [
        ("祁海峰", ()), ("马丽娟", ("副区长",)), ("韩强", ())]


def test_cells_with_padded_labels_and_names():
    assert officials("组 长:鲁 青 副组长:马丽娟") == [("鲁青", ("组长",)), ("马丽娟", ("副组长",))]
    assert officials("组长:韩德明 副组长:祁 燕") == [("韩德明", ("组长",)), ("祁燕", ("副组长",))]


def test_padded_names_in_running_tables():
    assert officials("巡察组负责人 | 组 长:韩德明 副组长:祁 燕 | 组 长:鲁 青 副组长:马丽娟 |") == [
        ("韩德明", ("组长",)), ("祁燕", ("副组长",)), ("鲁青", ("组长",)), ("马丽娟", ("副组长",))]
    assert officials("组长 祁 燕", "副组长 马丽娟、韩 强") == [
        ("祁燕", ("组长",)), ("马丽娟", ("副组长",)), ("韩强", ("副组长",))]


def test_a_line_break_is_never_part_of_a_name():
    assert all("\n" not in name for name, _ in officials("组长 祁 燕", "副组长 马丽娟"))


def test_a_rarer_surname_after_a_title():
    assert officials("会议由区人大常委会副主任容剑东主持。") == [("容剑东", ("区人大常委会副主任",))]


def test_a_given_name_that_is_a_city():
    assert officials("会议由区总工会党组书记、副主席韩兰州主持。") == [("韩兰州", ("区总工会党组书记", "副主席"))]
    assert officials("县长在兰州主持召开招商会议。") == []
