"""Dates a lead writes relative to the article (去年), after a dateline's place, or in
traditional characters in a period's opener (於…至…)."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(*paragraphs: str, page_lines: tuple[str, ...] = ()) -> Draft:
    return Draft(source="a.txt", ordinal=1, title="某镇举办新年长跑", subtitle=None,
                 paragraphs=tuple(paragraphs), page_lines=page_lines)


def test_last_year_without_stamp_keeps_month_and_day_only() -> None:
    d = _draft("本报讯 去年12月30日上午,某镇新年长跑活动在镇广场举行。")
    assert extract_date(d) == PartialDate(None, 12, 30)


def test_last_year_with_stamp_counts_back_from_stamp_year() -> None:
    d = _draft("去年11月3日,某县召开乡村振兴推进会。", page_lines=("发布日期:2021-01-05",))
    assert extract_date(d) == PartialDate(2020, 11, 3)


def test_a_day_alone_after_a_dateline_is_the_events_in_the_datelines_month() -> None:
    d = _draft("某某新闻网8月21日云溪消息 15日,某市考察团一行来云溪参观。")
    assert extract_date(d) == PartialDate(None, 8, 15)
    d = _draft("某某网广东新闻3月9日电 (甲某 乙某) 政协某区委员会第二次会议8日在某地开幕。")
    assert extract_date(d) == PartialDate(None, 3, 8)
    # a later day than the dateline's is the month before's
    d = _draft("某某网4月2日讯(记者 甲某) 30日,某县召开防汛工作会议。")
    assert extract_date(d) == PartialDate(None, 3, 30)
    # a count of days is no day
    d = _draft("某某网3月2日讯 全县15个乡镇将在30日内完成整改。")
    assert extract_date(d) == PartialDate(None, 3, 2)


def test_news_said_in_a_sentence_is_no_dateline() -> None:
    d = _draft("网友张某某8月21日发布消息称,15日,某市考察团来到云溪参观。")
    assert extract_date(d) == PartialDate(None, None, 15)


def test_traditional_period_opener_gives_period_start() -> None:
    d = _draft("某省長某某將於六月三日至八日率經貿團訪問某地。", "此行目的之一是推介投資環境。")
    assert extract_date(d) == PartialDate(None, 6, 3)


def test_a_set_phrase_opening_the_lead_does_not_push_the_date_out_of_its_first_sentence() -> None:
    stamp = ("日期:2032-02-09(浏览:5)",)
    d = _draft("辞旧迎新,喜迎新春。2月8日,某区各界人士新春团拜会在区文化馆举行。", page_lines=stamp)
    assert extract_date(d) == PartialDate(2032, 2, 8)
    # a date in a later sentence of a real first sentence stays background: the stamp dates it
    d = _draft("某区各界人士新春团拜会在区文化馆隆重举行。2月8日,区领导走访了困难群众。", page_lines=stamp)
    assert extract_date(d) == PartialDate(2032, 2, 9)
