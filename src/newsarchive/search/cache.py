"""Index terms of each article, kept on disk between builds.

Cutting text with jieba is most of the search stage's time, and a rebuild
after one source changed should not cut the rest again.  An article's terms
depend on its own texts, on the code and data that cut them, and on the
archive entities added to the dictionary — but only on those that occur in
its texts: jieba reads dictionary entries only for substrings of the text it
cuts, and the segmenter's word total does not grow with the entities added
(see segment.py).

So an entry is keyed by the article's inputs and a fingerprint of the code,
and the store also keeps the entity words of the build that wrote it.  An
entry is reused unless one of the entity words added or removed since then
occurs in its text; when the entities did not change (an edit that names no
new person or place) no text is searched at all.  Entries a build did not
use are pruned.
"""
from __future__ import annotations

import hashlib
import zlib
from pathlib import Path
from typing import Callable, Iterable

from ..diskstore import PickleStore, code_fingerprint
from .index import FIELDS, Inputs
from .tokens import normalise

#: Files whose code decides an article's terms (relative to the package).
_CODE = ("segment.py", "textnorm.py", "search/tokens.py", "search/index.py", "search/variants.py",
         "search/cache.py", "diskstore.py")
#: Distributions whose data decide them (jieba's dictionary in jieba-rs, OpenCC's tables).
DISTRIBUTIONS = ("rjieba", "opencc-python-reimplemented")

#: An article's terms, zlib-compressed UTF-8: fields joined by "\x1e", terms by "\n"
#: (terms hold no whitespace), about a fifth of their text's size.
Entry = bytes

#: Bytes of new entries held before they go to disk (:meth:`.PickleStore.spill`).
#: A first build puts every article's entry, about 2 KB each: held to the end of the
#: search stage, they were 2 GB of a million-article build's peak.
SPILL_BYTES = 32 << 20


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


_FIELD_SEP = "\x1e"


def pack_entry(fields: dict[str, list[str]]) -> Entry:
    text = _FIELD_SEP.join("\n".join(fields[name]) for name, _ in FIELDS)
    return zlib.compress(text.encode("utf-8"), 1)


def unpack_entry(entry: Entry) -> dict[str, list[str]]:
    texts = zlib.decompress(entry).decode("utf-8").split(_FIELD_SEP)
    return {name: (text.split("\n") if text else []) for (name, _), text in zip(FIELDS, texts)}


def _is_entry(value: object) -> bool:
    # Keys carry a fingerprint of this module, so an entry of another layout is never looked up.
    return isinstance(value, bytes)


#: Key of the entity words the stored entries were cut with.
WORDS_KEY = "words"
#: Up to this many changed entity forms are looked for one by one.
DIRECT_FORMS = 64


def _is_value(value: object) -> bool:
    return isinstance(value, frozenset) or _is_entry(value)


class TermCache:
    """Term lists of articles on disk under ``folder`` (None: no cache; see :mod:`newsarchive.diskstore`)."""

    def __init__(self, folder: Path | None, words: Iterable[str]) -> None:
        self.store = PickleStore(folder, accept=_is_value)
        self._held = 0  # bytes of entries put since the store last spilled
        self.salt = code_fingerprint(_CODE, DISTRIBUTIONS).encode()
        current = frozenset(words)
        before = self.store.get(WORDS_KEY)
        self.store.put(WORDS_KEY, current)
        # None: entries of unknown provenance are not trusted
        self.changed: frozenset[str] | None = (before ^ current) if isinstance(before, frozenset) else None
        forms = sorted({f for w in self.changed or () for f in (w, normalise(w)) if len(f) >= 2})
        self._forms = forms if len(forms) <= DIRECT_FORMS else None
        self._finder = EntityFinder(self.changed) if self._forms is None else None

    def key(self, given: Inputs) -> str:
        h = hashlib.sha256(self.salt)
        for s in given.strings():
            h.update(b"%d:" % len(s))
            h.update(s.encode())
        return h.hexdigest()

    def _touched(self, given: Inputs) -> bool:
        """Does an entity word added or removed since the entry was cut occur in ``given``?"""
        if not self.changed:
            return False
        text = normalise("\n".join(given.strings()))
        if self._forms is not None:
            return any(f in text for f in self._forms)
        assert self._finder is not None
        return bool(self._finder.find(text))

    @property
    def may_be_stale(self) -> bool:
        """Could any entry be stale (entity words changed, or entries of unknown provenance)?"""
        return self.changed is None or bool(self.changed)

    def stale(self, given: Inputs) -> bool:
        """Would an entry of ``given``'s inputs be cut again (entity words changed in its
        text, or entries of unknown provenance)?"""
        return self.changed is None or self._touched(given)

    def previous(self, key: str) -> Entry | None:
        """The entry under ``key`` as the previous build left it, stale or not, without
        keeping it beyond this build."""
        entry = self.store.peek(key)
        return entry if entry is not None and _is_entry(entry) else None

    def keep(self, keys: Iterable[str]) -> None:
        """Keep the entries under ``keys`` beyond this build without reading them."""
        self.store.keep(keys)

    def get(self, key: str, given: Inputs | Callable[[], Inputs]) -> Entry | None:
        """The stored terms of ``given`` (under ``key``), if still what cutting would give,
        packed (see :func:`unpack_entry`): compact while the archive's entries wait their turn.
        ``given`` may be a function making the inputs, called only when they are read
        (entity words changed since the entry was cut): making them reads the article's texts."""
        if self.changed is None:
            return None
        entry = self.store.get(key)
        if entry is None or not _is_entry(entry):
            return None
        if self.changed and self._touched(given() if callable(given) else given):
            return None
        return entry

    def put(self, key: str, entry: Entry) -> None:
        """Keep ``entry``: term lists packed by :func:`pack_entry`; written to disk (and let
        go) once :data:`SPILL_BYTES` of them are held."""
        self.store.put(key, entry)
        self._held += len(entry)
        if self._held >= SPILL_BYTES:
            self.store.spill()
            self._held = 0

    def prune(self) -> None:
        """Drop entries this build did not use (changed or deleted articles)."""
        self.store.prune()
