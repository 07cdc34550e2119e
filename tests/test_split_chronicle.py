"""A chronicle (大事记): a month's line, then its entries, each an article dated by the month
and its own day.  Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


_HEAD = "2031年7-9月区政府大事记\n发布时间:2031-10-11 来源:某区人民政府办公室\n"


def test_every_entry_under_a_month_is_an_article_dated_by_the_month_and_its_day() -> None:
    text = _HEAD + ("7月\n1日 某区召开全区防汛工作部署会,分析研判当前雨情汛情。\n"
                    "2日 某区代区长甲某某率队深入某街道,实地调研街道经济社会发展情况。\n"
                    "8月\n5—6日 某区代区长甲某某主持召开区政府党组会,传达学习有关会议精神。\n"
                    "12日 某区代区长甲某某就区税务工作开展调研。相关区直部门负责人参加。\n")
    drafts = _split(text)
    starts = ["7月1日 某区召开", "7月2日 某区代区长", "8月5—6日 某区代区长", "8月12日 某区代区长"]
    assert len(drafts) == 4 and all(d.paragraphs[0].startswith(s) for d, s in zip(drafts, starts))
    assert [extract_date(d) for d in drafts] == [PartialDate(2031, 7, 1), PartialDate(2031, 7, 2),
                                                  PartialDate(2031, 8, 5), PartialDate(2031, 8, 12)]


def test_the_pages_stamp_between_the_month_and_its_entries_and_entries_with_their_month() -> None:
    text = ("8月\n来源:本室 日期:2032-11-27 11:17\n1日 某市召开政协主席联席会议。\n7日 副省长乙某某到某市开展督察。\n")
    assert len(_split(text)) == 2
    text = ("大事记(2031年8月—9月)\n8月\n8月20日,州委书记甲某某会见某集团董事长。\n"
            "8月26日,某州召开人才见面座谈会。\n")
    assert [d.paragraphs[0][:5] for d in _split(text)] == ["8月20日", "8月26日"]


def test_a_month_over_one_dated_line_is_no_chronicle() -> None:
    text = ("某县召开防汛工作会议\n7月\n1日 某县召开防汛工作会议,部署当前防汛工作。\n会议要求各乡镇加强值守。\n")
    assert len(_split(text)) == 1
