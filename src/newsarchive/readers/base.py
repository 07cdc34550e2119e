"""What every reader shares: the record it returns, its error, text decoding.

A reader turns one file's bytes into :class:`~newsarchive.records.SourceFile`
records.  Most files give one; a page holding several articles (an e-paper
page) may give one per article, each with its own metadata.  Decoding text is
:mod:`newsarchive.decoding`'s, used by every reader of text formats.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..decoding import DecodeError, decode
from ..records import SourceFile
from ..textnorm import fold_alnum, translator

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_INVISIBLE[0xA0] = " "
_drop_invisible = translator(_INVISIBLE)


class SourceError(ValueError):
    """The file cannot be used; the message says why (the caller names the file)."""


@dataclass(frozen=True)
class Reading:
    """What a reader made of one file: its source records, in file order, and warnings."""

    sources: tuple[SourceFile, ...]
    warnings: tuple[str, ...] = ()


def normalise(text: str) -> str:
    """Unify line endings, drop invisible characters, fold full-width digits/letters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _drop_invisible(text)
    return fold_alnum(text)


def decode_text(raw: bytes) -> tuple[str, str, list[str]]:
    """(normalised text, encoding, warnings) of a text file's bytes; SourceError when
    they are empty, binary or in no encoding tried."""
    try:
        text, encoding, warnings = decode(raw)
    except DecodeError as e:
        raise SourceError(str(e)) from e
    return normalise(text), encoding, list(warnings)


#: Characters the split stage reads as Markdown markup; escaped in text a reader
#: took from a format with real structure, so that they stay text.
_MARKUP = set("\\`*_[]<>~|#")
_LINE_START = set("-+>=:0123456789")


def escape(text: str) -> str:
    """``text`` as one line of Markdown that reads back as itself."""
    out = "".join("\\" + c if c in _MARKUP else c for c in " ".join(text.split()))
    return "\\" + out if out[:1] in _LINE_START and out[:1] in "-+>" else out


#: Heading levels of an article's heading group as the split stage reads them: the
#: headline is the first line of the highest level, lines of a deeper level above
#: it are its kicker, and lines of its own level after it are its subtitle (a deeper
#: heading after it would open a section).  Section heads are level 2 or deeper.
KICKER, HEADLINE, SUBTITLE = 2, 1, 1


@dataclass(frozen=True)
class Para:
    """A paragraph a structured format (HTML, Word) marked: text, and its heading level
    (0 for body text) or whether it is a picture caption.  See :data:`KICKER`."""

    text: str
    level: int = 0
    caption: bool = False


def paragraphs_text(paras: list[Para]) -> str:
    """The text the split stage reads: one paragraph a line, a blank line between them,
    headings as ``#`` lines, captions as image alt texts; each normalised as a text
    file is (invisible characters dropped, full-width digits folded)."""
    lines = []
    for p in paras:
        text = escape(normalise(p.text))   # entities and Word text were not normalised as bytes were
        if not text:
            continue
        if p.caption:
            lines.append(f"![{text}]()")
        elif p.level:
            lines.append("#" * p.level + " " + text)
        else:
            lines.append(text)
    return "\n\n".join(lines) + "\n"
