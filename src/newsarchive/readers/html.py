"""Web pages saved from a news site or an e-paper (.html, .htm).

The main text is :mod:`.html_main`'s, the metadata :mod:`.html_meta`'s.  The
metadata goes where a text file's front matter goes (``title``, ``date``,
``url``, ``source`` for the site name, ``author``), so it wins over what
extraction finds in the text in the same way.  Paragraphs are the page's own:
the split stage does not repair them.
"""
from __future__ import annotations

import hashlib
import re
from typing import Any

from ..records import SourceFile
from .base import HEADLINE, KICKER, SUBTITLE, Para, Reading, SourceError, decode_text, normalise, paragraphs_text
from .html_main import Piece, article_containers, container_piece, headline_element, main_piece
from .html_meta import Found, page_metadata, text_of

FORMAT = "html"
SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

#: Front matter key for each metadata field.
#: The page's values as the article's front matter: its date is when the page was
#: published (a stamp, see extract.dates), not a date the archive keeper declared.
_FRONT = {"title": "title", "date": "published", "url": "url", "site": "source", "author": "author"}
_TAG = re.compile(r"<(?:html|head|body|p|div|article|table|title|meta|h[1-6]|span|br)\b", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_KICKER_OR_SUBTITLE = re.compile(r"yinti|futi|kicker|subtitle|sub-title|subhead|lead-title", re.IGNORECASE)
#: Longest line taken for a kicker or subtitle beside the headline.
_HEAD_LINE_MAX = 60


def read(rel: str, raw: bytes) -> Reading:
    text, encoding, warnings = decode_text(raw)
    if not _TAG.search(text[:200_000]):
        raise SourceError("not an HTML page (no HTML tags found)")
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (ParserError, ValueError) as e:
        raise SourceError(f"cannot be parsed as HTML ({e})") from e
    found = page_metadata(root)
    sha = hashlib.sha256(raw).hexdigest()
    containers = article_containers(root)
    if containers:
        pieces = [container_piece(el) for el in containers]
        sources = tuple(_source(rel, encoding, sha, _piece_paras(p), *_piece_metadata(p, found))
                        for p in pieces)
    else:
        piece = main_piece(root, found.values.get("title"))
        paras = _page_paras(root, piece, found.values.get("title"))
        sources = (_source(rel, encoding, sha, paras, found.values, found.places),)
    sources = tuple(s for s in sources if s is not None)
    if not sources:
        raise SourceError("no article text found in the page")
    return Reading(sources, tuple(warnings))


def _source(rel: str, encoding: str, sha: str, paras: list[Para], values: dict[str, Any],
            places: dict[str, str]) -> SourceFile | None:
    if not any(p.level == 0 and not p.caption for p in paras):
        return None
    front = {_FRONT[k]: normalise(v) if isinstance(v, str) else v for k, v in values.items()}
    provenance = {_FRONT[k]: v for k, v in places.items()}
    return SourceFile(path=rel, text=paragraphs_text(paras), encoding=encoding, fmt=FORMAT,
                      front_matter=front, sha256=sha, real_paragraphs=True, provenance=provenance)


def _piece_metadata(piece: Piece, page: Found) -> tuple[dict[str, Any], dict[str, str]]:
    """An <article>'s own headline and date; the page's address and site name.  The
    page's headline and author name the page, not each of its articles."""
    values = {k: v for k, v in page.values.items() if k in ("url", "site", "date")}
    places = {k: v for k, v in page.places.items() if k in values}
    if piece.headline:
        values["title"], places["title"] = piece.headline, "<article> heading"
    if piece.date:
        values["date"], places["date"] = piece.date, "<time> in the <article>"
    return values, places


def _piece_paras(piece: Piece) -> list[Para]:
    head = [Para(piece.headline, level=HEADLINE)] if piece.headline else []
    return head + [Para(b.text, b.level + 1 if b.level else 0, b.caption) for b in piece.blocks]


def _page_paras(root: Any, piece: Piece, title: str | None) -> list[Para]:
    """The page's main text under its heading group (kicker, headline, subtitle)."""
    group = _heading_group(root, title)
    shown = {p.text for p in group}
    body = [Para(b.text, b.level + 1 if b.level else 0, b.caption) for b in piece.blocks
            if b.text not in shown and b.text != title]
    return group + body


def _heading_group(root: Any, title: str | None) -> list[Para]:
    """The headline as the first line (level 1), with the kicker above it and the
    subtitle below it when the page sets them as headings or marks them by class."""
    if not title:
        return []
    element = headline_element(root, title)
    if element is None:
        return [Para(title, level=HEADLINE)]
    from ..split.patterns import is_byline    # the split's line tests load where a page is read
    before, after = element.getprevious(), element.getnext()
    group = [Para(title, level=HEADLINE)]
    if _head_line(before):
        group.insert(0, Para(text_of(before), level=KICKER))
    if _head_line(after):
        group.append(Para(text_of(after), level=SUBTITLE))
        after = after.getnext()
    if after is not None and isinstance(after.tag, str) and 0 < len(text_of(after)) <= _HEAD_LINE_MAX \
            and is_byline(text_of(after)):
        group.append(Para(text_of(after)))    # the byline under the headline (本报记者 …)
    return group


def _head_line(el: Any) -> bool:
    if el is None or not isinstance(el.tag, str):
        return False
    text = text_of(el)
    marked = el.tag in _HEADINGS or bool(_KICKER_OR_SUBTITLE.search(f"{el.get('class', '')} {el.get('id', '')}"))
    return marked and 0 < len(text) <= _HEAD_LINE_MAX
