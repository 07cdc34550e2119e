"""Blocks compressed apart make one gzip member; its CRC is combined, never recomputed."""
from __future__ import annotations

import gzip
import random
import zlib

from newsarchive.gzip_blocks import GZIP_HEADER, compress_block, crc32_combine, trailer


def test_crc32_combine_gives_the_crc_of_the_joined_bytes() -> None:
    rng = random.Random(7)
    for _ in range(50):
        a = rng.randbytes(rng.randrange(0, 3000))
        b = rng.randbytes(rng.randrange(0, 70000))
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_blocks_laid_end_to_end_are_one_member_every_reader_takes() -> None:
    rng = random.Random(3)
    words = ["县委", "召开", "会议", "镇里", "乡村", "振兴", "工作", "部署", "代表", "第%d次"]
    pieces = ["".join(rng.choice(words) for _ in range(rng.randrange(2000, 6000))).encode() for _ in range(12)]
    # each block primed with the end of the one before, as a reader's window holds it
    blocks = [compress_block([p], 6, before=pieces[n - 1] if n else b"") for n, p in enumerate(pieces[:-1])]
    blocks.append(compress_block([pieces[-1]], 6, last=True))
    member = GZIP_HEADER + b"".join(b.data for b in blocks) + trailer((b.crc, b.size) for b in blocks)
    assert gzip.decompress(member) == b"".join(pieces)
    assert zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(member) == b"".join(pieces)
    # a block's bytes depend on it and what primes it, nothing else
    assert compress_block([pieces[3]], 6, before=b"x" + pieces[2]).data == blocks[3].data
    # primed, the blocks compress about as well as one stream
    one = zlib.compress(b"".join(pieces), 6)
    assert sum(len(b.data) for b in blocks) < len(one) * 1.05
