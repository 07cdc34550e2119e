"""A short place name whose end cuts into the next word of the sentence is no place.
Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.place_names import short_mentions
from newsarchive.extract.place_words_cut import inside_word


def _inside(text: str, name: str) -> bool:
    i = text.index(name)
    return inside_word(text, i, i + len(name))


def test_a_conjunction_then_a_word_is_no_short_name() -> None:
    text = "大家要守住纪律和政治底线"
    assert _inside(text, "和政")
    assert "和政" not in short_mentions(text)


def test_a_short_name_standing_alone_still_counts() -> None:
    assert not _inside("工作组今天赴和政调研", "和政")


def test_a_full_name_whose_suffix_joins_the_next_word_stays_a_name() -> None:
    assert not _inside("工作组到和县委汇报", "和县")


def test_a_short_name_opening_a_neighbourhoods_name_is_no_place() -> None:
    assert short_mentions("南昌社区党群服务中心揭牌启用,南昌社区居民参加活动") == []
    assert short_mentions("沙区西山片区管委会开展活动,西山片区居民参加") == []
    assert short_mentions("南昌发展迅速,南昌人民生活幸福") == ["南昌", "南昌"]
