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
