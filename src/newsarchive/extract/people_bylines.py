"""Byline names: the reporters, correspondents and photographers of an article.

Bylines come in several places: a line of their own (``记者 王赛华``,
``通讯员 程巍 文/图``), the dateline in brackets (``本报讯(正观新闻·郑州晚报记者
张昕 孙亚文)``, ``（通讯员 汪晓燕）``), the tail of the last paragraph
(``…知识测试。 记者 王赛华 鲁慧``) and photo credits in captions
(``记者 丁一鸣 摄``).  Photographers are kept: a photo credit names a member of
the newsroom exactly as a byline does, and readers look them up the same way.

A role word only opens a byline when names follow it as separate tokens and
nothing else does: ``记者从郑东新区管委会了解到`` and ``记者走进…`` are
sentences about a reporter, not bylines.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from ..records import Draft
from .people_words import words
from .script import simplified_view
from .people_names import is_name, surname_length

#: Words that introduce byline names (longest first so 摄影记者 wins over 记者).
ROLE_WORDS = tuple(sorted(words("people", "byline_roles"), key=len, reverse=True))
_ROLE = re.compile("|".join(ROLE_WORDS))
#: Tokens that close a byline: what the named people did.
_MARKERS = frozenset(words("people", "byline_markers"))
_MARKER_SUFFIX = re.compile(r"(?:[/／](?:文|图|摄)|文[/／]图|图[/／]文|摄|报道|供图|整理)$")
#: Where a byline segment ends.
_SEGMENT_END = re.compile(r"[)）\]】」』。，,；;！!？?\n]")
_SEP = re.compile(r"[\s\u3000、]+")
_FRONT_MATTER_KEYS = words("people", "front_matter_keys")


def extract_reporters(draft: Draft) -> tuple[str, ...]:
    """Byline names in reading order, each once.

    Front matter (``reporters``/``author``) comes first, then the dateline of
    the first paragraph, the byline lines, the rest of the text, and the
    captions' photo credits.
    """
    names: list[str] = list(_front_matter_names(draft.front_matter))
    paragraphs = draft.paragraphs
    sources = [*paragraphs[:1], *draft.bylines, *paragraphs[1:], *draft.captions]
    for line in sources:
        names.extend(byline_names(line))
    return tuple(dict.fromkeys(names))


def byline_names(line: str) -> list[str]:
    """The names every role word in ``line`` introduces (as ``line`` writes them,
    traditional characters included)."""
    simple, as_written = simplified_view(line)
    out: list[str] = []
    for m in _ROLE.finditer(simple):
        out.extend(as_written(n) for n in _names_after(simple, m.end()))
    return out


def _names_after(line: str, pos: int) -> list[str]:
    """Names following a role word that ends at ``pos``; [] when the role word
    starts a sentence instead of a byline."""
    end = _SEGMENT_END.search(line, pos)
    segment = line[pos:end.start() if end else len(line)]
    segment = segment.lstrip(":：").strip()
    names: list[str] = []
    for token in _join_spaced_names(_SEP.split(segment)):
        if _ROLE.match(token):
            break                     # the next role word is read on its own
        if token in _MARKERS:
            break
        bare = _MARKER_SUFFIX.sub("", token)
        if not is_name(bare, anchored=True):
            break
        names.append(bare)
    return names


def _join_spaced_names(tokens: list[str]) -> list[str]:
    """Bylines pad two-character names to the width of three (王　磊): join them."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (len(tok) == 1 and surname_length(tok) and i + 1 < len(tokens)
                and len(tokens[i + 1]) == 1 and not _ROLE.match(tokens[i + 1])
                and tokens[i + 1] not in _MARKERS):
            out.append(tok + tokens[i + 1])
            i += 2
            continue
        if tok:
            out.append(tok)
        i += 1
    return out


def _front_matter_names(front_matter: Mapping[str, Any]) -> Iterable[str]:
    for key in _FRONT_MATTER_KEYS:
        value = front_matter.get(key)
        if isinstance(value, str):
            value = re.split(r"[\s,，、;；]+", value)
        if isinstance(value, (list, tuple)):
            for item in value:
                item = str(item).strip()
                if 2 <= len(item) <= 4 and is_name(item, anchored=True):
                    yield item
