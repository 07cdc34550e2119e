"""Leaders whose speech the text relays, post after name: the head of the party or state
other than the one the archive's convention leaves out is an official of the story.

Every sentence here is made up.
"""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Official

from . import draft


def officials(text: str) -> tuple[Official, ...]:
    return extract_officials(draft(text), ())


def test_a_former_head_of_the_party_whose_speech_is_relayed_is_counted():
    found = officials("他提出,要把江海涛总书记“五一”讲话精神学习领会好、贯彻落实好。")
    assert found == (Official(name="江海涛", titles=("总书记",)),)


def test_the_head_of_the_party_the_convention_leaves_out_is_never_counted():
    assert officials("要把上级精神和习近平副主席在纪念活动期间的重要讲话学习领会好。") == ()


def test_the_head_left_out_is_left_out_in_traditional_script_too():
    assert officials("要把上級精神和習近平總書記在紀念活動期間的重要講話學習領會好。") == ()
    assert officials("會議傳達學習了習近平同志在座談會上的重要講話精神。") == ()


def test_a_mere_reference_to_the_head_of_state_is_no_official():
    assert officials("国家主席江某某在此地工作时曾来调研。") == ()
