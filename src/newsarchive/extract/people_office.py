"""Names given a post by a verb of office: 甲担任某县县委书记, 乙兼任某市委政法委书记,
出任某省政府党组副书记的丙; a candidate's profile, 丁,男,汉族,…,现任某局副局长; a short
biography, 戊,1962年12月生,某县委书记.

The verb (担任, 兼任, 出任 …) is followed by the posts (read as after an
appointment: up to 职务, 的 or punctuation).  The holder stands right before the
verb (or before a word of leaving it: 不再兼任), opened by punctuation or a word that
ends a clause (由, 的, 接替), or right after the posts and 的.  Without a post after the verb (由甲担任, 担任志愿者) the
form names no one here.
"""
from __future__ import annotations

import re

from .people_name_words import is_name
from .people_names import Mention, name_at
from .people_words import words
from .places import find_places
from .titles import POST_RE, title_chain, titles_after
from .wordre import words_pattern

#: "This" before a post (出任该省政府党组副书记): no part of the title.
_DEMONSTRATIVES = ("该", "其")
_VERB = re.compile(words_pattern(words("people", "office_verbs")))
#: Nouns ending in a verb's character (主任): the verb is not read inside them.
_VERB_NOUNS = frozenset(words("people", "office_verb_nouns"))
_VERB_NOUN_LENGTHS = frozenset(len(w) for w in _VERB_NOUNS)
#: What may stand right before the holder's name: the end of a clause or a word opening it.
_CLAUSE_ONLY = frozenset(words("people", "clause_office_verbs"))
#: Words of leaving a post before the verb (甲不再兼任…): the holder stands before them.
_LEAVING = tuple(words("people", "office_leaving_words"))
#: What stands before such a holder inside running text (…的职务。甲任某局局长,乙任…): after it
#: the holder is one of the story's; at the start of a line it is a headline's.
_IN_TEXT = frozenset(",，:：;；。！？!?")
_OPENS_HOLDER = re.compile(r"(?:[\s,，。;；:：、!！?？“”\"()（）]|" + words_pattern(words("people", "holder_openers")) + r")$")


def office_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """Every holder of a post a verb of office gives (see the module docstring)."""
    out: list[Mention] = []
    for m in _VERB.finditer(text):
        if any(text[m.end() - n:m.end()] in _VERB_NOUNS for n in _VERB_NOUN_LENGTHS):
            continue                    # 某某主任转达了…: the post 主任, no verb of office
        found, stop = titles_after(text, m.end())
        if not found:
            continue
        titles = tuple(t[1:] if t[:1] in _DEMONSTRATIVES else t for t in found)   # 该省政府… → 省政府…
        verb_at = next((m.start() - len(w) for w in _LEAVING if text.startswith(w, m.start() - len(w))), m.start())
        end = verb_at - 2 if text.startswith("同志", verb_at - 2) else verb_at   # 甲同志(不再)担任…
        before = _holder_before(text, end, known)
        if before and m.group() in _CLAUSE_ONLY and text[end - len(before) - 1:end - len(before)] not in _IN_TEXT:
            before = None               # 某某任某市副市长 alone on a line: a headline, not this story's
        if before:
            out.append(Mention(end - len(before), before, titles))
            out.extend(Mention(at, name, titles) for at, name in _listed_before(text, end - len(before), known))
        elif m.group() in _PROFILE_VERBS:
            profiled = _profile_holder(text, m.start(), known)
            if profiled is not None:    # 某某,男,汉族,…,现任某局副局长: a candidate's profile
                held = tuple(t for t in titles if not t.startswith(_PROPOSED))   # 拟任…: not yet his
                out.append(Mention(profiled[0], profiled[1], held))
        if text.startswith("的", stop):
            after = name_at(text, stop + 1, known, anchored=True)
            if after and after not in known and _opens_place(text, stop + 1):
                after = None            # 以某某为组长的邵阳市人民政府督查组: a body, not a name
            if after:
                out.append(Mention(stop + 1, after, _earlier_posts(text, m.start()) + titles))
    return out


#: What opens a post a profile proposes (拟任, 拟提名为): not one the person holds.
_PROPOSED = ("拟",)
#: Verbs of the post a profile says its person holds now (某某,男,…,现任某职).
_PROFILE_VERBS = frozenset(("现任",))
#: A profile's opening: the name, then the sex (某某,男,汉族,1970年3月出生,…).
_PROFILE = re.compile(r"(?:^|[\s。;；:：、])(?P<name>[\u4e00-\u9fff·]{2,4})[,，](?:男|女)[,，]")
#: Longest profile read back from its verb of office.
_PROFILE_REACH = 120


def _profile_holder(text: str, verb_at: int, known: frozenset[str]) -> tuple[int, str] | None:
    """Where the profile the verb stands in opens, and its person's name (某某,男,汉族,…,现任…):
    the last such opening before the verb with no sentence's end between."""
    lo = max(0, verb_at - _PROFILE_REACH)
    found = None
    for m in _PROFILE.finditer(text, lo, verb_at):
        if not re.search(r"[。;；]", text[m.end():verb_at]):
            found = m
    if found is None:
        return None
    name = found.group("name")
    return (found.start("name"), name) if name in known or is_name(name, anchored=True) else None


#: A biography's opening: the name (its sex perhaps in brackets), perhaps sex, ethnicity and
#: birthplace, then the month of birth, the posts following (某某(女),1968年12月生,某市委常委、
#: 某区委书记; 某某,男,汉族,1970年3月出生,某县县长).  A page may have lost the 年 (19623月生).
_BIOGRAPHY = re.compile(r"(?:^|[\s。;；:：、])(?P<name>[\u4e00-\u9fff·]{2,4})(?:[(（][男女][)）])?[,，]"
                        r"(?:[^,，。;；:：\s]{1,10}[,，]){0,3}?(?:19|20)\d{2}年?\d{1,2}月(?:出)?生[,，]")


def biography_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """The person of each short biography whose posts follow the month of birth
    (某某,1962年12月生,某县委书记;): the name with those posts."""
    out: list[Mention] = []
    for m in _BIOGRAPHY.finditer(text):
        name = m.group("name")
        if not (name in known or is_name(name, anchored=True)):
            continue
        found, _ = titles_after(text, m.end())
        if found and text.startswith(found[0], m.end()):     # the posts right after the birth (现任…: a profile)
            out.append(Mention(m.start("name"), name, tuple(t for t in found if not t.startswith(_PROPOSED))))
    return out


def _listed_before(text: str, start: int, known: frozenset[str]) -> list[tuple[int, str]]:
    """The names listed by 、 before a holder that starts at ``start`` (甲、乙、丙担任副团长:
    甲 and 乙 hold the post too), nearest first; none unless each is a name."""
    out: list[tuple[int, str]] = []
    while text[start - 1:start] == "、":
        end = start - 1
        name = next((text[end - k:end] for k in (3, 2, 4) if end - k >= 0
                     and (text[end - k:end] in known or is_name(text[end - k:end], anchored=True))
                     and (end - k == 0 or _OPENS_HOLDER.search(text, max(0, end - k - 4), end - k)
                          or text[end - k - 1] == "、")), None)
        if name is None:
            return out
        start = end - len(name)
        out.append((start, name))
    return out


#: How far a place's name is read from where a name would start.
_PLACE_REACH = 8


def _opens_place(text: str, at: int) -> bool:
    """Does a city's, county's or province's full name start at ``at`` (邵阳市人民政府…)?"""
    return any(p.start == 0 and p.end - p.start >= 3 for p in find_places(text[at:at + _PLACE_REACH]))


def _holder_before(text: str, end: int, known: frozenset[str]) -> str | None:
    """The name ending right before ``end`` (a known name first, then three characters,
    two, four), opened by the end of a clause or a word that opens one."""
    for k in (3, 2, 4):
        cand = text[max(0, end - k):end]
        if len(cand) < k or not (cand in known or is_name(cand, anchored=True)):   # the verb and post vouch for it
            continue
        if end - k == 0 or _OPENS_HOLDER.search(text, max(0, end - k - 4), end - k):
            return cand
    return None


#: Words of a career between an earlier post and the verb of the next (某职,后任某职的某某).
_CAREER_WORDS = tuple(sorted(words("people", "career_words"), key=len, reverse=True))


def _earlier_posts(text: str, verb_at: int) -> tuple[str, ...]:
    """The posts written before a verb of office that a career word and a comma join to it
    (市委副书记,后任某局局长的某某): the person held them before.  None otherwise."""
    word = next((w for w in _CAREER_WORDS if text.startswith(w, verb_at - len(w))), None)
    if word is None:
        return ()
    sep = verb_at - len(word) - 1
    if sep < 1 or text[sep] not in ",，":
        return ()
    post = next((p for p in POST_RE.finditer(text, max(0, sep - 8), sep) if p.end() == sep), None)
    return title_chain(text, post.start(), post.end()) if post else ()
