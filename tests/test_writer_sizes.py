"""The writer counts the bytes of every file the site will have, so the site's size is
known without looking at each file again."""
from __future__ import annotations

import os
from pathlib import Path

from newsarchive import hosting
from newsarchive.hosting import staged_sizes
from newsarchive.writer import Kept, SiteWriter, Streamed, tagged


def test_the_writer_counts_written_unchanged_kept_and_streamed_files(tmp_path: Path) -> None:
    out, record = tmp_path / "site", tmp_path / "site.record"
    with SiteWriter(out, record=record) as writer:
        writer.add({"a.html": tagged(b"page a", "key-a"), "b.html": b"page b", "c//d.html": b"deep"})
        writer.finish()
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("a.html", "key-a")
        writer.add({"a.html": Kept("key-a"), "b.html": b"page b", "c//d.html": b"deeper",
                    "e.json": Streamed("key-e", iter([b"[1,", "二]".encode()]))})
        branch = writer.branch()
        branch.add({"search/x.js": b"x" * 7})
        writer.merge(branch.staged_part())
        sizes = dict(writer.sizes)
        writer.finish()
    assert sizes == {rel: os.path.getsize(out / rel) for rel in ("a.html", "b.html", "c//d.html", "e.json",
                                                                  "search/x.js")}


def test_counted_sizes_are_not_looked_up(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "b.html").write_bytes(b"12345")
    looked: list[str] = []
    real = os.stat

    def stat(path, *args, **kwargs):
        looked.append(os.path.basename(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(hosting.os, "stat", stat)
    got = list(staged_sizes(["a.html", "b.html"], tmp_path / "stage", tmp_path / "out", {"a.html": 3}))
    assert got == [("a.html", 3), ("b.html", 5)] and "a.html" not in looked
