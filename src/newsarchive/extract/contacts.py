"""Contact channels written in Chinese announcements: phones, mobiles, e-mails, postal boxes.

Values keep the form they are written in, with full-width digits and dashes
made ASCII (``０８１６－２３８７４１６`` → ``0816-2387416``).  Which field a value
belongs to follows from what it is, not from its label, so one value can never
land in two fields:

* ``mobile``: an 11-digit mainland mobile number (1[3-9]…).  A mobile listed
  under 举报电话/联系电话 beside a landline takes calls and text messages alike;
  it is filed as a mobile (the ``sms`` field of a group), where readers look
  for a number to text.
* ``phone``: a landline with or without area code (0371-69385963, 2387420) or a
  national service number (12388, 0371-12388).  Bare 7–8 digit numbers count
  only in a phone list (after 电话/热线), so a postcode or a count never does.
* ``email``: any domain.
* ``postal``: a numbered box (``河南省郑州市A536号专用邮政信箱``,
  ``于都县邮政局第101号专用信箱``) with the places written before it, or a
  postal address introduced by 来信请寄/寄至/通信地址.  An address is kept whole,
  recipient and postcode included (``…704室县委第二巡察组（邮编237200）``):
  a letter needs all of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold, fold_alnum
from .places import find_places

_DASHES = r"\-—–‐‑－"
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*"
                    r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_LANDLINE = re.compile(
    rf"(?<![\dA-Za-z])(?:[(（]0\d{{2,3}}[)）]\s*|0\d{{2,3}}\s*[{_DASHES}]\s*|0\d{{2,3}} )(?:\d{{7,8}}|123\d{{2}})(?!\d)"
    r"|(?<![\dA-Za-z])0\d{10,11}(?!\d)")
_MOBILE = re.compile(r"(?<![\dA-Za-z])1[3-9]\d{9}(?!\d)")
_SERVICE = re.compile(r"(?<![\dA-Za-z])123\d{2}(?!\d)")
_LOCAL = re.compile(r"(?<![\dA-Za-z])\d{7,8}(?!\d)")
_PHONE_LABEL = re.compile(r"(?:电话|热线|座机|来电)[^\u4e00-\u9fff\d]{0,3}(?:[\d\s、,，/和及" + _DASHES + r"]*)$")
_BOX = re.compile(r"(?:第)?[A-Za-z]?\d{1,5}号(?:专用)?(?:邮政)?信箱")
_ADDRESS_LABEL = re.compile(r"(?:来信请寄至?|来信可寄至|来信寄至|寄至|邮寄地址|通信地址|通讯地址|来信地址)\s*[:：]?\s*")
_ADDRESS_END = re.compile(r"[。；;，,\n]")
_ADDRESS_MARK = re.compile(r"\d+\s*(?:号|室|楼|层)|邮编|信箱")
#: Every contact holds a digit, an @ or an address mark: text without one has none.
_ANY_CONTACT = re.compile(r"[\d@]|邮编|信箱")


@dataclass(frozen=True)
class Contact:
    """One contact value and its span in the folded text."""

    start: int
    end: int
    kind: str      # "phone" | "mobile" | "email" | "postal"
    value: str


def _clean_phone(raw: str) -> str:
    """Dashes and a space after the area code become ``-``; brackets become ASCII."""
    out = re.sub(rf"\s*[{_DASHES}]\s*|(?<=^0\d\d) (?=\d)|(?<=^0\d\d\d) (?=\d)", "-", raw.strip())
    out = out.replace("（", "(").replace("）", ")")
    return re.sub(r"\)\s+", ")", out)


def find_contacts(text: str) -> list[Contact]:
    """Every contact value in ``text``, in order of appearance."""
    text_folded = fold(text)
    if not _ANY_CONTACT.search(text_folded):
        return []
    original = fold_alnum(text)   # postal addresses keep their own punctuation (（邮编…）)
    text = text_folded
    found: list[Contact] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, kind: str, value: str) -> None:
        if free(a, b):
            taken.append((a, b))
            found.append(Contact(a, b, kind, value))

    for m in _EMAIL.finditer(text):
        add(m.start(), m.end(), "email", m.group())
    for m in _ADDRESS_LABEL.finditer(text):
        end = _ADDRESS_END.search(text, m.end())
        stop = end.start() if end else len(text)
        value = text[m.end():stop].strip()
        if 4 <= len(value) <= 80 and _ADDRESS_MARK.search(value):
            a = m.end() + (len(text[m.end():stop]) - len(text[m.end():stop].lstrip()))
            add(a, a + len(value), "postal", original[a:a + len(value)])
    for m in _BOX.finditer(text):
        start = _places_before(text, m.start())
        add(start, m.end(), "postal", original[start:m.end()])
    for m in _LANDLINE.finditer(text):
        add(m.start(), m.end(), "phone", _clean_phone(m.group()))
    for m in _MOBILE.finditer(text):
        add(m.start(), m.end(), "mobile", m.group())
    for m in _SERVICE.finditer(text):
        add(m.start(), m.end(), "phone", m.group())
    for m in _LOCAL.finditer(text):
        if _PHONE_LABEL.search(text, max(0, m.start() - 40), m.start()):
            add(m.start(), m.end(), "phone", m.group())
    return sorted(found, key=lambda c: c.start)


def _places_before(text: str, end: int) -> int:
    """Start of the place chain (and 邮政局) written right before ``end``."""
    lo = max(0, end - 40)
    window = text[lo:end]
    if window.endswith(("邮政局", "邮局")):
        window = window[: -3 if window.endswith("邮政局") else -2]
    start = len(window)
    for p in reversed(find_places(window)):
        if p.end != start:
            break
        start = p.start
    return lo + start if start < len(window) else end


def is_service_number(value: str) -> bool:
    """12388, 12380, 0371-12388: national reporting lines, never a group's own phone."""
    return bool(re.fullmatch(r"(?:0\d{2,3}-)?123\d{2}", value))
