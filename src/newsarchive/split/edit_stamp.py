"""A forum's edit stamp ("本帖最后由 某网友 于 2015-4-13 00:37 编辑"), which a copied forum
post carries above its text and often runs into the first paragraph.

The stamp gives the day the post was last edited: it neither dates the report nor is part
of it, so it is dropped as the page's, and the text run in after it starts the post.
"""
from __future__ import annotations

import functools
import re

from .patterns import list_words


@functools.lru_cache(maxsize=1)
def _edit_stamp() -> re.Pattern[str]:
    openers = "|".join(map(re.escape, list_words("edit_stamp_openers")))
    date = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    return re.compile(rf"^\s*(?:{openers})\s*.{{1,30}}?\s*[于於]\s*{date}\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*[编編][辑輯]")


def is_edit_stamp(text: str) -> bool:
    """Whether ``text`` is a forum's edit stamp and nothing else."""
    m = _edit_stamp().match(text)
    return m is not None and not text[m.end():].strip()


def split_run_in_edit_stamp(text: str) -> tuple[str, str] | None:
    """A forum's edit stamp with the post's text run in after it: (stamp, text), else None."""
    m = _edit_stamp().match(text)
    if m is None:
        return None
    rest = text[m.end():].strip()
    return (text[:m.end()].strip(), rest) if rest else None
