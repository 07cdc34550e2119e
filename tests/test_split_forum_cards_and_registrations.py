"""Page furniture that was taken for the headline or split a page: a paper's or site's
registration line, a forum thread's floor, its poster's card and its pager, a site's news
hotline, a property line after a lost comment opening; and the headlines a page sets with
its event's date first or with a colon above its stamp.  Text is made up."""
from __future__ import annotations

import pytest

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.headline_echo import labelled_title
from newsarchive.split.residue import CHROME, FOOTER, STAMP, line_kind


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


@pytest.mark.parametrize("text", ["国内统一刊号:CN00-0000 某某日报社出版", "中文域名:某某县人民政府.政务",
                                  "网站标识码:0000000000"])
def test_a_registration_line_is_the_pages_footer(text: str) -> None:
    assert line_kind(text) == FOOTER


def test_a_site_registration_above_the_headline_is_no_title() -> None:
    [draft] = _split("中文域名:某某县人民政府.政务\n\n某县专题研究春季防汛 确保重点水库安全度汛\n\n"
                     "来源:某某融媒 发布时间:2031-02-11 18:15\n\n"
                     "日前,某县召开县委常委会议,专题研究春季防汛备汛,对重点水库的安全度汛作出安排。\n\n"
                     "会议要求,各乡镇要压实责任,确保安全度汛。\n")
    assert draft.title == "某县专题研究春季防汛 确保重点水库安全度汛"
    assert "中文域名:某某县人民政府.政务" in draft.page_lines


@pytest.mark.parametrize("text, kind", [
    ("楼主", CHROME), ("沙发", CHROME), ("2楼", CHROME), ("#3", CHROME),
    ("等级:", CHROME), ("积分: 1024", CHROME), ("上一页 |1", CHROME), ("/1页", CHROME), ("共3页", CHROME),
    ("举报 X", CHROME), (", 来自:某省某市 移动", CHROME),
    ("来自:某某日报", None),                      # a source names its publisher, no device
    ("积分制管理让村民得实惠", None),             # a headline that opens with a card's word
    ("楼主说的情况属实,村里已经整改。", None),
])
def test_forum_post_furniture(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


_THREAD = ("上一页 |1\n/1页\n主题:某区老年大学新校区揭牌\n举报 X\n山间的风2030\n等级:\n财富:\n"
           "发表于2031-05-30 08:00:24 |来自某省 |只看该作者\n楼主\n标签:老年 教育\n"
           "本报讯 (记者 甲某某) 12日,某区老年大学新校区揭牌。区委副书记乙某某为新校区揭牌。\n"
           "区领导丁某某参加。\n"
           "老年大学是服务老年人的重要阵地,近年来,该区持续扩大办学规模。\n")


def test_a_forum_thread_is_one_article_titled_by_its_subject_line() -> None:
    [draft] = _split(_THREAD)
    assert draft.title == "某区老年大学新校区揭牌"
    assert not any("山间的风" in p or "等级" in p for p in draft.paragraphs)


def test_a_thread_subject_label_names_the_title() -> None:
    assert labelled_title(["主题:某区老年大学新校区揭牌"]) == "某区老年大学新校区揭牌"
    assert labelled_title(["標題：某鎮召開會議"]) == "某鎮召開會議"


def test_a_poster_name_is_known_by_the_card_under_it() -> None:
    [draft] = _split("某区老年大学新校区揭牌\n老张看天下\n积分: 120\n"
                     "发表于2031-05-30 08:00:24\n"
                     "本报讯 (记者 甲某某) 12日,某区老年大学新校区揭牌。区委副书记乙某某为新校区揭牌。\n")
    assert draft.title == "某区老年大学新校区揭牌"
    assert draft.subtitle is None


def test_a_headline_opening_with_its_events_date_is_no_stamp() -> None:
    assert line_kind("2031年3月28日某镇开展植树活动") is None
    assert line_kind("2031年3月28日 某某日报") == STAMP
    assert line_kind("2031年3月28日星期五") == STAMP
    [draft] = _split("2031年3月28日某镇开展植树活动\n\n为响应县委号召,某镇组织干部群众开展植树活动,共植树三百株。\n")
    assert draft.title == "2031年3月28日某镇开展植树活动"


def test_a_property_line_after_a_lost_comment_opening_is_a_stamp() -> None:
    assert line_kind("--> 2031-01-20 1 1 某某日报 c2031.html 1 某某会议召开 /enpproperty-->") == STAMP


def test_a_headline_with_a_colon_over_the_stamp_heads_the_text() -> None:
    text = ("某市长在某区调研:“能快则快”,“能好则好”\n\n2031-06-08 21:46:00 来源:某某日报\n\n编辑:甲某某\n\n"
            "新闻热线:0000-12345678(24小时接听)\n\n"
            "某某网/某某客户端讯(某某日报记者乙某某)4月3日至4日,市长丙某某在某区调研。他指出,要把城市更新做细做实。\n\n"
            "区委书记丁某某参加调研。\n")
    [draft] = _split(text)
    assert draft.title == "某市长在某区调研:“能快则快”,“能好则好”"
    assert draft.paragraphs[0].startswith("某某网/某某客户端讯")
    assert line_kind("新闻热线:0000-12345678(24小时接听)") == CHROME


def test_an_epaper_column_over_its_stamp_is_still_no_headline() -> None:
    [draft] = _split("第一版:要闻\n\n2031年06月10日\n某区召开政府常务会议\n"
                     "6月6日,区政府召开第12次常务会议。区长甲某某主持会议。\n")
    assert draft.title == "某区召开政府常务会议"
