"""Word documents (.docx), by python-docx.

Paragraphs are Word's own (the split stage does not repair them).  A paragraph
styled as a title or heading, or set in bold throughout and short, is a
heading; the first heading before any body text is the headline.  The
document's core properties give title, author and date the way front matter
does, except values Word or a library fills in by itself (``data/docx.yaml``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from ..records import SourceFile
from .base import HEADLINE, KICKER, SUBTITLE, Para, Reading, SourceError, normalise, paragraphs_text
from ..yamlfile import read_yaml


FORMAT = "docx"
SUFFIXES = (".docx",)

_DATA = Path(__file__).resolve().parent / "data" / "docx.yaml"
_FINAL = re.compile(r"[。！？!?；;…]$")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return read_yaml(_DATA)


def read(rel: str, raw: bytes) -> Reading:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not raw.strip():
        raise SourceError("empty file")
    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as e:
        raise SourceError(f"not a readable Word .docx file ({type(e).__name__}: {e or 'damaged'})") from e
    paras = _headlined(list(_paragraphs(document)))
    if not any(p.level == 0 for p in paras):
        raise SourceError("no article text in the document")
    front, provenance = _core_properties(document)
    src = SourceFile(path=rel, text=paragraphs_text(paras), encoding="docx", fmt=FORMAT, front_matter=front,
                     sha256=hashlib.sha256(raw).hexdigest(), real_paragraphs=True, provenance=provenance)
    return Reading((src,))


def _paragraphs(document: Any) -> Iterator[Para]:
    """Body paragraphs and table rows in document order; headings with a level
    (styled: their level; bold throughout: one below the deepest styled level)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, document)
            text = " ".join(p.text.split())
            if text:
                yield Para(text, _level(p, text))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = list(dict.fromkeys(" ".join(c.text.split()) for c in row.cells))
                line = " ".join(c for c in cells if c)
                if line:
                    yield Para(line)


def _level(p: Any, text: str) -> int:
    rules = _rules()
    name = (p.style.name if p.style is not None else "").strip().lower()
    if name in rules["title_styles"]:
        return 1
    for prefix in rules["heading_prefixes"]:
        if name.startswith(prefix):
            digits = name[len(prefix):].strip()
            if digits.isdigit():
                return min(int(digits) + 1, 6)
    runs = [r for r in p.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text) <= rules["bold_heading_max"] and not _FINAL.search(text):
        return 6
    return 0


def _headlined(paras: list[Para]) -> list[Para]:
    """The headings before the first body paragraph are the heading group: the
    highest of them is the headline (level 1), the rest kicker or subtitle.  When
    several share the highest level (all bold), the split stage's rule for bare
    heading lines picks it (of three, the middle one)."""
    from ..split import headline

    head = []
    for p in paras:
        if p.level == 0:
            break
        head.append(p)
    if not head:
        return paras
    top = min(p.level for p in head)
    tops = [i for i, p in enumerate(head) if p.level == top]
    main = tops[0]
    if len(tops) > 1:
        title = headline([head[i].text for i in tops])[0]
        main = next((i for i in tops if head[i].text == title), tops[0])
    group = [Para(p.text, HEADLINE if i == main else KICKER if i < main else SUBTITLE) for i, p in enumerate(head)]
    rest = [Para(p.text, max(2, min(p.level, 6)) if p.level else 0) for p in paras[len(head):]]
    return group + rest


def _core_properties(document: Any) -> tuple[dict[str, Any], dict[str, str]]:
    rules = _rules()
    props = document.core_properties
    front: dict[str, Any] = {}
    places: dict[str, str] = {}
    title = normalise(" ".join((props.title or "").split()))
    if title:
        front["title"], places["title"] = title, "Word document title"
    author = " ".join((props.author or "").split())
    if author and author.lower() not in rules["not_authors"]:
        front["author"], places["author"] = author, "Word document author"
    created = props.created
    if isinstance(created, dt.datetime) and created.replace(tzinfo=None).isoformat() not in rules["template_created"]:
        front["published"], places["published"] = created.date(), "Word document creation date"
    return front, places
