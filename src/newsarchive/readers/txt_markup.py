"""A text file that holds a page's markup: what a page's source, copied or saved as .txt,
looks like (``<p> 5月19日,…</p><p> …</p>``).

Its paragraphs are the markup's blocks: each block tag ends a line, the other tags go,
character references are read (``&nbsp`` too, which pages write without its semicolon),
and a script's or style's body is dropped.  A file with a few stray tags (a ``<br>``
pasted with the text) is left as it is: only markup dense enough to be the page's
layout is read as layout.
"""
from __future__ import annotations

import html
import re

__all__ = ["is_markup", "markup_text"]

#: Tags that end a block of a page's layout.
_BLOCK = re.compile(r"<\s*/?\s*(?:p|div|br|h[1-6]|li|tr|td|table|section|article|ul|ol|dd|dt|header|footer)"
                    r"(?:\s[^<>]*)?/?\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[!/?]?[A-Za-z][^<>]*>|<!--.*?-->", re.DOTALL)
_HIDDEN = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
#: A named reference written without its semicolon (&nbsp&nbsp): read as if it had one.
_BARE_REFERENCE = re.compile(r"&(nbsp|ensp|emsp|amp|lt|gt|quot|middot|mdash|ldquo|rdquo|hellip)(?![;A-Za-z])")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
#: Fewest block tags that make a file's markup its layout.
_LEAST_BLOCKS = 8


def is_markup(text: str) -> bool:
    """Does ``text`` hold a page's markup as its layout (many block tags), not a stray tag?"""
    return len(_BLOCK.findall(text, 0, 200_000)) >= _LEAST_BLOCKS


def markup_text(text: str) -> str:
    """``text`` with its markup read as layout: one line per block, tags and references gone."""
    text = _HIDDEN.sub("", text)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(_BARE_REFERENCE.sub(r"&\1;", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"
