"""The data export of a large archive: gzip parts, one per month.

Above ``export_parts_above`` articles (site.yaml) one data/articles.json holding
every text would be hundreds of megabytes: too big to download in one go, and
half a host's 1 GB by itself.  The export is then written as parts:

- ``data/articles-2025-03.json.gz``: the articles of March 2025, a document of
  the same schema as data/articles.json, gzip-compressed; ``articles-2025`` holds
  the year's articles whose month is unknown; those whose year is unknown (in
  many archives the most: "近日", "3月2日") are shared among 16 parts by a hash
  of their id, ``articles-undated-0`` to ``articles-undated-f``;
- ``data/articles-2025-03.csv.gz``: the same articles' rows of data/articles.csv;
- ``data/index.json`` lists them (see :mod:`.export_manifest`).

Why months: a month of even a dense archive (a thousand articles) is a few
megabytes compressed, under every host's limit on one file; a researcher takes
the months wanted; an edit compresses one month's part again, not a year's.
Names say only the month (or the id's hash), so a rebuild keeps every other
part's name and bytes (a part whose articles all kept their fingerprints is not
even made, nor cut into blocks: :mod:`.export_kept`).

The gzip is written by hand so that it is the same on every machine: no file
name, modification time 0, operating system "unknown" (RFC 1952), compression
level 6.  Each part is one gzip member: every gzip reader takes it.  Inside it
the articles are compressed in blocks of a few dozen, each block on its own
(:mod:`.gzip_blocks`), the blocks ending where an article's id says so: an edit
compresses its article's block again and copies the others' bytes out of the
part the last build wrote (:mod:`.spliced`), and an added article moves no
other block's bounds.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from functools import partial
from typing import Callable, Iterable, Sequence

from .config import Config
from .diskstore import dump_atomically, read_pickle
from .export_kept import KeptParts, group_print
from .export import csv_head, csv_row, json_frame, site_facts, article_bytes
from .gzip_blocks import GZIP_HEADER, WINDOW, Block, compress_block, trailer
from .records import Article
from .spliced import SplicedFile
from .texts import TextStore
from .writer import Kept, Streamed

#: The parts of the articles whose year is unknown: this, a dash and one hex digit.
UNDATED = "undated"
#: zlib's default: level 9 made parts 0.4 % smaller (generated corpus).
LEVEL = 6
#: A block ends after an article whose id's hash is 0 modulo this: a few dozen
#: articles, a hundred kilobytes or so of JSON, a block (and at most four times as
#: many, however the hashes fall).
BLOCK_ARTICLES = 32
#: The separator between articles in an articles array, as data/articles.json has it.
_SEP = b",\n    "
#: The CRC-32 and length of every block of the last build, by the block's name.
_SUMS = "blocks.sums"
_SUMS_FORMAT = 2


def period_of(article: Article) -> str:
    """The part an article goes to: ``2025-03``, ``2025`` (month unknown) or, year
    unknown, ``undated-`` and the first hex digit of the SHA-256 of its id (an id
    keeps its part whatever else changes; ids are spread evenly)."""
    d = article.date
    if d is None or not d.year:
        return f"{UNDATED}-{hashlib.sha256(article.id.encode()).hexdigest()[0]}"
    return f"{d.year:04d}-{d.month:02d}" if d.month else f"{d.year:04d}"


def part_path(period: str, kind: str) -> str:
    """Site-relative path of a part: kind is ``json`` or ``csv``."""
    return f"data/articles-{period}.{kind}.gz"


def by_period(articles: Sequence[Article]) -> dict[str, list[Article]]:
    """The articles of each part, in archive order; parts in order of their names
    (years and months ascending, the undated parts last)."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(period_of(a), []).append(a)
    return {p: groups[p] for p in sorted(groups)}


def blocks_of(group: Sequence[Article]) -> list[Sequence[Article]]:
    """``group`` cut into blocks, each ending after an article whose id ends one (a
    byte of its SHA-256 other than the one that spreads the undated parts), or at
    four times :data:`BLOCK_ARTICLES`: bounds that an added or removed article does
    not move elsewhere in the part."""
    out: list[Sequence[Article]] = []
    start = 0
    for n, a in enumerate(group):
        if n + 1 - start >= 4 * BLOCK_ARTICLES or hashlib.sha256(a.id.encode()).digest()[2] % BLOCK_ARTICLES == 0:
            out.append(group[start:n + 1])
            start = n + 1
    if start < len(group):
        out.append(group[start:])
    return out


class _Sums:
    """Each block's CRC-32 and length by its name, kept in the cache folder: a block
    copied from the last build's part is never decompressed to know them.  Each
    part's trailer is kept too, by the sums it was combined from: combining costs
    a few milliseconds a part in Python, and a rebuild changes one part or two."""

    def __init__(self, folder: Path | None, salt: str) -> None:
        self.file = folder / _SUMS if folder is not None else None
        self.salt = salt
        kept = read_pickle(self.file) if self.file is not None else None
        ok = isinstance(kept, tuple) and len(kept) == 4 and kept[:2] == (_SUMS_FORMAT, salt) \
            and isinstance(kept[2], dict) and isinstance(kept[3], dict)
        self.known: dict[str, tuple[int, int]] = kept[2] if ok else {}
        self.trailers: dict[tuple[tuple[int, int], ...], bytes] = kept[3] if ok else {}
        self.used: dict[str, tuple[int, int]] = {}
        self.trailers_used: dict[tuple[tuple[int, int], ...], bytes] = {}

    def trailer(self, sums: list[tuple[int, int]]) -> bytes:
        key = tuple(sums)
        made = self.trailers.get(key)
        if made is None:
            made = trailer(sums)
        self.trailers_used[key] = made
        return made

    def save(self) -> None:
        if self.file is not None and (self.used != self.known or self.trailers_used != self.trailers):
            dump_atomically(self.file, (_SUMS_FORMAT, self.salt, self.used, self.trailers_used))


def part_outputs(articles: Sequence[Article], config: Config, keeps: Callable[[str, str], bool] | None,
                 salt: str, texts: TextStore | None = None) -> dict[str, Streamed | Kept | bytes]:
    """Every part's JSON and CSV file.  With the writer's ``keeps``, a part whose
    frame and articles (by fingerprint) are those of the previous build is
    :class:`Kept`, not made, and a part with an article changed copies its other
    blocks from the file the previous build wrote.  ``texts``: where bare articles'
    texts are, read as a block's JSON is made."""
    folder = config.cache_dir / "export" if keeps is not None else None
    sums = _Sums(folder, f"{salt}|{LEVEL}|{BLOCK_ARTICLES}")
    parts = KeptParts(folder, sums.salt)
    out: dict[str, Streamed | Kept | bytes] = {}
    for period, group in by_period(articles).items():
        head, tail = json_frame({**site_facts(config, len(group)), "period": period})
        blocks: list[Sequence[Article]] | None = None
        articles_print = group_print(group) if keeps is not None else None
        for kind, frame, rows in (("json", (head, tail), _json_rows(texts)), ("csv", (csv_head(), b""), _csv_rows)):
            rel = part_path(period, kind)
            inputs = parts.inputs(kind, frame, articles_print)
            if keeps is not None and (kept := parts.kept(rel, inputs, keeps, sums)) is not None:
                out[rel] = kept
                continue
            spliced = SplicedFile(folder, rel, config.output, keeps, sums.salt) if keeps is not None else None
            blocks = blocks_of(group) if blocks is None else blocks
            out[rel], names, block_sums = _assemble(spliced, frame, blocks, rows, sums, rel)
            parts.note(rel, inputs, out[rel], names, block_sums)
    sums.save()
    parts.save()
    return out


#: The raw bytes of a block's articles: (block, first block of the part) → chunks.
Rows = Callable[[Sequence[Article], bool], Iterable[bytes]]


def _json_rows(texts: TextStore | None) -> Rows:
    """A block's articles as data/articles.json holds them, each after the separator
    but the part's first (texts read from ``texts``)."""
    def rows(block: Sequence[Article], first: bool) -> Iterable[bytes]:
        for n, a in enumerate(block):
            if n or not first:
                yield _SEP
            yield article_bytes(a, texts)
    return rows


def _csv_rows(block: Sequence[Article], first: bool) -> Iterable[bytes]:
    return (csv_row(a) for a in block)


def _assemble(spliced: SplicedFile | None, frame: tuple[bytes, bytes], blocks: Sequence[Sequence[Article]],
              rows: Rows, sums: _Sums, rel: str
              ) -> tuple[Streamed | Kept | bytes, tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The part: its frame's blocks around its articles' blocks (``spliced`` None: in
    memory), with its blocks' names and the sums of its head, blocks and tail (what a
    later build keeping the part marks used: see :class:`.export_kept.KeptParts`).  A block is primed with the end of the one before (the head's, the
    first), so its name holds its kind, place, its articles' fingerprints and what
    primes it.  A block whose name has known sums is compressed only if it cannot
    be copied; any other is compressed now.  A block holding (or following one
    holding) an article without a fingerprint, a record made by hand, has no name:
    made anew."""
    head = compress_block([frame[0]], LEVEL)
    tail = compress_block([frame[1]], LEVEL, last=True)
    ends: dict[int, bytes] = {-1: frame[0][-WINDOW:]}  # the last raw bytes of a block (-1: the head)

    def end_of(n: int) -> bytes:
        if n not in ends:
            ends[n] = b"".join(rows(blocks[n], n == 0))[-WINDOW:]
        return ends[n]

    def make(n: int) -> Block:
        raw = b"".join(rows(blocks[n], n == 0))
        ends[n] = raw[-WINDOW:]
        return compress_block([raw], LEVEL, before=end_of(n - 1))

    kind = rel.rsplit(".", 2)[-2]
    pieces: list[tuple[str, Callable[[], bytes]]] = []
    names: list[str] = []
    block_sums = [(head.crc, head.size)]
    primer = hashlib.sha256(frame[0]).hexdigest()
    for n, block in enumerate(blocks):
        prints = [a.fingerprint for a in block]
        name = _name(sums.salt, kind, primer, prints) if all(prints) and primer else ""
        known = sums.known.get(name) if name else None
        if known is None:
            made = make(n)
            known = (made.crc, made.size)
            pieces.append((name, _const(made.data)))
        else:
            pieces.append((name, partial(lambda k: make(k).data, n)))
        if name:
            sums.used[name] = known
        names.append(name)
        block_sums.append(known)
        primer = "\0".join(prints) if all(prints) else ""
    block_sums.append((tail.crc, tail.size))
    head_bytes, tail_bytes = GZIP_HEADER + head.data, tail.data + sums.trailer(block_sums)
    if spliced is None:  # nothing kept: the part in memory
        part: Streamed | Kept | bytes = b"".join([head_bytes, *(made() for _, made in pieces), tail_bytes])
    else:
        part = spliced.assemble(head_bytes, pieces, b"", tail_bytes)
    return part, tuple(names), tuple(block_sums)


def _name(salt: str, kind: str, primer: str, prints: Sequence[str]) -> str:
    h = hashlib.sha256(f"{salt}|{kind}|{primer}".encode())
    for p in prints:
        h.update(p.encode() + b"\0")
    return h.hexdigest()


def _const(data: bytes) -> Callable[[], bytes]:
    return lambda: data
