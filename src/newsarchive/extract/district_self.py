"""Whose ``全县``/``我市`` a text speaks of: the article's own place, or another unit the
same sentence names (``某县委常委…介绍了全县经济社会发展情况`` in a report a neighbouring
county's office supplied is the host county's, not the supplier's)."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .place_names import Place

_SELF = re.compile(r"[我全](市|县|区|州|旗|省)")
_SENTENCE_START = re.compile(r"[。！？!?；;\n]")


def speaks_as(folded: Sequence[str], kind: str, unit: str, find: Callable[[str], list[Place]],
              of_kind: Callable[[Place, str], bool]) -> bool:
    """Whether some ``我<kind>``/``全<kind>`` of the texts may be ``unit``'s: a first-person
    one always, a ``全<kind>`` unless its sentence names, before it, another unit of that
    kind and not ``unit`` (whose whole it then is)."""
    for text in folded:
        for m in _SELF.finditer(text):
            if m.group(1) != kind:
                continue
            if m.group().startswith("我"):
                return True
            start = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
            named = [p.canonical for p in find(text[start:m.start()]) if of_kind(p, kind)]
            if not named or unit in named:
                return True
    return False
