"""The weighed index cut into files by the terms' leading characters.

The terms of one first character stay together while they hold at most
:data:`CHUNK_BYTES` of JSON: in a file of their own (``search/index/<key>.js``,
the key's UTF-16 code units in hex) when over half a bucket, else in a
*shared* file.  Past :data:`CHUNK_BYTES` the character is *split*: the terms
going on after it are grouped by their first two characters, their *key*.  A
group larger than :data:`CHUNK_BYTES` is split the same way (a single large
term too: its file holds it alone); the smaller groups of a split prefix
share its :data:`BUCKET_BYTES` *buckets* (``<prefix>-<b>.js``), the bucket of
a key given by a hash of it (:func:`bucket_of`), every bucket written even
when empty.  The term that is the prefix alone has a file of its own when
over a bucket, else it is written into each bucket (a typed word asks for it
and one of its groups at once).  A prefix whose small groups make less than a
bucket puts them, and its small term, into a shared file.  The shared files
(``shared-<b>.js``, :func:`shared_count` of them) take a piece by the hash of
its prefix: rare characters and small remainders share a few files rather
than have one small file each.  A split prefix that holds nothing itself is
left out.

So the page finds the file of any string from two small tables in the
manifest, never a list of every file: the first characters of the terms
(``first``, bounded by the characters the archive writes in, a bit marking
those alone in a file) and the split prefixes with their entries (``split``,
front coded, growing with the archive's heavy prefixes, not with its
articles; :func:`entry`).  The file of a string is its first character's own
or shared file when that is not split; else that of the longest split prefix
of it: its own file, a bucket or its shared file (:func:`file_of`).  A prefix
search (an ASCII run, a word of one character) needs the file of its prefix
and those of the split prefixes going on from it, all known from the tables.
The strings one position of a typed word looks up (芦, 芦花, 芦花村) share
their first two characters, so they mostly share a file; and one article more
moves no file's edges unless a prefix crosses a size (or the shared files'
bytes double).

lunr scores a document by the query terms' entries alone, so an index built in
the page from the loaded files ranks exactly as the whole index would.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .bundle import to_json
from .weights import pack_row, unpack_row

#: Most bytes of JSON the terms of one first character (or of one split
#: prefix's group) hold in one file before the prefix is split.
CHUNK_BYTES = 8 * 1024
#: Least bytes of JSON of a bucket of a split prefix's small groups: they make
#: as many buckets as they hold whole ``BUCKET_BYTES`` (so a bucket holds one
#: to two of them, and few are near empty); a position of a typed word whose
#: character is split costs one bucket, half a chunk to a chunk.  At 2 KB a
#: 10,000-article archive had 2,180 index files; at 4 KB 1,323, its first
#: query as many bytes at the median (docs/search.md, "What the choices measured").
BUCKET_BYTES = 4 * 1024
#: Name of the shared files (``shared-<b>``), those the small pieces share.
SHARED = "shared"
#: Bits of a split prefix's entry: its own term has a file of its own; something
#: of it (its small own term, its small groups) is in its shared file.
OWN_FILE, IN_SHARED = 1, 2


def utf16(term: str) -> bytes:
    """Sort key of JavaScript's string order: UTF-16 code units."""
    return term.encode("utf-16-be")


def key_name(key: str) -> str:
    """The file name of a key: its UTF-16 code units, four hex digits each (any
    character a term may hold, on any file system, in any URL)."""
    return utf16(key).hex()


def bucket_of(key: str, buckets: int) -> int:
    """The bucket of a split prefix that holds the group ``key``: FNV-1a (32 bits)
    of its UTF-16 code units, modulo ``buckets`` (the page's ``bucketOf``)."""
    h = 0x811C9DC5
    units = utf16(key)
    for i in range(0, len(units), 2):
        h = ((h ^ (units[i] << 8 | units[i + 1])) * 0x01000193) & 0xFFFFFFFF
    return h % buckets


def _units(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (JavaScript's string length)."""
    return len(utf16(text)) // 2


def shared_name(key: str, shared: int) -> str:
    """The shared file holding what ``key`` (an unsplit first character, or a split
    prefix's small own term and small groups) put there: its bucket among ``shared``."""
    return f"{SHARED}-{bucket_of(key, shared)}"


def file_of(text: str, first: str | set[str], split: Mapping[str, int]) -> str | None:
    """The name of the index file holding ``text`` if it is a term, or None when no
    file can (the page's ``fileOf``): the shared file of its first character when that
    is not split; else, ``p`` being the longest prefix of ``text`` in ``split``, for a
    longer one the bucket of ``p`` that the group of ``text``'s first ``len(p) + 1``
    characters falls in, or ``p``'s shared file when ``p`` has no buckets, or its own
    file when neither; for ``text`` itself ``p``'s own file, or else one of its
    buckets (a small own term is in each: the page takes the one it already asks for),
    or else its shared file (see :func:`entry`)."""
    if not text or text[0] not in first:
        return None
    shared = split.get("", 0)
    if text[0] not in split:
        return shared_name(text[0], shared)
    longest = max(end for end in range(1, len(text) + 1) if text[:end] in split)
    parent = text[:longest]
    value = split[parent]
    buckets = value >> 2
    if longest < len(text):
        if buckets:
            return f"{key_name(parent)}-{bucket_of(text[:longest + 1], buckets)}"
        if value & OWN_FILE and not value & IN_SHARED:
            return key_name(parent)
    elif value & OWN_FILE:
        return key_name(parent)
    elif buckets:
        return f"{key_name(parent)}-{bucket_of(text, buckets)}"  # every bucket of it holds it
    return shared_name(parent, shared) if value & IN_SHARED else None


def entry(buckets: int, own_file: bool, in_shared: bool) -> int:
    """A split prefix's number in the manifest: its buckets, times four, plus
    :data:`OWN_FILE` when its own term has a file of its own, plus
    :data:`IN_SHARED` when its small own term or small groups are in its shared file
    (with no buckets: with buckets, a small own term is in each of them)."""
    return buckets << 2 | (OWN_FILE if own_file else 0) | (IN_SHARED if in_shared else 0)


@dataclass(frozen=True)
class Chunk:
    """One index file's name, terms and JSON text ``{"terms", "postings"}``, made from
    each row's JSON text as it came: rows are serialised once and parsed never."""

    name: str
    terms: list[str]
    json: str

    def payload(self) -> dict[str, Any]:
        """The file as the page reads it (for inspection and tests)."""
        return json.loads(self.json)


#: (term, its row's JSON, the bytes the pair takes in a file): the size is reckoned
#: once a row, not again at every depth a prefix is split to.
Rows = list[tuple[str, str, int]]


def _size(rows: Sequence[tuple[str, str, int]]) -> int:
    return sum(r[2] for r in rows)


def _chunk(name: str, rows: Sequence[tuple[str, str, int]]) -> Chunk:
    terms = [r[0] for r in rows]
    return Chunk(name, terms, f'{{"terms":{to_json(terms)},"postings":[{",".join(r[1] for r in rows)}]}}')


def _split(key: str, rows: Rows, split: dict[str, int], shared: list[tuple[str, Rows]], chunk_bytes: int,
           bucket_bytes: int) -> list[Chunk]:
    """The files of split prefix ``key`` (all of ``rows`` start with it); records its
    entry, and those of the prefixes split under it, in ``split``.  Its own term
    has a file when larger than ``bucket_bytes``; its groups up to ``chunk_bytes``
    share as many buckets as they hold whole ``bucket_bytes``, each bucket holding the
    small own term too; else they and the small own term go to ``shared``."""
    depth = len(key) + 1
    own = [r for r in rows if r[0] == key]
    files: list[Chunk] = []
    small: Rows = []
    groups: list[tuple[str, Rows]] = []
    for sub, group in groupby((r for r in rows if r[0] != key), key=lambda r: r[0][:depth]):
        members = list(group)
        if _size(members) > chunk_bytes:
            files += _split(sub, members, split, shared, chunk_bytes, bucket_bytes)
        else:
            groups.append((sub, members))
            small += members
    own_file = _size(own) > bucket_bytes
    buckets = _size(small) // bucket_bytes
    # a small own term goes with the groups: into each bucket (a typed word asks for
    # the term and a group of it together), or into the shared file with them
    to_share = [] if buckets else ([] if own_file else own) + small
    if len(key) > 1 and not buckets and not own_file and not to_share:
        return files  # a prefix that holds nothing itself: the page looks past it
    split[key] = entry(buckets, own_file, bool(to_share))
    if to_share:
        shared.append((key, to_share))
    held: list[Rows] = [([] if own_file else list(own)) for _ in range(buckets)]
    for sub, members in groups:
        if buckets:
            held[bucket_of(sub, buckets)] += members
    files += [_chunk(f"{key_name(key)}-{b}", members) for b, members in enumerate(held)]
    return [*files, _chunk(key_name(key), own)] if own_file else files


def shared_count(total: int, bucket_bytes: int) -> int:
    """How many shared files hold ``total`` bytes: the least power of two that keeps
    them at most ``bucket_bytes`` on average, so that the count, and with it every
    shared file's content, changes only when the shared bytes double or halve."""
    count = 1
    while count * bucket_bytes < total:
        count *= 2
    return count


@dataclass(frozen=True)
class Group:
    """What the terms of one first character make: their own files, their split prefixes'
    entries (:func:`entry`), and their pieces for the shared files (``(key, rows)``)."""

    first: str
    files: list[Chunk]
    split: dict[str, int]
    pieces: list[tuple[str, Rows]]


def sized(rows: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, int]]:
    """``(term, row JSON)`` pairs with the bytes each takes in a file."""
    return ((t, x, len(t.encode("utf-8")) + len(x) + 4) for t, x in rows)


def group_files(first: str, members: Rows, chunk_bytes: int | None = None,
                bucket_bytes: int | None = None) -> Group:
    """The :class:`Group` of the rows of first character ``first`` (in UTF-16 order): a
    group depends on its own rows alone, so a rebuild makes again only the groups
    holding a changed term (the shared files excepted: :func:`shared_files`)."""
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    bucket_bytes = bucket_bytes or BUCKET_BYTES
    split: dict[str, int] = {}
    shared: list[tuple[str, Rows]] = []
    if _size(members) <= chunk_bytes or all(r[0] == first for r in members):
        if _size(members) > bucket_bytes // 2:
            # more than half a bucket: shared, it would cost a query of its rarer
            # neighbours more than it saves a file
            split[first] = entry(0, True, False)
            return Group(first, [_chunk(key_name(first), members)], split, shared)
        return Group(first, [], split, [(first, members)])
    files = _split(first, members, split, shared, chunk_bytes, bucket_bytes)
    return Group(first, files, split, shared)


def shared_bucket(key: str, count: int) -> int:
    """The shared file (of ``count``) a piece of ``key`` goes to."""
    return bucket_of(key, count)


def shared_chunk(b: int, pieces: Iterable[tuple[str, Rows]]) -> Chunk:
    """Shared file ``b`` from the pieces falling in it (:func:`shared_bucket`)."""
    return _chunk(f"{SHARED}-{b}", sorted((r for _, members in pieces for r in members), key=lambda r: utf16(r[0])))


def shared_files(pieces: Sequence[tuple[str, Rows]], bucket_bytes: int | None = None) -> tuple[int, list[Chunk]]:
    """(how many shared files, the files) of every group's pieces."""
    count = shared_count(sum(_size(members) for _, members in pieces), bucket_bytes or BUCKET_BYTES)
    held: list[list[tuple[str, Rows]]] = [[] for _ in range(count)]
    for key, members in pieces:
        held[shared_bucket(key, count)].append((key, members))
    return count, [shared_chunk(b, members) for b, members in enumerate(held)]


def iter_chunks(rows: Iterable[tuple[str, str]], split: dict[str, int], chunk_bytes: int | None = None,
                bucket_bytes: int | None = None) -> Iterator[Chunk]:
    """The index files of ``(term, row JSON)`` pairs in UTF-16 order.  The files of a
    split first character are handed on as soon as its terms are read (the whole
    index is never held at once); the shared files, holding the first characters
    that are not split and hold at most half a bucket, and what is small of the
    split prefixes, come last (a first character that is not split and holds more
    has a file of its own).  The split
    prefixes and their entries (:func:`entry`) are added to ``split``, the number of
    shared files under the empty prefix.  ``chunk_bytes``, ``bucket_bytes``: see
    :data:`CHUNK_BYTES`, :data:`BUCKET_BYTES`."""
    shared: list[tuple[str, Rows]] = []
    for first, group in groupby(sized(rows), key=lambda r: r[0][:1]):
        made = group_files(first, list(group), chunk_bytes, bucket_bytes)
        split.update(made.split)
        shared += made.pieces
        yield from made.files
    if not shared:
        return
    split[""], files = shared_files(shared, bucket_bytes)
    yield from files


def alone(split: Mapping[str, int]) -> set[str]:
    """The first characters whose terms are all in a file of their own (entry
    :data:`OWN_FILE`, no longer prefix split): :func:`first_table` marks them, so the
    split table need not hold them."""
    deeper = {key[0] for key in split if len(key) > 1}
    return {key for key, value in split.items() if len(key) == 1 and value == OWN_FILE and key not in deeper}


def split_table(split: Mapping[str, int]) -> dict[str, str]:
    """The manifest's table of split prefixes and their entries, in UTF-16 order, front
    coded: ``rest`` the prefixes' characters after those each shares with the one
    before, ``sizes`` packed (``weights.pack_row``) three numbers a prefix — the
    UTF-16 units shared, those in ``rest``, the entry (the empty prefix's: the number
    of shared files).  The characters :func:`alone` finds are left to
    :func:`first_table`.  :func:`read_tables` reads both."""
    rests: list[str] = []
    sizes: list[int] = []
    previous = ""
    single = alone(split)
    for key in sorted(set(split) - single, key=utf16):
        shared = 0
        while shared < min(len(key), len(previous)) and key[shared] == previous[shared]:
            shared += 1
        rests.append(key[shared:])
        sizes += [_units(key[:shared]), _units(key[shared:]), split[key]]
        previous = key
    return {"rest": "".join(rests), "sizes": pack_row(sizes)}


def read_split(table: Mapping[str, str]) -> dict[str, int]:
    """:func:`split_table` read back, as the page does."""
    units = utf16(table["rest"])
    sizes = unpack_row(table["sizes"])
    out: dict[str, int] = {}
    previous, at = b"", 0
    for i in range(0, len(sizes), 3):
        shared, rest, buckets = sizes[i:i + 3]
        key = previous[:2 * shared] + units[2 * at:2 * (at + rest)]
        out[key.decode("utf-16-be")] = buckets
        previous, at = key, at + rest
    return out


def first_table(firsts: Iterable[str], split: Mapping[str, int] | None = None) -> list[int]:
    """The first characters of the terms as the manifest lists them: the gaps between
    their code points, ascending, each doubled and plus one for a character whose
    terms have a file of their own (:func:`alone`; packed by ``weights.pack_row``: a
    character or two each)."""
    points = sorted(ord(ch) for ch in set(firsts))
    single = alone(split or {})
    return [2 * (b - a) + (chr(b) in single) for a, b in zip([0, *points], points)]


def read_tables(first: Sequence[int], table: Mapping[str, str]) -> tuple[set[str], dict[str, int]]:
    """The first characters and the split prefixes' entries from :func:`first_table`
    and :func:`split_table`, as the page reads them."""
    split = read_split(table)
    firsts: set[str] = set()
    point = 0
    for gap in first:
        point += gap >> 1
        firsts.add(chr(point))
        if gap & 1:
            split[chr(point)] = OWN_FILE
    return firsts, split


def split_index(terms: Sequence[str], postings: Sequence[Any], chunk_bytes: int | None = None,
                bucket_bytes: int | None = None) -> tuple[str, dict[str, int], dict[str, dict[str, Any]]]:
    """(first characters, split prefix → buckets, file name → payload) of a whole index
    (rows packed): :func:`iter_chunks` collected."""
    split: dict[str, int] = {}
    chunks = list(iter_chunks(((term, to_json(pack_row(row))) for term, row in zip(terms, postings)), split,
                              chunk_bytes, bucket_bytes))
    return "".join(sorted({t[0] for t in terms if t})), split, {c.name: c.payload() for c in chunks}


def characters(terms: Sequence[str]) -> str:
    """Every character of the index terms, sorted: the page tells traditional input by it."""
    return "".join(sorted({ch for term in terms for ch in term}))
