"""Metadata extraction (stage: extract): generic rules for Chinese government news.

Each extractor reads one :class:`~newsarchive.records.Draft` and returns one
piece of :class:`~newsarchive.records.Metadata`; extractors do not call each
other's results (officials are handed the byline names read once for both, so
that they can leave them out), so each can be tested and replaced alone.  Front matter
(``date``, ``district``) wins over what the text says.
"""
from __future__ import annotations

from ..records import Draft, Metadata
from .dates import extract_date
from .inspections import extract_inspections
from .kind import classify
from .origin import extract_origin
from .people import extract_officials, extract_reporters
from .places import extract_district, extract_places

__all__ = ["extract", "entity_words"]


def extract(draft: Draft) -> Metadata:
    """All metadata of one draft."""
    inspections = extract_inspections(draft)
    reporters = extract_reporters(draft)
    return Metadata(
        date=extract_date(draft),
        district=extract_district(draft),
        places=extract_places(draft),
        officials=extract_officials(draft, reporters),
        reporters=reporters,
        inspections=inspections,
        kind=classify(draft, inspections),
        origin=extract_origin(draft),
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
