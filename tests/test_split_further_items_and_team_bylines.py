"""A paper's further item (又讯) on the same page, the page's stamp under the first
headline shared by every item, and a team credited as one (县融媒体中心记者组).  Headlines
and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.patterns import is_byline

_PAGE = ("县政府常务会议召开\n内容更新时间:2031-05-30 07:56:21来源:闽侯乡音报\n■县融媒体中心记者组\n"
         "本报讯 5月23日,县长甲某某主持召开县政府2031年第16次常务会议。\n"
         "会议研究了县政府近期重点工作。\n"
         "又讯 5月29日,县长甲某某主持召开县政府2031年第17次常务会议。\n"
         "会议研究了防汛工作。\n")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_further_item_is_an_article_of_its_own() -> None:
    first, second = _split(_PAGE)
    assert first.title == "县政府常务会议召开"
    assert second.paragraphs[0].startswith("又讯 5月29日")


def test_every_item_shares_the_pages_stamp_under_the_first_headline() -> None:
    first, second = _split(_PAGE)
    assert second.page_lines == first.page_lines == ("内容更新时间:2031-05-30 07:56:21来源:闽侯乡音报",)
    assert extract_district(second) == "闽侯县"


def test_a_team_credited_as_one_is_a_byline() -> None:
    assert is_byline("■县融媒体中心记者组")
    assert is_byline("本报联合采访组")
    assert not is_byline("县委第一巡察组")
    first, _ = _split(_PAGE)
    assert first.bylines == ("■县融媒体中心记者组",)
