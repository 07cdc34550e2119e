"""Width folding and the fast stand-in for str.translate."""
from __future__ import annotations

import random

import pytest

from newsarchive.textnorm import _ALNUM_ONLY, _FULL_TO_ASCII, fold, fold_alnum, translator

TABLES = {
    "fold": _FULL_TO_ASCII,
    "alnum": _ALNUM_ONLY,
    # deletions, strings, identities and characters a regex class treats specially
    "mixed": {ord("]"): "[", ord("\\"): None, ord("^"): "^^", ord("-"): ord("+"), ord("a"): ord("a"),
              0x200B: None, 0xA0: " ", ord("會"): "会",
              0x2A6A5: "𠀀", 0x20000: ord("]")},   # beyond the Basic Multilingual Plane
    "wide only": {0x2A6A5: "会", 0x20001: None},
    "empty": {},
    "identity": {ord("x"): ord("x")},
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_translator_gives_what_translate_gives(name: str) -> None:
    table = TABLES[name]
    alphabet = [chr(c) for c in table] + list("会议，。：（）ＡＢ１２ab-]^\\\u200b\xa0 \n𠀀")
    rng = random.Random(name)
    apply = translator(table)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.5:  # the common case: nothing beyond the Basic Multilingual Plane
            text = "".join(c for c in text if c <= "\uffff")
        assert apply(text) == text.translate(table), text


def test_fold_keeps_length_and_folds_only_width_variants() -> None:
    text = "电话：０３７１－６９３８　邮箱ＡＢＣ＠１２６．ｃｏｍ—∶"
    assert fold(text) == "电话:0371-6938 邮箱ABC@126.com—:"
    assert len(fold(text)) == len(text)
    assert fold_alnum(text) == "电话：0371－6938　邮箱ABC@126．com—∶"
