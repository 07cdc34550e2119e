"""Headline lines read as lines of the text when officials are sought.

A headline often names an official with the post the text leaves out or
shortens ("专访某县某镇党委书记某某" over an interview that says only "某书记";
"某省书记某某访某县" over a text that calls the host "某县长").  The title is read
after the text and the captions, so a mention in the text keeps its place and the
headline only adds.  A headline is written in telegraphic style ("某某任某市代理市长",
"决定某某为代理市长"), where a name runs into the next word, so a person the text does
not name is taken from it only when the name closes the headline or one of its
space-parted halves ("专访某镇党委书记某某").  A portrait's subtitle ("——记…第一书记某某") is read first,
as it introduces the person the story is about.
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence

from ..records import Draft


class _Mention(Protocol):
    pos: int
    name: str

__all__ = ["headline_lines", "headline_mentions_kept", "portrait_subject"]

#: A feature's subtitle introducing the person it portrays: "——记某村第一书记某某".
_PORTRAIT = re.compile(r"^\s*[—－-]+\s*记\s*(?=\S)")


def portrait_subject(draft: Draft) -> tuple[str, ...]:
    """The subtitle of a portrait ("——记…第一书记某某"), read as a line of the text: it
    names the person with the post the story is about."""
    for line in (draft.subtitle, draft.title):
        m = _PORTRAIT.match(line or "")
        if m:
            return (line[m.end():],)
    return ()


def headline_lines(draft: Draft) -> tuple[str, ...]:
    """The headline and its subtitle as one line, read after the text (none for a portrait,
    whose subject line is read first): a subtitle may be a report's speaker line
    ("某镇镇长 某某")."""
    if portrait_subject(draft):
        return ()
    return (" ".join(t for t in (draft.title, draft.subtitle) if t),) if draft.title or draft.subtitle else ()


#: What may follow a name that closes a headline or one of its halves.
_CLOSE = re.compile(r"\s|$")


def headline_mentions_kept(text: str, start: int, mentions: Sequence[_Mention]) -> list[_Mention]:
    """``mentions`` of ``text`` without those of the headline (from offset ``start``) that
    name a person no mention of the text before names, unless the text writes the name (three
    characters or more) or it closes the headline or a space-parted half of it."""
    named = {m.name for m in mentions if m.pos < start}
    return [m for m in mentions if m.pos < start or m.name in named
            or (len(m.name) >= _WRITTEN_NAME and m.name in text[:start])    # 某某某和各位副省长…: the text names him
            or _CLOSE.match(text, m.pos + len(m.name))]


#: Shortest name the text vouches for by writing it at all (a two-character one may be
#: part of a word).
_WRITTEN_NAME = 3
