"""Headline forms read beside the layout's own: a unit's name and a colon over a headline
(某某镇某某村党支部: / 标题), the headline's kicker, whose story it is, not the opening of a list
(``kicker_unit_endings`` in ``data/lists.yaml``); a headline with its lead run in after it,
no space between, the lead restating it after its date."""
from __future__ import annotations

import re

from .patterns import headline_shaped, lead_strength, list_words

__all__ = ["restated_run_in", "unit_kicker"]

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


#: A date opening a lead run into its headline with no space (某某召开某某会议4月10日,某某召开…).
_GLUED_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上|凌晨|中午)?[,，]")
#: Fewest characters of a headline a lead run into it must restate.
_RESTATED_HEAD = 8


def restated_run_in(text: str) -> tuple[str, str] | None:
    """A headline with its lead run in right after it, no space between, the lead restating
    it after its date ("某某组织召开某某会议4月10日,某某组织召开某某会议,…"): (headline, lead)."""
    m = _GLUED_DATE.search(text, _RESTATED_HEAD, 80)
    if m is None:
        return None
    head, lead = text[:m.start()], text[m.start():]
    if not headline_shaped(head) or lead_strength(head) or head not in lead[:len(head) + 20]:
        return None
    return head, lead
