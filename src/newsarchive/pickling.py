"""Records that unpickle fast: by their ``__init__``, not one attribute at a time.

A frozen dataclass with slots unpickles through ``dataclasses``' own
``__setstate__``, a Python loop that asks ``dataclasses.fields`` for every
object.  A rebuild reads back hundreds of thousands of records from its
caches (each file's drafts and metadata, the archive's people and mentions),
and that loop was half of the time spent reading them.  :func:`pickled_by_init`
has a record pickled as its class and its field values, which unpickling
passes to the generated ``__init__``: about three times faster, and smaller.
"""
from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

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
