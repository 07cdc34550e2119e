"""The packed index split into shards by the first character of each term.

A query can only match terms that start at one of its own characters, so the
page loads just the shards of the characters it was typed with (a prefix
search "6938*" needs the shard of "6" only).  lunr scores a document by the
query terms' entries alone (the query vector's norm, not the document's),
so an index built in the page from the loaded shards ranks exactly as the
whole index would.

``bucket(ch) = code point % count``; the count grows with the index so that
a shard stays near :data:`SHARD_BYTES`.  A small archive has one shard.
"""
from __future__ import annotations

import json
import math
from typing import Any

#: Target size of one index shard, in bytes of JSON.
SHARD_BYTES = 64 * 1024

#: What every shard shares (the page needs it before any shard): kept in the manifest.
SHARED_KEYS = ("version", "fields", "boosts", "k1", "b", "pipeline", "docs")


def bucket(term: str, count: int) -> int:
    """The shard holding ``term``: its first code point modulo the shard count."""
    return ord(term[0]) % count


def shard_count(packed: dict[str, Any], target: int | None = None) -> int:
    """Enough shards for about ``target`` (default :data:`SHARD_BYTES`) bytes each."""
    target = target or SHARD_BYTES
    size = len(json.dumps([packed["terms"], packed["postings"]], ensure_ascii=False, separators=(",", ":")))
    return max(1, math.ceil(size / target))


def split_index(packed: dict[str, Any], target: int | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(shared part, shards): each shard ``{"terms", "postings"}`` in the packed order."""
    count = shard_count(packed, target)
    shards: list[dict[str, Any]] = [{"terms": [], "postings": []} for _ in range(count)]
    for term, posting in zip(packed["terms"], packed["postings"]):
        part = shards[bucket(term, count)]
        part["terms"].append(term)
        part["postings"].append(posting)
    shared = {key: packed[key] for key in SHARED_KEYS}
    shared["buckets"] = count
    shared["chars"] = "".join(sorted({ch for term in packed["terms"] for ch in term}))
    return shared, shards
