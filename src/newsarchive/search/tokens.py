"""The normalisation and term rules shared by the index and the query splitter.

Both sides apply the same steps to text, and static/js/search-core.js
mirrors every one of them (tests/search/test_agreement.py checks it):

1. ``fold``: full-width ASCII → ASCII (textnorm.fold), ideographic space → space;
2. traditional → simplified, one character for one character (variants);
3. lowercase, one character for one character (a character whose lowercase
   form has another length is kept as is).

A character is a *word character* when ``str.isalnum`` holds (JS:
``\\p{L}|\\p{N}``); everything else is punctuation.  A term is kept when it
starts with a word character (the page looks terms up only from the word
characters of a query), is not a stop word and holds no ``*`` (the one
character lunr.js reads as a wildcard inside a query term) and no space.

How index and queries agree: the index holds jieba's search-mode words plus,
for long words, their dictionary sub-words and the archive entities inside
them, plus whole contact strings (phones, e-mails, postal boxes).  The page
never segments with a dictionary of its own: it cuts what a person types
into the fewest pieces that are terms of this very index (see
search-core.js ``split``), so every piece it asks for can match.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable

from ..segment import Segmenter
from ..textnorm import fold
from .variants import to_simplified

#: Function words too common to help a search; dropped on both sides.  Single
#: characters only: the page skips them character by character.
STOP_WORDS = frozenset("的 了 和 与 及 等 是 在 为 对 将 把 被 之 也 而 并 或 其 于 以 着 这 那 就 都 又 个".split())

#: Words of this length or more also yield the dictionary words inside them.
LONG_WORD = 4
#: Characters of context on each side of an entity when reading across its edges.
EDGE = 4
#: Entities longer than this are not looked for inside longer words: names and
#: places are far shorter, and the bound keeps that search linear in the word's
#: length (a field of thousands of characters made one word, every substring of
#: which was looked up).
MAX_INNER_ENTITY = 64

_COMPOUND = re.compile(r"[0-9a-z](?:[0-9a-z]|[-.@_+](?=[0-9a-z]))*")
_WORD_RUN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


def lower_same_length(text: str) -> str:
    """Lowercase character by character, keeping any character whose lowercase changes length."""
    if "\u03a3" not in text:
        # str.lower is per character except for the final-sigma rule, and no
        # character lowercases to nothing: same length means no character grew.
        low = text.lower()
        if len(low) == len(text):
            return low
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def normalise(text: str) -> str:
    """fold → simplified → lowercase; length-preserving, like the page's ``normalise``."""
    return lower_same_length(to_simplified(fold(text).replace("\u3000", " ")))


def normalise_each(words: Iterable[str]) -> list[str]:
    """:func:`normalise` of each word, in one pass over them joined by newlines: it works
    character by character (a newline stays one), and one call costs far less than
    thousands of calls over short names."""
    words = list(words)
    if not words or any("\n" in w for w in words):
        return [normalise(w) for w in words]
    return normalise("\n".join(words)).split("\n")


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


def keep(term: str) -> bool:
    """A term worth indexing (see module docstring); the rule is :func:`_kept`'s."""
    return bool(_kept((term,)))


def _keep_mixed(term: str) -> bool:
    """Whether a term that is not word characters only (a phone, an e-mail, punctuation) is kept."""
    return bool(term) and is_word_char(term[0]) and "*" not in term and not _SPACE.search(term)


def _kept(terms: Iterable[str]) -> list[str]:
    """The terms worth indexing, in order, repeats kept (they count as term frequency):
    no stop word, and word characters only or a mixed term worth keeping.  Written
    as one list comprehension, as it runs on every word of every article."""
    stop, mixed = STOP_WORDS, _keep_mixed
    return [t for t in terms if t not in stop and (t.isalnum() or mixed(t))]


def _once(terms: Iterable[str]) -> list[str]:
    """The terms worth indexing, each once: a name or a phone counts once however it is cut."""
    return list(dict.fromkeys(_kept(terms)))


@functools.lru_cache(maxsize=1)
def base_segmenter() -> Segmenter:
    """jieba with its own dictionary only: splits long entity words into ordinary words."""
    return Segmenter(())


#: Entries a memo of :class:`Terms` holds before it starts afresh.  A cutting
#: worker lives for the whole search stage, and the surroundings of entities
#: are nearly all distinct: unbounded, the memos grew with the archive (a few
#: hundred MB a worker at 50,000 articles) while most entries were never asked
#: for again.  Names, places and contacts that recur are put back at once.
MEMO_KEPT = 50_000


class Memo(dict):
    """A dict of computed values that starts afresh when it holds :data:`MEMO_KEPT` entries."""

    def put(self, key: str, value: list[str]) -> list[str]:
        if len(self) >= MEMO_KEPT:
            self.clear()
        self[key] = value
        return value


class Terms:
    """Index terms of one archive: its extended segmenter plus jieba's base dictionary."""

    def __init__(self, segmenter: Segmenter, base: Segmenter | None = None) -> None:
        self.seg = segmenter
        self.base = base or base_segmenter()
        self.entities = frozenset(normalise_each(segmenter.words))
        #: The lengths an entity inside a long word can have, shortest first.
        self._inner_lengths = sorted({n for n in map(len, self.entities) if 2 <= n <= MAX_INNER_ENTITY})
        #: Substrings of long words looked up among the entities (a measure of the work).
        self.inner_lookups = 0
        # Names, places, long words and entity surroundings repeat across an
        # archive: each distinct one is cut once, while its memo has room.
        self._base_cuts: Memo = Memo()
        self._inner: Memo = Memo()
        self._names: Memo = Memo()
        self._contacts: Memo = Memo()

    def _base_cut(self, text: str) -> list[str]:
        cut = self._base_cuts.get(text)
        if cut is None:
            cut = self._base_cuts.put(text, self.base.cut_for_search(text))
        return cut

    def text(self, text: str) -> list[str]:
        """Terms of running text: search-mode words, sub-words of long words, compounds,
        and the ordinary reading around each entity."""
        norm = normalise(text)
        out: list[str] = []
        cursor = 0
        # ``norm`` is folded and lowercased already: its words need no more
        # normalising, and _kept drops the punctuation among them.
        for tok in self.seg.words_of(norm):
            out.append(tok)
            if len(tok) >= LONG_WORD:
                out.extend(self._inner_words(tok))
            if tok in self.entities:
                at = norm.find(tok, cursor)
                if at >= 0:
                    out.extend(self._around(norm, at, at + len(tok)))
                    cursor = at + 1
        out.extend(m.group(0) for m in _COMPOUND.finditer(norm) if not m.group(0).isalnum())
        return _kept(out)

    def _around(self, norm: str, start: int, end: int) -> list[str]:
        """Words jieba's own dictionary reads across an entity's edges.

        An entity kept whole can swallow the start of a common
        word: 霍山县 + 委 hides 县委 in 霍山县委.  The page may cut a query
        either way, so the index holds both readings.
        """
        near = norm[max(0, start - 1):end + 1]
        words = self._base_cut(norm[max(0, start - EDGE):end + EDGE])
        inside = norm[start:end]
        return [w for w in words if w in near and w not in inside]

    def _inner_words(self, word: str) -> list[str]:
        """Entities inside a long word (郑东新区 in 郑东新区党工委第二巡察组) and its base-jieba words."""
        found = self._inner.get(word)
        if found is None:
            size, entities = len(word), self.entities
            lengths = [n for n in self._inner_lengths if n < size]
            inner = [word[i:i + n] for i in range(size) for n in lengths
                     if i + n <= size and word[i:i + n] in entities]
            self.inner_lookups += sum(max(0, size - n + 1) for n in lengths)
            found = self._inner.put(word, inner + self._base_cut(word))
        return found

    def name(self, name: str) -> list[str]:
        """A person's or a place's name: the whole name first, then its words."""
        found = self._names.get(name)
        if found is None:
            whole = _SPACE.sub("", normalise(name))
            found = self._names.put(name, _once([whole, *self.text(name)]))
        return list(found)

    def contact(self, value: str) -> list[str]:
        """A phone, e-mail, postal box or group name: whole, in pieces, and as text.

        ``0371-69385963`` → ``0371-69385963``, ``037169385963``, ``0371``,
        ``69385963``; ``zzswdiyxcz@126.com`` → whole, ``zzswdiyxcz``,
        ``126.com``, ``126``, ``com``.
        """
        found = self._contacts.get(value)
        if found is None:
            found = self._contacts.put(value, self._contact(value))
        return list(found)

    def _contact(self, value: str) -> list[str]:
        whole = _SPACE.sub("", normalise(value))
        out = [whole]
        if "@" in whole:
            out.extend(whole.split("@"))
        runs = _WORD_RUN.findall(whole)
        if len(runs) > 1 and all(r.isdigit() for r in runs):
            out.append("".join(runs))
        out.extend(runs)
        out.extend(self.text(value))
        return _once(out)
