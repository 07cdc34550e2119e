"""A lead date without a year takes the year that opens the name of the event of
its sentence (某村2024年丰收文化节).  Sentences made up."""
from __future__ import annotations

import pytest

from newsarchive.extract.date_years import event_year
from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate

from . import draft


@pytest.mark.parametrize("sentence, year", [
    ("9月20日上午，为期三天的某县某镇2023年丰收文化节在村广场开幕。", 2023),
    ("4月8日，2022年某市半程马拉松鸣枪开跑。", 2022),
    ("11月2日，2021年某县农产品博览会在会展中心举行。", 2021),
    ("3月2日，县委召开会议，回顾2017年工作。", None),        # a year mentioned, no event named by it
    ("5月6日，某县召开会议，部署2023年度考核。", None),
])
def test_year_opening_an_event_name(sentence: str, year: int | None) -> None:
    assert event_year(sentence) == year


def test_event_name_dates_the_lead() -> None:
    d = draft("某市日报讯(记者 韩立新)9月20日上午，为期三天的某县某镇2023年丰收文化节在村广场开幕。")
    assert extract_date(d) == PartialDate(2023, 9, 20)


@pytest.mark.parametrize("sentence, year", [
    ("9月30日上午，某区召开全体会议(区安全生产委员会2025年第四次会议)。", 2025),
    ("6月3日，某县召开2024年第2次全体会议。", 2024),
    ("6月3日，某县召开常务会议，研究第二次会议议题。", None),
])
def test_year_of_a_meeting_numbered_within_it(sentence: str, year: int | None) -> None:
    assert event_year(sentence) == year


def test_a_traditional_lead_takes_its_events_year() -> None:
    d = draft("1月15日上午，某市召開2022年市政府工作部署會，市長主持會議。")
    assert extract_date(d) == PartialDate(2022, 1, 15)


def test_quoted_speech_that_opens_a_feature_is_passed_over_for_the_lead() -> None:
    d = draft("某县融媒讯(通讯员 王小青)“你看后面坐的那两个人,是哪个啊?”",
              "“不知道啊,是哪里来的新人啊?”",
              "9月20日晚,某村的院坝会如期开场,镇里派来两名年轻干部。")
    assert extract_date(d) == PartialDate(None, 9, 20)


def test_quoted_speech_after_a_traditional_lead_mark_is_passed_over() -> None:
    d = draft("某縣融媒訊(通訊員 王小青)“你看後面坐的那兩個人,是哪個啊?”",
              "9月20日晚,某村的院壩會如期開場。")
    assert extract_date(d) == PartialDate(None, 9, 20)


@pytest.mark.parametrize("sentence, year", [
    ("6月5日上午，由某局等单位联合主办的2024年某省科技助农集中示范活动在某县某镇举办。", 2024),
    ("5月9日，2024年某市青少年科技创新实践营开营仪式在市科技馆举行。", 2024),
    ("5月9日，2019年建成的某馆在某镇举行揭牌仪式。", None),      # the year of a building, not of the event
    ("5月9日，某县在某镇举办活动，回顾2019年以来的工作。", None),
])
def test_year_opening_a_long_event_name_held_at_a_place(sentence: str, year: int | None) -> None:
    assert event_year(sentence) == year


@pytest.mark.parametrize("sentence, year", [
    ("2月3日，这是某县2021年新春文化、科技、卫生三下乡活动在某村举行。", 2021),
    ("2月3日，某县2020年、2021年的活动都在某村举行。", None),   # two years: no one event's
])
def test_an_event_name_listing_its_fields_keeps_its_year(sentence: str, year: int | None) -> None:
    assert event_year(sentence) == year
