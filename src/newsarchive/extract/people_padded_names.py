"""Names a byline pads to the width of three characters (王　磊, and among several names
某某某 李 强 某某某 高 原): two one-character tokens that make one name."""
from __future__ import annotations

import re

from .people_name_words import surname_length
from .people_words import words

__all__ = ["is_padded_name", "join_spaced_names"]

_ROLE = re.compile("|".join(map(re.escape, sorted(words("people", "byline_roles"), key=len, reverse=True))))
_MARKERS = frozenset(words("people", "byline_markers"))
_NOT_IN_NAME = words("people", "not_in_name")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


class _Padded(str):
    """Two one-character tokens joined: a two-character name padded to the width of three."""


def join_spaced_names(tokens: list[str]) -> list[str]:
    """Bylines pad two-character names to the width of three (王　磊, and among
    several names 某某某 李 强 某某某 高 原): consecutive one-character tokens
    pair up into one name, marked :class:`_Padded`."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (_is_padding_half(tok) and i + 1 < len(tokens) and _is_padding_half(tokens[i + 1])):
            out.append(_Padded(tok + tokens[i + 1]))
            i += 2
            continue
        if tok:
            out.append(tok)
        i += 1
    return out


def _is_padding_half(token: str) -> bool:
    return len(token) == 1 and _CJK.match(token) is not None and not _ROLE.match(token) \
        and token not in _MARKERS


def is_padded_name(token: str, *, role: bool) -> bool:
    """A padded pair is a name though it is also a word (高原, 明月): the padding
    shows it.  After a role word any pair not made of post or group words is one;
    in bare brackets the pair must open with a surname."""
    if not isinstance(token, _Padded) or any(w in token for w in _NOT_IN_NAME):
        return False
    return role or bool(surname_length(token, anchored=True))
