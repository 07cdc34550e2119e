"""The shared metadata of every file is kept by file key, so a rebuild shares only the new files'."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newsarchive import collector as collector_module
from newsarchive.collector import NEW_METAS, SHARED_METAS, Collector, collect
from newsarchive.filework import FileOutcome
from newsarchive.records import Draft, Metadata, Official, PartialDate
from newsarchive.report import BuildReport
from newsarchive.shared import Shared


def _meta(n: int) -> Metadata:
    return Metadata(date=PartialDate(2021, 3, n), district="青石县", places=("青石县", "白沙镇"),
                    officials=(Official("林晓舟", ("县委书记",)),), reporters=("吴一帆",), kind="meeting")


def _outcome(n: int, key: str) -> FileOutcome:
    """A file's outcome unpickled on its own, as a worker or the file cache gives it."""
    draft = Draft(f"{n}.txt", 1, f"题{n}", None, ("一段。",))
    return pickle.loads(pickle.dumps(FileOutcome(f"{n}.txt", drafts=(draft,), metas=(_meta(n),), key=key)))


def _refuse_sharing(monkeypatch: pytest.MonkeyPatch, allowed: set[str]) -> list[str]:
    """Shared.metadata fails for a record whose date's day (the file's number) is not ``allowed``;
    the days it shared are listed."""
    shared: list[str] = []
    real = Shared.metadata

    def metadata(self: Shared, meta: Metadata) -> Metadata:
        day = str(meta.date.day if meta.date else "")
        assert day in allowed, f"the metadata of file {day} was shared again"
        shared.append(day)
        return real(self, meta)

    monkeypatch.setattr(Shared, "metadata", metadata)
    return shared


def test_a_rebuild_takes_the_kept_metadata_and_shares_only_the_new_files(tmp_path: Path, monkeypatch) -> None:
    outcomes = [_outcome(n, f"k{n}") for n in range(1, 4)]
    first = Collector(tmp_path)
    for o in outcomes[:2]:
        first.ahead(o, o.key)
    _, metas, prints = first.collect(outcomes, BuildReport())
    assert (tmp_path / SHARED_METAS).is_file()
    assert metas[0].officials is metas[2].officials  # shared across files

    again = [outcomes[0], outcomes[1], _outcome(9, "k9")]  # the third file edited
    want = collect(again, BuildReport())
    shared = _refuse_sharing(monkeypatch, {"9"})
    second = Collector(tmp_path)
    for o in again:
        second.ahead(o, o.key)
    _, kept_metas, kept_prints = second.collect(again, BuildReport())
    assert shared == ["9"]
    assert kept_metas[:2] == metas[:2] and kept_prints[:2] == prints[:2] and kept_metas[2] == _meta(9)
    assert kept_metas[0].officials is kept_metas[1].officials  # read back shared, none looked up
    assert kept_metas[0].officials is not again[0].metas[0].officials
    assert (kept_metas, kept_prints) == want[1:]


def test_new_files_are_kept_apart_until_they_are_too_many(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(collector_module, "REWRITE_SHARE", 0.25)
    outcomes = [_outcome(n, f"k{n}") for n in range(1, 9)]
    Collector(tmp_path).collect(outcomes, BuildReport())
    whole, apart = tmp_path / SHARED_METAS, tmp_path / NEW_METAS
    code, token, kept = pickle.loads(whole.read_bytes())
    assert kept.keys() == {f"k{n}" for n in range(1, 9)} and not apart.exists()
    before = whole.read_bytes()
    Collector(tmp_path).collect(outcomes, BuildReport())  # nothing new: nothing written
    assert whole.read_bytes() == before and not apart.exists()

    edited = [*outcomes[:7], _outcome(20, "k20")]
    Collector(tmp_path).collect(edited, BuildReport())
    assert whole.read_bytes() == before
    assert pickle.loads(apart.read_bytes())[1:] == (token, {"k20": (_meta(20),)})
    shared = _refuse_sharing(monkeypatch, set())
    assert Collector(tmp_path).collect(edited, BuildReport())[1] == [o.metas[0] for o in edited]
    assert shared == []  # the whole and the file beside it hold every file's

    edited = [*outcomes[:6], _outcome(20, "k20"), _outcome(21, "k21")]  # two apart: a quarter
    monkeypatch.undo()
    monkeypatch.setattr(collector_module, "REWRITE_SHARE", 0.25)
    Collector(tmp_path).collect(edited, BuildReport())
    assert whole.read_bytes() == before and pickle.loads(apart.read_bytes())[2].keys() == {"k20", "k21"}
    edited[0] = _outcome(22, "k22")  # three apart: the whole is written again
    Collector(tmp_path).collect(edited, BuildReport())
    assert not apart.exists()
    code2, token2, kept = pickle.loads(whole.read_bytes())
    assert token2 != token and kept.keys() == {o.key for o in edited}


def test_a_file_kept_apart_from_another_whole_is_not_taken(tmp_path: Path, monkeypatch) -> None:
    outcomes = [_outcome(n, f"k{n}") for n in range(1, 30)]
    Collector(tmp_path).collect(outcomes, BuildReport())
    Collector(tmp_path).collect([*outcomes[:-1], _outcome(40, "k40")], BuildReport())
    code, token, apart = pickle.loads((tmp_path / NEW_METAS).read_bytes())
    (tmp_path / NEW_METAS).write_bytes(pickle.dumps((code, "another", apart)))
    shared = _refuse_sharing(monkeypatch, {"40"})
    Collector(tmp_path).collect([*outcomes[:-1], _outcome(40, "k40")], BuildReport())
    assert shared == ["40"]


def test_a_file_kept_by_other_code_or_damaged_is_no_help(tmp_path: Path, monkeypatch) -> None:
    outcomes = [_outcome(n, f"k{n}") for n in range(1, 3)]
    Collector(tmp_path).collect(outcomes, BuildReport())
    path = tmp_path / SHARED_METAS
    code, token, kept = pickle.loads(path.read_bytes())
    path.write_bytes(pickle.dumps(("other code", token, kept)))
    shared = _refuse_sharing(monkeypatch, {"1", "2"})
    _, metas, _ = Collector(tmp_path).collect(outcomes, BuildReport())
    assert sorted(shared) == ["1", "2"] and metas == [_meta(1), _meta(2)]
    path.write_bytes(b"damaged")
    assert Collector(tmp_path).collect(outcomes, BuildReport())[1] == metas
    assert pickle.loads(path.read_bytes())[0] == code


def test_an_outcome_with_a_trace_is_not_kept(tmp_path: Path) -> None:
    from dataclasses import replace

    traced = replace(_outcome(1, "k1"), traces=("Traceback …",))
    Collector(tmp_path).collect([traced, _outcome(2, "k2")], BuildReport())
    assert pickle.loads((tmp_path / SHARED_METAS).read_bytes())[2].keys() == {"k2"}
    assert collector_module.Collector is Collector


def test_the_file_cache_keeps_metadata_packed_and_a_rebuild_never_unpacks_the_kept(tmp_path: Path,
                                                                                  monkeypatch) -> None:
    from newsarchive import pickling
    from newsarchive.filework import FileCache

    cache = FileCache(tmp_path / "files", settings="")
    outcomes = [_outcome(n, f"k{n}") for n in range(1, 4)]
    for o in outcomes:
        cache.put(o.key, o)
    cache.prune()
    first = Collector(tmp_path)
    _, metas, _ = first.collect(outcomes, BuildReport())

    unpacked: list[int] = []
    real = pickling.PackedTuple._unpacked

    def counting(self):
        unpacked.append(len(self))
        return real(self)

    monkeypatch.setattr(pickling.PackedTuple, "_unpacked", counting)
    back = FileCache(tmp_path / "files", settings="")
    read = [back.get(o.key) for o in outcomes]
    assert all(isinstance(o.metas, pickling.PackedTuple) for o in read) and read == outcomes
    unpacked.clear()
    second = Collector(tmp_path)
    for o in read:
        second.ahead(o, o.key)
    _, kept, _ = second.collect(read, BuildReport())
    assert kept == metas and unpacked == []  # all taken from the shared copy
    _, alone, _ = Collector(tmp_path / "elsewhere").collect(read, BuildReport())
    assert alone == metas and len(unpacked) == 3  # no shared copy: each file's unpacked
