"""Text for the console: every path and message goes through :func:`printable`.

A file name may hold any character but "/" and NUL: an escape sequence that
rewrites or recolours the terminal, a line break that forges a line of output
("0 files skipped"), a bidirectional override that shows the name reversed.
The console shows such characters as escapes; the build report (JSON) keeps
the true text.
"""
from __future__ import annotations

import re

#: C0 and C1 controls, DEL, the Unicode line and paragraph separators, the
#: bidirectional marks, embeddings, overrides and isolates, and lone surrogates
#: (a file name's bytes that are not UTF-8, which no console can encode).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: object) -> str:
    """``text`` (or its str()) with every character that could deceive a terminal escaped."""
    return _UNSAFE.sub(_escape, str(text))
