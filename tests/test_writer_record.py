"""The writer's record after a rebuild: the changed entries appended, written whole
once the patches are many, and a damaged record trusted for nothing."""
from __future__ import annotations

import pickle
from pathlib import Path

from newsarchive.writer import Kept, SiteWriter, tagged
from newsarchive.writer_files import PATCH_SHARE, RecordFile

PAGES = 100


def _build(out: Path, record: Path, changed: dict[int, str]) -> None:
    """The site of PAGES pages, each kept but those ``changed`` (page → new key)."""
    with SiteWriter(out, record=record) as writer:
        outputs = {}
        for n in range(PAGES):
            rel, key = f"p/{n}.html", changed.get(n, f"key-{n}")
            outputs[rel] = Kept(key) if writer.keeps(rel, key) else tagged(f"page {n} {key}".encode(), key)
        writer.add(outputs)
        writer.finish()


def _pickles(path: Path) -> int:
    count = 0
    with path.open("rb") as f:
        while f.peek(1):
            pickle.load(f)
            count += 1
    return count


def test_a_rebuild_appends_the_changed_entries_to_the_record(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "site.record"
    _build(out, record, {})
    whole = record.read_bytes()
    _build(out, record, {3: "key-3b"})
    patched = record.read_bytes()
    assert patched.startswith(whole) and len(patched) - len(whole) < len(whole) / 20
    again = RecordFile(record, out.resolve()).read()
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("p/3.html", "key-3b") and not writer.keeps("p/3.html", "key-3")
        assert all(writer.keeps(f"p/{n}.html", f"key-{n}") for n in range(PAGES) if n != 3)
    assert again["p/3.html"][2] == "key-3b" and len(again) == PAGES


def test_a_page_gone_is_recorded_gone_by_a_patch(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "site.record"
    _build(out, record, {})
    with SiteWriter(out, record=record) as writer:
        assert all(writer.keeps(f"p/{n}.html", f"key-{n}") for n in range(1, PAGES))
        writer.add({f"p/{n}.html": Kept(f"key-{n}") for n in range(1, PAGES)})
        writer.finish()
    assert _pickles(record) == 2
    assert sorted(RecordFile(record, out.resolve()).read()) == sorted(f"p/{n}.html" for n in range(1, PAGES))


def test_the_record_is_written_whole_once_its_patches_are_many(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "site.record"
    _build(out, record, {})
    edits = int(PATCH_SHARE * PAGES)
    for n in range(1, edits + 1):  # one more page changed each time
        _build(out, record, {k: f"key-{k}b" for k in range(n)})
    assert _pickles(record) == 1 + edits
    _build(out, record, {k: f"key-{k}b" for k in range(edits + 1)})
    assert _pickles(record) == 1
    files = RecordFile(record, out.resolve()).read()
    assert [files[f"p/{n}.html"][2] for n in range(edits + 2)] == \
        [f"key-{n}b" for n in range(edits + 1)] + [f"key-{edits + 1}"]


def test_a_record_damaged_in_a_patch_keeps_nothing(tmp_path: Path) -> None:
    out, record = tmp_path / "_site", tmp_path / "site.record"
    _build(out, record, {})
    _build(out, record, {3: "key-3b"})
    record.write_bytes(record.read_bytes()[:-5])  # a build killed while appending
    with SiteWriter(out, record=record) as writer:
        assert not writer.keeps("p/4.html", "key-4")
        writer.add({f"p/{n}.html": tagged(f"page {n} key-{n}".encode(), f"key-{n}") for n in range(PAGES)})
        writer.finish()
    assert _pickles(record) == 1  # written whole again
    with SiteWriter(out, record=record) as writer:
        assert writer.keeps("p/4.html", "key-4")
