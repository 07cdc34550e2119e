"""Where an announcement names an inspection group, and which mentions name the same group.

Group names come in several shapes, all read here:

* ``第N巡察组`` / ``第N巡视组``, also enumerated (``第二、第三巡察组``, ``第三、四巡察组``)
  or with the kind of group (``第三提级交叉巡察组``);
* ``巡察N组`` (``区委巡察三组``, ``专项巡察二组``, ``省委专项巡视组一组``);
* a kind of group without a number (``专项巡察组``, ``提级交叉巡察组``: qualifier
  words are data);
* ``第N组`` right after the round's name (``某某市委第三轮提级巡察“回头看”第一组``),
  and then ``第N组`` alone anywhere in the same text (``第一组、第二组分别…``);
* ``第N组`` after the kind of group (``省委巡视组第一组``, ``专项巡视第二组``,
  ``政治督察第一组``);
* ``市委第巡察组``: a page that lost its digits still names a group (as written, or as the
  text spells the one group of that body and kind in full elsewhere).

The body and places written before the name (``郑东新区党工委``, ``十四届区委第十二轮巡察``)
are part of it; mentions of one group are merged by number, kind, body and qualifier.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .inspection_words import alternation
from .numerals import to_int
from .places import Place, find_places

ORD = r"[一二三四五六七八九十百\d]+"
BODY = r"中央|(?:省|市|区|县|州|旗|盟)委|区党工委|党工委|党委|党组"
BODY_END = re.compile(rf"(?:{BODY})$")
_QUALIFIER = rf"(?:{alternation('group_qualifiers')})"
#: What a group does (巡察, 巡视, 督导, 督察): the word before 组.
KINDS = alternation("group_kinds")
#: Right after the kind of group, or its 组 (巡察第一组, 省委巡视组第一组, 政治督察第二组).
_AFTER_KIND = "|".join(f"(?<={w})" for k in alternation("group_kinds").split("|") for w in (k, k + "组"))
_GROUP = re.compile(
    rf"第(?P<n>{ORD})(?P<more>(?:、第?{ORD})*)(?P<q>{_QUALIFIER}*)(?P<k>{KINDS})组"
    rf"|(?P<q1>{_QUALIFIER}*)(?P<k2>{KINDS})组?(?P<n2>{ORD})组"
    rf"|(?P<q0>{_QUALIFIER}+)(?P<k0>巡察|巡视)组"
    rf"|(?:{_AFTER_KIND}|(?<=回头看)|(?<=看”)|(?<=看\"))第(?P<n3>{ORD})组"
    rf"|(?<=[委组])第(?P<k4>巡察|巡视)组")      # 市委第巡察组: a page that lost its digits
_KIND_BEFORE = re.compile(rf"{_QUALIFIER}*({KINDS})组?$")
_SHORT = re.compile(rf"第({ORD})组(?!织|成|建)")
_TERM = re.compile(r"(?:第)?[\d一二三四五六七八九十]+届$")
#: A round's name written before a group's (十五届县委第九轮巡察第二巡察组), also without its kind of
#: inspection when a group's name follows (十二届县委第三轮第二巡察组: the kind is the group's, ``kg``).
ROUND = re.compile(
    rf"(?:(?:第)?[\d一二三四五六七八九十]+届)?(?:中共)?(?P<body>{BODY})(?:今年|本年度|\d{{4}}年)?"
    rf"第(?P<n>{ORD})轮(?:(?=第{ORD}(?P<kg>巡察|巡视)组)"
    rf"|(?P<mid>[^，。,；;：:\s]{{0,16}}?)(?P<k>巡察|巡视)(?:“回头看”|\"回头看\")?)")


def round_kind(m: "re.Match[str] | _Span") -> str:
    """巡察 or 巡视: the kind a round's match names, or the kind of the group written after it."""
    return m.group("k") or m.group("kg")


@dataclass
class Mention:
    para: int
    start: int
    end: int
    name: str
    number: int
    kind: str          # 巡察 / 巡视
    body: str | None   # 市委, 党工委, 中央 … (None: written without a body)
    prefix: str        # everything before the group's own words, e.g. 郑东新区党工委
    qualifier: str = ""  # 专项, 提级交叉 … for a group named by its kind
    short: bool = False  # named 第N组 after its round, without 巡察/巡视
    damaged: bool = False  # its number lost (县委第巡察组), given back from the full spelling


Key = tuple[int, str, "str | None", str]


def body_key(body: str | None) -> str | None:
    if body is None:
        return None
    return "党工委" if body.endswith("党工委") else body


def chain_start(text: str, places: list[Place], pos: int) -> int:
    """Start of the chain of places ending at ``pos`` (郑州市金水区|委, 郑东新区|党工委).

    The first place may share its last character with the body (湖南省|省委 is
    written 湖南省委).
    """
    start, first = pos, True
    # Places come by start, and one starting after ``pos`` can neither end the chain
    # nor stop the walk: begin at the last one starting before it, not at the
    # text's last place (a long text's rounds and groups × its places).
    for p in reversed(places[:bisect.bisect_right(places, pos, key=lambda p: p.start)]):
        if p.end == start or (first and p.end == start + 1 and text[start] in "省市区县州旗盟"):
            start, first = p.start, False
        elif p.end < start:
            break
    return start


def _prefix(text: str, places: list[Place], rounds: list[re.Match[str]], pos: int) -> tuple[int, str | None]:
    """Start of what is written before a group's own words at ``pos``, and its body."""
    for r in rounds:
        if r.end() == pos:
            return r.start(), r.group("body")
    body = BODY_END.search(text, max(0, pos - 4), pos)
    start = chain_start(text, places, body.start() if body else pos)
    term = _TERM.search(text, max(0, start - 5), start) if body else None
    return (term.start() if term else start), body.group() if body else None


#: What follows a group named inside the name of a meeting whose spirit a text relays
#: (…督察组督察某省动员会精神): no pause before the meeting's 会(议)精神.
_RELAYED_MEETING = re.compile(r"[^，,。;；:：、!！?？\n]{0,40}?会议?精神")


def find_mentions(paragraphs: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for pi, text in enumerate(paragraphs):
        if "组" not in text:
            continue          # every group's name ends in 组
        found = list(_GROUP.finditer(text))
        if not found:
            continue
        places = find_places(text)
        rounds = [_round_start(text, places, r) for r in ROUND.finditer(text)]
        for m in found:
            if _RELAYED_MEETING.match(text, m.end()):
                continue      # 学习了…督察组督察某省动员会精神: a meeting's name the text relays
            out.extend(_read(pi, text, places, rounds, m))
    kinds = {m.kind for m in out if m.short}
    if len(kinds) == 1:
        out = sorted(out + _short_mentions(paragraphs, out, kinds.pop()), key=lambda m: (m.para, m.start))
    elif not kinds and len({m.kind for m in out}) == 1 and len({m.number for m in out}) >= 2:
        # groups numbered in full (县委第一巡察组, 县委第二巡察组), then 第一组 … in a list of
        # their channels: the same groups, when every such number is one of theirs
        numbers = {m.number for m in out}
        short = _short_mentions(paragraphs, out, out[0].kind)
        if short and all(m.number in numbers for m in short):
            out = sorted(out + short, key=lambda m: (m.para, m.start))
    elif not out:
        out = _list_heads(paragraphs)
    _restore_lost_numbers(out)
    return out


def _restore_lost_numbers(mentions: list[Mention]) -> None:
    """``县委第巡察组`` where the text also spells one group of that body and kind in full
    (``县委第二巡察组``): the page dropped the number of that group, which takes the full name."""
    for m in mentions:
        if m.number != -1:
            continue
        full = {(f.number, f.name) for f in mentions
                if f.number > 0 and not f.short and f.kind == m.kind and not f.qualifier
                and body_key(f.body) == body_key(m.body) and f.name.startswith(m.prefix)}
        if len(full) == 1:
            m.number, m.name = next(iter(full))
            m.qualifier, m.prefix, m.damaged = "", m.name[: m.name.rfind("第")], True


#: ``派出3个巡察组`` / ``第七轮巡察``: the kind of the groups a text counts or whose round it names.
_COUNTED_KIND = re.compile(rf"(?:\d+|[一二三四五六七八九十两]+)个(?:{BODY})?({KINDS})组|第{ORD}轮({KINDS})")
#: ``第一组:值班电话…`` opening a line, or ``第一组`` alone on one (a table's group cell):
#: one item of a list of the groups' channels.
_LIST_HEAD = re.compile(rf"^[\s*#>]*(第?({ORD})组)\s*(?:[:：]|$)")


def _list_heads(paragraphs: list[str]) -> list[Mention]:
    """``县委派出3个巡察组…各组联系方式如下:`` then ``第一组:值班电话…`` a line (or ``第一组``
    alone on one, its channels on the lines after it): where no group
    is named in full, a line opening with ``第N组:`` after the text has counted its groups (or
    named its round) names one of them, as written."""
    heads = [(pi, m) for pi, m in enumerate(_LIST_HEAD.match(text) for text in paragraphs)
             if m and to_int(m.group(2)) is not None]
    if len(heads) < 2:
        return []          # (most texts: no paragraph opens so, and nothing more is read)
    kind, seen, out = None, 0, []
    for pi, head in heads:
        for text in paragraphs[seen:pi]:
            counted = kind is None and _COUNTED_KIND.search(text)
            kind = kind or (counted and (counted.group(1) or counted.group(2))) or None
        seen = pi
        if kind:
            out.append(Mention(pi, head.start(1), head.end(1), head.group(1), to_int(head.group(2)), kind,
                               None, "", short=True))
    return out if len(out) >= 2 else []


def _short_mentions(paragraphs: list[str], found: list[Mention], kind: str) -> list[Mention]:
    """``第二组`` alone, where the text has named a group ``<round>第一组``: the same round's group."""
    out = []
    for pi, text in enumerate(paragraphs):
        taken = [(m.start, m.end) for m in found if m.para == pi]
        for m in _SHORT.finditer(text):
            n = to_int(m.group(1))
            if n is not None and all(m.end() <= a or m.start() >= b for a, b in taken):
                out.append(Mention(pi, m.start(), m.end(), m.group(), n, kind, None, "", short=True))
    return out


class _Span:
    """A round's match with its start moved back over its term and places."""

    def __init__(self, m: re.Match[str], start: int) -> None:
        self.m, self._start = m, start

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self.m.end()

    def group(self, name: str) -> str:
        return self.m.group(name)


def _round_start(text: str, places: list[Place], m: re.Match[str]) -> _Span:
    return _Span(m, min(m.start(), chain_start(text, places, m.start("body"))))


def _read(pi: int, text: str, places: list[Place], rounds: list, m: re.Match[str]) -> list[Mention]:
    if m.group("n") is not None:
        kind, numbers, own = m.group("k"), [m.group("n")] + re.findall(ORD, m.group("more")), m.start()
        qualifier = m.group("q")       # 第三提级交叉巡察组
    elif m.group("n2") is not None:
        kind, numbers, own = m.group("k2"), [m.group("n2")], m.start()
        qualifier = m.group("q1")      # 专项巡视组一组 beside 第一巡视组: another group
    elif m.group("q0") is not None:
        kind, numbers, own, qualifier = m.group("k0"), ["0"], m.start(), m.group("q0")
    elif m.group("k4") is not None:   # its number lost: one group of its own, named as written
        kind, numbers, own, qualifier = m.group("k4"), ["-1"], m.start(), "?"
    else:
        kind, numbers, own, qualifier = "", [m.group("n3")], m.start(), ""
    start, body = _prefix(text, places, rounds, own)
    if not kind:                      # 第N组 after a round: the round's kind
        r = next((r for r in rounds if r.end() == own), None)
        word = _KIND_BEFORE.search(text, max(0, own - 12), own)
        if r is not None:
            kind = round_kind(r)
        elif word:                    # 省委巡视组第一组, 专项巡视第二组: the word before names the kind
            kind = word.group(1)
            start, body = _prefix(text, places, rounds, word.start())
            own = word.start()
        else:
            return []
    prefix = text[start:own]
    out = []
    for k, num in enumerate(numbers):
        n = -1 if num == "-1" else to_int(num)
        if n is None:
            continue
        name = f"{prefix}第{num}{qualifier}{kind}组" if m.group("n") is not None else prefix + text[own:m.end()]
        out.append(Mention(pi, start if k == 0 else own, m.end(), name, n, kind, body, prefix, qualifier,
                           short=m.group("n3") is not None))
    return out


def resolve(mentions: list[Mention], round_body: str | None) -> dict[int, Key]:
    """Group identity of each mention (by index), merging variants of one group.

    A mention without a body joins the only group of its number and kind; when
    there is none, it takes the body and place of the group named before it,
    and its name is completed with them (县委第一巡察组、第二巡察组 → 县委第二巡察组);
    with no group named before, it takes the body of the round (县委第一轮巡察).
    """
    keys: dict[int, Key] = {}
    bodies: dict[tuple[int, str, str], set[str | None]] = {}
    for m in mentions:
        if m.body is not None:
            bodies.setdefault((m.number, m.kind, m.qualifier), set()).add(body_key(m.body))
    last: Mention | None = None
    for i, m in enumerate(mentions):
        if m.body is not None:
            last = m
            keys[i] = (m.number, m.kind, body_key(m.body), m.qualifier)
            continue
        known = bodies.get((m.number, m.kind, m.qualifier), set())
        if len(known) == 1:
            keys[i] = (m.number, m.kind, next(iter(known)), m.qualifier)
        elif last is not None:
            keys[i] = (m.number, m.kind, body_key(last.body), m.qualifier)
            if m.short and last.short and "第" in last.name:
                m.name = last.name[:last.name.rfind("第")] + m.name     # 市委巡察第一组、第二组
            elif not m.prefix:
                m.name = last.prefix + m.name
        elif round_body and not m.prefix:
            body = BODY_END.search(round_body)
            keys[i] = (m.number, m.kind, body_key(body.group() if body else None), m.qualifier)
            m.name = round_body + m.name
        else:
            keys[i] = (m.number, m.kind, None, m.qualifier)
    return keys
