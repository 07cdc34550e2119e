"""The extractors' width folding agrees with textnorm's, character for character."""
from __future__ import annotations

import pytest

from newsarchive import textnorm
from newsarchive.extract import folding

_BMP = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("mine, theirs", [(folding.fold, textnorm.fold),
                                          (folding.fold_alnum, textnorm.fold_alnum)])
def test_agrees_on_every_character(mine, theirs):
    assert mine(_BMP) == theirs(_BMP)


def test_changes_nothing_outside_the_blocks():
    outside = "".join(c for c in _BMP
                      if not any(a <= ord(c) < b for a, b in folding.BLOCKS))
    assert textnorm.fold(outside) == outside


@pytest.mark.parametrize("text", [
    "举报电话：０３７１－６９３８５９６３，邮箱ｘｃｚ＠１６３．ｃｏｍ（工作日）",
    "时间∶８∶３０—１２∶００\u3000", "", "无需改动的文字",
])
def test_examples(text):
    assert folding.fold(text) == textnorm.fold(text)
    assert folding.fold_alnum(text) == textnorm.fold_alnum(text)
    assert len(folding.fold(text)) == len(text)
