"""A name written between a body and its post: 全国政协外事委员会某某副主任一行, 市委组织部
某某部长等 — the body's name, the person's, then the post, as speech and some papers
name a person politely.

The body must end as an organ or office does (委员会, 局, 部, 办…: data), the name
must open with a common surname and be no frequent word, and a clear end
must follow the post (一行, 等, punctuation, a reporting verb).  The title is the body
and the post (全国政协外事委员会副主任).
"""
from __future__ import annotations

from . import lexicon
from .people_name_words import PARTICLE, boundary_strength, is_name, surname_length
from .people_names import Mention
from .people_words import chars
from .titles import POST_RE, posts, title_start

__all__ = ["body_name_post_mentions"]

#: Last characters of a body's name a person's name may follow (委员会|某某副主任).
_BODY_ENDS = chars("people", "body_name_post_ends")
#: Shortest body's name written before the person's.
_MIN_BODY = 3


def _a_word(cand: str) -> bool:
    """A dictionary word other than a person's name (常任秘书长: 常任 is "standing")."""
    tag = lexicon.tag(cand)
    return tag is not None and not tag.startswith("nr") and lexicon.frequency(cand) > 0


def body_name_post_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """Every name written between its body and its post (see the module docstring)."""
    out: list[Mention] = []
    for m in posts(text):
        if not any(text[m.start() - k - 1:m.start() - k] in _BODY_ENDS for k in (3, 2)) \
                or boundary_strength(text[m.end():m.end() + 8]) < PARTICLE:
            continue
        for length in (3, 2):
            start = m.start() - length
            if start < _MIN_BODY or text[start - 1] not in _BODY_ENDS:
                continue
            cand = text[start:m.start()]
            # the body and the post vouch for a name that is also a word (赵进军), after a common surname
            if not (cand in known or surname_length(cand) and is_name(cand, anchored=True)
                    and not _a_word(cand)) or POST_RE.search(cand):
                continue
            body_start = title_start(text, start)
            if start - body_start < _MIN_BODY:
                continue
            out.append(Mention(start, cand, (text[body_start:start] + m.group(),)))
            break
    return out
