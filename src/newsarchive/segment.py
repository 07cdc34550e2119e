"""Word segmentation: jieba's search mode, with the archive's own entities kept whole.

The cutting is jieba's algorithm and dictionary as compiled in jieba-rs
(Python binding ``rjieba``): on Chinese text it gives the same words as
jieba 0.42.1 (tests/test_segment.py compares them) at a small fraction of
the time, which matters because cutting every article is most of the cost of
building a large archive's search index.

Names, places and organisations found by extraction are *archive entities*.
They are not added to the dictionary: they are found in the text first
(leftmost, longest first) and kept as one token each, and only the text
between them is cut by jieba.  So 耿明燕 or 郑东新区党工委第二巡察组 stay one
token, and a text is cut the same way whatever else the archive holds: only
the entities occurring in it matter (the search term cache relies on that).
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Iterable, Iterator

from .textnorm import fold

_DROP = re.compile(r"^[\W_]+$", re.UNICODE)
#: jieba's pieces of a run of ASCII it has no word for (its finalseg ``re_skip``):
#: letters and digits with an optional decimal part and per cent sign, else one character.
_ASCII_PIECE = re.compile(r"[a-zA-Z0-9]+(?:\.\d+)?%?|.", re.DOTALL)
_HAN = re.compile("[\u4e00-\u9fd5]")


def normalise(token: str) -> str:
    """The form stored in the index and looked up from queries: folded, lowercased, trimmed."""
    return fold(token).strip().lower()


def is_indexable(token: str) -> bool:
    """Punctuation-only and whitespace tokens carry nothing to search for."""
    return bool(token) and not _DROP.match(token)


if TYPE_CHECKING:
    import rjieba


@functools.lru_cache(maxsize=1)
def base_jieba() -> rjieba.Jieba:
    """jieba's stock dictionary, loaded once per process and never extended; the
    binding is imported here, by the processes that segment.  Importing it makes
    the instance behind its module-level functions (``rjieba.cut``), on the stock
    dictionary: that one is used, as loading a second took as long again (0.09 s
    of every search stage that cuts an article).  Nothing here adds words to it."""
    import rjieba

    default = getattr(rjieba, "_DEFAULT_JIEBA", None)
    return default if isinstance(default, rjieba.Jieba) else rjieba.Jieba()


#: Long words whose search-mode pieces a segmenter keeps at once: an archive's
#: vocabulary grows without end (numbers, names, places), and a cutting worker
#: lives for the whole search stage, so the memo starts afresh when it is full.
SEARCH_FORMS_KEPT = 200_000


class Segmenter:
    """Search-mode segmentation of one archive, its entity ``words`` kept whole."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words: tuple[str, ...] = tuple(sorted({w for w in words if len(w) >= 2}))
        self._search_forms: dict[str, tuple[str, ...]] = {}

    # The dictionary and the entity tables are made when text is first cut: a
    # rebuild that cuts no article (or one) need not pay for them.

    @functools.cached_property
    def _jieba(self) -> rjieba.Jieba:
        return base_jieba()

    @functools.cached_property
    def _entities(self) -> tuple[set[str], dict[str, list[int]], re.Pattern[str] | None]:
        """The entities' forms, their lengths by first two characters, and a pattern
        matching any character an entity starts with.  The text is folded (and may be
        lowercased) before it is cut, so both forms of an entity count; candidates
        are found by their first two characters, then tried longest first."""
        forms: set[str] = set()
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            for form in {fold(w), fold(w).lower()}:
                if len(form) >= 2:
                    forms.add(form)
                    lengths.setdefault(form[:2], set()).add(len(form))
        firsts = sorted({pair[0] for pair in lengths})
        starts = re.compile("[" + "".join(map(re.escape, firsts)) + "]") if firsts else None
        return forms, {pair: sorted(sizes, reverse=True) for pair, sizes in lengths.items()}, starts

    def pieces(self, text: str) -> Iterator[tuple[str, bool]]:
        """``text`` as runs of plain text and entities (leftmost, longest first): (run, is_entity).

        Only the places holding a character some entity starts with are
        tried (found by one regex character class, in C): most characters
        of a text start no entity.
        """
        forms, lengths, starts = self._entities
        start = 0
        if starts is not None:
            for m in starts.finditer(text):
                i = m.start()
                if i < start:
                    continue  # inside the entity found last
                for size in lengths.get(text[i:i + 2], ()):
                    if text[i:i + size] in forms:
                        if start < i:
                            yield text[start:i], False
                        yield text[i:i + size], True
                        start = i + size
                        break
        if start < len(text):
            yield text[start:], False

    def _search_words(self, word: str) -> tuple[str, ...]:
        """A word as jieba's search mode gives it: its 2- and 3-character dictionary
        words first, then the whole."""
        found = self._search_forms.get(word)
        if found is None:
            if len(self._search_forms) >= SEARCH_FORMS_KEPT:
                self._search_forms.clear()
            grams = []
            for size in (2, 3):
                if len(word) > size:
                    grams += [word[i:i + size] for i in range(len(word) - size + 1)
                              if self._jieba.has_word(word[i:i + size])]
            found = self._search_forms[word] = (*grams, word)
        return found

    def words_of(self, folded: str) -> list[str]:
        """Search-mode words of already folded text, as cut: not normalised, punctuation kept.

        jieba's words, HMM on.  jieba-rs keeps ASCII such as 0371-12388 or
        126.com whole; jieba cuts what its dictionary lacks into
        letter-and-digit runs, and so does this.  (Every text of an archive
        goes through here: the common case, a word of letters, digits or Han
        characters, is tested first.)
        """
        out: list[str] = []
        has_word = self._jieba.has_word
        for run, entity in self.pieces(folded):
            if entity:
                out.extend(self._search_words(run))
                continue
            for word in self._jieba.cut(run, True):
                size = len(word)
                if size < 2 or (size == 2 and word.isalnum()):
                    out.append(word)  # most words: nothing to split, no sub-words
                    continue
                if word.isalnum() or _HAN.search(word) or has_word(word):
                    pieces: Iterable[str] = (word,)
                else:
                    pieces = _ASCII_PIECE.findall(word)
                for piece in pieces:
                    if len(piece) <= 2:
                        out.append(piece)
                    else:
                        out.extend(self._search_words(piece))
        return out

    def cut_for_search(self, text: str) -> list[str]:
        """Search-mode words (long words also yield their dictionary sub-words), normalised."""
        out = []
        # words_of gives pieces of the folded text, which fold leaves as they
        # are: of normalise, only strip and lower are left to do.
        for t in self.words_of(fold(text)):
            t = t.strip().lower()
            if is_indexable(t):
                out.append(t)
        return out
