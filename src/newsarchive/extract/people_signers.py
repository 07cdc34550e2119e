"""Who signs a page in a person's place: a website (作者:某湖网), a broadcaster named by its
place (甘肃台, 某县台报道) or a body by its short name (作者:农环委, 某某办).  None of them is
a byline name; the endings are data (``byline_site_ends``, ``byline_office_ends``)."""
from __future__ import annotations

from . import gazetteer
from .people_words import words

__all__ = ["signed_by_body"]

_SITE_ENDS = tuple(words("people", "byline_site_ends"))
_OFFICE_ENDS = tuple(words("people", "byline_office_ends"))
#: Shortest body's short name read by its ending (a two-character name may end so: 王办 no).
_SHORTEST_BODY = 3


def signed_by_body(token: str) -> bool:
    """Whether ``token`` names a site, a broadcaster or an office rather than a person."""
    if token.endswith(_SITE_ENDS):
        return True
    if len(token) < _SHORTEST_BODY:
        return False
    if token.endswith(_OFFICE_ENDS):
        return True
    return token.endswith("台") and bool(gazetteer.divisions(token[:-1]) or gazetteer.by_short(token[:-1]))
