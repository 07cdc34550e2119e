"""A gallery of photo items, each paragraph opening with its own title in book-title marks.

A weekly picture page ("某某一周图选") prints its items as paragraphs of the form
"《螃蟹肥美丰收节》2031年9月22日,某县…。某某摄": each is an article whose headline
is the title.  The line is cut after the title, so the layout reads a headline
and a dated lead.  A paragraph citing a paper (《某某日报》2031年9月22日刊发…)
has that form too, so only a file with several such items is read as a gallery,
and a title naming a paper, a journal or a broadcaster is never an item's.
"""
from __future__ import annotations

import re
from typing import Sequence

__all__ = ["gallery_items", "split_titled_item"]

_TITLED = re.compile(r"^\s*《(?P<title>[^《》]{2,30})》(?=\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)")
#: A title that names a publication or a broadcaster (《某某日报》), not an item.
_PUBLICATION = ("报", "刊", "志", "网", "台", "社", "频道", "栏目")
#: Fewest such paragraphs that make a gallery.
_GALLERY = 3


def split_titled_item(text: str) -> tuple[str, str] | None:
    """(title, the rest) of a gallery's item, else None."""
    m = _TITLED.match(text)
    if m is None or m.group("title").endswith(_PUBLICATION):
        return None
    rest = text[m.end():].strip()
    return (m.group("title").strip(), rest) if rest else None


def gallery_items(texts: Sequence[str]) -> bool:
    """Does the file print enough titled items to be a gallery?"""
    return sum(split_titled_item(t) is not None for t in texts) >= _GALLERY
