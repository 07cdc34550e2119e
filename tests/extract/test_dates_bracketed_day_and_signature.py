"""A day in brackets after 今 (Hong Kong and Macao releases), and a lead's year from the release's signed date."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _date(*paragraphs: str) -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs))


def test_a_day_in_chinese_numerals_in_brackets_after_今():
    assert _date("行政長官吳建華今(二十八日)在政府總部會見訪問團。") == PartialDate(None, None, 28)
    assert _date("某某局局长今日(5日)上午出席活动。") == PartialDate(None, None, 5)


def test_the_lead_takes_the_year_of_the_signed_date_at_the_end():
    paragraphs = ("某某局副局长今日(一月二十五日)率领代表团前往某省考察访问。", "代表团将参观多个项目。",
                  "二〇〇五年一月二十五日(星期二)")
    assert _date(*paragraphs) == PartialDate(2005, 1, 25)


def test_a_signed_date_of_another_month_gives_no_year():
    paragraphs = ("某某局副局长今日(一月二十五日)率领代表团前往某省考察访问。", "二〇〇五年三月二日")
    assert _date(*paragraphs) == PartialDate(None, 1, 25)


def test_a_day_only_lead_in_chinese_numerals():
    assert _date("本报讯 二十三日上午,某某县召开春耕生产工作会议。") == PartialDate(None, None, 23)
    assert _date("一日三餐,都离不开粮食。某某县召开会议。") is None


def test_a_day_in_brackets_with_日_after_the_bracket():
    # Taiwan's "昨(十五)日": the bracket names the day, 日 follows it
    assert _date("某縣副縣長甘小雨昨(十五)日率團參訪某某農場。") == PartialDate(None, None, 15)
    assert _date("某某局長柯明遠今(3)日出席開幕式。") == PartialDate(None, None, 3)
