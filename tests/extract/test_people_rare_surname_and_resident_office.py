"""A surname the corpus list lacks (贠) and the post of an audit office's resident office
(特派员) are read.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials

from . import draft


def _officials(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(o.name, o.titles) for o in extract_officials(draft(text))]


def test_a_rare_surname_after_a_post() -> None:
    assert _officials("市委书记贠立平出席开工仪式。") == [("贠立平", ("市委书记",))]


def test_a_resident_offices_head() -> None:
    assert [name for name, _ in _officials("某特派办党组书记、特派员许长河出席仪式。")] == ["许长河"]
