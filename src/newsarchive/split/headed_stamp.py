"""A headline, its publication stamp and the text, run together on one line; a stamp's
bare date and time and the text; or a stamp whose last field runs into the lead.

Some pages lose their line breaks between the headline, the stamp and the text
("某某新闻发布于: 要闻2021-04-18标签: 某某县…"): the line is cut before the stamp's
label and after its date (and after a tag label that follows the date), so the
headline, the stamp and the text are read as the lines they were.
"""
from __future__ import annotations

import functools
import re

from ..simplified import to_simplified
from .patterns import headline_shaped, is_byline, list_words
from .residue import markers
from .residue_shapes import FULL_DATE, TIME

#: What may stand between a stamp's label and its date: a column's name (综合, 要闻).
_BEFORE_DATE = re.compile(r"\s*[^\s\d。，,；;！？!?]{0,6}\s*")
_TIME_AFTER = re.compile(rf"\s*{TIME}")
_SENTENCE_MARK = re.compile(r"[,，。；;]")


def split_headed_stamp(text: str) -> tuple[str, str, str] | None:
    """(headline, stamp, text) for a line that runs a headline into a stamp and the stamp
    into the text, else None.  The headline must be shaped as one, the stamp's date must
    follow its label closely, and the text must read as sentences."""
    simple = to_simplified(text)
    m = markers()
    label = m.stamp_label_anywhere.search(simple, 4, 62)
    if not label:
        return None
    head = text[:label.start()].strip()
    gap = _BEFORE_DATE.match(simple, label.end())
    date = FULL_DATE.match(simple, gap.end()) if gap else None
    if not date or not headline_shaped(head) or _SENTENCE_MARK.search(head) or is_byline(head):
        return None
    end = date.end()
    clock = _TIME_AFTER.match(simple, end)
    end = clock.end() if clock else end
    tag = m.tag_label.match(simple, end) or m.tag_label.match(simple, end + 1)
    end = tag.end() if tag else end
    rest = text[end:].strip()
    if len(rest) < 8 or not _SENTENCE_MARK.search(rest):
        return None
    return head, text[label.start():end].strip(), rest


#: A date and a time opening a line (2031-06-09 14:48), the page's stamp with no label.
_DATED_START = re.compile(rf"^\s*(?:{FULL_DATE.pattern}){_TIME_AFTER.pattern}")
#: Shortest text read after such a stamp.
_TEXT_AFTER = 8


def split_dated_start(text: str) -> tuple[str, str] | None:
    """(stamp, text) for a line whose bare date and time run into the text (2031-06-09
    14:48人口大县……), else None: the text must read as sentences."""
    m = _DATED_START.match(to_simplified(text))
    if not m:
        return None
    rest = text[m.end():].strip()
    if len(rest) < _TEXT_AFTER or not _SENTENCE_MARK.search(rest) or rest[0].isdigit():
        return None
    return text[:m.end()].strip(), rest


def split_run_in_stamp(text: str) -> tuple[str, str] | None:
    """A stamp line whose empty counter runs into the lead ("发布时间:2019-06-17 | 浏览次数:
    次12月21日,某县…"), or whose editor's name runs into the lead's date ("发布时间:… | 责任
    编辑:某某12月22日,某县…"): (stamp, lead), else None.  The lead must read as a sentence."""
    m = _stamp_counter().search(text) or (_STAMP_OPENING.match(text) and _EDITOR_INTO_DATE.search(text))
    if not m:
        return None
    lead = text[m.end():].strip()
    if len(lead) < 8 or not _SENTENCE_MARK.search(lead):
        return None
    return text[:m.end()].rstrip(), lead


#: A line opening with a publication stamp's date label.
_STAMP_OPENING = re.compile(r"^\s*(?:发布时间|发布日期|发表时间|更新时间|时间|日期)\s*[:：]\s*\d")
#: The stamp's last field, an editor and the name, right before the lead's date.
_EDITOR_INTO_DATE = re.compile(r"(?:责任编辑|编辑|责编)\s*[:：]\s*[\u4e00-\u9fff]{2,3}(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日)")


@functools.lru_cache(maxsize=1)
def _stamp_counter() -> re.Pattern[str]:
    counters = "|".join(map(re.escape, list_words("stamp_counters")))
    return re.compile(rf"(?:{counters})[ \u3000]*[:：][ \u3000]*\d*[ \u3000]*次?(?=[\u4e00-\u9fff0-9])")
