"""Credits by slash closing the text (文/某甲 图/某乙) name reporters.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.extract.people_bylines import credit_names
from newsarchive.records import Draft


def reporters(*paragraphs: str) -> tuple[str, ...]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return extract_reporters(d)


def test_a_line_of_credits_names_the_reporters() -> None:
    assert reporters("会议在县城召开。", "文/韩立新 图/沈雪梅") == ("韩立新", "沈雪梅")


def test_credits_in_brackets_closing_the_text() -> None:
    assert reporters("会议在县城召开。(文/韩立新 图/沈雪梅)") == ("韩立新", "沈雪梅")


def test_traditional_credits() -> None:
    assert reporters("會議在縣城召開。", "(文/劉曉東 圖/鄭雅琴)") == ("劉曉東", "鄭雅琴")


def test_credits_to_an_agency_or_in_a_sentence_name_nobody() -> None:
    assert credit_names("(图/新华社)") == []
    assert credit_names("他说文/图结合的方式很好。") == []


def test_name_then_credit_after_a_space_the_slash_between_credits() -> None:
    assert reporters("委员们认真讨论了报告。 (韩立新 文/沈雪梅 图)") == ("韩立新", "沈雪梅")
    assert reporters("委员们认真讨论了报告。", "韩立新 文/沈雪梅 图") == ("韩立新", "沈雪梅")
    assert reporters("他说图文/视频的方式很好。") == ()
