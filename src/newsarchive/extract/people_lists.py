"""Names given as a list: after 领导 or 干部, or a bare 、 list closed by the verb of what
they did (出席, 参加) or by the leaders they belong to (等县领导).

Split from :mod:`.people` with no change of output.
"""
from __future__ import annotations

import re

from .people_names import Mention, read_name_list
from .people_words import words
from .titles import POST_RE
from .wordre import words_pattern

__all__ = ["list_mentions", "listed", "LIST_END"]

#: Verbs (or 等 + verb) that close a bare list of names.
LIST_END = re.compile(r"等?(?:同志)?(?:" + words_pattern(words("people", "list_end_verbs")) + ")")
_LEADERS = re.compile(r"领导(?:同志)?")
#: Cadres named as a group (援藏干部甲、乙、丙三人): a list of two names at least.
_CADRES = re.compile(r"干部")
#: A list closed by 等 + the leaders it belongs to: 张三、李四等县领导出席, 某某等县四套班子领导;
#: or by 和 + the presidium it sits with: 张三、李四和主席团成员一同就座.
_LEADERS_AFTER = re.compile(r"等[^\s,，。;；、:：]{0,12}领导|和[^\s,，。;；、:：]{0,8}主席团成员")


def list_mentions(text: str, starts: list[int], known: frozenset[str]) -> list[Mention]:
    """Names listed after 领导, and bare 、 lists that end in 出席/参加… (``starts``: clause
    starts that open with a surname)."""
    out: list[Mention] = []
    for m in _LEADERS.finditer(text):
        names = read_name_list(text, m.end(), known, anchored=True, whole=False, post=POST_RE)
        out.extend(listed(text, p, n) for p, n in names)
    for m in _CADRES.finditer(text):
        names = read_name_list(text, m.end(), known, anchored=True, whole=True, post=POST_RE)
        if len(names) >= 2:
            out.extend(listed(text, p, n) for p, n in names)
    for start in starts:
        names = read_name_list(text, start, known, anchored=False, whole=True, post=POST_RE)
        if not names:
            continue
        last = listed(text, *names[-1])
        after = last.pos + len(last.name) + sum(len(t) for t in last.titles)
        if len(names) >= 2 and LIST_END.match(text, after) or _LEADERS_AFTER.match(text, after):
            out.extend(listed(text, p, n) for p, n in names)
    return out


def listed(text: str, pos: int, name: str) -> Mention:
    """A listed name, with the post written right after it (张三、李四副区长、王五)."""
    post = POST_RE.match(text, pos + len(name))
    return Mention(pos, name, (post.group(),) if post else ())
