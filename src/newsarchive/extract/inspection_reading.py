"""How an announcement's text is read before its groups and channels are looked for.

Traditional characters are read as simplified ones, full-width digits and letters
as ASCII, and the pinyin a converting mirror site wrote after some characters
(``網(wǎng)``) is dropped, also where the page broke it (``领域?qū)m?xiàng)巡察组``); a label spread one character apart (``电　　话：``) is
closed up; tables
are rewritten as one block of ``标签:值`` lines per group (:mod:`.inspection_layout`,
:mod:`.inspection_tables`).
"""
from __future__ import annotations

import re

from ..records import Draft
from ..simplified import to_simplified
from ..textnorm import without_pinyin
from .folding import fold_alnum
from .inspection_layout import join_cells, regroup_rows, unfold_tables
from .inspection_tables import column_tables, space_tables

#: The same noise a broken page left without its opening bracket, or with the character
#: it followed turned into ``?`` (``领域?qū)m?xiàng)巡察组``): a run of pinyin letters, ``?``
#: and brackets between two Chinese characters, with a tone mark and a closing bracket.
_PINYIN_DAMAGED = re.compile(r"(?<=[\u4e00-\u9fff])[?？a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü()（）]{3,}(?=[\u4e00-\u9fff])")
_TONED = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
#: A label spread over a column's width, one character apart (``电　　话：``, ``邮 箱:``).
_SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff][ \t\u3000]+){1,3}[\u4e00-\u9fff](?=[ \t\u3000]*[:：])")
_GAPS = re.compile(r"[ \t\u3000]+")


def read(text: str) -> str:
    """One paragraph as read (simplified, folded, without pinyin): lengths may change,
    so offsets hold in the text read only."""
    text = _PINYIN_DAMAGED.sub(_damaged_pinyin, without_pinyin(fold_alnum(to_simplified(text))))
    return _SPACED_LABEL.sub(lambda m: _GAPS.sub("", m.group()), text) if ":" in text or "：" in text else text


def _damaged_pinyin(m: re.Match[str]) -> str:
    run = m.group()
    return "" if _TONED.search(run) and (")" in run or "）" in run) else run


def prepare(draft: Draft) -> list[str]:
    """The paragraphs as read, tables unfolded, the title (when the article has one) first."""
    paragraphs = join_cells(regroup_rows(column_tables(unfold_tables(space_tables([read(p) for p in draft.paragraphs])))))
    if draft.title:
        paragraphs.insert(0, read(draft.title))
    return paragraphs
