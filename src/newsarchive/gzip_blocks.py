"""One gzip member made of independently compressed blocks.

A data export part holds hundreds of articles.  Compressed as one stream, an
edit of one article means encoding and compressing all of them again.  Here
each block of articles is compressed by a compressor of its own and ends on a
byte boundary (a sync flush: an empty stored block), primed with the last 32 KB
of what the block before it holds (as pigz does: a reader decoding the stream
has them as its window), so the compressed bytes of a block depend only on it
and on the end of the one before: a rebuild copies the unchanged blocks' bytes
out of the file the last build wrote and compresses only the block that changed
and the one after it (see :mod:`.spliced`).  Blocks laid end to end, the last
one finished, make one deflate stream, and with the header and trailer of RFC
1952 one gzip member: every gzip reader takes it.  The trailer's CRC-32 of
the whole is combined from each block's CRC and length (zlib's
``crc32_combine``, which Python's zlib does not offer), so a copied block is
never decompressed.  Primed, blocks compress as well as one stream does.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import Iterable

#: A gzip member's header: deflate, no flags (no name, no comment), mtime 0, no
#: extra flags, operating system 255 (unknown): nothing of the machine or the hour.
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"

_POLY = 0xEDB88320  # CRC-32, reflected
#: How far back deflate looks: what a block is primed with.
WINDOW = 32 * 1024


def _multmodp(a: int, b: int) -> int:
    """a times b modulo the CRC polynomial (bit-reflected, as zlib's crc32.c)."""
    m, p = 1 << 31, 0
    while True:
        if a & m:
            p ^= b
            if not a & (m - 1):
                return p
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1


def _x2n_table() -> list[int]:
    """x^(2^k) modulo the polynomial, k = 0 … 31."""
    table, p = [], 1 << 30  # x^1
    for _ in range(32):
        table.append(p)
        p = _multmodp(p, p)
    return table


_X2N = _x2n_table()


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of A + B from A's CRC, B's CRC and B's length in bytes."""
    p, k, n = 1 << 31, 3, len2  # x^0; a byte is 2^3 bits
    while n:
        if n & 1:
            p = _multmodp(_X2N[k & 31], p)
        n >>= 1
        k += 1
    return _multmodp(p, crc1) ^ crc2


@dataclass(frozen=True)
class Block:
    """A block's compressed bytes with the CRC-32 and length of what they hold."""

    data: bytes
    crc: int
    size: int


def compress_block(chunks: Iterable[bytes], level: int, last: bool = False, before: bytes = b"") -> Block:
    """``chunks`` as one block: compressed by a compressor of their own, primed with
    the end of ``before`` (what the stream holds before them), ending byte-aligned
    (or, the ``last`` block, with the stream's final block)."""
    window = before[-WINDOW:]
    packer = (zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, zdict=window) if window
              else zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS))
    out, crc, size = [], 0, 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
        size += len(chunk)
        out.append(packer.compress(chunk))
    out.append(packer.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH))
    return Block(b"".join(out), crc, size)


def trailer(sums: Iterable[tuple[int, int]]) -> bytes:
    """The gzip trailer of the blocks whose (CRC-32, length) are ``sums``, in order."""
    crc = total = 0
    for block_crc, size in sums:
        crc = crc32_combine(crc, block_crc, size)
        total += size
    return struct.pack("<II", crc, total & 0xFFFFFFFF)
