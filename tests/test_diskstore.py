"""The on-disk store behind the build caches: hits, misses, damage and pruning."""
from __future__ import annotations

from pathlib import Path

from newsarchive.diskstore import PickleStore


def test_values_survive_a_new_store_and_unused_keys_are_pruned(tmp_path: Path) -> None:
    first = PickleStore(tmp_path)
    first.put("aa11", {"x": 1})
    first.put("bb22", (1, 2))
    second = PickleStore(tmp_path)
    assert second.get("aa11") == {"x": 1}
    second.prune()
    assert [p.name for p in tmp_path.glob("*/*")] == ["aa11"]
    assert not list(tmp_path.glob("*/*.tmp"))


def test_damaged_or_rejected_entries_are_misses(tmp_path: Path) -> None:
    store = PickleStore(tmp_path, accept=lambda value: isinstance(value, int))
    store.put("cc33", 7)
    store.put("dd44", "not an int")
    (tmp_path / "cc" / "cc34").write_bytes(b"\x80\x05garbage")
    assert store.get("cc33") == 7
    assert store.get("dd44") is None
    assert store.get("cc34") is None
    assert store.get("ee55") is None


def test_no_folder_keeps_nothing() -> None:
    store = PickleStore(None)
    store.put("ff66", 1)
    assert store.get("ff66") is None
    store.prune()
