"""A forum thread's furniture around a copied post: the post's floor, its poster's card,
the thread's pager.

A forum page sets every post in a frame: the floor it stands on ("楼主", "沙发", "2楼",
"#3"), where it was sent from (", 来自:某省某市 移动"), the poster's card (the account's name over fields such as "等级:", "积分: 120"),
links to report or quote it ("举报", "回复"), and a pager ("上一页 |1", "/1页").  Each of
these lines is short and headline-shaped: left in, the floor word becomes the headline and
the card's empty fields a paragraph that splits the thread's title from its post.  The
words are data (``data/residue.yaml``); lines are read folded, simplified and undecorated
(see :func:`.residue.line_kind`).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..yamlfile import read_yaml

__all__ = ["forum_furniture", "poster_card"]

_DATA = Path(__file__).resolve().parent / "data" / "residue.yaml"
#: Longest value a poster's card field holds ("等级: 秀才", "积分: 1024").
_FIELD_VALUE = 12
#: Longest account name read above the card's fields.
_ACCOUNT = 20
_PUNCT = re.compile(r"[。，,；;：:、！？!?“”\"《》()（）]")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = read_yaml(_DATA)
    floors = frozenset(data["forum_floor_words"])
    labels = "|".join(re.escape(w) for w in sorted(data["forum_card_labels"], key=len, reverse=True))
    card = re.compile(rf"^(?:{labels})\s*:\s*[^\s:。，,]{{0,{_FIELD_VALUE}}}$")
    pages = "|".join(re.escape(w) for w in sorted(data["pager_words"], key=len, reverse=True))
    # a pager: links to the thread's pages and their numbers, nothing else ("上一页 |1", "/1页", "共3页")
    item = rf"(?:{pages}|[/共第]?\s*\d+\s*页|\d+)"
    pager = re.compile(rf"^(?=.*页){item}(?:[\s|｜/]*{item})*[\s|｜]*$")
    return floors, card, pager


#: A post's floor written with its number: "2楼", "#3", "3#", "第5楼".
_NUMBERED_FLOOR = re.compile(r"^(?:第?\d{1,5}\s*楼|#\s*\d{1,5}|\d{1,5}\s*#)$")


@functools.lru_cache(maxsize=1)
def _posted_from() -> re.Pattern[str]:
    """Where a post was sent from, the rest of its post bar (", 来自:某省某市 移动"): a place
    and the poster's network or device, never a source."""
    devices = "|".join(re.escape(w) for w in sorted(read_yaml(_DATA)["post_devices"], key=len, reverse=True))
    return re.compile(rf"^[,，|｜]?\s*来自\s*:?\s*[\u4e00-\u9fff]{{2,12}}\s*(?:{devices})$", re.I)


def forum_furniture(t: str) -> bool:
    """A forum's post floor, a field of its poster's card, where the post was sent from or
    the thread's pager, alone on its line."""
    floors, card, pager = _patterns()
    return t in floors or bool(_NUMBERED_FLOOR.match(t)) or bool(card.match(t)) or bool(pager.match(t)) \
        or ("来自" in t and bool(_posted_from().match(t)))


def card_field(t: str) -> bool:
    """A field of a poster's card ("等级:", "财富: 120")."""
    return bool(_patterns()[1].match(t))


def poster_card(texts: list[str], kinds: list[str | None], chrome: str) -> None:
    """The account's name on the line right above its card's fields ("某某网友2009" /
    "等级:" / "财富:"): the poster's, never a headline (``kinds`` is updated)."""
    for i in range(1, len(texts)):
        if not card_field(texts[i]) or card_field(texts[i - 1]) or kinds[i - 1] is not None:
            continue
        name = texts[i - 1]
        if 0 < len(name) <= _ACCOUNT and not _PUNCT.search(name):
            kinds[i - 1] = chrome
