"""Where an article came from: the outlet a copied page names as its source.

A page copied from the web carries a source line ("来源：某某日报", on the stamp
line with the date and the author, or alone under the text), and a reprint
closes its text with "（来源：某某日报）".  The split keeps those lines beside
the article (:attr:`~newsarchive.records.Draft.page_lines`); this reads the
outlet from the first of them, or from the closing bracket of the last
paragraph.  The value ends where the next label starts (作者：, 浏览次数：),
at a bar or a wide space, or at a date; it is kept as written.  Front matter
``source`` wins over it (see :mod:`newsarchive.articles`).
"""
from __future__ import annotations

import re

from ..records import Draft
from ..simplified import to_simplified
from ..textnorm import fold, without_pinyin
from .people_words import words

_LABELS = "|".join(map(re.escape, sorted(words("origin", "source_labels"), key=len, reverse=True)))
_SELF = frozenset(words("origin", "self_references"))
_NEXT = "|".join(map(re.escape, sorted(words("origin", "next_labels"), key=len, reverse=True)))
#: Where a source's value ends: the next field's label (a known one, or any short one after
#: a space), a space after a Chinese character (来源：某某日报 某某), a bar, a slash, a
#: bracket, a quotation mark, a sentence's punctuation, a date or the end.
_VALUE_END = re.compile(rf"\s*(?:{_NEXT})\s*[:：]|\s+[\u4e00-\u9fffA-Za-z]{{2,6}}\s*[:：]|(?<=[\u4e00-\u9fff])\s"
                        r"|\s*[|｜/／?？()（）\[\]【】“”\"'‘’「」。，,;；]|\s{2,}|\u3000|\s*(?:19|20)\d{2}\s*[-/.年]|$")
#: A label and its value (not a label inside a word, 收入来源, nor one quoted by a
#: reprint notice, 凡注明"来源：某某网"的作品).
_SOURCE = re.compile(rf"(?<![\u4e00-\u9fff“\"'‘「])(?:{_LABELS})\s*[:：]\s*(?P<value>.+?)(?={_VALUE_END.pattern})")
_CLOSING = re.compile(rf"[(（\[【]\s*(?:{_LABELS})\s*[:：][^()（）\[\]【】]+[)）\]】]\s*$")
_URL = re.compile(r"https?://|www\.", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LONGEST = 30


def extract_origin(draft: Draft) -> str | None:
    """The outlet the article's page names as its source, as written; None if it names none."""
    lines = list(draft.page_lines)
    if draft.paragraphs:
        closing = _CLOSING.search(_folded(draft.paragraphs[-1]))
        if closing is not None:
            lines.append(draft.paragraphs[-1][closing.start():])
    for line in lines:
        value = origin_in(line)
        if value is not None:
            return value
    return None


def origin_in(line: str) -> str | None:
    """The source a line names after its label ("来源：某某日报 作者：某某" → 某某日报), else None."""
    line = without_pinyin(line)
    folded = _folded(line)
    for m in _SOURCE.finditer(folded):
        if _URL.match(folded, m.start("value")) or _VALUE_END.match(folded, m.start("value")):
            continue  # an address, or no value before the next field
        value = line[m.start("value"):m.end("value")].strip(" \u3000,，;；。、:：")
        if value.startswith("《") and value.endswith("》"):
            value = value[1:-1]
        if _usable(value, _folded(value)):
            return value
    return None


def _folded(text: str) -> str:
    return to_simplified(fold(text))  # both keep the length: offsets stay valid


def _usable(value: str, folded: str) -> bool:
    return (1 < len(value) <= _LONGEST and _CJK.search(value) is not None and folded not in _SELF)
