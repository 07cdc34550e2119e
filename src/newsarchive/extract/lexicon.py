"""jieba's stock dictionary in one compact table, and jieba's cutting without HMM on it.

The extractors need three things from jieba's ``dict.txt``: word frequencies,
part-of-speech tags and the dictionary cut (no HMM).  Loading them through
jieba costs seconds per process (its prefix dictionary, a second tokenizer,
``jieba.posseg``'s tag table, each built separately), and every worker of the
process pool pays it.  Here one table maps each word, and each prefix of a
word, to ``frequency << 6 | tag number`` (tag number 0: no word of its own,
frequency 0: a prefix only, as in jieba's prefix dictionary).  It is built
once from ``dict.txt`` and kept in a file in the temporary folder, named
after the dictionary file's size and time, as jieba does with its own cache.
That file holds the table in shards, one per first character, each a marshal
blob, behind an index of where each lies: a process reads the shards of the
characters it looks words up by and no others.  Unmarshalling the whole table
(some 600,000 entries) took a pool worker 0.18 s, most of what processing the
one file of a one-edit rebuild costs; such a file needs a tenth of the shards.
:func:`cut` and :func:`pos_cut` follow jieba 0.42.1's
``Tokenizer.cut(HMM=False)`` and ``posseg.cut(HMM=False)`` step for step, so
they give the same words; the tests compare them.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import os
import re
import tempfile
from math import log
from pathlib import Path
from typing import Callable, Iterable

#: Bump when the table's layout changes (the cache file name includes it).
_FORMAT = 2
_TAG_BITS = 6

# jieba's block patterns (jieba/__init__.py and jieba/posseg/__init__.py).
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_HAN_POS = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ENG = re.compile("[a-zA-Z0-9]")
_ENG_POS = re.compile("[a-zA-Z0-9]+")
_ENG1 = re.compile("^[a-zA-Z0-9]$")
_NUM = re.compile("[\\.0-9]+")


def dictionary_path() -> Path:
    """jieba's stock ``dict.txt`` (found without importing jieba, which is slow to import)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def _build(path: Path) -> tuple[dict[str, int], int, tuple[str, ...]]:
    """The table, the total frequency and the tag names, read from ``dict.txt``.

    Like jieba: a later line for a word wins, the total counts every line, and
    every prefix of a word is present (frequency 0 when it is no word itself).
    """
    lines = [line.strip().split(" ") for line in path.read_bytes().decode("utf-8").splitlines()]
    lines = [parts for parts in lines if parts != [""]]
    tags = ("",) + tuple(sorted({parts[2] for parts in lines}))
    if len(tags) > 1 << _TAG_BITS:
        raise ValueError("too many part-of-speech tags for the lexicon table")
    number = {t: i for i, t in enumerate(tags)}
    table: dict[str, int] = {}
    total = 0
    for word, freq, tag in lines:
        f = int(freq)
        table[word] = f << _TAG_BITS | number[tag]
        total += f
        for k in range(1, len(word)):
            table.setdefault(word[:k], 0)
    return table, total, tags


def _cache_file(path: Path) -> Path:
    st = path.stat()
    key = f"{_FORMAT}:{path}:{st.st_size}:{st.st_mtime_ns}".encode()
    return Path(tempfile.gettempdir()) / f"newsarchive-lexicon-{hashlib.sha1(key).hexdigest()[:16]}.marshal"


#: The cache file opens with this, then the length of its header (8 bytes, big-endian).
_MAGIC = b"NALEX2\n"


def _sharded(table: dict[str, int], total: int, tags: tuple[str, ...]) -> bytes:
    """The cache file's bytes: the header ``(total, tags, first character → (offset, length))``
    marshalled, then each first character's entries as a marshalled dict."""
    shards: dict[str, dict[str, int]] = {}
    for word, value in table.items():
        shards.setdefault(word[0], {})[word] = value
    blobs, where, offset = [], {}, 0
    for first in sorted(shards):
        blob = marshal.dumps(shards[first])
        where[first] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    header = marshal.dumps((total, tuple(tags), where))
    return b"".join([_MAGIC, len(header).to_bytes(8, "big"), header, *blobs])


class _Table:
    """The lexicon's table, its shards read as their first characters are asked for
    (:meth:`need`); ``entries`` holds the shards read so far."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_MAGIC):
            raise ValueError("not a lexicon table")
        size = int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 8], "big")
        body = len(_MAGIC) + 8 + size
        total, tags, where = marshal.loads(data[len(_MAGIC) + 8:body])
        if not isinstance(where, dict) or not isinstance(tags, tuple) \
                or body + max((at + size for at, size in where.values()), default=0) != len(data):
            raise ValueError("not a lexicon table, or cut short")
        self.data, self.body, self.where = memoryview(data), body, where
        self.entries: dict[str, int] = {}
        self.logtotal, self.tags = log(total), tags
        self._read: set[str] = set()

    def need(self, chars: Iterable[str]) -> dict[str, int]:
        """The table, holding every entry that starts with one of ``chars``."""
        read = self._read
        for ch in chars:
            if ch not in read:
                read.add(ch)
                place = self.where.get(ch)
                if place is not None:
                    start = self.body + place[0]
                    try:
                        self.entries.update(marshal.loads(self.data[start:start + place[1]]))
                    except (ValueError, EOFError, TypeError):  # a damaged shard: the table from dict.txt
                        self.entries.update(_build(dictionary_path())[0])
                        read.update(self.where)
        return self.entries

    def whole(self) -> dict[str, int]:
        """The table with every shard read."""
        return self.need(self.where)


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Table:
    """The table of the cache file (built from ``dict.txt`` and written when it is not there)."""
    path = dictionary_path()
    cache = _cache_file(path)
    try:
        return _Table(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        table, total, tags = _build(path)
        data = _sharded(table, total, tags)
        try:
            tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, cache)
        except OSError:
            pass          # no writable temporary folder: build again next time
        return _Table(data)


def _load() -> tuple[dict[str, int], float, tuple[str, ...]]:
    """(the whole table, log of the total frequency, tag names)."""
    lex = _lexicon()
    return lex.whole(), lex.logtotal, lex.tags


def derived_words(name: str, compute: Callable[[], Iterable[str]]) -> frozenset[str]:
    """Words ``compute`` finds by scanning the table, kept in the temporary folder beside
    the table's cache under ``name`` and the source of the module ``compute`` is
    defined in: a scan of every entry costs more than reading its result back."""
    source = Path(compute.__code__.co_filename)
    try:
        code = hashlib.sha1(source.read_bytes()).hexdigest()[:16]
    except OSError:
        return frozenset(compute())
    cache = _cache_file(dictionary_path())
    kept = cache.with_name(f"{cache.stem}-{name}-{code}.marshal")
    try:
        words = marshal.loads(kept.read_bytes())
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            return frozenset(words)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    words = sorted(set(compute()))
    try:
        tmp = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(words))
        os.replace(tmp, kept)
    except OSError:
        pass  # no writable temporary folder: scan again next time
    return frozenset(words)


def frequency(word: str) -> int:
    """jieba's frequency of ``word`` (0 when it is no dictionary word)."""
    return _lexicon().need(word[:1]).get(word, 0) >> _TAG_BITS


def tag(word: str) -> str | None:
    """jieba's part-of-speech tag of ``word``, None when it is no dictionary word."""
    lex = _lexicon()
    return lex.tags[lex.need(word[:1]).get(word, 0) & ((1 << _TAG_BITS) - 1)] or None


def entries() -> dict[str, int]:
    """The raw table (word or prefix → packed value), for scans over the whole dictionary;
    read it with :func:`unpack`."""
    return _lexicon().whole()


def unpack(value: int) -> tuple[int, str | None]:
    """(frequency, tag) of a packed table value."""
    return value >> _TAG_BITS, _lexicon().tags[value & ((1 << _TAG_BITS) - 1)] or None


def _ends(sentence: str) -> list[int]:
    """Where each word of jieba's best dictionary route through ``sentence`` ends
    (``get_DAG`` and ``calc`` of jieba's Tokenizer); the table holds the shards of
    ``sentence``'s characters."""
    lex = _lexicon()
    table, logtotal = lex.need(set(sentence)), lex.logtotal
    n = len(sentence)
    dag: list[list[int]] = []
    for k in range(n):
        ends = []
        i = k
        frag = sentence[k]
        while i < n and frag in table:
            if table[frag] >> _TAG_BITS:
                ends.append(i)
            i += 1
            frag = sentence[k:i + 1]
        dag.append(ends or [k])
    route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    route[n] = (0, 0)
    for idx in range(n - 1, -1, -1):
        route[idx] = max((log((table.get(sentence[idx:x + 1], 0) >> _TAG_BITS) or 1) - logtotal
                          + route[x + 1][0], x) for x in dag[idx])
    out = []
    x = 0
    while x < n:
        x = route[x][1] + 1
        out.append(x)
    return out


def _dag_words(sentence: str) -> list[str]:
    words, start = [], 0
    for end in _ends(sentence):
        words.append(sentence[start:end])
        start = end
    return words


def cut(text: str) -> list[str]:
    """Words of ``text`` as ``jieba.Tokenizer().cut(text, HMM=False)`` gives them."""
    out: list[str] = []
    for blk in _HAN.split(text):
        if not blk:
            continue
        if _HAN.match(blk):
            buf = ""
            for word in _dag_words(blk):
                if _ENG.match(word) and len(word) == 1:
                    buf += word
                    continue
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            if buf:
                out.append(buf)
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


def pos_cut(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs of ``text`` as ``jieba.posseg.cut(text, HMM=False)`` gives them."""
    lex = _lexicon()
    table, tags = lex.need(set(text)), lex.tags
    mask = (1 << _TAG_BITS) - 1
    out: list[tuple[str, str]] = []
    for blk in _HAN_POS.split(text):
        if _HAN_POS.match(blk):
            buf = ""
            for word in _dag_words(blk):
                if _ENG1.match(word):
                    buf += word
                    continue
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((word, tags[table.get(word, 0) & mask] or "x"))
            if buf:
                out.append((buf, "eng"))
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append((x, "x"))
                    continue
                for xx in x:
                    if _NUM.match(xx):
                        out.append((xx, "m"))
                    elif _ENG_POS.match(x):
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
    return out
