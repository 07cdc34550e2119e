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
even made).

The gzip is written by hand so that it is the same on every machine: no file
name, modification time 0, operating system "unknown" (RFC 1952), compression
level 6.  Each part is one gzip member: every gzip reader takes it.
"""
from __future__ import annotations

import hashlib
import struct
import zlib
from functools import partial
from typing import Callable, Iterable, Sequence

from .config import Config
from .export import csv_head, csv_row, json_frame, site_facts, article_bytes
from .records import Article
from .texts import TextStore
from .writer import Kept, Tagged, tagged

#: The parts of the articles whose year is unknown: this, a dash and one hex digit.
UNDATED = "undated"
#: zlib's default: level 9 made parts 0.4 % smaller (generated corpus).
LEVEL = 6
#: A gzip member's header: deflate, no flags (no name, no comment), mtime 0, no
#: extra flags, operating system 255 (unknown): nothing of the machine or the hour.
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
#: The separator between articles in an articles array, as data/articles.json has it.
_SEP = b",\n    "


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


def gzip_bytes(chunks: Iterable[bytes]) -> bytes:
    """``chunks`` joined and gzip-compressed as one member, the same bytes on every
    machine and at every hour (see the module docstring).  Only the compressed
    bytes are held: a month's raw text need never be whole in memory."""
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    out = [_GZIP_HEADER]
    crc = size = 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
        size += len(chunk)
        out.append(packer.compress(chunk))
    out.append(packer.flush())
    out.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return b"".join(out)


def by_period(articles: Sequence[Article]) -> dict[str, list[Article]]:
    """The articles of each part, in archive order; parts in order of their names
    (years and months ascending, the undated parts last)."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(period_of(a), []).append(a)
    return {p: groups[p] for p in sorted(groups)}


def part_outputs(articles: Sequence[Article], config: Config, keeps: Callable[[str, str], bool] | None,
                 salt: str, texts: TextStore | None = None) -> dict[str, bytes | Kept]:
    """Every part's JSON and CSV file.  With the writer's ``keeps``, a part whose
    frame and articles (by fingerprint) are those of the previous build is
    :class:`Kept`, not made.  ``texts``: where bare articles' texts are, read as a
    part's JSON is made."""
    out: dict[str, bytes | Kept] = {}
    for period, group in by_period(articles).items():
        head, tail = json_frame({**site_facts(config, len(group)), "period": period})
        json_rel, csv_rel = part_path(period, "json"), part_path(period, "csv")
        out[json_rel] = _part(json_rel, head, tail, group, partial(_json_chunks, head, group, tail, texts), keeps, salt)
        out[csv_rel] = _part(csv_rel, csv_head(), b"", group, partial(_csv_chunks, group), keeps, salt)
    return out


def _json_chunks(head: bytes, group: Sequence[Article], tail: bytes, texts: TextStore | None) -> Iterable[bytes]:
    yield head
    for n, a in enumerate(group):
        if n:
            yield _SEP
        yield article_bytes(a, texts)
    yield tail


def _csv_chunks(group: Sequence[Article]) -> Iterable[bytes]:
    yield csv_head()
    for a in group:
        yield csv_row(a)


def _part(rel: str, head: bytes, tail: bytes, group: Sequence[Article], chunks: Callable[[], Iterable[bytes]],
          keeps: Callable[[str, str], bool] | None, salt: str) -> Tagged | Kept | bytes:
    """One part: :class:`Kept` when the writer vouches for the file made from the same
    tag (code, frame, its articles' fingerprints in order), else ``chunks()``
    compressed; never kept when an article has no fingerprint (a record made by hand)."""
    prints = [a.fingerprint for a in group]
    if keeps is None or not all(prints):
        return gzip_bytes(chunks())
    h = hashlib.sha256(f"{salt}|{LEVEL}|{rel}".encode())
    for frame in (head, tail):
        h.update(b"%d:" % len(frame) + frame)
    for p in prints:
        h.update(p.encode() + b"\0")
    tag = h.hexdigest()
    if keeps(rel, tag):
        return Kept(tag)
    return tagged(gzip_bytes(chunks()), tag)
