"""The trie pattern matches what an alternation of the words sorted longest first matches."""
from __future__ import annotations

import random
import re

import pytest

from newsarchive.extract.wordre import words_pattern


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


def test_the_longest_word_at_a_position_wins() -> None:
    rx = re.compile(words_pattern(["经济开发区", "经开区", "开发区", "区"]))
    assert rx.findall("郑州经济开发区和经开区、新区") == ["经济开发区", "经开区", "区"]


def test_backtracks_to_a_shorter_word_when_what_follows_fails() -> None:
    # as an alternation does: 委员长 fails the lookahead, 委员 is tried next
    rx = re.compile("(?:" + words_pattern(["委员", "委员长"]) + ")(?!会)")
    assert rx.match("委员长会").group() == "委员"
    assert rx.match("委员会") is None


def test_equals_the_sorted_alternation_on_random_words_and_texts() -> None:
    rng = random.Random(7)
    alphabet = "市区县新经济开发.*?|()[]a"   # regex metacharacters among them
    for _ in range(300):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(alphabet) for _ in range(60))
        ours, theirs = re.compile(words_pattern(words)), _alternation(words)
        assert ours.findall(text) == theirs.findall(text), words
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
        end = re.compile("(?:" + words_pattern(words) + ")$")
        assert bool(end.search(text)) == bool(re.search("(?:" + theirs.pattern + ")$", text))


def test_no_words_or_an_empty_word_is_an_error() -> None:
    with pytest.raises(ValueError):
        words_pattern([])
    with pytest.raises(ValueError):
        words_pattern(["市", ""])
