"""What kind of article this is: an inspection notice, a meeting report, or other.

Only the head of the article is read (title, subtitle, first sentence of the
lead): a meeting report that mentions 巡察 in its body is still a meeting, and
an inspection notice that mentions a meeting is still an inspection.

* ``inspection``: the article announces an inspection round or group (the
  inspection extractor found one), or its head is about 巡察/巡视 work
  (进驻, 动员, 反馈, 公告, 整改 …).
* ``meeting``: the head reports a meeting being held (``召开…会议``,
  ``…座谈会召开``, ``推进会``, ``动员会`` …).
* ``other``: everything else (visits, features, activities).
"""
from __future__ import annotations

import re

from ..records import KIND_INSPECTION, KIND_MEETING, KIND_OTHER, Draft, Inspection
from .folding import fold

_INSPECTION_HEAD = re.compile(
    r"(?:巡察|巡视)[^。]{0,20}?(?:进驻|动员|部署|反馈|公告|整改|启动|见面会|工作会|意见|完成)"
    r"|(?:进驻|开展|启动|反馈|公布)[^。]{0,12}?(?:巡察|巡视)|第[一二三四五六七八九十\d]+(?:轮|巡察组|巡视组)")
_MEETING_NOUN = r"(?:会议|大会|全会|常委会|座谈会|推进会|动员会|部署会|交流会|调度会|培训会|报告会|研讨会|" \
                r"联席会|例会|观摩会|现场会|讲评会|分析会|总结会|表彰会|汇报会|发布会|见面会|协商会|恳谈会|" \
                r"务虚会|推介会|对接会|论坛|[\u4e00-\u9fff]{0,2}会)"
_MEETING_HEAD = re.compile(
    rf"(?:召开|举行|举办|主持召开|组织召开)[^。；;]{{0,40}}?{_MEETING_NOUN}"
    rf"|{_MEETING_NOUN}(?:在[^。]{{0,20}})?(?:召开|举行|开幕|闭幕)")


def _head(draft: Draft) -> str:
    parts = [draft.title or "", draft.subtitle or ""]
    if draft.paragraphs:
        first = fold(draft.paragraphs[0])
        parts.append(re.split(r"(?<=[。！？!?])", first, maxsplit=1)[0])
    return "\n".join(fold(p) for p in parts if p)


def classify(draft: Draft, inspections: tuple[Inspection, ...]) -> str:
    """One of records.KINDS for the draft (see the module docstring)."""
    if inspections:
        return KIND_INSPECTION
    head = _head(draft)
    if _INSPECTION_HEAD.search(head):
        return KIND_INSPECTION
    if _MEETING_HEAD.search(head):
        return KIND_MEETING
    return KIND_OTHER
