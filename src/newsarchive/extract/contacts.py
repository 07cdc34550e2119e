"""Contact channels written in Chinese announcements: phones, text-message numbers, e-mails, postal boxes.

Values keep the form they are written in, with full-width digits and dashes
made ASCII (``０８１６－２３８７４１６`` → ``0816-2387416``).  One value lands in
one field only:

* ``phone``: a landline with or without area code (0371-69385963,
  ``(0931)8861234``), a national service number (12388), and a mobile number
  (also written ``139 0000 1111`` or ``139-0000-1111``)
  whose label is a phone's (举报电话/值班电话/联系电话…: it takes calls, even
  when the text adds that it also takes messages).  A bare 7–8 digit number
  counts only in a phone list (after 电话/热线, or right after another phone:
  ``(0931)8861234     8861235``), so a postcode or a count never does.
* ``mobile``: a mobile number (1[3-9]…) given for text messages: its label
  names 短信 and not 电话 (接收短信手机, 短信举报号码).  The label is the last one
  written before the number; words in brackets after a number are no label
  (``(可接收短信)`` leaves a phone a phone) unless they say the number takes
  messages only (``(仅接收短信)``, ``(139…,只收短信)``), and a number with no label of its own
  (``0564-5027316 15856471029``) has its neighbour's.  The label words are data
  (``data/inspections.yaml``).
* ``email``: any domain; an address holds no space, so letters written right
  after its label and a space before the rest (``邮箱:abc de@x.com``) are its
  start, the space the page's noise.
* ``postal``: a numbered box in any of its forms (``河南省郑州市A536号专用邮政信箱``,
  ``于都县邮政局第101号专用信箱``, ``北京市东城区A01234邮政信箱``, ``某某邮政218号信箱``,
  ``苏州邮政信箱429号``, ``XC-03号信箱``, ``某市1001信箱``) with the places and the
  inspection group (its addressee: ``市委第一巡察组XC-01号信箱``) written before it, and
  the addressee after it (``…号信箱 某某组收``, ``…号信箱转某某组``), or
  whatever is written under a 邮政信箱 label (an address the text itself calls
  a postal box).  A plain 来信请寄 address, a 意见箱 or 举报信箱 in a building
  and an office address are no box.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .folding import fold, fold_alnum
from .inspection_words import alternation, words
from .places import find_places

_DASHES = r"\-—–‐‑－"
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*"
                    r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
#: The start of an address's local part the page broke with a space (``邮箱:abc de@x.com``):
#: letters right after a label or a Chinese character, one space, then the address.
_BROKEN_LOCAL = re.compile(r"(?:(?<=[:：])\s*|(?<=[\u4e00-\u9fff]))([A-Za-z0-9][A-Za-z0-9._-]*) $")
_LANDLINE = re.compile(
    rf"(?<![\dA-Za-z])(?:[(（]0\d{{2,3}}[)）]\s*|0\d{{2,3}}\s*[{_DASHES}]\s*|0\d{{2,3}} )(?:\d{{7,8}}|123\d{{2}})(?!\d)"
    r"|(?<![\dA-Za-z])0\d{10,11}(?!\d)")
#: A mobile number, also written in groups of 3-4-4 with one kind of separator (139 0000 1111).
_MOBILE = re.compile(rf"(?<![\dA-Za-z])1[3-9]\d(?:\d{{8}}|([ {_DASHES}])\d{{4}}\1\d{{4}})(?![\d{_DASHES}])")
_SERVICE = re.compile(r"(?<![\dA-Za-z])123\d{2}(?!\d)")
_LOCAL = re.compile(r"(?<![\dA-Za-z])\d{7,8}(?!\d)")
_PHONE_LABEL = re.compile(rf"(?:{alternation('phone_labels')})[^\u4e00-\u9fff\d]{{0,3}}(?:[\d\s、,，/和及{_DASHES}]*)$")
_LIST_GAP = re.compile(r"[\s、,，/和及或;；]*")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_BOX = re.compile(
    r"(?:第)?(?:[A-Za-z]{1,4}-?)?\d{1,6}号(?:邮政|专用)*信箱"      # A036号邮政专用信箱, 218号信箱, XC-03号信箱
    r"|[A-Za-z]{1,4}-?\d{1,6}(?:邮政|专用)*信箱"                   # A01234邮政信箱
    r"|(?<![\dA-Za-z])\d{2,6}(?:邮政|专用)*信箱"                    # 某市1001信箱
    r"|邮政(?:专用)?信箱\s*第?\s*\d{1,6}\s*号(?:分箱)?")           # 苏州邮政信箱429号
_POSTAL_LABEL = re.compile(rf"(?:{alternation('postal_labels')})(?:地址)?\s*[:：]\s*")
_VALUE_END = re.compile(r"[。；;，,\n(（]|\s{2,}")
_POST_OFFICE = words("post_offices")
_NAME_AFTER_VERB = re.compile(r"(?:.*(?:寄至|寄往|寄到|寄|至|为|是|[^\u4e00-\u9fff]))?([\u4e00-\u9fff]{2,6})$")
_NUMBERLESS_BOX = re.compile(r"(?<![\dA-Za-z])号(?:邮政|专用)*信箱")
#: The addressee written after a box, ending in 收 (``… 区委专项巡察一组收``), or forwarded
#: to with 转 (``…006号邮政信箱转市委第一巡察组``): part of the address a letter needs.
_ADDRESSEE = re.compile(r"[ \t\u3000]{0,3}([^\s，,。；;:：()（）|]{2,30}?收)(?![\u4e00-\u9fff])"
                        r"|转[^\s，,。；;:：()（）|转]{2,30}?(?:组|办公室|办)(?:收)?(?=[\s，,。；;:：()（）|]|$)")
#: Words in the brackets after a number, or right after it and a comma inside the brackets
#: it is written in (``手机(139…,只收短信)``), that make it a text-message number only.
_SMS_ONLY = re.compile(rf"\s*(?:[(（][^()（）]{{0,6}}|[,，、]\s*)(?:{alternation('sms_only')})")
_SMS_WORD = re.compile(alternation("sms_labels"))
_CALL_WORD = re.compile(alternation("phone_labels"))
#: Every contact holds a digit, an @ or a box: text without one has none.
_ANY_CONTACT = re.compile(r"[\d@]|信箱")


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
    return list(_find_contacts(text))


@functools.lru_cache(maxsize=1024)
def _find_contacts(text: str) -> tuple[Contact, ...]:
    """(Cached: a group's block is often its whole paragraph, read twice.)"""
    text_folded = fold(text)
    if not _ANY_CONTACT.search(text_folded):
        return ()
    original = fold_alnum(text)   # boxes keep their own punctuation (“回头看”)
    text = text_folded
    found: list[Contact] = []
    # Spans taken, kept in order: they never overlap, so their ends are in order
    # too, and one bisection finds the only span a new one can overlap (testing
    # every span taken made a long text cost contacts × contacts).
    starts: list[int] = []
    ends: list[int] = []

    def add(a: int, b: int, kind: str, value: str) -> None:
        k = bisect.bisect_right(ends, a)
        if k == len(starts) or starts[k] >= b:
            starts.insert(k, a)
            ends.insert(k, b)
            found.append(Contact(a, b, kind, value))

    for m in _EMAIL.finditer(text):
        head = _BROKEN_LOCAL.search(text, max(0, m.start() - 40), m.start())
        start = head.start(1) if head else m.start()
        add(start, m.end(), "email", (head.group(1) if head else "") + m.group())
    for m in _POSTAL_LABEL.finditer(text):
        end = _VALUE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        value = text[m.end():stop].strip()
        if _NUMBERLESS_BOX.search(value):
            continue          # 某市号信箱: the page lost the box's number
        box = _BOX.search(value)
        if box and box.end() < len(value) and value[box.end()].isspace():
            value = value[:box.end()]     # 邮政信箱:某市A005号邮政信箱 受理时间:…: the box, not the next field
        if 4 <= len(value) <= 80 and re.search(r"[\u4e00-\u9fff]", value) and "@" not in value:
            add(m.end(), m.end() + len(value), "postal", original[m.end():m.end() + len(value)])
    for m in _BOX.finditer(text):
        start = _places_before(text, _addressee_group_before(text, m.start()))
        end = m.end()
        addressee = _ADDRESSEE.match(text, end)
        if addressee:
            end = addressee.end()
        add(start, end, "postal", original[start:end].strip())
    for m in _LANDLINE.finditer(text):
        add(m.start(), m.end(), "phone", _clean_phone(m.group()))
    for m in _MOBILE.finditer(text):
        add(m.start(), m.end(), "mobile", re.sub(rf"[{_DASHES}]", "-", m.group()))
    for m in _SERVICE.finditer(text):
        add(m.start(), m.end(), "phone", m.group())
    for m in _LOCAL.finditer(text):
        if _PHONE_LABEL.search(text, max(0, m.start() - 40), m.start()) or _after_phone(text, found, m.start()):
            add(m.start(), m.end(), "phone", m.group())
    found.sort(key=lambda c: c.start)
    return tuple(_label_kinds(text, found))


def _after_phone(text: str, found: list[Contact], start: int) -> bool:
    """True when ``start`` follows a phone with only list separators between (a bare extension)."""
    before = [c for c in found if c.end <= start]
    if not before:
        return False
    last = max(before, key=lambda c: c.end)
    return last.kind == "phone" and _LIST_GAP.fullmatch(text[last.end:start]) is not None


def _label_kinds(text: str, found: list[Contact]) -> list[Contact]:
    """Mobile numbers filed by their label: a text-message number or a phone."""
    out: list[Contact] = []
    prev_end, prev_kind = 0, None
    for c in found:
        if c.kind == "mobile":
            kind = _label_kind(text[max(prev_end, c.start - 40):c.start], prev_kind)
            if _SMS_ONLY.match(text, c.end):
                kind = "mobile"
            c = Contact(c.start, c.end, kind, c.value)
        out.append(c)
        prev_end, prev_kind = c.end, c.kind
    return out


def _label_kind(gap: str, prev_kind: str | None) -> str:
    label = _BRACKETED.sub("", gap)
    if _LIST_GAP.fullmatch(label):                  # no label of its own: its neighbour's
        return prev_kind if prev_kind in ("phone", "mobile") else "phone"
    label = re.split(r"[。；;]", label)[-1]
    return "mobile" if _SMS_WORD.search(label) and not _CALL_WORD.search(label) else "phone"


@functools.lru_cache(maxsize=1)
def _group_before_re() -> re.Pattern[str]:
    """An inspection group's name ending where a coded box begins (市委第一巡察组XC-01号信箱)."""
    ordinal = r"[一二三四五六七八九十百\d]+"
    return re.compile(rf"(?:(?:中央|(?:省|市|区|县|州|旗|盟)委|党工委|党委|党组)?第{ordinal}"
                      rf"(?:{alternation('group_qualifiers')})*(?:{alternation('group_kinds')})组"
                      rf"|(?:中央|(?:省|市|区|县|州|旗|盟)委|党工委|党委|党组)"
                      rf"(?:{alternation('group_qualifiers')})*(?:{alternation('group_kinds')}){ordinal}?组)$")


def _addressee_group_before(text: str, end: int) -> int:
    """Start of the group name written right before a box (its addressee, part of the box
    as written: ``市委第一巡察组XC-01号信箱``), else ``end``."""
    m = _group_before_re().search(text, max(0, end - 24), end)
    return m.start() if m else end


def _places_before(text: str, end: int) -> int:
    """Start of the place chain (and 邮政局) written right before ``end``."""
    lo = max(0, end - 40)
    window = text[lo:end]
    postal_name = text[end:end + 2] == "邮政"     # 某某邮政信箱429号: the box named after a post office
    for office in _POST_OFFICE:
        if window.endswith(office):
            window, postal_name = window[: -len(office)], True
            break
    start = len(window)
    for p in reversed(find_places(window)):
        if p.end != start:
            break
        start = p.start
    if start == len(window) and postal_name:
        run = _NAME_AFTER_VERB.fullmatch(window)  # a bare city name before the post office (某某邮政)
        if run:
            start = run.start(1)
    return lo + start if start < len(window) else end


def is_service_number(value: str) -> bool:
    """12388, 12380, 0371-12388: national reporting lines, never a group's own phone."""
    return bool(re.fullmatch(r"(?:0\d{2,3}-)?123\d{2}", value))
