"""Articles without a line of text, joined to the text that follows them.

The layout starts an article at every heading group and every strong lead, so a
heading group the page set apart from its text ends up an article of its own with
no text.  Two layouts do this: a headline, then picture captions, the last caption
taken for the next text's headline; and a heading group with the page's navigation
between it and a text that has no headline of its own (an e-paper).  Either way the
headline heads the text after it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .units import CAPTION, FIELD, HEAD, PROSE, Unit

__all__ = ["textless_joined"]


def _textless(units: Sequence[Unit]) -> bool:
    return not any(u.role in (PROSE, FIELD) for u in units)


def _headline_and_captions(units: Sequence[Unit]) -> bool:
    roles = {u.role for u in units}
    return HEAD in roles and CAPTION in roles and roles <= {HEAD, CAPTION}


def textless_joined(articles: Sequence[list[Unit]]) -> list[list[Unit]]:
    """``articles`` with each article that has no text joined to the one after it: whole
    when that one has no headline, and when it follows a headline with its captions, its
    headline read as the last caption."""
    out: list[list[Unit]] = []
    for units in articles:
        prev = out[-1] if out else None
        if prev is not None and _textless(prev):
            if not any(u.role == HEAD for u in units):
                out[-1] = prev + units
                continue
            if _headline_and_captions(prev):
                out[-1] = prev + [replace(u, role=CAPTION) if u.role == HEAD else u for u in units]
                continue
        out.append(units)
    return out
