"""Values written as one list for a list of groups, in order.

``第一、第二巡察组值班电话分别为0000-1111111、0000-2222222`` gives each group its own
phone: the first value is the first group's, the second the second's.  The groups
are those the sentence names before the word (``第一、第二巡察组``), or, when it names
none (``各巡察组值班电话依次为:…``), every group of the text in the order they were
first named.  The values are shared out only when there are as many as groups, and
only a run of values of one kind written right after the word (``分别为``, ``依次为``:
data, ``in_order_words`` in ``data/inspections.yaml``) counts.
"""
from __future__ import annotations

import re
from typing import Hashable, Sequence

from .contacts import Contact, find_contacts
from .inspection_words import alternation

_IN_ORDER = re.compile(rf"(?:{alternation('in_order_words')})\s*[:：]?\s*")
_GAP = re.compile(r"[\s、，,和及与/]*")


def values_in_order(paragraphs: list[str], mentions: Sequence, keys: dict[int, Hashable],
                    groups_in_order: list[Hashable]) -> dict[tuple[str, str], Hashable]:
    """``(kind, value)`` → the group it is written for, for every list shared out in order."""
    out: dict[tuple[str, str], Hashable] = {}
    for pi, text in enumerate(paragraphs):
        if not _IN_ORDER.search(text):
            continue
        found = find_contacts(text)
        for m in _IN_ORDER.finditer(text):
            values = _run(text, found, m.end())
            if len(values) < 2:
                continue
            start = max(text.rfind(ch, 0, m.start()) for ch in "。；;") + 1
            named = list(dict.fromkeys(keys[i] for i, g in enumerate(mentions)
                                       if g.para == pi and start <= g.start < m.start()))
            owners = named if len(named) >= 2 else groups_in_order if not named else []
            if len(owners) == len(values):
                out.update(((c.kind, c.value), key) for c, key in zip(values, owners))
    return out


def _run(text: str, found: list[Contact], at: int) -> list[Contact]:
    """The values of one kind written one after another from ``at`` on."""
    run: list[Contact] = []
    for c in found:
        if c.start < at:
            continue
        gap_from = run[-1].end if run else at
        if not _GAP.fullmatch(text, gap_from, c.start) or (run and c.kind != run[0].kind):
            break
        run.append(c)
    return run
