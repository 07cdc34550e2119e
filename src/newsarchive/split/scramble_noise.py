"""A forum's anti-copy scramble taken out of the text before lines are read.

Some forums hide a run of random short tokens in every post so that a copied
post carries them: "春耕工作有序推进; k7 T2 x: q5 B", or a line of nothing else
("% c+ m, d) r# ]( W").  Left in, the run ends up in a headline, opens the
first paragraph (hiding its date) or splits a name.  The run has a shape no
text has: five or more tokens of one or two printable ASCII characters parted
by single spaces, most of them irregular (a punctuation mark, or a letter and a
digit), with two kinds of mark or more and letters of both cases (or four
kinds of mark).  Spaced-out
letters ("C P P C C"), numbers ("1 2 3 4 5") and a list ("A, B, C, D, E") fail
one of these and stay.
"""
from __future__ import annotations

import re

__all__ = ["without_scramble_noise"]

#: Fewest tokens in a scramble run, and fewest of them irregular.
_TOKENS = 5
_IRREGULAR = 4
#: Kinds of mark that make a run a scramble whatever its letters.
_MANY_MARKS = 4

_RUN = re.compile(r"(?<![!-~])[!-~]{1,2}(?: [!-~]{1,2}){%d,}(?![!-~])" % (_TOKENS - 1))
_MARK = re.compile(r"[^\w\s]")
_IRREGULAR_TOKEN = re.compile(r"[^\w\s]|[A-Za-z]\d|\d[A-Za-z]")
#: A quick test that a text may hold a run at all (most texts do not): three short tokens
#: between spaces, which the search finds by its first space.
_MAY_HOLD = re.compile(r" [!-~]{1,2} [!-~]{1,2} [!-~]{1,2} ")


def _scramble(run: str) -> bool:
    tokens = run.split(" ")
    return (sum(1 for t in tokens if _IRREGULAR_TOKEN.search(t)) >= _IRREGULAR
            and (len(marks := set(_MARK.findall(run))) >= _MANY_MARKS
                 or (len(marks) >= 2 and any(c.isupper() for c in run) and any(c.islower() for c in run))))


def without_scramble_noise(text: str) -> str:
    """``text`` without a forum's anti-copy scramble runs (see the module docstring);
    a line left empty by it stays as an empty line."""
    if not _MAY_HOLD.search(text):
        return text
    return _RUN.sub(lambda m: "" if _scramble(m.group()) else m.group(), text)
