"""A lead's day takes the year of a full date of the same day further down; a vague lead
is not dated by a past step of the story.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="某区人大常委会召开会议", subtitle=None, paragraphs=paragraphs,
                 page_lines=(), front_matter={})


def test_a_lead_without_a_year_takes_the_year_of_the_same_day_written_below() -> None:
    d = _draft("本网讯 7月28日上午,某区人大常委会召开第六次会议,表决通过人事任免名单。",
               "某区人大常委会任命人员名单 (2031年7月28日某区人大常委会会议通过)")
    assert extract_date(d) == PartialDate(2031, 7, 28)


def test_a_same_day_of_an_earlier_year_is_an_anniversary_not_the_year() -> None:
    d = _draft("7月7日上午,某县举行纪念活动,缅怀先烈。",
               "1937年7月7日,战事爆发。2031年,某县建成纪念馆。")
    assert extract_date(d) == PartialDate(None, 7, 7)
    # another day's full date is no same day; its year is the one year the text writes
    # (see test_dates_one_written_year)
    d = _draft("7月28日上午,某区召开会议。", "名单于2031年7月20日公示。")
    assert extract_date(d) == PartialDate(2031, 7, 28)


def test_a_vague_lead_is_not_dated_by_last_years_step_of_the_story() -> None:
    d = _draft("某省政府近日发布人事任免通知,免去甲某某的某某发展促进中心副主任职务。",
               "甲某某,男,1970年12月生,去年8月31日被任命为某某发展促进中心副主任,今年8月宣告被查。")
    assert extract_date(d) is None
    # the next paragraph's report of the very event still dates it
    d = _draft("近日召开的某某工程验收推进会要求加快进度。",
               "6月12日,某县召开某某工程验收推进会,部署下一步工作。")
    assert extract_date(d) == PartialDate(None, 6, 12)


def test_a_later_paragraphs_lead_takes_the_year_of_the_same_day_written_above() -> None:
    d = _draft("为推动从严治党向基层延伸,县委派出4个巡察组。",
               "本轮巡察进驻时间为2031年3月1日至4月4日,共计35天。",
               "3月1日,4个巡察组相继到12个村召开进驻动员会。")
    assert extract_date(d) == PartialDate(2031, 3, 1)


def test_a_lead_without_a_year_takes_the_year_its_sentence_gives_its_month() -> None:
    d = _draft("12月6日,各巡察组完成进驻,自2031年12月上旬至2032年1月下旬开展常规巡察。")
    assert extract_date(d) == PartialDate(2031, 12, 6)
    # another month's year says nothing
    d = _draft("12月6日,各巡察组完成进驻,巡察将持续至2032年1月下旬。")
    assert extract_date(d) == PartialDate(None, 12, 6)
