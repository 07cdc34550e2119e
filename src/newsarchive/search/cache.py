"""Index terms of each article, kept on disk between builds.

Cutting text with jieba is most of the search stage's time, and a rebuild
after one source changed should not cut the rest again.  An article's terms
depend on its own texts, on the code and data that cut them, and on the
archive entities added to the dictionary — but only on those that occur in
its texts: jieba reads dictionary entries only for substrings of the text it
cuts, and the segmenter's word total does not grow with the entities added
(see segment.py).  So the cache key is the article's inputs, the entity
words found in them and a fingerprint of the code; an article whose key is
unchanged is not cut again.  Entries a build did not use are pruned.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable

from ..diskstore import PickleStore, code_fingerprint
from .index import FIELDS, Inputs
from .tokens import normalise

#: Files whose code decides an article's terms (relative to the package).
_CODE = ("segment.py", "textnorm.py", "search/tokens.py", "search/index.py", "search/variants.py",
         "search/cache.py", "diskstore.py")
#: Distributions whose data decide them (jieba's dictionary in jieba-rs, OpenCC's tables).
_DISTRIBUTIONS = ("rjieba", "opencc-python-reimplemented")

#: An article's terms, one string per field (terms hold no whitespace, so "\n" joins them).
Entry = tuple[str, ...]


class EntityFinder:
    """The archive entity words occurring in a text, found through their first two characters.

    A word may reach the segmenter as written or normalised (folded,
    simplified, lowercased), so both forms are looked for.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._by_start: dict[str, list[tuple[str, str]]] = {}
        for w in words:
            for form in dict.fromkeys((w, normalise(w))):
                if len(form) >= 2:
                    self._by_start.setdefault(form[:2], []).append((form, w))

    def find(self, text: str) -> list[str]:
        """Sorted entity words occurring in ``text`` (as written or normalised)."""
        pairs = set(map(text.__getitem__, map(slice, range(len(text) - 1), range(2, len(text) + 1))))
        found: set[str] = set()
        for pair in pairs.intersection(self._by_start):
            for form, word in self._by_start[pair]:
                if form in text:
                    found.add(word)
        return sorted(found)


def pack_entry(fields: dict[str, list[str]]) -> Entry:
    return tuple("\n".join(fields[name]) for name, _ in FIELDS)


def unpack_entry(entry: Entry) -> dict[str, list[str]]:
    return {name: (text.split("\n") if text else []) for (name, _), text in zip(FIELDS, entry)}


def _is_entry(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == len(FIELDS)
            and all(isinstance(x, str) for x in value))


class TermCache:
    """Term lists of articles on disk under ``folder`` (None: no cache; see :mod:`newsarchive.diskstore`)."""

    def __init__(self, folder: Path | None, words: Iterable[str]) -> None:
        self.store = PickleStore(folder, accept=_is_entry)
        self.salt = code_fingerprint(_CODE, _DISTRIBUTIONS).encode()
        self.finder = EntityFinder(words)

    def key(self, given: Inputs) -> str:
        text = normalise("\n".join(given.strings()))
        h = hashlib.sha256(self.salt)
        h.update(json.dumps(given, ensure_ascii=False).encode())
        h.update(b"\0")
        h.update("\n".join(self.finder.find(text)).encode())
        return h.hexdigest()

    def get(self, key: str) -> dict[str, list[str]] | None:
        entry = self.store.get(key)
        return None if entry is None else unpack_entry(entry)

    def put(self, key: str, fields: dict[str, list[str]]) -> None:
        self.store.put(key, pack_entry(fields))

    def prune(self) -> None:
        """Drop entries this build did not use (changed or deleted articles)."""
        self.store.prune()
