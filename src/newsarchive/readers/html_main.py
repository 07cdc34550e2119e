"""The main text of a saved web page, as paragraphs and headings.

trafilatura finds the article among navigation, breadcrumb, share bar,
sidebar and footer (see docs/input-formats.md for how it compared with
readability-lxml and jusText on such pages); it is given the page's parsed
tree, so it fetches nothing.  Before that, layout tables (a table holding
another table, or paragraphs and blocks in its cells: how older government
portals lay out a page) become plain blocks: trafilatura would keep such a
table whole, menus and all, as a data table.

A page holding several articles (an e-paper page) marks each with an
``<article>`` element: when two or more top-level ``<article>`` elements each
hold a heading and a body of at least :data:`ARTICLE_MIN_CHARS` characters,
each is one article, read block by block (the container already is the
article; a boilerplate filter would take short articles for navigation).
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..repair import ends_paragraph
from .html_meta import parse_date, text_of

_SPACE = re.compile(r"[\s\u3000]+")
#: Body characters an <article> element needs to count as one of a page's articles.
ARTICLE_MIN_CHARS = 40
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = {"p", "div", "li", "td", "th", "blockquote", "figcaption", "section", "dd", "dt", "pre", "address",
           "center", "table", "ul", "ol", "tr", *_HEADINGS}
_NOT_TEXT = ("script", "style", "noscript", "template", "nav", "form", "button", "select", "iframe", "svg")
_LAYOUT_CELL_BLOCKS = ("p", "div", "table", "ul", "ol", *_HEADINGS)


@dataclass(frozen=True)
class Block:
    """A paragraph or heading of the main text; ``level`` 0 for a paragraph."""

    text: str
    level: int = 0
    caption: bool = False


@dataclass(frozen=True)
class Piece:
    """One article of a page: its heading element's text (if found there) and blocks."""

    blocks: tuple[Block, ...]
    headline: str | None = None
    date: Any = None               # a datetime.date from the article's own <time>, else None


def unwrap_layout_tables(root: Any) -> None:
    """Turn tables used for page layout into blocks, in place (see the module docstring)."""
    layout = [t for t in root.iter("table")
              if t.xpath(".//table") or any(c.xpath(" | ".join(f"./{t}" for t in _LAYOUT_CELL_BLOCKS))
                                            for c in t.xpath(".//td|.//th"))]
    for table in layout:
        rows = table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")
        for el in [table, *table.xpath("./tbody|./thead|./tfoot"), *rows,
                   *(c for r in rows for c in r.xpath("./td|./th"))]:
            el.tag = "div"
            el.attrib.pop("width", None)


def headline_element(root: Any, title: str | None) -> Any:
    """The element of the page body that shows the headline: a heading with its text,
    else the innermost element with it (a table cell on older portals), not a link
    when another shows it; None if none."""
    if not title:
        return None
    body = root.find("body")
    if body is None:
        return None
    key = _SPACE.sub("", title)
    for h in body.iter(*_HEADINGS):
        if _SPACE.sub("", text_of(h)) == key:
            return h
    found = linked = None
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag not in _NOT_TEXT and _SPACE.sub("", text_of(el)) == key:
            # iteration is in document order: the last is innermost.  A link with the headline's
            # text (an e-paper's list of the page's articles, related news) is taken only
            # when the page shows it nowhere else.
            if el.tag == "a" or any(a.tag == "a" for a in el.iterancestors()):
                linked = el
            else:
                found = el
    return found if found is not None else linked


def drop_before(el: Any) -> None:
    """Remove everything that comes before ``el`` in the document, its ancestors kept:
    what precedes a headline (top bar, menu, breadcrumb) is never article text."""
    node = el
    while node is not None and node.getparent() is not None:
        parent = node.getparent()
        for sibling in list(parent):
            if sibling is node:
                break
            sibling.drop_tree()
        parent.text = None
        node = parent


def article_containers(root: Any) -> list[Any]:
    """The page's <article> elements that are articles of their own, when it has two or more."""
    found = []
    for el in root.iter("article"):
        if el.xpath("ancestor::article"):
            continue
        heads = [h for h in el.iter(*_HEADINGS) if text_of(h)]
        body = sum(len(text_of(p)) for p in el.iter("p"))
        if heads and body >= ARTICLE_MIN_CHARS:
            found.append(el)
    return found if len(found) >= 2 else []


def container_piece(el: Any) -> Piece:
    """An <article> element read block by block; its first heading is its headline."""
    el = copy.deepcopy(el)
    heading = next((h for h in el.iter(*_HEADINGS) if text_of(h)), None)
    headline = text_of(heading) if heading is not None else None
    if heading is not None:
        heading.drop_tree()
    date = None
    for t in el.iter("time"):
        date = parse_date(t.get("datetime") or text_of(t))
        t.drop_tree()
        if date:
            break
    return Piece(tuple(_walk(el)), headline, date)


def _walk(el: Any) -> Iterator[Block]:
    """Blocks of ``el`` in document order: each block element's own text, headings marked."""
    for bad in list(el.iter(*_NOT_TEXT)):
        bad.drop_tree()
    pending: list[str] = []

    def flush() -> Iterator[Block]:
        lines = _joined_lines("".join(pending))
        pending.clear()
        for line in lines:
            yield Block(line)

    def visit(node: Any) -> Iterator[Block]:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _HEADINGS:
            yield from flush()
            if text_of(node):
                yield Block(text_of(node), level=int(tag[1]))
        elif tag == "img":
            if (node.get("alt") or "").strip():
                yield from flush()
                yield Block(node.get("alt").strip(), caption=True)
        elif tag == "br":
            pending.append("\n")
        elif tag in _BLOCKS:
            yield from flush()
            yield from inside(node)
            yield from flush()
        else:
            yield from inside(node)

    def inside(node: Any, own_text: bool = True) -> Iterator[Block]:
        if own_text and node.text:
            pending.append(node.text)
        for child in node:
            yield from visit(child)
            if child.tail:
                pending.append(child.tail)

    yield from inside(el, own_text=False)
    yield from flush()


def main_piece(root: Any, title: str | None) -> Piece:
    """The page's main text by trafilatura: layout tables unwrapped and everything
    before the headline (``title``, when the page shows it) dropped first."""
    from trafilatura import bare_extraction

    root = copy.deepcopy(root)
    head = headline_element(root, title)
    if head is not None:
        drop_before(head)
    unwrap_layout_tables(root)
    doc = bare_extraction(root, favor_precision=True, include_comments=False, include_tables=True,
                          include_images=True, with_metadata=False, deduplicate=False)
    if doc is None or doc.body is None:
        return Piece(())
    return Piece(tuple(_trafilatura_blocks(doc.body)))


def broken_lines(el: Any) -> list[str]:
    """The text of ``el`` cut at its line breaks (<br>, trafilatura's <lb>): older pages
    set paragraphs apart with them.  A break after an unfinished sentence is a line
    wrap, not a paragraph end: the lines on both sides stay one paragraph."""
    chunks: list[str] = []

    def collect(node: Any) -> None:
        chunks.append(node.text or "")
        for child in node:
            if child.tag in ("lb", "br"):
                chunks.append("\n")
            else:
                collect(child)
            chunks.append(child.tail or "")

    collect(el)
    return _joined_lines("".join(chunks))


def _joined_lines(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.split("\n"):
        line = _SPACE.sub(" ", raw).strip()
        if not line:
            continue
        if lines and not ends_paragraph(lines[-1]):
            lines[-1] += line
        else:
            lines.append(line)
    return lines


#: Block elements of trafilatura's output (its own, and HTML ones a fallback keeps).
_OUTPUT_BLOCKS = {"p", "head", "list", "table", "graphic", "quote", "div", "section", "article", "ul", "ol",
                  "blockquote", "pre", *_HEADINGS}


#: Longest line right under a picture read as its caption.
CAPTION_MAX_CHARS = 40


def _trafilatura_blocks(body: Any) -> Iterator[Block]:
    """trafilatura's output tree (p, head, list/item, table/row/cell, quote, graphic) as blocks.
    A short line right under a picture that ends no sentence is the picture's caption."""
    under_picture = False
    for el in body:
        tag = el.tag
        if under_picture and tag == "p":
            under_picture = False
            line = text_of(el)
            if line and len(line) <= CAPTION_MAX_CHARS and not ends_paragraph(line):
                yield Block(line, caption=True)
                continue
        under_picture = tag == "graphic" or (tag == "p" and el.find("graphic") is not None and not text_of(el))
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
            if text_of(el):
                yield Block(text_of(el), level=level)
        elif tag == "list":
            for item in el.iter("item"):
                if text_of(item):
                    yield Block(text_of(item))
        elif tag == "table":
            for row in el.iter("row"):
                cells = list(row.iter("cell"))
                if any(isinstance(c.tag, str) and c.tag in _OUTPUT_BLOCKS for cell in cells for c in cell):
                    for cell in cells:  # a cell holding paragraphs: the article inside a layout table
                        yield from _trafilatura_blocks([cell])
                    continue
                texts = [text_of(c) for c in cells if text_of(c)]
                if texts:
                    yield Block(" ".join(texts))
        elif tag in ("p", "quote", "item"):
            for line in broken_lines(el):
                yield Block(line)
        elif tag == "graphic":
            alt = (el.get("alt") or el.get("title") or "").strip()
            if alt:
                yield Block(alt, caption=True)
        elif any(isinstance(c.tag, str) and c.tag in _OUTPUT_BLOCKS for c in el):
            yield from _trafilatura_blocks(el)   # a container kept from a fallback extractor
        elif text_of(el):
            yield Block(text_of(el))
