"""One official per name: the mentions every rule found, merged.

The rules read names independently and overlap: one name may be read once with
a character too many (主任某某和…) or as the head of a longer name (张国 of 张国平),
and the same person is mentioned under several titles.  Here the readings are
reconciled and each person gets one record with all their titles, ordered by
where the text first names them.
"""
from __future__ import annotations

from typing import Iterable

from ..records import Official
from .people_names import Mention

__all__ = ["cut_overlong", "drop_truncated", "merge_mentions", "longest_starts"]


def cut_overlong(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name read once with the next character or word on it (主任某某和三位副主任,
    主任某某监誓) is the article's shorter name when that one is found at another
    place and stands on its own in the text at least twice more: the mention keeps
    its titles under the shorter name."""
    places: dict[str, set[int]] = {}
    for m in mentions:
        places.setdefault(m.name, set()).add(m.pos)
    counts: dict[str, int] = {}

    def count(name: str) -> int:  # each name counted once, only for the few names asked
        if name not in counts:
            counts[name] = text.count(name)
        return counts[name]

    out = []
    for m in mentions:
        if len(places[m.name]) == 1:
            for k in range(len(m.name) - 1, 1, -1):
                short = m.name[:k]
                if places.get(short, set()) - {m.pos} and count(short) - count(m.name) >= 2:
                    m = Mention(m.pos, short, m.titles)
                    break
        out.append(m)
    return out


def drop_truncated(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a name that is only ever the head of a longer name found (张国 of 张国平)."""
    names = {m.name for m in mentions}
    # The text at a mention is looked up at each length a longer name has (a name
    # is a few characters): never every name for every mention, which a long
    # text of many names made cost mentions × names.
    lengths = sorted({len(n) for n in names})

    def longer_here(m: Mention) -> bool:
        for k in lengths:
            if k > len(m.name):
                here = text[m.pos:m.pos + k]
                if len(here) == k and here.startswith(m.name) and here in names:
                    return True
        return False

    return [m for m in mentions if not longer_here(m)]


def merge_mentions(text: str, mentions: list[Mention]) -> tuple[Official, ...]:
    """One Official per name, ordered by first mention anywhere in the text."""
    by_name: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.pos, m.name)):
        by_name.setdefault(m.name, []).append(m)
    names = set(by_name)
    # Which names hold each name: found from each name's few substrings, never by
    # testing every pair of names (a long text names thousands of people).
    holders: dict[str, list[str]] = {}
    for n in sorted(names):
        for part in {n[i:j] for i in range(len(n)) for j in range(i + 1, len(n) + 1)} - {n}:
            if part in names:
                holders.setdefault(part, []).append(n)

    starts = longest_starts(text, names)

    def first_seen(name: str) -> int:
        longer = holders.get(name, [])
        for pos in starts.get(name, ()):
            if not any(_inside(text, pos, name, n) for n in longer):
                return min(pos, by_name[name][0].pos)
        return by_name[name][0].pos

    order = sorted(names, key=lambda n: (first_seen(n), n))
    return tuple(Official(n, _merge_titles(t for m in by_name[n] for t in m.titles)) for n in order)


def longest_starts(text: str, names: set[str]) -> dict[str, list[int]]:
    """Where each name is the longest of ``names`` starting, in one pass over the text:
    a shorter name starting there too is inside the longer one, so never first seen
    there.  (One search through the text per name cost names × text; a regex of the
    names, compiled anew for every article, cost more than the pass.)"""
    lengths: dict[str, set[int]] = {}
    for n in names:
        lengths.setdefault(n[0], set()).add(len(n))
    longest_first = {ch: sorted(ks, reverse=True) for ch, ks in lengths.items()}
    longest: dict[int, str] = {}  # position → the longest name starting there
    for ch, ks in longest_first.items():  # each first character's places found in C
        i = text.find(ch)
        while i >= 0:
            for k in ks:
                if text[i:i + k] in names:
                    longest[i] = text[i:i + k]
                    break
            i = text.find(ch, i + 1)
    starts: dict[str, list[int]] = {}
    for i in sorted(longest):
        starts.setdefault(longest[i], []).append(i)
    return starts


def _inside(text: str, pos: int, name: str, longer: str) -> bool:
    """Is the occurrence of ``name`` at ``pos`` part of an occurrence of ``longer``?"""
    offset = longer.find(name)
    while offset >= 0:
        if text.startswith(longer, pos - offset):
            return True
        offset = longer.find(name, offset + 1)
    return False


def _merge_titles(titles: Iterable[str]) -> tuple[str, ...]:
    """Titles in first-seen order, each once; a title that ends a longer one is dropped."""
    seen = list(dict.fromkeys(titles))
    out = []
    for t in seen:
        if any(o != t and o.endswith(t) for o in seen):
            continue
        out.append(t)
    return tuple(out)
