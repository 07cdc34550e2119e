"""Inspection rounds (巡察/巡视) and their groups, targets and contact channels.

How the text is read:

* **Round**: ``[十二届]<body>第N轮巡察`` with the body's place written before it
  (``十二届市委第二轮巡察``, ``郑东新区党工委第四轮巡察``).  A visit by one
  group without a numbered round is named by what the text says the group does:
  ``省委第七巡视组巡视郑州市金水区``.
* **Groups**: every ``第N巡察组``/``第N巡视组`` mention, with the body and place
  before it.  Mentions of one group are merged by number, kind and body; a
  mention without a body (``第二巡察组组长…``) joins the group of that number,
  or takes the body of the group named just before it (``县委第一巡察组、第二巡察组``).
  The longest form written is the group's name.  Only groups with targets or
  contacts are kept: a group that is merely mentioned says nothing to a reader.
* **Targets**: what follows a group and a verb of inspecting — ``巡察X、Y``,
  ``对X开展…``, ``向X反馈``, ``巡察对象：X、Y`` — split on 、 and on 和 where 和 joins two
  whole units (``市文化广电和旅游局党组`` stays one).  ``进驻X`` counts only when
  the group has no other target.  ``A组、B组分别对X、Y…`` pairs them in order.
* **Contacts**: a group's block runs from its mention to the next group's
  mention in the paragraph; a paragraph that starts with a group name also owns
  the ``标签：值`` lines after it.  Contacts outside every block belong to the
  only group when there is one (a provincial team's contacts paragraph does not
  repeat its name).  Reporting lines of other bodies (纪委监委, 组织部, 12388,
  12380) are the inspection's ``hotlines``, never a group's phone.
* **Duration, hours, dates**: the first ``为期…``/``时间…`` duration and the
  first office-hours range, as written; the reporting channels' open and close
  dates (``受理截止日期为4月21日``, ``7月30日开通,9月25日…关闭``, a range
  ``受理信访时间为2024年4月8日至6月5日``), else the stationing period.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Draft, Group, Inspection, PartialDate
from .folding import fold, fold_alnum
from .contacts import Contact, find_contacts, is_service_number
from .dates import iter_dates
from .numerals import NUMBER, to_int
from .places import Place, find_places

_ORD = r"[一二三四五六七八九十百\d]+"
_GROUP = re.compile(rf"第({_ORD})((?:、第{_ORD})*)(巡察|巡视)组")
_BODY_END = re.compile(r"(?:中央|(?:省|市|区|县|州|旗|盟)委|区党工委|党工委|党委|党组)$")
_ROUND = re.compile(
    rf"(?:(?:第)?[\d一二三四五六七八九十]+届)?(?:中共)?(中央|(?:省|市|区|县|州|旗|盟)委|区党工委|党工委|党委|党组)"
    rf"第({_ORD})轮(巡察|巡视)")
_LEADING_WORDS = r"(?:于?近日|日前|正式|将|全面|已|已经|依次|随后|今天|当天|即将|开始|集中|于\d{1,2}月\d{1,2}日[上下]?午?)*"
_AFTER_GROUP = re.compile(rf"^\s*[,，]?\s*([(（])?\s*{_LEADING_WORDS}\s*(巡察|巡视|进驻|对|向)(?!组|办|工作|期间|中|时)")
_OBJECT_STOP = re.compile(
    r"工作动员会|动员会|见面会|反馈会|工作|开展|进行|实施|展开|期间|情况|的|召开|反馈|[,，。;；:：)）\n]")
_TARGET_LABEL = re.compile(r"^\s*(?:巡察对象|巡视对象|被巡察单位|被巡察党组织|巡察单位)\s*[:：]\s*")
_UNIT_END = ("党组", "党委", "党工委", "党支部", "党总支", "支部", "委员会", "局", "委", "办", "院", "校",
             "中心", "公司", "集团", "镇", "乡", "街道", "社区", "村", "办事处", "区", "县", "市", "省",
             "厅", "部", "所", "站", "队", "会", "馆", "室", "处", "社", "行", "团", "联", "协", "台", "园",
             "厂", "场")
_COUNTED = re.compile(rf"等?{NUMBER}个|等{NUMBER}家|等单位")
_PAIRED = re.compile(r"^\s*分别\s*(?:对|向|进驻|巡察|巡视)(.+?)(?:开展|进行|反馈|实施|[,，。;；])")
_HEADING_MARK = re.compile(r"^[\s*#>]*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])?\s*")
_FIELD_LINE = re.compile(r"^[\s*]*[\u4e00-\u9fff“”\"]{2,10}\s*[:：]")
_DURATION = re.compile(
    r"(?:为期|时间(?:为|均为|约为|是|约|大约)?|历时|用时)\s*(?:[:：]\s*)?"
    r"((?:约)?(?:[\d一二两三四五六七八九十]+个半月|[\d一二两三四五六七八九十]+个多?月|半个月|[\d一二两三四五六七八九十]+(?:天|周|个星期|日))(?:左右)?)")
_TIME = r"\d{1,2}\s*[:：∶]\s*\d{2}"
_RANGE = rf"(?:[上下]午)?\s*{_TIME}\s*(?:~|～|—|–|-|－|至|到)+\s*(?:[上下]午)?\s*{_TIME}"
_HOURS = re.compile(
    rf"((?:每周[一二三四五六日天]\s*至\s*(?:周)?[一二三四五六日天]|周[一二三四五]\s*至\s*周[一二三四五六日]|法定工作日|工作日|每天|每日)?"
    rf"(?:的)?\s*(?:[:：]\s*)?{_RANGE}(?:\s*(?:、|，|,|和|及|；)\s*{_RANGE})*)")
_HOTLINE_LABEL = re.compile(r"纪委|监委|纪检|组织部|信访局|12388|12380")
_COUNT = re.compile(rf"(派出|组建|成立|共)?\s*({NUMBER})\s*个(?:巡察|巡视)组")
_OPEN = re.compile(r"^\s*(?:[上下]午)?\s*(?:\d{1,2}[:：]\d{2}时?)?\s*(?:起)?\s*(?:开通|开始受理|起受理|开始接受|正式开通)")
_CLOSE_AFTER = re.compile(r"^\s*(?:[上下]午)?\s*(?:\d{1,2}[:：]\d{2}时?)?\s*(?:前)?\s*(?:截止|关闭|结束|停止受理)")
_CLOSE_BEFORE = re.compile(r"(?:截止|截至)(?:日期|时间)?\s*(?:为|到|至|于|是)?\s*[:：]?\s*$")
_CHANNEL_RANGE = re.compile(r"(?:受理|信访|来信来电|举报|接听|渠道)[^。；;]{0,12}?(?:时间|日期)?\s*(?:为|是|:|：)?\s*$")
_STATION_RANGE = re.compile(r"(?:进驻时间|巡察时间|巡视时间)\s*(?:为|是|:|：)?\s*$|^$|[，,。]\s*$")
_RANGE_JOIN = re.compile(r"^\s*(?:至|到|—|–|-|~|～|－)+\s*$")
_SQUEEZE = re.compile(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d])")


@dataclass
class _Mention:
    para: int
    start: int
    end: int
    name: str
    number: int
    kind: str          # 巡察 / 巡视
    body: str | None   # 市委, 党工委, 中央 … (None: written without a body)
    prefix: str        # everything before 第N…, e.g. 郑东新区党工委


@dataclass
class _GroupData:
    key: tuple[int, str, str | None]
    names: list[str] = field(default_factory=list)
    first: tuple[int, int] = (0, 0)
    targets: list[str] = field(default_factory=list)
    stationed: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    hours: str | None = None


def _body_key(body: str | None) -> str | None:
    if body is None:
        return None
    return "党工委" if body.endswith("党工委") else body


def _prefix_start(text: str, places: list[Place], pos: int) -> int:
    """Start of the body and place chain written right before ``pos`` (the 第 of 第N组)."""
    body = _BODY_END.search(text, max(0, pos - 4), pos)
    return _chain_start(text, places, body.start() if body else pos)


def _chain_start(text: str, places: list[Place], pos: int) -> int:
    """Start of the chain of places ending at ``pos`` (郑州市金水区|委, 郑东新区|党工委).

    The first place may share its last character with the body (湖南省|省委 is
    written 湖南省委).
    """
    start, first = pos, True
    for p in reversed(places):
        if p.end == start or (first and p.end == start + 1 and text[start] in "省市区县州旗盟"):
            start, first = p.start, False
        elif p.end < start:
            break
    return start


def _mentions(paragraphs: list[str]) -> list[_Mention]:
    out: list[_Mention] = []
    for pi, text in enumerate(paragraphs):
        found = list(_GROUP.finditer(text))
        places = find_places(text) if found else []
        for m in found:
            body_m = _BODY_END.search(text, max(0, m.start() - 4), m.start())
            body = body_m.group() if body_m else None
            start = _prefix_start(text, places, m.start())
            prefix = text[start:m.start()]
            kind = m.group(3)
            numbers = [m.group(1)] + re.findall(_ORD, m.group(2))
            for k, num in enumerate(numbers):
                n = to_int(num)
                if n is None:
                    continue
                out.append(_Mention(pi, start if k == 0 else m.start(), m.end(), f"{prefix}第{num}{kind}组",
                                    n, kind, body, prefix))
    return out


def _resolve(mentions: list[_Mention], round_body: str | None) -> dict[int, tuple[int, str, str | None]]:
    """Group identity of each mention (by index), merging variants of one group.

    A mention without a body joins the only group of its number and kind; when
    there is none, it takes the body and place of the group named before it,
    and its name is completed with them (县委第一巡察组、第二巡察组 → 县委第二巡察组);
    with no group named before, it takes the body of the round (县委第一轮巡察).
    """
    keys: dict[int, tuple[int, str, str | None]] = {}
    bodies: dict[tuple[int, str], set[str | None]] = {}
    for m in mentions:
        if m.body is not None:
            bodies.setdefault((m.number, m.kind), set()).add(_body_key(m.body))
    last: _Mention | None = None
    for i, m in enumerate(mentions):
        if m.body is not None:
            last = m
            keys[i] = (m.number, m.kind, _body_key(m.body))
            continue
        known = bodies.get((m.number, m.kind), set())
        if len(known) == 1:
            keys[i] = (m.number, m.kind, next(iter(known)))
        elif last is not None:
            keys[i] = (m.number, m.kind, _body_key(last.body))
            if not m.prefix:
                m.name = last.prefix + m.name
        elif round_body and not m.prefix:
            body = _BODY_END.search(round_body)
            keys[i] = (m.number, m.kind, _body_key(body.group() if body else None))
            m.name = round_body + m.name
        else:
            keys[i] = (m.number, m.kind, None)
    return keys


def _split_units(obj: str) -> list[str]:
    """Split a list of inspected units on 、 and on 和/及 between whole units."""
    items: list[str] = []
    for part in re.split(r"[、，,]", obj):
        part = part.strip(" “”\"'《》")
        pieces = [part]
        for joiner in ("以及", "和", "及"):
            nxt: list[str] = []
            for piece in pieces:
                cut = _cut_on(piece, joiner)
                nxt.extend(cut)
            pieces = nxt
        items.extend(p for p in pieces if p)
    return items


def _cut_on(piece: str, joiner: str) -> list[str]:
    idx = piece.find(joiner)
    while idx > 0:
        left, right = piece[:idx], piece[idx + len(joiner):]
        if len(left) >= 3 and left.endswith(_UNIT_END) and _is_unit(right):
            return [left] + _cut_on(right, joiner)
        idx = piece.find(joiner, idx + 1)
    return [piece]


def _is_unit(text: str) -> bool:
    return 2 <= len(text) <= 40 and text.endswith(_UNIT_END) and not _COUNTED.search(text) \
        and not re.search(r"[\s:：]", text)


def _object(text: str) -> str:
    stop = _OBJECT_STOP.search(text)
    return text[: stop.start()] if stop else text


def _targets_after(text: str, end: int) -> tuple[list[str], bool]:
    """Units a group inspects, read after its mention; the flag is True for 进驻 only."""
    rest = text[end:]
    if re.match(r"\s*分别", rest):
        return [], False     # 分别: the targets are shared out among several groups (see _paired)
    m = _AFTER_GROUP.match(rest)
    if not m:
        return [], False
    verb, obj = m.group(2), _object(rest[m.end():])
    if verb == "向" and not rest[m.end() + len(obj):].startswith("反馈"):
        return [], False     # 向X反馈 names the inspected unit; 向X移交 does not
    units = [u for u in _split_units(obj) if _is_unit(u)]
    return units, verb == "进驻"


def _segments(paragraphs: list[str], mentions: list[_Mention],
              keys: dict[int, tuple[int, str, str | None]]) -> tuple[dict[tuple, list[str]], list[str]]:
    """Text owned by each group, and text owned by none."""
    owned: dict[tuple, list[str]] = {}
    outside: list[str] = []
    by_para: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        by_para.setdefault(m.para, []).append(i)
    carry: tuple | None = None
    for pi, text in enumerate(paragraphs):
        idx = by_para.get(pi, [])
        if carry is not None and _FIELD_LINE.match(text) and {keys[i] for i in idx} <= {carry}:
            owned.setdefault(carry, []).append(text)   # a 标签：值 line of the group above
            continue
        carry = None
        if not idx:
            outside.append(text)
            continue
        first = mentions[idx[0]]
        outside.append(text[: first.start])
        for j, i in enumerate(idx):
            if j > 0 and keys[idx[j - 1]] == keys[i]:
                continue
            end = next((mentions[k].start for k in idx[j + 1:] if keys[k] != keys[i]), len(text))
            owned.setdefault(keys[i], []).append(text[mentions[i].start:end])
        lead = len(text) - len(_HEADING_MARK.sub("", text, count=1))
        if first.start <= lead and len({keys[i] for i in idx}) == 1:
            carry = keys[idx[0]]
    return owned, outside


def _hotline(text: str, c: Contact, prev_end: int) -> bool:
    """A reporting line of another body: its own label names 纪委监委, 组织部 …"""
    label = re.split(r"[。；;，,、:：()（）]", text[max(prev_end, 0):c.start])[-1]
    return is_service_number(c.value) or bool(_HOTLINE_LABEL.search(label))


def _sort_contacts(text: str, found: list[Contact]) -> tuple[list[Contact], list[Contact]]:
    """Split contacts of one text into (own, hotlines)."""
    own, hot = [], []
    prev = 0
    for c in found:
        if c.kind == "phone" and _hotline(text, c, prev):
            hot.append(c)
        else:
            own.append(c)
        prev = c.end
    return own, hot


def _round(texts: list[str]) -> tuple[str, str] | None:
    """The first numbered round named, in its longest written form (十二届市委第二轮巡察),
    and the body that holds it (市委)."""
    best: dict[tuple, tuple[str, str]] = {}
    for text in texts:
        if "轮" not in text:
            continue          # every round is written 第N轮
        squeezed = _SQUEEZE.sub("", fold(text))
        rounds = list(_ROUND.finditer(squeezed))
        places = find_places(squeezed) if rounds else []
        for m in rounds:
            chain = _chain_start(squeezed, places, m.start(1))
            term = re.search(r"(?:第)?[\d一二三四五六七八九十]+届$", squeezed[:chain])
            start = term.start() if term else min(chain, m.start())
            name = squeezed[start:m.end()].replace("中共", "")
            key = (_body_key(m.group(1)), to_int(m.group(2)), m.group(3))
            if len(name) > len(best.get(key, ("", ""))[0]):
                best[key] = (name, squeezed[chain:m.end(1)])
    return next(iter(best.values()), None)


def _visit_round(paragraphs: list[str], group_name: str) -> str | None:
    """``省委第七巡视组巡视郑州市金水区``: a single group's visit, named as the text names it."""
    for text in paragraphs:
        text = fold(text)
        for m in re.finditer(re.escape(group_name), text):
            after = re.match(r"(巡视|巡察)([^,，。;；:：\s]+)", text[m.end():])
            if after:
                obj = _object(after.group(2))
                if obj and _is_unit(obj):
                    return f"{group_name}{after.group(1)}{obj}"
    return None


def _duration(text: str) -> str | None:
    m = _DURATION.search(text)
    return m.group(1) if m else None


def _hours(original: str) -> str | None:
    m = _HOURS.search(fold(original))
    if not m:
        return None
    return original[m.start(1):m.end(1)].strip()


def _channel_dates(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    dates = list(iter_dates(text))
    open_d = close_d = None
    station_open = station_close = None
    for i, d in enumerate(dates):
        before = text[max(0, d.start - 30):d.start]
        after = text[d.end:d.end + 16]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        is_range = nxt is not None and _RANGE_JOIN.match(text[d.end:nxt.start])
        if is_range and _CHANNEL_RANGE.search(before):
            open_d = open_d or d.date
            close_d = close_d or nxt.date
        elif is_range and station_open is None and _STATION_RANGE.search(before):
            station_open, station_close = d.date, nxt.date
        if _OPEN.match(after) and open_d is None:
            open_d = d.date
        if (_CLOSE_AFTER.match(after) or _CLOSE_BEFORE.search(before)) and close_d is None:
            close_d = d.date
    return open_d or station_open, close_d or station_close


def _group_count(text: str) -> int | None:
    found = list(_COUNT.finditer(text))
    if not found:
        return None
    preferred = [m for m in found if m.group(1)] or found
    return to_int(preferred[0].group(2))


def _paired(paragraphs: list[str], mentions: list[_Mention], keys: dict) -> dict[tuple, list[str]]:
    """``A组、B组分别对X、Y开展…``: targets assigned in order."""
    out: dict[tuple, list[str]] = {}
    i = 0
    while i < len(mentions):
        run = [i]
        while run[-1] + 1 < len(mentions):
            a, b = mentions[run[-1]], mentions[run[-1] + 1]
            gap = paragraphs[a.para][a.end:b.start] if a.para == b.para else None
            if gap is None or not re.fullmatch(r"\s*(?:、|和|及|与)?\s*", gap):
                break
            run.append(run[-1] + 1)
        last = mentions[run[-1]]
        if len(run) > 1 or last.start != mentions[run[0]].start:
            m = _PAIRED.match(paragraphs[last.para][last.end:])
            if m:
                units = _split_units(m.group(1))
                if len(units) == len(run) and all(_is_unit(u) for u in units):
                    for k, u in zip(run, units):
                        out.setdefault(keys[k], []).append(u)
        i = run[-1] + 1
    return out


def extract_inspections(draft: Draft) -> tuple[Inspection, ...]:
    """The inspection round the article announces, with its groups (empty when none)."""
    # digits and letters folded; punctuation kept as written, so values read as written
    paragraphs = [fold_alnum(p) for p in draft.paragraphs]
    if draft.title:
        paragraphs.insert(0, fold_alnum(draft.title))
    body = "\n".join(paragraphs)
    found_round = _round(paragraphs[1:] + paragraphs[:1] if draft.title else paragraphs)
    round_name, round_body = found_round if found_round else (None, None)
    mentions = _mentions(paragraphs)
    if round_name is None and not mentions:
        return ()  # no round and no group: no inspection, whatever contacts the text holds
    keys = _resolve(mentions, round_body)
    groups: dict[tuple, _GroupData] = {}
    for i, m in enumerate(mentions):
        g = groups.setdefault(keys[i], _GroupData(keys[i], first=(m.para, m.start)))
        g.names.append(m.name)
        units, stationed = _targets_after(paragraphs[m.para], m.end)
        (g.stationed if stationed else g.targets).extend(units)
    for key, units in _paired(paragraphs, mentions, keys).items():
        groups[key].targets.extend(units)
    owned, outside = _segments(paragraphs, mentions, keys)
    hotlines: list[Contact] = []
    for key, texts in owned.items():
        for text in texts:
            label = _TARGET_LABEL.match(text)
            if label:
                units = _split_units(_object_line(text[label.end():]))
                groups[key].targets.extend(u for u in units if _is_unit(u))
            own, hot = _sort_contacts(text, find_contacts(text))
            groups[key].contacts.extend(own)
            hotlines.extend(hot)
            if groups[key].hours is None:
                groups[key].hours = _hours(text)
    loose: list[Contact] = []
    outside_hours = None
    for text in outside:
        own, hot = _sort_contacts(text, find_contacts(text))
        loose.extend(own)
        hotlines.extend(hot)
        outside_hours = outside_hours or _hours(text)
    if len(groups) == 1:
        next(iter(groups.values())).contacts.extend(loose)
    else:
        # not one group's: a phone of the inspection as a whole
        hotlines.extend(c for c in loose if c.kind in ("phone", "mobile"))
    kept = [_finish(g) for g in sorted(groups.values(), key=lambda g: g.first)]
    kept = [g for g in kept if g.targets or g.phones or g.sms or g.emails or g.postal_boxes]
    if round_name is None and len(kept) == 1:
        round_name = _visit_round(paragraphs, kept[0].name)
    if round_name is None and not kept:
        return ()
    own_numbers = {v for g in kept for v in (*g.phones, *g.sms)}
    hot_values = _unique(c.value for c in hotlines if c.value not in own_numbers)
    open_d, close_d = _channel_dates(body)
    return (Inspection(
        round=round_name,
        duration=_duration(body),
        hours=outside_hours,
        open=open_d,
        close=close_d,
        hotlines=hot_values,
        groups=tuple(kept),
        group_count=_group_count(body),
    ),)


def _object_line(text: str) -> str:
    return re.split(r"[。；;\n]", text, maxsplit=1)[0]


def _unique(values) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return tuple(seen)


def _finish(g: _GroupData) -> Group:
    name = max(g.names, key=len)
    targets = list(_unique(g.targets or g.stationed))
    targets = [t for t in targets if not any(o != t and o.endswith(t) for o in targets)]
    by_kind: dict[str, list[str]] = {"phone": [], "mobile": [], "email": [], "postal": []}
    for c in g.contacts:
        by_kind[c.kind].append(c.value)
    return Group(
        name=name,
        targets=tuple(targets),
        phones=_unique(by_kind["phone"]),
        sms=_unique(by_kind["mobile"]),
        emails=_unique(by_kind["email"]),
        postal_boxes=_unique(by_kind["postal"]),
        hours=g.hours,
    )
