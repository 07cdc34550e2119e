"""Leaders whose words are relayed (name, then post), districts read through a
mirror site's pinyin noise, and an autonomous region's body written short (区党委)
visiting a county.  Sentences and names are made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.people import extract_officials
from newsarchive.extract.places import extract_district

from . import draft


@pytest.mark.parametrize("sentence, name, title", [
    ("会议要求，要按照韩立新书记“三个到位”的要求，抓好整改。", "韩立新", "书记"),
    ("要落实上级部署和程海波书记巡察工作的要求。", "程海波", "书记"),
    ("他代表邱雨晨书记对考察团表示欢迎。", "邱雨晨", "书记"),
    ("要按照韓立新書記的要求抓好落實。", "韓立新", "書記"),
])
def test_relayed_leader(sentence: str, name: str, title: str) -> None:
    found = {o.name: o.titles for o in extract_officials(draft(sentence))}
    assert found.get(name) == (title,)


def test_relay_word_before_a_place_post_is_no_name() -> None:
    found = {o.name for o in extract_officials(draft("会议传达李庄镇长会议精神。"))}
    assert "李庄" not in found


def test_district_through_pinyin_noise() -> None:
    d = draft("今天上午，區(qū)人大常委會(huì)召開會議，區(qū)委常委韓某出席。"
              "會議任命程某為蘇州市吳江(jiāng)區(qū)人民政府副區(qū)長。")
    assert extract_district(d) == "吴江区"


def test_autonomous_region_body_visiting_a_county() -> None:
    d = draft("5月3日至4日，区党委宣传部副部长韩某带队的采访团一行来到墨竹工卡县，开展采风活动。",
              "采访团先后走访了多个乡镇。")
    assert extract_district(d) == "墨竹工卡县"


def test_relayed_leader_with_a_preposition_surname() -> None:
    """于 is also a preposition: right after 代表 and before a post it is a surname."""
    found = {o.name: o.titles for o in extract_officials(draft("市长首先代表于明轩书记对考察团表示欢迎。"))}
    assert found.get("于明轩") == ("书记",)


@pytest.mark.parametrize("sentence, names", [
    ("会议表决通过了韩立新等6名同志的免职议案；会议表决通过了程海波等10名同志的任职议案。",
     {"韩立新", "程海波"}),
    ("会议审议通过了邱雨晨、梅子青两名同志的任职议案。", {"邱雨晨", "梅子青"}),
    ("會議表決通過了韓立新等6名同志的免職議案。", {"韓立新"}),
])
def test_names_of_a_personnel_motion(sentence: str, names: set[str]) -> None:
    found = {o.name: o.titles for o in extract_officials(draft(sentence))}
    assert names <= set(found)
    assert all(found[n] == () for n in names)


def test_motion_without_names_names_nobody() -> None:
    assert extract_officials(draft("会议通过了关于6名同志的任职议案。")) == ()


def test_city_short_name_the_lexicon_tags_as_a_person() -> None:
    """嘉兴 is a city although the lexicon tags it as a person's name; a 市委 article
    naming it only by its short name is that city's."""
    d = draft("今天，市委书记韩某主持召开专题会，研究部署下一阶段工作。",
              "会议要求，要聚焦嘉兴发展大局，推动嘉兴经济高质量发展。")
    assert extract_district(d) == "嘉兴市"


def test_county_short_name_that_is_a_word_stays_a_word() -> None:
    d = draft("今天，县委书记韩某主持召开专题会，研究部署温泉开发工作。", "要把温泉资源用好。")
    assert extract_district(d) is None


@pytest.mark.parametrize("sentence, name, title", [
    ("要按照乌兰图雅书记“三个到位”的要求抓好落实。", "乌兰图雅", "书记"),       # a four-character name
    ("要按照韩立新副书记的要求抓好落实。", "韩立新", "副书记"),                 # not 韩立新副 + 书记
])
def test_relayed_long_names_and_prefixed_posts(sentence: str, name: str, title: str) -> None:
    found = {o.name: o.titles for o in extract_officials(draft(sentence))}
    assert found.get(name) == (title,), found
