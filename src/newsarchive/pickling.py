"""Records that unpickle fast: by their ``__init__``, not one attribute at a time.

A frozen dataclass with slots unpickles through ``dataclasses``' own
``__setstate__``, a Python loop that asks ``dataclasses.fields`` for every
object.  A rebuild reads back hundreds of thousands of records from its
caches (each file's drafts and metadata, the archive's people and mentions),
and that loop was half of the time spent reading them.  :func:`pickled_by_init`
has a record pickled as its class and its field values, which unpickling
passes to the generated ``__init__``: about three times faster, and smaller.

Some values are read back only in case they are needed: :class:`PackedTuple`
keeps a tuple pickled inside the record that holds it until it is first read.
"""
from __future__ import annotations

import pickle
from dataclasses import fields
from operator import attrgetter
from typing import Any, Iterator, Sequence, TypeVar, overload

T = TypeVar("T")


def pickled_by_init(cls: type[T]) -> type[T]:
    """Give the dataclass ``cls`` a ``__reduce__`` to ``cls(*field values)``; every field
    must be one ``__init__`` takes."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if not all(f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__}: a field __init__ does not take cannot be pickled by __init__")
    if len(names) == 1:
        one = attrgetter(names[0])

        def reduce_one(self: Any) -> tuple[type, tuple]:
            return cls, (one(self),)

        cls.__reduce__ = reduce_one  # type: ignore[assignment,method-assign]
    else:
        values = attrgetter(*names)

        def reduce(self: Any) -> tuple[type, tuple]:
            return cls, values(self)

        cls.__reduce__ = reduce  # type: ignore[assignment,method-assign]
    return cls


class PackedTuple(Sequence[T]):
    """A tuple that stays pickled until an item is asked for; its length is known without.

    A rebuild reads back every file's cached outcome, and each outcome's
    metadata made most of that cost (0.09 of 0.13 s at 10,000 articles) though
    it is then taken from the shared copy kept beside (``metas.shared``): held
    as one bytes object, it is unpickled only where that copy lacks it.  Equal
    to a tuple of the same items, and pickled as its bytes."""

    __slots__ = ("_count", "_blob", "_items")

    def __init__(self, count: int, blob: bytes) -> None:
        self._count = count
        self._blob = blob
        self._items: tuple[T, ...] | None = None

    @classmethod
    def of(cls, items: Sequence[T]) -> "PackedTuple[T]":
        if isinstance(items, PackedTuple):
            return items
        return cls(len(items), pickle.dumps(tuple(items), protocol=pickle.HIGHEST_PROTOCOL))

    def _unpacked(self) -> tuple[T, ...]:
        if self._items is None:
            self._items = pickle.loads(self._blob)
        return self._items

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[T, ...]: ...

    def __getitem__(self, i: int | slice) -> T | tuple[T, ...]:
        return self._unpacked()[i]

    def __iter__(self) -> Iterator[T]:
        return iter(self._unpacked())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedTuple):
            return self._blob == other._blob or self._unpacked() == other._unpacked()
        return isinstance(other, tuple) and self._unpacked() == other

    def __hash__(self) -> int:
        return hash(self._unpacked())

    def __repr__(self) -> str:
        return f"PackedTuple({self._unpacked()!r})"

    def __reduce__(self) -> tuple[type, tuple[int, bytes]]:
        return PackedTuple, (self._count, self._blob)
