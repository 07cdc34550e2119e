"""Short names are found by table lookups exactly where a trie regex over them would find them."""
from __future__ import annotations

import random
import re

from newsarchive.extract.place_names import _short_spans, _shorts
from newsarchive.extract.wordre import words_pattern


def test_lookup_scan_equals_the_trie_regex() -> None:
    names = sorted(_shorts())
    trie = re.compile(words_pattern(names))
    rng = random.Random(7)
    filler = list("的了在和是会议召开工作人员同志调研镇村街道")
    texts = ["昨日,西安、宝鸡两地干部赴延安学习,又到汉中。", "新疆伊犁州来人到南京江宁考察。", ""]
    for _ in range(300):
        parts = [rng.choice(names) if rng.random() < 0.4 else rng.choice(filler) for _ in range(rng.randint(1, 40))]
        texts.append("".join(parts))
    for text in texts:
        assert list(_short_spans(text)) == [(m.start(), m.end()) for m in trie.finditer(text)]
