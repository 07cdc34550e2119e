"""A short place name that is a person's given name (区长朱建阳: 建阳 is no place), or the
person's whole name (县委书记田林,: 田林 is no place), or the start of it (区长吴江某: 吴江 is no place,
nor is 罗平 of 县领导孙某、罗平某 in a list of names after a post).

Given names are often place names (建阳, 江阴, 延安), and a person is named many
times in one report, so the repeats would confirm the short name as a place
the text never visits.  Where the text names that person right after a post
(书记, 区长…), every mention of the surname and the short name together in that
text is the person.
"""
from __future__ import annotations

import re
from typing import Sequence

from .people_name_words import SURNAMES
from .titles import BASE_POSTS, POST_PREFIXES
from .wordre import words_pattern

__all__ = ["in_given_name", "person_named_elsewhere"]

#: A post ending right where the person's name begins.
_POST_BEFORE = re.compile(rf"(?:{'|'.join(POST_PREFIXES)})?(?:{words_pattern(BASE_POSTS)})[ \u3000]?$")
#: Characters that go on a place's name, not a person's (吴江区, 吴江路).
_PLACE_ENDS = frozenset("市县区镇乡村街路州旗盟省")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: How far back from a name a post is looked for.
_REACH = 8


def in_given_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the given name after a surname, of a person this text names
    right after a post?  Or a whole name itself (县委书记田林, a surname and one character:
    every mention of it in that text is the person, when one stands right after a post and
    before a mark or the next name's title)."""
    if end - start == 2 and text[start] in SURNAMES and _named_after_post(text, text[start:end]):
        return True
    if person_named_elsewhere([text], text, start, end):
        return True          # 区长吴江某: a surname, the short name and one character more
    return start > 0 and text[start - 1] in SURNAMES and _after_post(text, text[start - 1:end])


def _after_post(text: str, person: str) -> bool:
    """Does the text write ``person`` right after a post somewhere?"""
    i = text.find(person)
    while i >= 0:
        if _POST_BEFORE.search(text, max(0, i - _REACH), i):
            return True
        i = text.find(person, i + 1)
    return False


#: What closes a name read after a post: a mark of a list or a clause.
_NAME_CLOSE = re.compile(r"[,，、;；。:：(（\s]")


def _named_after_post(text: str, name: str) -> bool:
    i = text.find(name)
    while i >= 0:
        if _POST_BEFORE.search(text, max(0, i - _REACH), i) and _NAME_CLOSE.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


def person_named_elsewhere(texts: Sequence[str], text: str, start: int, end: int) -> bool:
    """Is the short name at ``text[start:end]`` the start of a person's name that one of
    ``texts`` (the article's, simplified) writes right after a post (区长吴江某 in the
    headline, 吴江某在… in the text)?"""
    if end - start != 2 or text[start] not in SURNAMES or end >= len(text) or not _CJK.match(text[end]) \
            or text[end] in _PLACE_ENDS:
        return False
    person = text[start:end + 1]
    return any(person in t and (_after_post(t, person) or _listed_after_post(t, person)) for t in texts)


#: Leaders named as a group before their list (县领导, 县政府领导, 市委领导).
_LEADERS = re.compile(r"领导[ \u3000]?$")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}$")


def _listed_after_post(text: str, person: str) -> bool:
    """Does the text write ``person`` in a list of names after a post or leaders
    ("县政府领导孙某、罗平某、…出席": 罗平 of the fourth name is no place)?"""
    i = text.find(person)
    while i >= 0:
        end = i - 1                     # the 、 closing the name before
        while end > 0 and text[end] == "、":
            before = text.rfind("、", max(0, end - 4), end)
            if before < 0:
                break
            end = before
        if end < i - 1 and text[end] == "、" and _HAN_NAME.search(text, max(0, end - 3), end):
            first_end = end
            if any(_POST_BEFORE.search(text, max(0, first_end - n - _REACH), first_end - n)
                   or _LEADERS.search(text, max(0, first_end - n - 4), first_end - n) for n in (2, 3)):
                return True
        i = text.find(person, i + 1)
    return False
