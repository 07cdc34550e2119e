"""Event dates: the lead's first clause-starting date, front matter first; Chinese numerals."""
from __future__ import annotations

import datetime as dt

import pytest

from newsarchive.extract.dates import event_year, extract_date, iter_dates, parse_date_value
from newsarchive.extract.numerals import to_int
from newsarchive.records import PartialDate

from . import corpus_draft, draft, gold_articles, needs_shared


@pytest.mark.parametrize("text, value", [
    ("3", 3), ("12", 12), ("十", 10), ("十二", 12), ("二十三", 23), ("两", 2), ("三十一", 31),
    ("一百零五", 105), ("二〇二四", 2024), ("一九九八", 1998), ("", None), ("十二月", None), ("abc", None),
])
def test_numerals(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize("value, want", [
    (dt.date(2024, 6, 18), PartialDate(2024, 6, 18)),
    (dt.datetime(2024, 6, 18, 9, 30), PartialDate(2024, 6, 18)),
    ("2024-06-18", PartialDate(2024, 6, 18)),
    ("2024/6/8", PartialDate(2024, 6, 8)),
    ("2024-06", PartialDate(2024, 6, None)),
    ("2024", PartialDate(2024, None, None)),
    (2023, PartialDate(2023, None, None)),
    ("2024年6月18日", PartialDate(2024, 6, 18)),
    ("6月18日", PartialDate(None, 6, 18)),
    ("二〇二四年三月二日", PartialDate(2024, 3, 2)),
    ({"year": None, "month": 3, "day": 2}, PartialDate(None, 3, 2)),
    ("2024-02-30", None),
    ("下周", None),
    (True, None),
])
def test_front_matter_values(value, want):
    assert parse_date_value(value) == want


def test_dates_in_text_with_numerals_widths_and_ranges():
    found = [d.date for d in iter_dates("二〇二四年三月二日上午；３月５日；2024年4月8日至6月7日；2月30日；十二月一日")]
    assert found == [PartialDate(2024, 3, 2), PartialDate(None, 3, 5), PartialDate(2024, 4, 8),
                     PartialDate(2024, 6, 7), PartialDate(None, 12, 1)]


def test_event_year_only_when_the_event_is_named_with_it():
    assert event_year("中原区召开2018年统战工作会议") == 2018
    assert event_year("2024年全县经济工作会议召开") == 2024
    assert event_year("区委召开会议，回顾总结2023年工作") is None
    assert event_year("召开2018年统战会议，部署2019年工作") == 2018
    assert event_year("2021年以来召开会议") is None


@pytest.mark.parametrize("paragraphs, title, want", [
    (["本报讯(记者 张三) 3月2日,市委统战工作会议召开。"], None, PartialDate(None, 3, 2)),
    (["2023年11月5日上午，樊城区召开民营企业家座谈会。"], None, PartialDate(2023, 11, 5)),
    (["本报讯 4月19日上午,中原区召开2018年统战工作会议。会议强调…"], None, PartialDate(2018, 4, 19)),
    (["3月5日，区委召开常委会议，回顾2017年工作。"], None, PartialDate(None, 3, 5)),
    (["1月8日，会议在县委会议中心举行。"], "全县2022年度经济工作会议召开", PartialDate(2022, 1, 8)),
    (["二〇二四年三月二日上午，县委召开全会。"], None, PartialDate(2024, 3, 2)),
    (["３月１４日上午，寿光市召开工作会议。"], None, PartialDate(None, 3, 14)),
    (["按照部署，省委第三巡视组于近日进驻。8月1日上午，动员会召开。"], None, PartialDate(None, 8, 1)),
    (["近日，经开区召开工作会议。", "5月6日，区领导调研企业。"], None, None),
    (["日前，区委召开巡察工作会议，受理截止日期为4月21日。"], None, None),
    (["区委第二巡察组受理截止日期为4月21日。"], None, None),
    (["冬暖式大棚内农技人员正在指导种植户 记者 丁一鸣 摄", "本报讯 3月14日上午,寿光市召开会议。"],
     None, PartialDate(None, 3, 14)),
    (["为深化治理效能，区委开展调研。", "会议指出…"], None, None),
    (["记者3月5日从市统计局获悉，全市经济运行平稳。"], None, PartialDate(None, 3, 5)),
    (["新华社北京3月2日电（记者 李四）全国会议今日召开。"], None, PartialDate(None, 3, 2)),
    (["昨天（3月5日），望城区召开经济工作会议。"], None, PartialDate(None, 3, 5)),
    (["按照县委统一部署，县委第一巡察组于2024年3月5日进驻城关镇。"], None, PartialDate(2024, 3, 5)),
])
def test_lead_date(paragraphs, title, want):
    assert extract_date(draft(*paragraphs, title=title)) == want


@needs_shared
def test_front_matter_date_wins_over_text():
    d = corpus_draft("105", front_matter={"date": dt.date(2024, 6, 18), "district": "安吉县"})
    assert d.paragraphs[0].startswith("6月17日下午")
    assert extract_date(d) == PartialDate(2024, 6, 18)
    partial = draft("6月17日下午，县委召开会议。", front_matter={"date": "2024-06"})
    assert extract_date(partial) == PartialDate(2024, 6, None)
    unreadable = draft("6月17日下午，县委召开会议。", front_matter={"date": "不详"})
    assert extract_date(unreadable) == PartialDate(None, 6, 17)


@needs_shared
def test_seed_dates_match_gold():
    for gold, d in gold_articles():
        want = gold["date"]
        got = extract_date(d)
        if want is None:
            assert got is None, gold["anchor"]
        else:
            assert got == PartialDate(want["year"], want["month"], want["day"]), gold["anchor"]


@needs_shared
@pytest.mark.parametrize("key, want", [
    ("101a", PartialDate(None, 3, 12)), ("101b", PartialDate(None, 3, 11)), ("101c", None),
    ("102", PartialDate(None, 10, 9)), ("103a", PartialDate(None, 4, 8)), ("103b", PartialDate(2024, 4, 8)),
    ("104a", PartialDate(2023, 11, 5)), ("104b", None), ("104c", None), ("106", PartialDate(None, 3, 14)),
    ("107a", PartialDate(None, 4, 1)), ("107b", PartialDate(None, 3, 28)), ("108a", PartialDate(None, 11, 6)),
    ("109b", None), ("110c", PartialDate(None, 1, 9)), ("111", PartialDate(None, 11, 20)),
    ("112a", PartialDate(None, 8, 22)),
])
def test_corpus_dates(key, want):
    assert extract_date(corpus_draft(key)) == want
