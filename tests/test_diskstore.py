"""The on-disk store behind the build caches: hits, misses, damage and pruning."""
from __future__ import annotations

from pathlib import Path

from newsarchive.diskstore import PickleStore


def test_values_survive_a_new_store_and_unused_keys_are_pruned(tmp_path: Path) -> None:
    first = PickleStore(tmp_path)
    first.put("aa11", {"x": 1})
    first.put("aa12", [1])
    first.put("bb22", (1, 2))
    first.prune()
    second = PickleStore(tmp_path)
    assert second.get("aa11") == {"x": 1}
    second.prune()
    assert PickleStore(tmp_path).keys() == ["aa11"]
    # emptied buckets go, no temporary files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aa.pickle", "keys.index"]


def test_values_are_grouped_in_few_files(tmp_path: Path) -> None:
    store = PickleStore(tmp_path)
    for n in range(1000):
        store.put(f"{n % 256:02x}{n:06d}", n)
    store.prune()
    assert len(list(tmp_path.glob("*.pickle"))) == 256
    assert PickleStore(tmp_path).get(f"{999 % 256:02x}000999") == 999


def test_nothing_is_written_before_prune_and_unchanged_buckets_are_not_rewritten(tmp_path: Path) -> None:
    store = PickleStore(tmp_path)
    store.put("aa11", 1)
    assert not list(tmp_path.iterdir())
    store.prune()
    stamp = (tmp_path / "aa.pickle").stat().st_mtime_ns
    again = PickleStore(tmp_path)
    assert again.get("aa11") == 1
    again.prune()
    assert (tmp_path / "aa.pickle").stat().st_mtime_ns == stamp


def test_damaged_or_rejected_entries_are_misses(tmp_path: Path) -> None:
    store = PickleStore(tmp_path, accept=lambda value: isinstance(value, int))
    store.put("cc33", 7)
    store.put("dd44", "not an int")
    store.prune()
    (tmp_path / "ee.pickle").write_bytes(b"\x80\x05garbage")
    fresh = PickleStore(tmp_path, accept=lambda value: isinstance(value, int))
    assert fresh.get("cc33") == 7
    assert fresh.get("dd44") is None
    assert fresh.get("ee55") is None
    assert fresh.get("ff66") is None


def test_no_folder_keeps_nothing() -> None:
    store = PickleStore(None)
    store.put("ff66", 1)
    assert store.get("ff66") is None
    store.prune()
    assert store.keys() == []


def test_pruning_reads_only_buckets_that_hold_a_key_not_used(tmp_path: Path, monkeypatch) -> None:
    store = PickleStore(tmp_path)
    for n in range(40):
        store.put(f"{n % 4:02x}{n:04d}", n)
    store.prune()
    read: list[str] = []
    real = PickleStore._read
    monkeypatch.setattr(PickleStore, "_read", lambda self, name: read.append(name) or real(self, name))
    again = PickleStore(tmp_path)
    again.keep(k for k in (f"{n % 4:02x}{n:04d}" for n in range(40)) if k != "020002")
    again.prune()
    assert read == ["02"]  # the one bucket that held the key no longer used
    assert "020002" not in PickleStore(tmp_path).keys() and len(PickleStore(tmp_path).keys()) == 39
    # an index out of step with its buckets, or none, costs reading, never values
    (tmp_path / "keys.index").write_bytes(b"garbage")
    third = PickleStore(tmp_path)
    assert third.get("010001") == 1
    third.prune()
    assert PickleStore(tmp_path).keys() == ["010001"]


def test_values_read_back_are_left_to_reference_counting(tmp_path: Path) -> None:
    import gc

    store = PickleStore(tmp_path)
    store.put("aa11", [[n] for n in range(1000)])
    store.prune()
    gc.unfreeze()
    try:
        assert gc.isenabled()
        value = PickleStore(tmp_path).get("aa11")
        # the lists read are out of the collector's reach, which is on again
        assert gc.get_freeze_count() >= 1000
        assert gc.isenabled()
        assert value == [[n] for n in range(1000)]
    finally:
        gc.unfreeze()


def test_long_lived_leaves_a_disabled_collector_alone() -> None:
    import gc

    from newsarchive.diskstore import long_lived

    gc.unfreeze()
    gc.disable()
    try:
        with long_lived():
            kept = [[n] for n in range(100)]
        assert not gc.isenabled() and gc.get_freeze_count() == 0
        with long_lived():
            pass
    finally:
        gc.enable()
    assert len(kept) == 100
    try:
        with long_lived():
            assert not gc.isenabled()
            raise KeyError("stop")
    except KeyError:
        pass
    assert gc.isenabled()
    gc.unfreeze()


def test_a_spilled_store_holds_no_values_and_appends_later_ones_unread(tmp_path: Path, monkeypatch) -> None:
    store = PickleStore(tmp_path)
    store.put("aa11", 1)
    store.put("bb22", 2)
    store.spill()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aa.pickle", "bb.pickle"]
    assert not store._buckets  # the values were let go
    read: list[str] = []
    real = PickleStore._read
    monkeypatch.setattr(PickleStore, "_read", lambda self, name: read.append(name) or real(self, name))
    store.put("aa12", 3)
    store.put("aa11", 4)  # a later value over the earlier one
    store.spill()
    store.put("bb23", 5)
    store.prune()
    assert read == []  # every key used: nothing read back
    assert PickleStore(tmp_path).keys() == ["aa11", "aa12", "bb22", "bb23"]
    fresh = PickleStore(tmp_path)
    assert [fresh.get(k) for k in ("aa11", "aa12", "bb22", "bb23")] == [4, 3, 2, 5]


def test_a_spilled_bucket_is_read_back_to_get_a_value_or_drop_an_unused_key(tmp_path: Path) -> None:
    store = PickleStore(tmp_path)
    store.put("aa11", 1)
    store.spill()
    assert store.get("aa11") == 1
    store.put("aa12", 2)
    store.spill()
    store.prune()
    again = PickleStore(tmp_path)
    assert again.get("aa12") == 2
    again.put("bb22", 3)
    again.spill()
    again.prune()  # aa11 is no longer used
    assert PickleStore(tmp_path).keys() == ["aa12", "bb22"]


def test_a_bucket_cut_short_while_appending_is_a_miss(tmp_path: Path) -> None:
    store = PickleStore(tmp_path)
    store.put("aa11", 1)
    store.spill()
    store.put("aa12", 2)
    store.spill()
    path = tmp_path / "aa.pickle"
    path.write_bytes(path.read_bytes()[:-3])
    fresh = PickleStore(tmp_path)
    assert fresh.get("aa11") is None and fresh.get("aa12") is None
