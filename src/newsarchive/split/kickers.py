"""A unit's name and a colon over a headline (某某镇某某村党支部: / 标题): the headline's kicker,
whose story it is, not the opening of a list (``kicker_unit_endings`` in ``data/lists.yaml``)."""
from __future__ import annotations

import re

from .patterns import list_words

__all__ = ["unit_kicker"]

_CJK = "\u4e00-\u9fff"


#: A unit's name alone, a colon after it: at most this many characters before the colon.
_KICKER_UNIT_CHARS = 20


def unit_kicker(text: str) -> bool:
    """A unit's name alone with a colon after it ("某某镇某某村党支部:"): over a headline, its
    kicker (whose story it is), not a list's opening (``kicker_unit_endings``)."""
    text = text.strip()
    if not text.endswith((":", "：")):
        return False
    name = text[:-1].rstrip()
    return 2 < len(name) <= _KICKER_UNIT_CHARS and re.fullmatch(f"[{_CJK}]+", name) is not None \
        and name.endswith(list_words("kicker_unit_endings"))
