"""The long tail of Chinese surnames, from a maintained list kept as data.

The hand-made lists of :mod:`.people_names` hold the surnames common enough to
trust anywhere, and some rarer ones; every other surname a published list
knows (``data/surnames.tsv``: 拜, 喇, 肇 and some thousand more) is read
only where a name is all but certain — right after a post or a byline role,
closed by punctuation or a reporting verb — since many of them are ordinary
characters too.  Characters that are mostly grammar (prepositions,
conjunctions, adverbs, pronouns, numerals, measure and direction words) are
never read as such a surname, nor the few verbs listed in ``data/people.yaml``.
"""
from __future__ import annotations

import functools
from importlib import resources

from . import lexicon
from .people_words import chars

__all__ = ["listed_surnames", "is_listed_surname"]

#: jieba tags of characters that open no name even after a post (是从由 …).
_GRAMMAR_TAGS = frozenset(("p", "c", "u", "d", "r", "m", "q", "f", "y", "e", "o"))


@functools.lru_cache(maxsize=None)
def listed_surnames() -> frozenset[str]:
    """Every single-character surname of ``data/surnames.tsv``."""
    text = resources.files(__package__).joinpath("data", "surnames.tsv").read_text(encoding="utf-8")
    out: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0]:
            raise ValueError(f"extract/data/surnames.tsv line {number}: expected a surname and its frequency")
        if len(fields[0]) == 1:
            out.add(fields[0])
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def is_listed_surname(ch: str) -> bool:
    """Is ``ch`` a listed surname that is not mostly a grammatical word?"""
    return ch in listed_surnames() and ch not in chars("people", "listed_surnames_refused") \
        and ((lexicon.tag(ch) or "")[:1] not in _GRAMMAR_TAGS or ch in chars("people", "listed_surnames_grammar_kept"))
