"""What running text wraps around a name or a title that is no part of it.

Read away before the rules look for officials, so that a list or a title chain
reads on through it:

* a note on the person after the name: 甲(藏族)、乙(女,蒙古族)、丙;
* a note on how a post is held after the post: 镇党委副书记(挂职)、… (the notes are
  data: ``held_as_notes`` of ``data/titles.yaml``);
* quotes around a post: 社区“第一书记”某某, 作为“第一书记”的某某 — the quotes mark
  a post the reader may not know, the post is the person's title all the same.
"""
from __future__ import annotations

import re

from .people_words import words
from .titles import POST_RE, title_start

__all__ = ["unwrapped", "noted_names"]

#: A note in brackets right after a name giving sex or nationality: (女), (藏族), (女,回族).
_PERSON_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?:[女男](?:[,，、][\u4e00-\u9fff]{1,4}族)?"
                          r"|[\u4e00-\u9fff]{1,4}族)[)）]")
#: A note in brackets right after a post on how it is held: (挂职).
_HELD_AS = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?:" + "|".join(map(re.escape, words("titles", "held_as_notes")))
                      + r")[)）]")
#: A short span in quotes that open and close (“第一书记”); straight quotes ("…") are not read,
#: as a closing one may pair with the next opening one.
_QUOTED = re.compile(r"[“「]([\u4e00-\u9fff]{2,12})[”」]")


#: What stands right before a name a note follows: a post's end is checked apart.
_BEFORE_NOTED = frozenset("、,，;；:：(（ \u3000\n")


def noted_names(text: str) -> frozenset[str]:
    """Names a note on the person vouches for (副州长某某(彝族)、某某(女)): the two to four
    characters before the note, right after a post or a list's separator.  A name written
    from Tibetan or Yi opens with no Chinese surname; the note says a person stands there."""
    out: set[str] = set()
    for m in _PERSON_NOTE.finditer(text):
        for length in (2, 3, 4):
            start = m.start() - length
            if start < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[start:m.start()]):
                break
            if start == 0 or text[start - 1] in _BEFORE_NOTED or _post_ends_at(text, start):
                out.add(text[start:m.start()])
                break
    return frozenset(out)


def _post_ends_at(text: str, end: int) -> bool:
    return any(m.end() == end for m in POST_RE.finditer(text, max(0, end - 8), end))


def unwrapped(text: str) -> str:
    """``text`` without the notes and quotes that wrap names and titles."""
    text = _PERSON_NOTE.sub("", text)
    if "挂" in text:
        text = _HELD_AS.sub("", text)
    if "“" in text or "「" in text:
        text = _QUOTED.sub(_post_unquoted, text)
    return text


def _post_unquoted(m: re.Match[str]) -> str:
    """The quoted text without its quotes when it is wholly a title (“第一书记”, “镇长”)."""
    inside = m.group(1)
    posts = list(POST_RE.finditer(inside))
    if posts and posts[-1].end() == len(inside) and title_start(inside, posts[-1].start()) == 0:
        return inside
    return m.group()
