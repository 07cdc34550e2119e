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

__all__ = ["extract", "entity_words", "extract_date", "extract_inspections", "classify", "extract_origin",
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
    """All metadata of one draft."""
    inspections = _extractor("extract_inspections")(draft)
    reporters = _extractor("extract_reporters")(draft)
    return Metadata(
        date=_extractor("extract_date")(draft),
        district=_extractor("extract_district")(draft),
        places=_extractor("extract_places")(draft),
        officials=_extractor("extract_officials")(draft, reporters),
        reporters=reporters,
        inspections=inspections,
        kind=_extractor("classify")(draft, inspections),
        origin=_extractor("extract_origin")(draft),
    )


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
