"""A speaker's name ends where the longest verb begins; 某某任<post> gives the post.
Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, o.titles) for o in extract_officials(d)]


def test_a_speaker_before_zai_jianghua_zhong_is_no_longer_name() -> None:
    assert officials("县人大常委会主任柯明主持会议并讲话。", "柯明在讲话中围绕会议纪律提出要求。") \
        == [("柯明", ("县人大常委会主任",))]
    assert officials("縣人大常委會主任柯明主持會議并講話。", "柯明在講話中圍繞會議紀律提出要求。") \
        == [("柯明", ("縣人大常委會主任",))]


def test_a_name_whose_last_character_opens_the_verb_is_kept_whole() -> None:
    assert officials("县长蒋志强强调,要抓好落实。", "蒋志强强调,要守住底线。") == [("蒋志强", ("县长",))]


def test_ren_after_a_name_gives_the_posts_that_follow() -> None:
    assert officials("会议决定,柯明任某某区副区长、代理区长。") == [("柯明", ("某某区副区长", "代理区长"))]


def test_ren_inside_words_names_nobody() -> None:
    assert officials("要落实主体责任,任务繁重。") == []


def test_ren_in_a_line_of_its_own_is_another_storys_headline() -> None:
    assert officials("会议在区政府召开。", "柯明任某某市副市长") == []


def test_a_convener_is_a_post_and_shuo_ends_the_name() -> None:
    assert officials("全国政协常委、某界委员召集人柯明说,这很重要。") \
        == [("柯明", ("全国政协常委", "某界委员召集人"))]
    assert officials("全國政協常委、某界委員召集人柯明説,這很重要。") \
        == [("柯明", ("全國政協常委", "某界委員召集人"))]


def test_a_conveners_meeting_names_nobody() -> None:
    assert officials("各代表团召集人会议在县宾馆召开。") == []
