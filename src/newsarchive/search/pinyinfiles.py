"""The pinyin files (``search/pinyin/<letter>.js``): pinyin keys → the names they spell.

A name's keys are kept between builds (a :class:`..diskstore.KeptMemo`), and the
files themselves are kept whole, by their tags, while the set of names is the
one the last build wrote them for: most rebuilds change no name, and then the
map of every name's keys is not even made.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Iterator, Sequence

from ..background import computed_beside
from ..diskstore import KeptMemo, code_fingerprint, dump_atomically, read_pickle
from ..records import Article
from ..writer import Kept, tagged
from . import variants
from .bundle import DataFile, numbered_file, numbered_name, numbered_path
from .variants import by_initial, pinyin_map

FOLDER = "pinyin"
#: Under the cache folder: the digest of the names the files were last written for, and their letters.
STATE_FILE = "pinyin.files"
#: Code writing a pinyin file from the names' keys.
_FILE_CODE = ("search/variants.py", "search/bundle.py", "search/pinyinfiles.py")


def searchable_names(articles: Sequence[Article]) -> set[str]:
    """Names a reader may type in pinyin: officials, reporters, places, districts."""
    names: set[str] = set()
    for a in articles:
        names.update(o.name for o in a.meta.officials)
        names.update(a.meta.reporters)
        names.update(a.meta.places)
        if a.meta.district:
            names.add(a.meta.district)
    return names


#: Code and data deciding a name's pinyin keys.
_PINYIN_CODE = ("search/variants.py",)
_PINYIN_DATA = ("pypinyin",)


#: From this many names whose pinyin keys were not kept, the keys are read in a
#: forked process while the index is made: pypinyin is pure Python, and a first
#: build of 10,000 articles reads 16,000 names (over a second) at the end of the
#: search stage, while the other core may have nothing left to do.
PINYIN_BESIDE_MIN = 2_000


def pinyin_later(names: set[str], cache: Path | None, beside_from: int = PINYIN_BESIDE_MIN
                 ) -> Callable[[], dict[str, list[str]]]:
    """:func:`variants.pinyin_map` of ``names``, each name's keys kept between builds
    under ``cache``/pinyin, started now: in a forked process when at least
    ``beside_from`` names have no kept keys, else here.  Returns the function giving
    the map (call it once)."""
    keys_of: Callable[[str], list[str]] = variants.pinyin_keys
    memo = None
    if cache is not None:
        memo = KeptMemo(cache / "pinyin", code_fingerprint(_PINYIN_CODE, _PINYIN_DATA), variants.pinyin_keys)
        keys_of = memo

    def compute() -> dict[str, list[str]]:
        mapping = pinyin_map(names, keys_of)
        if memo is not None:
            memo.save()
        return mapping

    new = len(names) if memo is None else sum(1 for name in names if name not in memo.known)
    return computed_beside(compute, "pinyin", fork=new >= beside_from)




def names_digest(names: set[str]) -> str:
    """A hash of the names and of the code and data making their files."""
    h = hashlib.sha256(code_fingerprint(_FILE_CODE, _PINYIN_DATA).encode())
    h.update("\0".join(sorted(names)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class PinyinFiles:
    """The pinyin files of ``names``: kept by their tags when the names are those the
    last build wrote them for (``cache`` keeping which, ``keeps`` the writer's, see
    :meth:`..writer.SiteWriter.keeps`), else their keys started now (:func:`pinyin_later`)."""

    def __init__(self, names: set[str], cache: Path | None, keeps: Callable[[str, str], bool] | None = None,
                 beside_from: int = PINYIN_BESIDE_MIN) -> None:
        self.cache = cache
        self.digest = names_digest(names)
        kept = read_pickle(cache / STATE_FILE) if cache is not None else None
        self.letters: list[str] = []
        self.later: Callable[[], dict[str, list[str]]] | None = None
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == self.digest and keeps is not None \
                and all(keeps(numbered_path(FOLDER, letter), self.tag(letter)) for letter in kept[1]):
            self.letters = list(kept[1])
        else:
            self.later = pinyin_later(names, cache, beside_from)

    def tag(self, letter: str) -> str:
        return f"{self.digest}:{letter}"

    def files(self) -> Iterator[DataFile]:
        """The files, in letter order (:attr:`letters` filled once they are all made)."""
        if self.later is None:
            for letter in self.letters:
                yield DataFile(numbered_name(FOLDER, letter), numbered_path(FOLDER, letter), Kept(self.tag(letter)))
            return
        pinyin = by_initial(self.later())
        for letter, keys in pinyin.items():
            made = numbered_file(FOLDER, letter, keys)
            assert isinstance(made.body, bytes)
            yield DataFile(made.name, made.path, tagged(made.body, self.tag(letter)))
        self.letters = list(pinyin)
        if self.cache is not None:
            dump_atomically(self.cache / STATE_FILE, (self.digest, self.letters))
