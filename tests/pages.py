"""A copied page's text cut into drafts, as the build reads a ``.txt`` source."""
from __future__ import annotations

from newsarchive.records import Draft, SourceFile
from newsarchive.split import split_source


def split_page(text: str) -> list[Draft]:
    """The drafts of ``text`` read as a plain-text source file ``a.txt``."""
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
