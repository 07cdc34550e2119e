"""Byline credits: 图文: with the unit before the name, and closing brackets before a layout bar."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import Draft


def _reporters(*paragraphs: str) -> tuple[str, ...]:
    return extract_reporters(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs))


def test_a_picture_and_text_credit_with_the_unit_before_the_name():
    assert _reporters("某区召开会议。", "会议要求做好工作。", "(图文:区政协联络科 吴建华)") == ("吴建华",)


def test_a_closing_bracket_before_a_layout_bar():
    assert _reporters("某区召开会议。", "会议要求做好各项工作。 (孙海明) |") == ("孙海明",)


def test_图文_in_running_text_is_no_credit():
    assert _reporters("展厅里图文并茂的展板吸引了市民。") == ()
