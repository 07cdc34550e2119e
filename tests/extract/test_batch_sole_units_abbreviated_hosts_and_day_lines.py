"""A city's one county-level unit named beside a body of its kind written bare, a group
coming to a place written by the first character of its name, a line holding only the
day over a post's first sentence, and 尕 in names written without a surname.  Sentences
are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.places import extract_district
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source

from . import draft


def test_the_one_unit_of_the_most_named_city_is_the_place_when_its_kind_is_written_bare() -> None:
    # a mirror's glosses and lost characters leave no clause to read the subject from
    d = draft("某某新聞網(wǎng)-某某日?qǐng)?bào)溫州訊 “我們是區(qū)委巡察組的,歡迎積極舉報(bào)!”日前,"
              "溫州市鹿城區(qū)委第二巡察組巡察某鎮(zhèn)時,便進村入戶走訪宣傳。",
              "溫州市今年以來持續深化巡察,溫州市各地共派出巡察組四十餘個。")
    assert extract_district(d) == "鹿城区"


def test_a_city_written_on_its_own_beside_a_unit_with_no_bare_body_stays_the_place() -> None:
    d = draft("日前,温州市召开巡察工作推进会。",
              "会议通报了温州市今年以来的巡察情况,温州市各地共派出巡察组四十余个,其中温州市鹿城区派出六个。")
    assert extract_district(d) == "温州市"


def test_a_group_coming_to_a_place_written_by_its_first_character_is_that_places_news() -> None:
    d = draft("4月2日,枣庄市政协副主席甲某某率考察团来泰,围绕文旅融合开展调研。",
              "考察团一行参观了泰安多家文旅企业,对泰安的经验做法给予肯定。")
    assert extract_district(d) == "泰安市"


def test_coming_by_a_character_no_named_place_starts_with_leaves_the_visitors() -> None:
    d = draft("4月2日,枣庄市政协副主席甲某某率考察团来泰,围绕文旅融合开展调研。",
              "考察团一行参观了多家文旅企业,枣庄市有关部门负责人参加。")
    assert extract_district(d) == "枣庄市"


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_line_of_the_day_alone_over_the_first_sentence_dates_the_post() -> None:
    text = ("3月8日上午\n\n政协某某市第五届委员会第二次会议在庄严的国歌声中隆重开幕!\n\n"
            "市政协主席甲某某出席会议并讲话。\n\n会议听取了市政协常委会工作报告。\n")
    d = _split(text)[0]
    assert d.title != "3月8日上午"
    assert "3月8日上午" in d.page_lines
    assert extract_date(d) == PartialDate(None, 3, 8)


def test_a_line_of_the_day_below_the_first_sentence_is_text() -> None:
    text = ("某镇召开春季防火工作会议\n\n会议对春季防火工作作了部署。\n\n3月8日上午\n\n"
            "镇长甲某某带队检查了林区。\n")
    d = _split(text)[0]
    assert "3月8日上午" not in d.page_lines


def test_a_name_of_the_transliteration_characters_opening_with_ga() -> None:
    d = draft("2月24日,某县召开县政府全体会议,县长张国华,副县长李明、尕玛才旦、才让扎西出席会议。")
    titles = {o.name: o.titles for o in extract_officials(d)}
    assert titles.get("尕玛才旦") == ("副县长",)
    assert titles.get("才让扎西") == ("副县长",)


def test_a_transliterated_name_in_a_photo_credit_stays_whole() -> None:
    assert extract_reporters(draft("牧民正在喂牛。(某某日报社记者巴依斯古楞摄)")) == ("巴依斯古楞",)
    # two Chinese names run together are still two
    assert extract_reporters(draft("牧民正在喂牛。(记者王建民李志强摄)")) == ("王建民", "李志强")


def test_what_a_posts_holders_do_after_the_post_is_no_name() -> None:
    d = draft("会上,班子成员查摆问题、剖析原因深入,机关党组成员依次逐一对照检查。")
    assert extract_officials(d) == ()
    # a name that reads as a verb, then a particle: still the name
    d = draft("省委书记强卫在前往某县途中,察看了沿线的公路建设。")
    assert [o.name for o in extract_officials(d)] == ["强卫"]


def test_a_village_secretary_written_short_and_a_name_before_an_adverb() -> None:
    d = draft("会上,该县青山镇河岭村支书王建民感慨地说:“这样的培训有助于基层。”")
    assert [(o.name, o.titles) for o in extract_officials(d)] == [("王建民", ("该县青山镇河岭村支书",))]
    d = draft("“这次培训方式是一个创新。”某镇党委书记李志强很有感慨地说。")
    assert [o.name for o in extract_officials(d)] == ["李志强"]


def test_a_list_closed_by_those_it_joined_and_what_they_all_did() -> None:
    d = draft("省委宣传部部长张国华作专题报告。王建民、李志强、赵红梅、孙立新等与全市500多名党员干部一起聆听了报告。")
    assert [o.name for o in extract_officials(d)] == ["张国华", "王建民", "李志强", "赵红梅", "孙立新"]
    # two people chatting with others are no list of those present
    assert extract_officials(draft("王建民、李志强与大家聊天。")) == ()
