"""Table scans give exactly what the plain definitions (a regex, every name tried) give."""
from __future__ import annotations

import random
import re

from newsarchive.extract import gazetteer as gz
from newsarchive.extract.people_merge import longest_starts as _longest_starts
from newsarchive.extract.places import find_places
from newsarchive.extract.wordre import words_pattern

FILLER = list("的了在和是会议召开工作人员同志调研镇村街道县区市乡")


def _texts(words: list[str], seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    texts = ["", "镇", "新镇"]
    for _ in range(n):
        texts.append("".join(rng.choice(words) if rng.random() < 0.4 else rng.choice(FILLER)
                             for _ in range(rng.randint(1, 40))))
    return texts


def test_names_ending_at_tries_every_name() -> None:
    g = gz.gazetteer()
    names = sorted({*g.by_name, *g.towns})
    longest = max(map(len, names))
    known = set(names)
    for text in _texts(random.Random(3).sample(names, 400), seed=5):
        for end in range(len(text) + 1):
            expected = [text[end - n:end] for n in range(min(end, longest), 0, -1) if text[end - n:end] in known]
            assert list(gz.names_ending_at(text, end)) == expected, (text, end)


def test_longest_starts_equals_the_lookahead_regex() -> None:
    names = {"张三", "张三丰", "李四", "王五六", "欧阳明", "欧阳", "三丰", "赵·钱"}
    trie = re.compile(f"(?=({words_pattern(names)}))")
    for text in _texts(sorted(names), seed=11):
        expected: dict[str, list[int]] = {}
        for m in trie.finditer(text):
            expected.setdefault(m.group(1), []).append(m.start())
        assert _longest_starts(text, names) == expected, text


def test_kept_places_are_handed_out_as_new_lists() -> None:
    text = "郑州市金水区召开会议。"
    first = find_places(text)
    assert first
    first.clear()
    assert find_places(text) == find_places(text, frozenset()) != []
