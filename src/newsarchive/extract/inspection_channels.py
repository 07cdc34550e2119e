"""Whose channel a contact is: a group's, every group's, another body's, or the page's.

* A channel whose own label names another body (纪委监委, 组织部, 巡察办, 12388) is the
  inspection's hotline, never a group's.
* A 监督电话 is for reporting on the inspectors: beside a group's own phone it is a hotline.
* The page's own channels (``本网投稿邮箱``, ``新闻热线``, ``联系我们``) are nobody's in the
  announcement; so are the contacts the page goes on with after the announcement has ended
  (a source or editor line, a footer, a signature's date: :func:`page_tail`).
* A channel for reporting on the inspectors themselves (``督察组成员存在违反…的情形,可向某某
  纪检监察组反映。邮箱为…``) is another body's: the inspection's hotline, never a group's.
* Channels the text sets up (``设专门值班电话、专门邮政信箱(见附表)``) without giving one value
  were in a table or attachment of the page: :func:`channels_elsewhere`.
* A sentence that speaks for every group (``各组电子邮箱统一为:…``) holds shared values.
* A sentence saying the group takes reports through channels (``向巡视组反映问题``) makes
  the text's contacts a group's even when it names no group one by one.
* A group named inside a postal address (``…信箱第二巡察组收``) is the letter's recipient: beside a
  group the text names elsewhere, the box is that group's (:func:`recipients_dropped`).

The label words are data (``data/inspections.yaml``).
"""
from __future__ import annotations

import re

from .contacts import Contact, find_contacts, is_service_number
from .inspection_groups import BODY, Mention
from .inspection_words import alternation

_HOTLINE_LABEL = re.compile(alternation("hotline_bodies"))
_OVERSIGHT_LABEL = re.compile(alternation("oversight_labels"))
_PAGE_LABEL = re.compile(alternation("page_labels"))
BARE_GROUP = re.compile(r"(?:巡察|巡视)组(?![长织成建])")
_ALL_GROUPS = re.compile(alternation("all_groups"))
_NUMBERED_GROUP = re.compile(r"第[一二三四五六七八九十\d]+(?:巡察|巡视)?组|(?:巡察|巡视)[一二三四五六七八九十\d]+组")
CHANNEL_WORD = re.compile(alternation("channel_words"))
_REPORT_WORD = re.compile(alternation("report_words"))
ANY_GROUP = re.compile(rf"({BODY})(?:\d+|[一二三四五六七八九十两]+)?个?(巡察|巡视)组")
_GROUP_WORD = rf"(?:{alternation('group_kinds')})组"
_END_MARK = re.compile(rf"^\s*(?:{alternation('article_end_marks')})")
_FOOTER = re.compile(alternation("page_footer_markers"))
_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                        r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")
_TAIL_KEEPS = re.compile(rf"{_GROUP_WORD}|{alternation('report_words')}|值班|监督|巡察|巡视|督察|督导")
_MISCONDUCT = re.compile(rf"{_GROUP_WORD}(?:及其)?(?:{alternation('inspector_members')})"
                         rf"[^。；;]{{0,40}}?(?:{alternation('misconduct_words')})")
_LEAD_LABEL = re.compile(r"\s*([^，,、。；;:：]{2,20})[:：]")
_SET_CHANNEL = re.compile(rf"(?<!建)(?:{alternation('channel_set_verbs')})了?[^。；;!！?？]{{0,16}}?"
                          rf"(?:{alternation('channel_nouns')})")


def _label(text: str, c: Contact, prev_end: int) -> str:
    """The words written right before a contact, back to the last separator (the colon
    after a label is no end of it: ``县纪委监委举报电话:``)."""
    pieces = re.split(r"[。；;，,、:：()（）]", text[max(prev_end, 0):c.start])
    return next((p for p in reversed(pieces) if p.strip()), "")


def _hotline(text: str, c: Contact, prev_end: int) -> bool:
    """A reporting line of another body: its own label names 纪委监委, 组织部 …, or its
    sentence opens with a label naming one (``市委巡察办举报邮箱:…,邮政信箱:…``)."""
    return is_service_number(c.value) or bool(_HOTLINE_LABEL.search(_label(text, c, prev_end))) \
        or bool(_HOTLINE_LABEL.search(_lead_label(text, c.start)))


def _lead_label(text: str, at: int) -> str:
    """The label opening the sentence that holds position ``at``: its words up to the first
    colon, when no comma comes first (``根据县委巡察办安排,…`` opens with no label) and it
    names no group (``县委第一巡察组(县委巡察办)值班电话:`` is the group's)."""
    start = _sentence_start(text, at, "。；;\n")
    m = _LEAD_LABEL.match(text, start, at)
    return m.group(1) if m and not re.search(_GROUP_WORD, m.group(1)) else ""


#: A note right after a channel that mail to it be marked for a group (…信箱”(来信注明第一巡察组)):
#: the office runs it, but for that group.
_MARKED_FOR_GROUP = re.compile(r"[”\"’]?\s*[(（][^()（）]{0,12}(?:注明|标明|写明)[^()（）]{0,20}巡[察视]组")


def sort_contacts(text: str, found: list[Contact]) -> tuple[list[Contact], list[Contact]]:
    """Split contacts of one text into (own, hotlines).

    The page's own channels (``本网投稿邮箱:…``, ``新闻热线:…``, ``网站主办:… 电话:…``) are
    neither: a contact whose sentence names the page before it is left out.
    """
    own: list[Contact] = []
    hot: list[Contact] = []
    prev = 0
    for c in found:
        if not _PAGE_LABEL.search(text, _sentence_start(text, c.start, "。；;\n"), c.start):
            about_inspectors = _about_inspectors(text, c)
            marked = _MARKED_FOR_GROUP.match(text, c.end) is not None    # (来信注明某某巡察组): the group's
            (hot if not marked and (about_inspectors or _hotline(text, c, prev)) else own).append(c)
        prev = c.end
    return own, hot


def _about_inspectors(text: str, c: Contact) -> bool:
    """The contact's sentence, or the one before it, is about the inspectors' own misconduct
    (``督察组成员存在违反…的情形,可向…反映。邮箱为…``): the channel of the body watching them.
    The sentence before counts only when the contact's own names no group (``…可向县纪委反映。
    巡察组值班电话:…`` is the group's)."""
    start = _sentence_start(text, c.start, "。；;")
    if _MISCONDUCT.search(text, start, c.start):
        return True
    if not start or re.search(_GROUP_WORD, text[start:c.start]):
        return False
    return bool(_MISCONDUCT.search(text, _sentence_start(text, start - 1, "。；;"), start))


def page_tail(paragraphs: list[str]) -> int:
    """Index of the first paragraph after the announcement's end (len when it runs to the end).

    The end is a short source or editor line (``资料来源于某某``, ``责任编辑:某某``), a line
    holding a footer marker (``版权所有``, ``联系我们``; that line is the page's too), or a
    date line alone after the text (a signature).  Only the last stretch counts: a
    paragraph naming a group or a reporting word after such a line (``附:各巡察组联系方式``)
    is still the announcement's, and the end is looked for after it.
    """
    tail = len(paragraphs)
    for i in range(len(paragraphs) - 1, 0, -1):
        text = paragraphs[i]
        if _FOOTER.search(text) and len(text) <= 150:
            tail = i
        elif len(text) <= 40 and (_END_MARK.match(text) or _DATE_LINE.match(text)):
            tail = i + 1
        elif _TAIL_KEEPS.search(text):
            break
    return tail


def is_page_tail(paragraphs: list[str], index: int, tail: int) -> bool:
    """A paragraph after the announcement's end that names no group and no reporting word:
    its contacts are the page's."""
    return index >= tail and not _TAIL_KEEPS.search(paragraphs[index])


def channels_elsewhere(paragraphs: list[str]) -> bool:
    """A sentence sets up channels (``设专门值班电话、专门邮政信箱等(见附表)``): when no value
    is given, the values were in a table or attachment of the page."""
    return any(_SET_CHANNEL.search(text) for text in paragraphs)


def _sentence_start(text: str, at: int, marks: str) -> int:
    """Where the sentence holding position ``at`` starts: after the last of ``marks`` before it."""
    return max(text.rfind(ch, 0, at) for ch in marks) + 1


def channels_given(paragraphs: list[str]) -> bool:
    """A sentence says the group takes reports through channels (``巡察组…开通举报电话``,
    ``通过固定电话…向巡视组反映问题``): its contacts are the group's even when the
    group has no name of its own."""
    for text in paragraphs:
        for sentence in re.split(r"[。；;!！?？]", text):
            if BARE_GROUP.search(sentence) and CHANNEL_WORD.search(sentence) and _REPORT_WORD.search(sentence):
                return True
    return False


def for_all_groups(text: str, c: Contact) -> bool:
    """``各组电子邮箱统一为:…`` written after the last group's values: the contact's
    sentence speaks for every group (and names none), so it is outside every block."""
    start = _sentence_start(text, c.start, "。；;")
    ends = [i for i in (text.find(ch, c.end) for ch in "。；;") if i >= 0]
    sentence = text[start:min(ends, default=len(text))]
    return bool(_ALL_GROUPS.search(sentence)) and not ANY_GROUP.search(sentence) \
        and not _NUMBERED_GROUP.search(sentence)


def speaks_for_all_from(text: str, start: int) -> int:
    """Where, in the last group's block of a paragraph naming several groups (from ``start``),
    the sentences naming the groups only by their common word begin (``两个巡察组的电话均接受
    短信。巡察组邮政信箱:…``); ``len(text)`` when none does.  The block's first sentence is
    the group's own."""
    first = min((i for i in (text.find(ch, start) for ch in "。；;") if i >= 0), default=len(text)) + 1
    pos = first
    while pos < len(text):
        stop = min((i for i in (text.find(ch, pos) for ch in "。；;") if i >= 0), default=len(text)) + 1
        sentence = text[pos:stop]
        if BARE_GROUP.search(sentence) and not _NUMBERED_GROUP.search(sentence) and not ANY_GROUP.search(sentence):
            return pos
        pos = stop
    return len(text)


def is_oversight(text: str, c: Contact) -> bool:
    """A phone for reporting on the inspectors (监督电话)."""
    return c.kind == "phone" and bool(_OVERSIGHT_LABEL.search(text[max(0, c.start - 12):c.start]))


def in_postal_address(paragraphs: list[str], mentions: list[Mention]) -> list[bool]:
    """Which mentions stand inside a postal address (…信箱第二巡察组收): the letter's recipient."""
    boxes: dict[int, list[Contact]] = {}
    out = []
    for m in mentions:
        if m.para not in boxes:
            boxes[m.para] = [c for c in find_contacts(paragraphs[m.para]) if c.kind == "postal"]
        out.append(any(c.start <= m.start and m.end <= c.end for c in boxes[m.para]))
    return out


def recipients_dropped(paragraphs: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions without those inside a postal address, when the text names a group elsewhere:
    a box addressed to a group by another name (某委专项巡察组…信箱第二巡察组收) is the named
    group's box, and its recipient no group of its own."""
    inside = in_postal_address(paragraphs, mentions) if mentions else []
    if not any(inside) or all(inside):
        return mentions
    return [m for m, boxed in zip(mentions, inside) if not boxed]
