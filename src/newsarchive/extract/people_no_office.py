"""Posts that make no official: a person given only these is named, but holds no public office.

A company's management (某某集团董事长), the heads of a school or hospital, the head of
the party and state referred to (国家主席某某在某地工作时…), and the posts of an
association, chamber or society (某某商会会长, 某某联谊会主席).  A delegation's own roles
(考察团副团长) are passed over beside them: a chamber's head leading a delegation is still
no official.
"""
from __future__ import annotations

from dataclasses import dataclass

from .people_words import words

__all__ = ["no_official"]


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
#: country's leader (国家主席某某在某地工作时…), not an official of the story.
_NO_OFFICIAL_POSTS = (
    _PostKind(tuple(words("people", "company_posts")), tuple(words("people", "company_words"))),
    _PostKind(tuple(words("people", "institution_posts")), tuple(words("people", "institution_words")),
              tuple(words("people", "institution_not"))),
    _PostKind(tuple(words("people", "head_of_state_posts"))),
    _PostKind(tuple(words("people", "association_head_posts")), (), tuple(words("people", "association_not"))),
    _PostKind(tuple(words("people", "association_posts")), tuple(words("people", "association_words")),
              tuple(words("people", "association_not"))),
)
_DELEGATION = _PostKind(tuple(words("people", "delegation_posts")), tuple(words("people", "delegation_words")))


def no_official(titles: tuple[str, ...]) -> bool:
    """Whether every title is of one kind of :data:`_NO_OFFICIAL_POSTS`, a delegation's roles
    passed over (a chamber's head leading a delegation is no official)."""
    held = tuple(t for t in titles if not _DELEGATION.holds(t)) if len(titles) > 1 else titles
    return bool(held) and any(all(kind.holds(t) for t in held) for kind in _NO_OFFICIAL_POSTS)
