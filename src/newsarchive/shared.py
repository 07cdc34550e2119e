"""One object for equal values: the build keeps every article to its end, and
the same names, titles, places, dates and reporters recur in thousands of them.

Each file's outcome comes back from a worker or the file cache unpickled on its
own, so a title such as 市委书记 named in ten thousand articles would be ten
thousand strings, each with its tuple and :class:`~.records.Official`.  A
:class:`Shared` table hands out the first of equal values instead (the records
are frozen and compare by value, so nothing can tell the difference but the
memory); the table itself is dropped once the articles are made.
"""
from __future__ import annotations

from typing import Hashable, TypeVar

from .records import Group, Inspection, Metadata, Official, PartialDate

T = TypeVar("T", bound=Hashable)


class Shared:
    """Equal values made one: :meth:`one` gives the first value equal to the one given."""

    def __init__(self) -> None:
        self._first: dict[Hashable, Hashable] = {}

    def one(self, value: T) -> T:
        if value is None:
            return value
        return self._first.setdefault(value, value)  # type: ignore[return-value]

    def strings(self, values: tuple[str, ...]) -> tuple[str, ...]:
        """The tuple, and each string in it, shared."""
        if not values:
            return ()
        first = self._first  # the table's setdefault in line: called for every tuple of every record
        shared = tuple([first.setdefault(v, v) for v in values])
        return first.setdefault(shared, shared)  # type: ignore[return-value]

    def metadata(self, meta: Metadata) -> Metadata:
        """``meta`` with its strings, dates, officials and inspections shared."""
        return Metadata(
            date=self.one(meta.date),
            district=self.one(meta.district),
            places=self.strings(meta.places),
            officials=self.one(tuple(self.official(o) for o in meta.officials)),
            reporters=self.strings(meta.reporters),
            inspections=tuple(self.inspection(i) for i in meta.inspections),
            kind=self.one(meta.kind),
            origin=self.one(meta.origin),
        )

    # An official, group or inspection seen before is found as it is: most recur,
    # and finding one costs a lookup where making its shared copy costs a record.

    def official(self, official: Official) -> Official:
        known = self._first.get(official)
        if known is not None:
            return known  # type: ignore[return-value]
        return self.one(Official(self.one(official.name), self.strings(official.titles)))

    def inspection(self, inspection: Inspection) -> Inspection:
        known = self._first.get(inspection)
        if known is not None:
            return known  # type: ignore[return-value]
        return self.one(Inspection(
            round=self.one(inspection.round),
            duration=self.one(inspection.duration),
            hours=self.one(inspection.hours),
            open=self.date(inspection.open),
            close=self.date(inspection.close),
            hotlines=self.strings(inspection.hotlines),
            groups=tuple(self.group(g) for g in inspection.groups),
            group_count=inspection.group_count,
        ))

    def group(self, group: Group) -> Group:
        known = self._first.get(group)
        if known is not None:
            return known  # type: ignore[return-value]
        return self.one(Group(self.one(group.name), self.strings(group.targets), self.strings(group.phones),
                              self.strings(group.sms), self.strings(group.emails),
                              self.strings(group.postal_boxes), self.one(group.hours)))

    def date(self, date: PartialDate | None) -> PartialDate | None:
        return self.one(date)
