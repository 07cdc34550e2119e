"""Records unpickle by their __init__, not dataclasses' slow __setstate__."""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field

import pytest

from newsarchive import archive, records
from newsarchive.pickling import PackedTuple, pickled_by_init
from newsarchive.records import Draft, Metadata, Official, PartialDate


def _slow_setstate(self, state):
    raise AssertionError("unpickled through __setstate__")


@pytest.mark.parametrize("module", [records, archive])
def test_every_record_class_unpickles_by_init(module, monkeypatch) -> None:
    classes = [c for c in vars(module).values()
               if isinstance(c, type) and c.__module__ == module.__name__ and "__dataclass_fields__" in vars(c)]
    assert classes
    for cls in classes:
        monkeypatch.setattr(cls, "__setstate__", _slow_setstate, raising=False)
        assert cls.__reduce__ is not object.__reduce__, cls.__name__


def test_records_cross_a_pickle_equal_and_sharing_what_they_shared(monkeypatch) -> None:
    for cls in (Draft, Metadata, Official, PartialDate):
        monkeypatch.setattr(cls, "__setstate__", _slow_setstate)
    name = "周明远"
    meta = Metadata(date=PartialDate(2024, 3, 5), officials=(Official(name, ("县长",)), Official(name, ("书记",))))
    again = pickle.loads(pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == meta and again.officials[0].name is again.officials[1].name
    draft = Draft("a.txt", 2, "青禾县春耕", None, ("青禾县召开春耕工作会议。",), front_matter={"district": "青禾县"})
    assert pickle.loads(pickle.dumps(draft)) == draft


def test_a_one_field_record_and_defaults() -> None:
    @dataclass(frozen=True, slots=True)
    class One:
        value: tuple = field(default_factory=tuple)

    # a local class cannot be pickled by name: check the reduction itself
    cls = pickled_by_init(One)
    assert One((1,)).__reduce__() == (cls, ((1,),))


def test_a_field_init_does_not_take_is_refused() -> None:
    @dataclass(frozen=True)
    class Derived:
        a: int
        b: int = field(init=False, default=0)

    with pytest.raises(TypeError, match="Derived"):
        pickled_by_init(Derived)


def test_a_packed_tuple_is_unpickled_only_when_an_item_is_asked_for(monkeypatch) -> None:
    items = (Metadata(district="青石县"), Metadata(district="白沙县"))
    packed = pickle.loads(pickle.dumps(PackedTuple.of(items), protocol=pickle.HIGHEST_PROTOCOL))
    real_loads = pickle.loads
    calls: list[bytes] = []

    def counting(blob: bytes, *args, **kwargs):
        calls.append(blob)
        return real_loads(blob, *args, **kwargs)

    monkeypatch.setattr(pickle, "loads", counting)
    assert len(packed) == 2 and not calls
    assert packed[1].district == "白沙县" and list(packed) == list(items) and len(calls) == 1
    assert packed == items and packed == PackedTuple.of(items) and hash(packed) == hash(items)
    assert packed != list(items) and PackedTuple.of(packed) is packed
    assert packed[:1] == items[:1]
