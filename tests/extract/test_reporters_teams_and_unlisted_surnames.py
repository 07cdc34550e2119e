"""A team of reporters closing the text in one bracket, and a writer whose surname the tables
lack after the role word.  Names and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import Draft


def _reporters(*paragraphs: str) -> tuple[str, ...]:
    return extract_reporters(Draft(source="t.txt", ordinal=1, title="某州开展集中采访活动", subtitle=None,
                                   paragraphs=paragraphs))


def test_a_team_of_reporters_in_the_closing_bracket() -> None:
    text = "七天里,记者兵分两路,深入全州各县进行采访。(裴立学 刘宏文 陈永强 尤丽 梁明 杨嘉)"
    assert _reporters("某州举办采访活动。", text) == ("裴立学", "刘宏文", "陈永强", "尤丽", "梁明", "杨嘉")


def test_a_long_bracket_that_is_not_all_names_is_no_team() -> None:
    assert _reporters("会议要求各单位抓好落实。(市教育局 市民政局 市财政局 市人社局 市卫健委)") == ()
    assert _reporters("会议通报了情况。(张一 李二 王三 赵四 以上排名不分先后)") == ()
    # listed with 、 the items are a sentence's list, not a byline
    assert _reporters("会议通报了情况。(刘宏文、陈永强、梁明、杨嘉、王刚)") == ()


def test_a_writer_whose_surname_the_tables_lack_after_the_role_word() -> None:
    text = "居民们参与的积极性很高。(作者:及雅静 张普)"
    assert _reporters("社区举办活动,居民踊跃参加。", text) == ("及雅静", "张普")
    assert _reporters("本报讯(记者 及雅静)某县召开会议。") == ("及雅静",)
    # an office's pen-name is no person
    assert _reporters("本报讯(记者 及雅静 通讯员 从纪宣)某县召开会议。") == ("及雅静",)
    # a sentence after 记者 is no name
    for lead in ("记者了解到,某县召开会议。", "记者看到了,某县召开会议。", "记者采访时,某县召开会议。"):
        assert _reporters(lead) == (), lead


def test_an_author_that_is_the_pages_source_is_the_outlet() -> None:
    draft = Draft(source="t.txt", ordinal=1, title="某会议开幕", subtitle=None,
                  paragraphs=("某日报讯(记者 李杨 张芳报道)1月26日上午,某会议开幕。",),
                  page_lines=("作者:石榴云", "来源:石榴云"))
    assert extract_reporters(draft) == ("李杨", "张芳")


def test_an_outlets_line_with_its_reporter_then_a_correspondent() -> None:
    draft = Draft(source="t.txt", ordinal=1, title="某镇召开总结表彰大会", subtitle=None,
                  paragraphs=("2月24日上午,某镇召开总结表彰大会。",), bylines=("某某商报·某某新闻网 刘燕 通讯员 杜贵霞",))
    assert extract_reporters(draft) == ("刘燕", "杜贵霞")


def test_a_transliterated_name_of_four_characters_stays_whole() -> None:
    assert _reporters("巡察组张贴了巡察公告,明确了来访地点和举报电话。(供稿:古丽那提)") == ("古丽那提",)
    assert _reporters("巡察组张贴了巡察公告。(供稿:张伟李明)") == ("张伟", "李明")
