"""Inspection rounds (巡察/巡视) and their groups, targets and contact channels.

How the text is read (the parts live in their own modules):

* **Round** and its fields (duration, hours, dates, group count):
  :mod:`.inspection_fields`.  A visit by one group without a numbered round is
  named by what the group does: ``省委第七巡视组巡视郑州市金水区``.
* **Groups**: every way a group is named (:mod:`.inspection_groups`).  Only
  groups with targets or contacts are kept: a group that is merely mentioned
  says nothing to a reader.  When no group is named one by one but the text
  gives contacts (``校党委4个巡察组…各巡察组共用一部举报电话``), they are one
  entry under the name the text uses for all (``巡察组``).
* **Targets**: :mod:`.inspection_targets`.
* **Values listed for listed groups** (``…分别为A、B``): shared out in order
  (:mod:`.inspection_ordered`).
* **Contacts**: a group's block runs from its mention to the next group's
  mention in the paragraph; a paragraph that starts with a group name also owns
  the ``标签：值`` lines after it (a table flattened one cell a line is read as
  such lines: a label alone on its line takes the next line as its value).
  Contacts outside every block belong to the only group when there is one.
  Reporting lines of other bodies (纪委监委, 组织部, 12388, 12380) are the
  inspection's ``hotlines``, never a group's phone; the page's own channels are
  nobody's (whose channel a contact is: :mod:`.inspection_channels`).

Traditional characters are read as simplified ones (one character for one,
so every offset holds); group names and targets are given back as the article
writes them, the round too; the contact values as read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..records import Draft, Group, Inspection
from .contacts import Contact, find_contacts
from .folding import fold
from ..textnorm import without_pinyin
from .script import simplified_view
from .inspection_fields import channel_dates, duration, find_round, group_count, hours
from .inspection_groups import Key, Mention, find_mentions, resolve
from .inspection_targets import (is_unit, labelled_targets, paired_units, shared_out, spelled_in_full,
                                 targets_after, whole_place)
from .inspection_ordered import values_in_order
from .inspection_layout import FIELD_LINE as _FIELD_LINE, HEADING_MARK as _HEADING_MARK
from .inspection_reading import prepare as _prepare
from .inspection_channels import ANY_GROUP, BARE_GROUP, CHANNEL_WORD, channels_elsewhere, channels_given, \
    for_all_groups, in_postal_address, is_oversight, is_page_tail, page_tail, recipients_dropped, sort_contacts, \
    speaks_for_all_from

#: Counted groups said to arrive at their units (3个巡察组分别完成对…的进驻, 5个巡察组已全部进驻).
_ARRIVED = re.compile(r"个(?:巡察|巡视)组[^。；;]{0,60}?(?:完成|全部|陆续|正式|已|分别)[^。；;]{0,60}?进驻")
#: Words before a group's mention that are part of its name as the line opens with it
#: (``省第一生态环境保护督察组``: a body written without 委 is no body of the mention).
_NAME_HEAD = re.compile(r"[\u4e00-\u9fff]{0,7}[省市县区州旗盟]")
_STATION = re.compile(r"\s*在([\u4e00-\u9fff]{2,8})[,，]\s*(?:巡察|巡视)组")


@dataclass
class _GroupData:
    key: Key
    names: list[str] = field(default_factory=list)
    first: tuple[int, int] = (0, 0)
    targets: list[str] = field(default_factory=list)
    stationed: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    hours: str | None = None


def _segments(paragraphs: list[str], mentions: list[Mention],
              keys: dict[int, Key]) -> tuple[dict[Key, list[str]], list[str]]:
    """Text owned by each group, and text owned by none.

    A group named inside a postal address (``…宾馆转市委第六巡察组``) is the
    letter's recipient: its mention starts no block.  In a paragraph naming several groups,
    the sentences after the last group's own that name the groups only by their common word
    (``两个巡察组…。巡察组邮政信箱:…``) are every group's, outside every block.  A paragraph the page goes on with
    after the announcement has ended (:func:`.inspection_channels.page_tail`) is nobody's.
    """
    owned: dict[Key, list[str]] = {}
    outside: list[str] = []
    by_para: dict[int, list[int]] = {}
    for i, (m, boxed) in enumerate(zip(mentions, in_postal_address(paragraphs, mentions))):
        if not boxed:
            by_para.setdefault(m.para, []).append(i)
    carry: set[Key] = set()
    tail = page_tail(paragraphs)
    for pi, text in enumerate(paragraphs):
        idx = by_para.get(pi, [])
        if not idx and is_page_tail(paragraphs, pi, tail):
            continue
        if carry and _FIELD_LINE.match(text) and {keys[i] for i in idx} <= carry:
            for key in carry:                          # a 标签：值 line of the group(s) above
                owned.setdefault(key, []).append(text)
            continue
        carry = set()
        if not idx:
            outside.append(text)
            continue
        first = mentions[idx[0]]
        outside.append(text[: first.start])
        for j, i in enumerate(idx):
            if j > 0 and keys[idx[j - 1]] == keys[i]:
                continue
            end = _next_other(mentions, keys, idx[j + 1:], i, len(text))
            start = min(mentions[k].start for k in idx if mentions[k].end == mentions[i].end)
            if end == len(text) and len({keys[k] for k in idx}) > 1:
                end = speaks_for_all_from(text, start)     # 巡察组邮政信箱:… after the last group's values
                outside.append(text[end:])
            owned.setdefault(keys[i], []).append(text[start:end])
        lead = len(text) - len(_HEADING_MARK.sub("", text, count=1))
        opens = first.start <= lead or _NAME_HEAD.fullmatch(text, lead, first.start) is not None
        if opens and len({mentions[i].end for i in idx}) == 1:
            carry = {keys[i] for i in idx}             # one group, or one list of groups (第三、四巡察组)
    return owned, outside


def _next_other(mentions: list[Mention], keys: dict[int, Key], later: list[int], i: int, default: int) -> int:
    """Where the next group's text starts; groups named in one list (第三、四巡察组:…) share theirs."""
    return next((mentions[k].start for k in later if keys[k] != keys[i] and mentions[k].end != mentions[i].end),
                default)


def _visit_round(paragraphs: list[str], group: Group) -> str | None:
    """``省委第七巡视组巡视郑州市金水区``: a single group's visit, named as the text names it."""
    kind = next((k for k in ("巡视", "督导", "督察") if k in group.name), "巡察")
    for text in paragraphs:
        text = fold(text)
        for m in re.finditer(re.escape(group.name), text):
            after = re.match(r"(巡视|巡察|督导|督察)([^,，。;；:：\s]+)", text[m.end():])
            if after:
                obj = re.split(r"工作|开展|进行|动员会|的", after.group(2))[0]
                if obj and is_unit(obj):
                    return f"{group.name}{after.group(1)}{obj}"
    if len(group.targets) == 1:
        return f"{group.name}{kind}{group.targets[0]}"
    for text in paragraphs:
        m = re.search(rf"开展((?:专项|常规|机动)?){kind}", text)
        if m and m.group(1):
            return f"{group.name}{m.group(1)}{kind}"
    return None


def _paired(paragraphs: list[str], mentions: list[Mention], keys: dict) -> dict[Key, list[str]]:
    """``A组、B组分别对X、Y开展…``: targets assigned in order."""
    out: dict[Key, list[str]] = {}
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
            units = paired_units(paragraphs[last.para][last.end:], len(run))
            for k, u in zip(run, units or []):
                out.setdefault(keys[k], []).append(u)
        i = run[-1] + 1
    return out


def _shared_group(paragraphs: list[str], contacts: list[Contact]) -> Group | None:
    """One entry for groups the text never names one by one but gives contacts for.

    Its name is the one the text uses for all (``省委巡视组``); a text that writes the
    group only as ``巡察组`` while saying it takes reports (:func:`channels_given`) gives
    that word.
    """
    if not contacts:
        return None
    name, targets = None, []
    for text in paragraphs:
        for m in ANY_GROUP.finditer(text):
            name = name or f"{m.group(1)}{m.group(2)}组"
            targets = targets or shared_out(text[m.end():])
    if name is None and channels_given(paragraphs):
        for text in paragraphs:
            for m in BARE_GROUP.finditer(text):
                name = name or m.group()
                targets = targets or shared_out(text[m.end():])
    if name is None:
        return None
    targets = targets or _stations(paragraphs)
    return _finish(_GroupData((0, "", None, ""), names=[name], targets=targets, contacts=contacts))


def _stations(paragraphs: list[str]) -> list[str]:
    """``在某某区,巡视组移动电话:…``: the divisions a group gives channels in, one
    paragraph each, are the units it inspects."""
    out = []
    for text in paragraphs:
        m = _STATION.match(text)
        if m and whole_place(m.group(1)) and CHANNEL_WORD.search(text, m.end()):
            out.append(m.group(1))
    return out


def extract_inspections(draft: Draft) -> tuple[Inspection, ...]:
    """The inspection round the article announces, with its groups (empty when none)."""
    # digits and letters folded; punctuation kept as written, so values read as written
    paragraphs = _prepare(draft)
    body = "\n".join(paragraphs)
    found_round = find_round(paragraphs[1:] + paragraphs[:1] if draft.title else paragraphs)
    round_name, round_body = found_round if found_round else (None, None)
    mentions = recipients_dropped(paragraphs, find_mentions(paragraphs))
    if round_name is None and not mentions and not _announced(body) and not channels_given(paragraphs):
        return ()  # no round and no group: no inspection, whatever contacts the text holds
    keys = resolve(mentions, round_body)
    groups: dict[Key, _GroupData] = {}
    for i, m in enumerate(mentions):
        g = groups.setdefault(keys[i], _GroupData(keys[i], first=(m.para, m.start)))
        g.names.append(m.name)
        text = paragraphs[m.para]
        limit = _next_other(mentions, keys, [k for k in range(i + 1, len(mentions))
                                             if mentions[k].para == m.para], i, len(text))
        if sum(1 for o in mentions if o.para == m.para and o.end == m.end) > 1:
            continue     # 第二、第三巡察组对X…: shared out among them, not each one's (see _paired)
        units, stationed = targets_after(text, m.end, limit)
        if m.damaged:      # the page dropped the group's number: maybe a character of its targets too
            units = [spelled_in_full(body, u) for u in units]
        (g.stationed if stationed else g.targets).extend(units)
    for key, units in _paired(paragraphs, mentions, keys).items():
        groups[key].targets.extend(units)
    owned, outside = _segments(paragraphs, mentions, keys)
    hotlines: list[Contact] = []
    for_all: list[Contact] = []     # in a group's block, in a sentence that speaks for every group
    for key, texts in owned.items():
        for text in texts:
            groups[key].targets.extend(labelled_targets(text))
            own, hot = sort_contacts(text, find_contacts(text))
            spoken_for_all = [c for c in own if for_all_groups(text, c)]
            own = [c for c in own if c not in spoken_for_all]
            for_all.extend(spoken_for_all)
            watch = [c for c in own if is_oversight(text, c)]
            if any(c.kind == "phone" and c not in watch for c in own):
                own = [c for c in own if c not in watch]     # beside the group's own phone:
                hot.extend(watch)                            # the line for reporting on it
            groups[key].contacts.extend(own)
            hotlines.extend(hot)
            if groups[key].hours is None:
                groups[key].hours = hours(text)
    loose: list[Contact] = list(for_all)
    oversight: list[Contact] = []
    outside_hours = None
    for text in outside:
        own, hot = sort_contacts(text, find_contacts(text))
        for c in own:
            (oversight if is_oversight(text, c) else loose).append(c)
        hotlines.extend(hot)
        outside_hours = outside_hours or hours(text)
    ordered = values_in_order(paragraphs, mentions, keys, [g.key for g in sorted(groups.values(), key=lambda g: g.first)])
    if ordered:                    # 第一、第二巡察组值班电话分别为A、B: A the first's, B the second's
        for g in groups.values():
            g.contacts = [c for c in g.contacts if (c.kind, c.value) not in ordered]
        hotlines, loose, oversight = ([c for c in cs if (c.kind, c.value) not in ordered]
                                      for cs in (hotlines, loose, oversight))
        for (kind, value), key in ordered.items():
            groups[key].contacts.append(Contact(0, 0, kind, value))
    if len(groups) == 1:
        only = next(iter(groups.values()))
        only.contacts.extend(loose)
        if any(c.kind == "phone" for c in only.contacts):
            hotlines.extend(oversight)     # the inspectors' own supervision line
        else:
            only.contacts.extend(oversight)
        loose = []
    else:
        loose.extend(oversight)
        loose = _share(groups.values(), loose)
    kept = [_finish(g) for g in sorted(groups.values(), key=lambda g: g.first)]
    kept = [g for g in kept if g.targets or g.phones or g.sms or g.emails or g.postal_boxes]
    kept = [g for g in kept if not _collective(g, kept)]
    if not any(g.phones or g.sms or g.emails or g.postal_boxes for g in kept) and not loose \
            and channels_elsewhere(paragraphs):
        kept = []      # the channels set up are in a table or attachment: no directory
    if not kept:
        # a 监督电话 alone makes no group: it is for reporting on the inspectors
        plain = [c for c in loose if c not in oversight]
        shared = _shared_group(paragraphs, plain)
        if shared and not shared.phones:
            shared, plain = _shared_group(paragraphs, loose), loose
        kept = [shared] if shared else []
        loose = [c for c in loose if c not in plain] if shared else loose
    # not one group's: a phone of the inspection as a whole
    hotlines.extend(c for c in loose if c.kind in ("phone", "mobile"))
    if round_name is None and len(kept) == 1:
        round_name = _visit_round(paragraphs, kept[0])
    if round_name is None and not kept and not _announced(body):
        return ()
    kept, round_name = _as_written(draft, kept, round_name)
    own_numbers = {v for g in kept for v in (*g.phones, *g.sms)}
    hot_values = _unique(c.value for c in hotlines if c.value not in own_numbers)
    open_d, close_d = channel_dates(body)
    return (Inspection(
        round=round_name,
        duration=duration(body),
        hours=outside_hours or _shared_hours(kept),
        open=open_d,
        close=close_d,
        hotlines=hot_values,
        groups=tuple(kept),
        group_count=group_count(body) or _listed_count(kept),
    ),)


def _as_written(draft: Draft, groups: list[Group], round_name: str | None) -> tuple[list[Group], str | None]:
    """Group names, targets, postal boxes and the round as the article writes them
    (市委第二巡察組, 某市1960郵箱轉… in a traditional text), as officials' names and titles
    are; the other contact values stay read (digits and addresses of mail folded)."""
    text = without_pinyin("\n".join((draft.title or "", *draft.paragraphs)))
    simple, as_written = simplified_view(text)
    if simple == text:
        return groups, round_name
    return ([replace(g, name=as_written(g.name), targets=tuple(as_written(t) for t in g.targets),
                     postal_boxes=tuple(as_written(b) for b in g.postal_boxes)) for g in groups],
            as_written(round_name) if round_name else round_name)


def _announced(body: str) -> bool:
    """``9个中央巡视组…受理信访时间截止到…``: groups counted and their channels' dates or hours
    given; or ``县委3个巡察组分别完成对…的进驻``: counted groups said to arrive."""
    if group_count(body) is None:
        return False
    return channel_dates(body)[1] is not None or hours(body) is not None or _ARRIVED.search(body) is not None


def _share(groups, loose: list[Contact]) -> list[Contact]:
    """Boxes and e-mails outside every block, when no group has its own: every group's.

    (``各巡视组设立了统一受理举报的专门邮政信箱:…``.)  What is left stays loose.
    """
    named = [g for g in groups if g.contacts or g.targets]
    if len(named) < 2:
        return loose
    left = []
    for c in loose:
        if c.kind in ("postal", "email") and not any(o.kind == c.kind for g in named for o in g.contacts):
            for g in named:
                g.contacts.append(c)
        else:
            left.append(c)
    return left


def _collective(g: Group, kept: list[Group]) -> bool:
    """``区委专项巡察组`` beside ``区委专项巡察一组``: a name for them all, no group of its own."""
    return re.search(r"[一二三四五六七八九十\d]组$", g.name) is None and "第" not in g.name and any(
        o is not g and o.name.startswith(g.name[:-1]) for o in kept)


def _shared_hours(groups: list[Group]) -> str | None:
    """The hours every group with channels states alike are the round's (a group named with its
    targets only has no hours to differ)."""
    found = {g.hours for g in groups if g.hours or g.phones or g.sms or g.emails or g.postal_boxes}
    return found.pop() if len(found) == 1 else None


def _listed_count(groups: list[Group]) -> int | None:
    """Groups listed one by one with their channels: the list is the round's."""
    listed = [g for g in groups if g.phones or g.sms or g.emails or g.postal_boxes]
    return len(listed) if len(listed) >= 2 else None


def _unique(values) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return tuple(seen)


def _fuller_name(full: str, short: str) -> bool:
    """``海南省`` beside ``海南``: one division, written in full and by its short name."""
    return full.startswith(short) and whole_place(short) is not None and whole_place(short) == whole_place(full)


#: A round written into a group's name (五届市委第七轮巡察第三巡察组).
_ROUND_IN_NAME = re.compile(r"届|第[\d一二三四五六七八九十]{1,3}轮")


def _finish(g: _GroupData) -> Group:
    # the fullest name, unless the text also names the group without its round
    # (六届市委第七轮巡察第三巡察组 … 市委第三巡察组组长某某): the group's own name
    plain = [n for n in g.names if not _ROUND_IN_NAME.search(n) and not n.startswith(("第", "巡"))]
    name = max(plain or g.names, key=len)
    # a unit it is stationed in that spells a target in full (县人民医院 / 进驻某某县人民医院)
    fuller = [s for s in g.stationed if any(s != t and s.endswith(t) for t in g.targets)]
    targets = list(_unique([*g.targets, *fuller] or g.stationed))
    targets = [t for t in targets if not any(o != t and (o.endswith(t) or _fuller_name(o, t)) for o in targets)]
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
