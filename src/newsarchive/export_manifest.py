"""data/index.json: the one place a script starts from to download the data.

It lists the export's files, whatever form the archive's size gave them (one
data/articles.json and data/articles.csv, or gzip parts per month, see
:mod:`.export_parts`), each with its article count, bytes and SHA-256, file
names relative to the manifest itself::

    {"site": {... "articles": 120000},
     "compression": "gzip",
     "parts": [{"period": "2025-03", "articles": 812,
                "json": {"file": "articles-2025-03.json.gz", "bytes": 1650312, "sha256": "…"},
                "csv": {"file": "articles-2025-03.csv.gz", "bytes": 80211, "sha256": "…"}}, …]}

The hashes are those of the bytes the writer received.  A file kept from the
previous build is not read again: its size and hash are kept in the cache
folder with the tag it was made from, and only when they are missing is the
file (vouched for by the writer) hashed once.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .config import Config
from .diskstore import dump_atomically, read_pickle
from .export import ARTICLES_CSV, ARTICLES_JSON, dumps, site_facts
from .export_parts import by_period, part_path
from .records import Article
from .writer import Kept, Streamed

INDEX = "data/index.json"
#: Bump when the digest record's layout changes.
_FORMAT = 1


class Digests:
    """Size and SHA-256 of each data file handed to the writer, learnt as it goes out;
    ``folder``: where those of the tagged files are kept between builds (None: not
    kept); ``site``: the output folder, where a kept file whose digest is unknown is."""

    def __init__(self, folder: Path | None, site: Path) -> None:
        self.record = folder / "digests" if folder is not None else None
        self.site = site
        kept = read_pickle(self.record) if self.record is not None else None
        self.before: dict[str, tuple[str, int, str]] = \
            kept[1] if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == _FORMAT else {}
        self.now: dict[str, tuple[str | None, int, str]] = {}

    def watch(self, files: Mapping[str, bytes | Streamed | Kept]) -> dict[str, bytes | Streamed | Kept]:
        """``files`` as the writer is to receive them; a streamed file's digest is
        known once the writer has taken all of it."""
        out: dict[str, bytes | Streamed | Kept] = {}
        for rel, data in files.items():
            if isinstance(data, Streamed):
                out[rel] = Streamed(data.tag, self._counted(rel, data.tag, data.chunks))
                continue
            if isinstance(data, Kept):
                known = self.before.get(rel)
                self.now[rel] = (data.tag, *known[1:]) if known is not None and known[0] == data.tag \
                    else (data.tag, *_file_digest(self.site.joinpath(*rel.split("/"))))
            else:
                self.now[rel] = (getattr(data, "tag", None), len(data), hashlib.sha256(data).hexdigest())
            out[rel] = data
        return out

    def _counted(self, rel: str, tag: str, chunks: Iterable[bytes | memoryview]) -> Iterator[bytes | memoryview]:
        h, size = hashlib.sha256(), 0
        for chunk in chunks:
            h.update(chunk)
            size += len(chunk)
            yield chunk
        self.now[rel] = (tag, size, h.hexdigest())

    def entry(self, rel: str) -> dict[str, Any]:
        """The manifest's description of the data file at ``rel``."""
        if rel not in self.now:
            raise RuntimeError(f"{rel}: not yet written, its digest is unknown")
        _, size, digest = self.now[rel]
        return {"file": rel.rsplit("/", 1)[-1], "bytes": size, "sha256": digest}

    def save(self) -> None:
        if self.record is not None:
            dump_atomically(self.record, (_FORMAT, {rel: (tag, size, digest) for rel, (tag, size, digest)
                                                    in sorted(self.now.items()) if tag is not None}))


def _file_digest(path: Path) -> tuple[int, str]:
    h, size = hashlib.sha256(), 0
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
            size += len(block)
    return size, h.hexdigest()


def manifest(articles: Sequence[Article], config: Config, digests: Digests) -> dict[str, bytes]:
    """data/index.json, once every data file it lists went to the writer."""
    if len(articles) > config.export_parts_above:
        parts = [{"period": period, "articles": len(group),
                  "json": digests.entry(part_path(period, "json")), "csv": digests.entry(part_path(period, "csv"))}
                 for period, group in by_period(articles).items()]
        compression: str | None = "gzip"
    else:
        parts = [{"period": None, "articles": len(articles),
                  "json": digests.entry(ARTICLES_JSON), "csv": digests.entry(ARTICLES_CSV)}]
        compression = None
    digests.save()
    return {INDEX: dumps({"site": site_facts(config, len(articles)), "compression": compression, "parts": parts})}


def export_summary(config: Config, articles: int, files: int) -> dict[str, Any]:
    """What the build report says of the export: its form, the setting that chose it
    (``config`` as site.yaml gave it, not settled) and the files it made."""
    parts = articles > config.export_parts_above
    return {"form": "gzip parts by month" if parts else "one file each",
            "export_parts_above": config.export_parts_above, "manifest": INDEX, "files": files}
