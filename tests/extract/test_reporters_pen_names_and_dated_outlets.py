"""Bracketed bylines with no role word: a reporter signing with a given name or pen-name
beside a full name, and names between an outlet's day and the dateline word.

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters

from . import draft


def test_a_pen_name_beside_a_name_in_closing_brackets_is_a_reporter():
    assert set(extract_reporters(draft("县长主持召开办公会议。会议要求加快项目建设。", "(郭敏 天乐)"))) == {"郭敏", "天乐"}


def test_a_word_beside_a_name_in_closing_brackets_is_none():
    assert extract_reporters(draft("县长主持召开办公会议。会议要求加快项目建设。", "(郭敏 供稿)")) == ("郭敏",)


def test_names_between_an_outlets_day_and_the_dateline_word():
    found = extract_reporters(draft("某某资讯网3月21日(张云,黄小凤)东山消息,3月21日上午,东山镇召开农村工作会议。"))
    assert found == ("张云", "黄小凤")
