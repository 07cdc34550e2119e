"""Word segmentation with jieba, extended with the archive's own entities.

A private ``jieba.Tokenizer`` is used (not jieba's global one) so that the
words added for one archive never leak into another build in the same process.
Names, places and organisations found by extraction are added with a high
frequency so that 耿明燕 or 郑东新区党工委第二巡察组 stay one token.
"""
from __future__ import annotations

import logging
import re
from typing import Iterable

import jieba

from .textnorm import fold

jieba.setLogLevel(logging.WARNING)

#: Frequency given to archive entities: high enough to win over jieba's own splits.
ENTITY_FREQ = 200_000

_DROP = re.compile(r"^[\W_]+$", re.UNICODE)


def normalise(token: str) -> str:
    """The form stored in the index and looked up from queries: folded, lowercased, trimmed."""
    return fold(token).strip().lower()


def is_indexable(token: str) -> bool:
    """Punctuation-only and whitespace tokens carry nothing to search for."""
    return bool(token) and not _DROP.match(token)


class Segmenter:
    """jieba segmentation of one archive, its dictionary extended with ``words``."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._tok = jieba.Tokenizer()
        self._tok.initialize()
        self.words: tuple[str, ...] = tuple(sorted({w for w in words if len(w) >= 2}))
        base_total = self._tok.total
        for w in self.words:
            self._tok.add_word(w, freq=ENTITY_FREQ)
        # add_word grows the total every word's probability is divided by;
        # kept at the base dictionary's, a text is cut the same way whatever
        # the size of the archive, and only entries occurring in it matter.
        self._tok.total = base_total

    def cut_for_search(self, text: str) -> list[str]:
        """Search-mode words (long words also yield their dictionary sub-words), normalised."""
        out = []
        for t in self._tok.cut_for_search(fold(text), HMM=True):
            t = normalise(t)
            if is_indexable(t):
                out.append(t)
        return out
