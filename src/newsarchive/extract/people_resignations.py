"""Resignations written with the person as the subject: 某某提出辞去省人大常委会委员职务;
甲、乙分别提出辞去…委员职务; and the posts that end with a seat given up: 某某的…委员职务相应终止.

The form with the body as the subject (接受某某辞去…职务的请求) is read with the removals
(:mod:`.people_roles`); here the names open the clause and the verb follows them, perhaps
after their count (两位同志), 分别 or 均 (each of them) and an opener (提出, 请求, 申请).  The posts given up are
the person's titles.
"""
from __future__ import annotations

import re

from .people_names import Mention, read_name_list
from .people_words import words
from .titles import titles_after
from .wordre import words_pattern

__all__ = ["resignation_mentions"]

#: The verb of giving up a post, with what may stand between the names and it.
_RESIGNING = re.compile(r"(?:等?(?:[一二两三四五六七八九十]+|[0-9]+)[位名])?(?:同志)?(?:分别|均|各自)?(?:"
                        + words_pattern(words("people", "resignation_openers")) + r")?辞去")
#: Where the clause the names open begins: punctuation, 关于 opening a motion's subject,
#: 以及 joining the next (通过了关于甲、乙两位同志辞去…以及丙等5位同志辞去…的辞呈) or a
#: verb of hearing it (听取和审议了甲同志辞去…的报告).
_CLAUSE_START = re.compile(r"[,，;；。:：!！?？\n]|关于|以及|"
                           + words_pattern(words("people", "resignation_heard_verbs")))
#: How far back the clause start is looked for.
_MAX_NAMES = 60
#: How long a clause whose posts end may be (the name, 的 and long titles).
_MAX_CLAUSE = 120


#: A post that ends with another (a deputy's seat given up): 某某的<titles>职务相应终止.
_ENDED = re.compile(r"职务(?:" + words_pattern(words("people", "post_end_adverbs")) + r")?终止")


def resignation_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """Names opening a clause that goes on 辞去 <titles>职务, each with the titles; a name
    whose posts the clause ends (某某的<titles>职务相应终止)."""
    out = _ended_posts(text, known) if "终止" in text else []
    if "辞去" not in text:
        return out
    for m in _RESIGNING.finditer(text):
        lo = max(0, m.start() - _MAX_NAMES)
        start = max((c.end() for c in _CLAUSE_START.finditer(text, lo, m.start())), default=lo)
        while start < m.start() and text[start] in " \u3000":
            start += 1
        names = read_name_list(text[:m.start()], start, known, anchored=True, whole=True)
        if not names or names[-1][0] + len(names[-1][1]) != m.start():
            continue                  # 会议接受某某辞去…: the body's clause, read with the removals
        titles, _ = titles_after(text, m.end())
        if titles:
            out.extend(Mention(p, n, titles) for p, n in names)
    return out


def _ended_posts(text: str, known: frozenset[str]) -> list[Mention]:
    """某某的<titles>职务相应终止: the person held the posts the clause ends."""
    out: list[Mention] = []
    for m in _ENDED.finditer(text):
        start = _clause_start(text, m.start())
        names = read_name_list(text, start, known, anchored=True, whole=True)
        if not names:
            continue
        after = names[-1][0] + len(names[-1][1])
        if not text.startswith("的", after):
            continue
        titles, stop = titles_after(text, after + 1)
        if titles and stop == m.start():
            out.extend(Mention(p, n, titles) for p, n in names)
    return out


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ``end`` lies in begins (spaces passed over)."""
    lo = max(0, end - _MAX_CLAUSE)
    start = max((c.end() for c in _CLAUSE_START.finditer(text, lo, end)), default=lo)
    while start < end and text[start] in " \u3000":
        start += 1
    return start
