"""Names closed by a count in personnel news: 甲、乙两位同志辞去…, 以及丙、丁等15位同志
辞去县人大代表, 任命戊、己、庚三位同志为…委员, 任命辛等100名同志为人民陪审员.

The count (两位, 三名, 等15位 — with or without 等 and 同志) stands between the
names and 辞去/辞职/为, so the names are read backwards from it to the word that
opens them (关于, 以及, 任命, a punctuation mark).  A count before 为 names
officials only after an appointment verb (甲等3名同志为先进个人 names none);
before 辞去 it always does: one resigns only from a post or a seat.
"""
from __future__ import annotations

import re

from .people_names import Mention, read_name_list
from .people_words import words
from .titles import titles_after
from .wordre import words_pattern

_COUNT = re.compile(r"等?[0-9一二三四五六七八九十两百]+[名位](?:同志)?(?=辞去|辞职|为)")
#: Words right before the first of the counted names.
_OPENERS = tuple(words("people", "counted_list_openers"))
_APPOINT = re.compile("(?:" + words_pattern(words("people", "appointment_verbs")) + ")$")
_CLAUSE_END = re.compile(r"[,，;；。:：!！?？\n]")
#: How far back from the count the names may begin.
_MAX_SPAN = 48


def counted_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """Names listed before a count that closes them (see the module docstring)."""
    out: list[Mention] = []
    for m in _COUNT.finditer(text):
        found = _names_ending_at(text, m.start(), known)
        if not found:
            continue
        names, start = found
        if text.startswith("为", m.end()):
            if not _APPOINT.search(text, max(0, start - 6), start):
                continue
            titles, _ = titles_after(text, m.end() + 1)
        else:
            titles = ()               # a seat (人大代表) or a post: the resignation names the person
        out.extend(Mention(p, n, tuple(titles)) for p, n in names)
    return out


def _names_ending_at(text: str, end: int, known: frozenset[str]) -> tuple[list[tuple[int, str]], int] | None:
    """The longest list of names that opens after a clear opener and ends at ``end``."""
    best = None
    for start in range(end - 2, max(-1, end - _MAX_SPAN), -1):
        if _CLAUSE_END.match(text, start):
            break
        if start > 0 and not (_CLAUSE_END.match(text, start - 1) or text[start - 1].isspace()
                              or text.endswith(_OPENERS, 0, start)):
            continue
        names = read_name_list(text, start, known, anchored=True, whole=True)
        if names and names[-1][0] + len(names[-1][1]) == end:
            best = names, start
    return best
