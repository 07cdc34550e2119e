"""Metadata extraction (stage: extract): generic rules for Chinese government news.

Each extractor reads one :class:`~newsarchive.records.Draft` and returns one
piece of :class:`~newsarchive.records.Metadata`; extractors do not call each
other's results (officials are handed the byline names read once for both, so
that they can leave them out), so each can be tested and replaced alone.  Front matter
(``date``, ``district``) wins over what the text says.
"""
from __future__ import annotations

from typing import Any, Callable

from ..lazy import lazy_names
from ..records import Draft, Metadata

__all__ = ["extract", "extract_fields", "entity_words", "extract_date", "extract_inspections", "classify", "extract_origin",
           "extract_officials", "extract_reporters", "extract_district", "extract_places"]

#: Where each extractor lives.  They and the tables they read are imported on first use:
#: a process that only reads cached outcomes back (a rebuild's main process) never loads them.
__getattr__ = lazy_names(__name__, {
    "extract_date": ".dates", "extract_inspections": ".inspections", "classify": ".kind",
    "extract_origin": ".origin", "extract_officials": ".people", "extract_reporters": ".people",
    "extract_district": ".places", "extract_places": ".places"})


def _extractor(name: str) -> Callable[..., Any]:
    return globals().get(name) or __getattr__(name)


def extract(draft: Draft) -> Metadata:
    """All metadata of one draft; an extractor's exception propagates."""
    meta, failures = extract_fields(draft, isolate=False)
    return meta


def extract_fields(draft: Draft, isolate: bool = True) -> tuple[Metadata, list[tuple[str, BaseException]]]:
    """All metadata of one draft, and the fields whose extractor raised (each left empty,
    with its exception) when ``isolate``: input no rule foresaw costs that field, not
    the article's date, district, people and inspections together."""
    failures: list[tuple[str, BaseException]] = []
    empty = Metadata()

    def field(name: str, extractor: str, *args: Any) -> Any:
        if not isolate:
            return _extractor(extractor)(draft, *args)
        try:
            return _extractor(extractor)(draft, *args)
        except Exception as e:  # one rule tripping over odd input
            failures.append((name, e))
            return getattr(empty, name)

    inspections = field("inspections", "extract_inspections")
    reporters = field("reporters", "extract_reporters")
    meta = Metadata(
        date=field("date", "extract_date"),
        district=field("district", "extract_district"),
        places=field("places", "extract_places"),
        officials=field("officials", "extract_officials", reporters),
        reporters=reporters,
        inspections=inspections,
        kind=field("kind", "classify", inspections),
        origin=field("origin", "extract_origin"),
    )
    return meta, failures


def entity_words(*metas: Metadata) -> set[str]:
    """Names, places and organisations of the articles of ``metas`` to add to the
    segmentation dictionary (gathered into one set: an archive has many articles)."""
    words: set[str] = set()
    for meta in metas:
        words.update([o.name for o in meta.officials])
        words.update(meta.reporters)
        words.update(meta.places)
        if meta.district:
            words.add(meta.district)
        for ins in meta.inspections:
            for g in ins.groups:
                words.add(g.name)
                words.update(g.targets)
    return {w for w in words if len(w) >= 2}
