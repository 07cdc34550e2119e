"""Posts that make no official: a person given only these is named, but holds no public office.

A company's management (某某集团董事长), the heads of a school or hospital (unless listed
right after an official, taking part in the officials' work), the head of
the party and state referred to (国家主席某某在某地工作时…), and the posts of an
association, chamber or society (某某商会会长, 某某联谊会主席).  A delegation's own roles
(考察团副团长) are passed over beside them: a chamber's head leading a delegation is still
no official.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .people_names import Mention
from .people_words import chars, words

__all__ = ["no_official", "association_members", "institution_heads_among_officials"]


@dataclass(frozen=True)
class _PostKind:
    """Posts that make no official of a person given only them: a title ending in one
    of ``posts``, holding one of ``within`` (when given) and none of ``without``."""

    posts: tuple[str, ...]
    within: tuple[str, ...] = ()
    without: tuple[str, ...] = ()

    def holds(self, title: str) -> bool:
        return title.endswith(self.posts) and (not self.within or any(w in title for w in self.within)) \
            and not any(w in title for w in self.without)


#: A company's management (某某集团董事长, 某某有限公司总经理); the heads of a school or
#: hospital (某县中学校长); the head of the party and state, a reference to the
#: country's leader (国家主席某某在某地工作时…), not an official of the story; a local
#: political consultative conference's member (县政协委员某某告诉记者), who holds a seat, no office.
_ASSOCIATION_HEADS = _PostKind(tuple(words("people", "association_head_posts")), (),
                               tuple(words("people", "association_not")))
_ASSOCIATION = _PostKind(tuple(words("people", "association_posts")), tuple(words("people", "association_words")),
                         tuple(words("people", "association_not")))
_INSTITUTION = _PostKind(tuple(words("people", "institution_posts")), tuple(words("people", "institution_words")),
                        tuple(words("people", "institution_not")))
_NO_OFFICIAL_POSTS = (
    _PostKind(tuple(words("people", "company_posts")), tuple(words("people", "company_words"))),
    _INSTITUTION,
    _PostKind(tuple(words("people", "head_of_state_posts"))),
    _ASSOCIATION_HEADS,
    _ASSOCIATION,
    _PostKind(tuple(words("people", "council_member_posts")), (), tuple(words("people", "council_member_not"))),
)
_DELEGATION = _PostKind(tuple(words("people", "delegation_posts")), tuple(words("people", "delegation_words")))
#: A delegation's role written bare (某会会长某某任团长): the delegation is the story's.
_BARE_DELEGATION = frozenset(words("people", "delegation_posts"))
#: An association's posts written bare, whose body is the one named before them.
_BARE_ASSOCIATION = frozenset(words("people", "association_head_posts") + words("people", "association_posts"))
#: Where a sentence ends: an association named before it no longer holds a bare post after it.
_SENTENCE_END = "。！？!?\n"


def no_official(titles: tuple[str, ...]) -> bool:
    """Whether every title is of one kind of :data:`_NO_OFFICIAL_POSTS`, a delegation's roles
    passed over (a chamber's head leading a delegation is no official)."""
    titles = tuple(p for t in titles for p in _posts_held(t))
    held = tuple(t for t in titles if not (_DELEGATION.holds(t) or t in _BARE_DELEGATION)) \
        if len(titles) > 1 else titles
    return bool(held) and any(all(kind.holds(t) for t in held) for kind in _NO_OFFICIAL_POSTS)


#: What joins a second post to a first in one title (某协会副秘书长兼办公室主任).
_ALSO = "兼"
#: How a post of a body of its own opens: a place or an organ (…兼县政协副主席).
_PLACE_HEADS = chars("titles", "place_heads")
_OWN_BODY_HEADS = tuple(_PLACE_HEADS) + words("title_edges", "organ_heads")


def _posts_held(title: str) -> tuple[str, ...]:
    """The posts a title joins with 兼, each with its body: a second post held in the same
    body (某协会副秘书长兼办公室主任) is the first post's kind and adds none; one of a body of
    its own (某协会会长兼县政协副主席) is a title of its own."""
    at = title.find(_ALSO)
    if at <= 0:
        return (title,)
    second = title[at + 1:]
    return (title[:at], second) if second.startswith(_OWN_BODY_HEADS) else (title[:at],)


def association_members(text: str, mentions: Iterable[Mention]) -> frozenset[str]:
    """Names given only bare posts an association has (秘书长, 副会长) where, each time, the
    titled person named before them in the sentence holds an association's post (or is such
    a member): 某协会会长甲、秘书长乙 — 乙 is the association's secretary, no official; so is a
    post in a department no body is named for (某商会会长甲,总务部委员乙)."""
    titled = sorted((m for m in mentions if m.titles), key=lambda m: m.pos)
    inside: dict[str, bool] = {}
    for before, m in zip(titled, titled[1:]):
        if not all(t in _BARE_ASSOCIATION or _body_less_department(t) for t in m.titles):
            inside[m.name] = False
            continue
        same_sentence = not any(ch in _SENTENCE_END for ch in text[before.pos:m.pos])
        held = same_sentence and (_an_associations(before.titles) or inside.get(before.name, False))
        inside[m.name] = inside.get(m.name, True) and held
    return frozenset(n for n, yes in inside.items() if yes)


#: A department's post with no body named before the department (总务部委员, 联络部副部长).
_DEPARTMENT_POST = re.compile(r"[\u4e00-\u9fff]{1,6}部(?:" + "|".join(map(re.escape, words("people", "department_posts")))
                              + ")")


def _body_less_department(title: str) -> bool:
    """A post in a department whose body the title does not name (总务部委员): in a list after an
    association's head, the association's department.  One that opens with a place or organ
    (县委组织部副部长, 市委宣传部部长) is a body's of its own."""
    return _DEPARTMENT_POST.fullmatch(title) is not None and not title.startswith(_OWN_BODY_HEADS) \
        and not any(ch in title[:title.rfind("部")] for ch in _PLACE_HEADS)


def _an_associations(titles: tuple[str, ...]) -> bool:
    """Titles all an association's, one of them naming it or its head (某商会会长)."""
    named = [_ASSOCIATION_HEADS.holds(t) or _ASSOCIATION.holds(t) for t in titles]
    return any(named) and all(n or t in _BARE_ASSOCIATION for n, t in zip(named, titles))


#: What separates two items of a list of titled people (…主任甲,某校校长乙).
_ITEM_SEPARATORS = "、,，"


def institution_heads_among_officials(text: str, mentions: Iterable[Mention]) -> frozenset[str]:
    """Heads of a school or hospital named as an item of a list right after an official
    (县发改委主任甲,某职业学校校长乙以及…参与调研): taking part with the officials in their
    work, officials of the story (alone, 某中学校长某某在会上说, they are not)."""
    titled = sorted((m for m in mentions if m.titles), key=lambda m: m.pos)
    ends = {m.pos + len(m.name): m for m in titled if not no_official(m.titles)}
    out = set()
    for m in titled:
        if not all(_INSTITUTION.holds(t) for t in m.titles):
            continue
        start = m.pos - len(m.titles[-1])
        if text[start:m.pos] == m.titles[-1] and text[start - 1:start] in _ITEM_SEPARATORS \
                and ends.get(start - 1) is not None:
            out.add(m.name)
    return frozenset(out)

