"""A name with a surname no table lists, inside a list of names a post heads.

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_officials

from . import draft


def names(text: str) -> list[str]:
    return [o.name for o in extract_officials(draft(text), ())]


def test_an_unlisted_surname_between_names_under_a_post_is_a_name():
    assert names("大会执行主席张建国、刘春梅、自海林、赵立新在主席台前排就座。") == ["张建国", "刘春梅", "自海林", "赵立新"]


def test_a_unit_between_names_is_no_name():
    assert "各乡镇" not in names("会议主持人张建国、刘春梅、各乡镇、赵立新参加。")
