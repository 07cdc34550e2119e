"""Byline names: the reporters, correspondents and photographers of an article.

Bylines come in several places: a line of their own (``记者 王赛华``,
``通讯员 程巍 文/图``), the dateline in brackets (``本报讯(正观新闻·郑州晚报记者
张昕 孙亚文)``, ``（通讯员 汪晓燕）``), the tail of the last paragraph
(``…知识测试。 记者 王赛华 鲁慧``) and photo credits in captions
(``记者 丁一鸣 摄``).  Photographers are kept: a photo credit names a member of
the newsroom exactly as a byline does, and readers look them up the same way.

A role word only opens a byline when names follow it as separate tokens and
nothing else does: ``记者从郑东新区管委会了解到`` and ``记者走进…`` are
sentences about a reporter, not bylines.  Two names a layout ran together
(``记者王某李某``) are parted where both halves read as names; a note in
brackets after a name (``某某(实习)``) is passed over; bare names in brackets
that open or close the text are :mod:`.people_bracket_bylines`'s.
"""
from __future__ import annotations

import re
from typing import Callable

from .people_words import ranked_chars, words
from .script import simplified_view
from . import gazetteer, lexicon
from .people_name_words import NEVER_LAST, TRANSLITERATION, is_name, rare_surname_name, surname_length
from .people_dotted_names import dotted_name_at
from .people_names import transliterated_name_at
from .people_padded_names import is_padded_name, join_spaced_names
from .people_signers import signed_by_body

#: Words that introduce byline names (longest first so 摄影记者 wins over 记者).
ROLE_WORDS = tuple(sorted(words("people", "byline_roles"), key=len, reverse=True))
_ROLE = re.compile("|".join(map(re.escape, ROLE_WORDS)))
_UNIT_ENDINGS = words("people", "byline_unit_endings")
#: A role word followed by one of these opens a sentence (记者分赴某县…): no names follow.
_SENTENCE_VERBS = tuple(words("people", "role_sentence_verbs"))
_NOT_IN_NAME = words("people", "not_in_name")
_NAME_PREFIX = re.compile("(?:" + "|".join(map(re.escape, words("people", "byline_name_prefixes"))) + ")[:：/／]")
#: jieba tags of words that are no byline name even as a token of their own (日前, 获悉…).
_NOT_NAME_TAGS = ("v", "a", "d", "p", "c", "u", "r", "m", "q", "t", "f")
#: Tokens that close a byline: what the named people did.
_MARKERS = frozenset(words("people", "byline_markers"))
_MARKER_SUFFIX = re.compile(r"(?:[/／](?:文|图|摄)|文[/／]图|图[/／]文|摄|报道|供图|整理)$")
#: An editor's label (监制:, 编审:) ends the names of a credit line.
_EDITOR = re.compile("(?:" + "|".join(map(re.escape, sorted(words("people", "byline_editor_labels"), key=len,
                                                             reverse=True))) + ")[:：]")
#: Where a byline segment ends: an opening bracket too, the contributor's unit after the name
#: (供稿:某某(某镇文化中心)).
_SEGMENT_END = re.compile(r"[(（)）\]】」』。，,；;！!？?\n|｜]")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_SEP = re.compile(r"[\s\u3000、]+")
_SLASHED = re.compile(r"[/／]")
_TOKEN_SEP = re.compile(r"[\s\u3000、:：]+")
#: A note in brackets after a byline name (某某(实习)): what the person is, not a name.
_NAME_NOTE = re.compile(r"[(（](?:" + "|".join(map(re.escape, words("people", "byline_name_notes"))) + r")[)）]")
#: Surnames by how common they are (the data file lists them so): parts two run-together names.
_SURNAME_RANK = ranked_chars("people", "surnames")


#: One credit: what a person did, a slash or colon, the name (文/某某, 图：某某).
_CREDIT_ITEM = "(?:" + "|".join(map(re.escape, sorted(words("people", "credit_words"), key=len, reverse=True))) \
    + r")[ \u3000]*[/／:：][ \u3000]*([^\s/／:：()（）]{2,8})"
#: A line of credits only, or credits in brackets closing the text: (文/某甲 图/某乙).
_CREDITS = re.compile(r"(?:^|[。！!？?”\"])[ \u3000]*([(（]?)[ \u3000]*((?:" + _CREDIT_ITEM
                      + r"[ \u3000]*)+)[)）]?[ \u3000]*$")


#: An editor's credit among the credits (图文:某甲 审核:某乙): blanked, as no reporter's.
_EDITOR_CREDIT = re.compile(r"(?<=[ \u3000])" + _EDITOR.pattern + r"[ \u3000]*[^\s()（）:：/／]{2,8}(?=[ \u3000]*[)）]?[ \u3000]*$)")


def credit_names(line: str) -> list[str]:
    """Names in a line or closing bracket made of credits alone (文/某甲 图/某乙),
    every credit a name."""
    if "/" not in line and "／" not in line and ":" not in line and "：" not in line:
        return []
    simple, as_written = simplified_view(line)
    m = _CREDITS.search(_EDITOR_CREDIT.sub(lambda e: " " * len(e.group()), simple))
    if not m:
        return []
    names = [n for n in re.findall(_CREDIT_ITEM, m.group(2))]
    return [as_written(n) for n in names] if names and all(is_byline_name(n) for n in names) else []


def names_all_or_none(line: str, pattern: re.Pattern[str], split: Callable[[str], list[str]]) -> list[str]:
    """The items of ``pattern``'s first group in ``line`` (read simplified, given as
    written) when every one is a byline name, else none."""
    simple, as_written = simplified_view(line)
    m = pattern.search(simple)
    if not m:
        return []
    tokens = [t for t in split(m.group(1)) if t]
    return [as_written(t) for t in tokens] if all(is_byline_name(t) for t in tokens) else []


#: An e-paper's byline: a square, then bare names only (■某某, □某甲 某乙).
_MARKED = re.compile(r"^[ \u3000]*[■□◎][ \u3000]*([\u4e00-\u9fff·]{2,8}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,8}){0,3})"
                     r"(?:[ \u3000]+(?:摄影|摄))?[ \u3000]*$")     # □某某 摄: a photographer so marked


def marked_names(line: str) -> list[str]:
    """The names of a byline line an e-paper marks with a square (■某某, □某某 摄), every item a name."""
    return names_all_or_none(line, _MARKED, _SEP.split)


#: A byline line of bare names only (某某, 某甲 某乙), as the split stage keeps an author's line under
#: the headline.
_BARE = re.compile(r"^[ \u3000]*([\u4e00-\u9fff·]{2,8}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,8}){0,3})[ \u3000]*$")


def bare_names(line: str) -> list[str]:
    """The names of a byline line that holds bare names only (a blog post's author under its
    headline), every item a name."""
    return names_all_or_none(line, _BARE, _SEP.split)


#: A role word spaced out to the width of a label (记 者:, 通 讯 员:).
_SPACED_ROLE = re.compile("|".join("[ \u3000]+".join(map(re.escape, w)) for w in ROLE_WORDS if len(w) > 1))


def _role_closed_up(m: re.Match[str]) -> str:
    """The role word without its spaces, padded after to keep the line's offsets."""
    word = "".join(m.group().split())
    return word + " " * (len(m.group()) - len(word))


def byline_names(line: str) -> list[str]:
    """The names every role word in ``line`` introduces (as ``line`` writes them,
    traditional characters included)."""
    simple, as_written = simplified_view(line)
    if "(" in simple or "（" in simple:     # 某某(实习): the note blanked, offsets kept
        simple_scan = _NAME_NOTE.sub(lambda m: " " * len(m.group()), simple)
    else:
        simple_scan = simple
    if " " in simple_scan or "\u3000" in simple_scan:     # 记 者:某某 — the role written spaced out
        simple_scan = _SPACED_ROLE.sub(_role_closed_up, simple_scan)
    out: list[str] = []
    for m in _ROLE.finditer(simple_scan):
        if _listed_among_others(simple_scan, m.start()) or _closes_a_name(simple_scan, m):
            continue
        out.extend(as_written(n) for n in names_after_role(simple_scan, m.end()))
    return out


#: Most bare names a credit line may open with before its first role.
_LEADING_NAMES = 3


def leading_names(line: str) -> list[str]:
    """Bare names a credit line opens with before a role that names people of its own
    (某甲 本报记者 某乙 某丙, ■ 某甲 实习记者 某乙): they are credited too."""
    simple, as_written = simplified_view(_MARKED_START.sub("", line.strip()))
    tokens = _SEP.split(simple.strip())
    names: list[str] = []
    for token in tokens[:_LEADING_NAMES + 1]:
        role = _ROLE.search(token)     # 记者, 本报记者, 本报记者某某摄
        if role is not None:
            return [as_written(n) for n in names] if names and byline_names(simple[simple.index(token):]) else []
        if not is_byline_name(token):
            return []
        names.append(token)
    return []


#: An e-paper's square or mark before a byline (■, □).
_MARKED_START = re.compile(r"^[■□◎●◆]\s*")


#: A role word right before a name (记者某某报道:).
_ROLE_BEFORE = re.compile("(?:" + _ROLE.pattern + ")$")


def _closes_a_name(line: str, role: re.Match[str]) -> bool:
    """Is the role, a label with its colon (报道:), written right after a byline's name, saying
    what the person did (某甲、某乙报道:连日来…)?  The text follows it, no names."""
    if not role.group().endswith((":", "：")):
        return False
    for n in (3, 2):
        start = role.start() - n
        if start >= 0 and is_byline_name(line[start:role.start()]) \
                and (start == 0 or not _CJK.match(line[start - 1]) or _ROLE_BEFORE.search(line, 0, start)):
            return True               # the name opens the line, follows a mark or its role word
    return False


#: How far before a role word its list items are looked for.
_ITEM_WINDOW = 80
#: Where an item of a list of people, or a clause, begins.
_ITEM_START = re.compile(r"[、,，。；;:：(（\n]")


def _listed_among_others(line: str, role_at: int) -> bool:
    """Is the role word at ``role_at`` (with its outlet before it) an item of a list of
    the story's people (…总经理某甲、某某社记者某乙、…组成的采访团)?  Such a reporter is
    someone the article is about, not its byline.  Items of a byline (记者某甲、通讯员某乙,
    记者某甲、某乙) name a reporter or a bare name before the 、."""
    window = max(0, role_at - _ITEM_WINDOW)           # two list items back at most
    starts = [m.start() for m in _ITEM_START.finditer(line, window, role_at)]
    if not starts or line[starts[-1]] != "、":
        return False
    before = line[starts[-2] + 1 if len(starts) > 1 else window:starts[-1]].strip()
    if not before or is_name(before, anchored=True):
        return False
    roles = list(_ROLE.finditer(before))
    if not roles:
        return True
    named = before[roles[-1].end():].strip(" \u3000:：/／")
    return bool(named) and not is_byline_name(named)  # "记者某甲、通讯员某乙", "撰稿、摄影:某某": a byline's items


#: How an office's pen-name ends (某纪宣, 某廉言): a unit signing, no person.
_PEN_NAME_ENDS = tuple(words("people", "byline_pen_name_ends"))


def _unlisted_surname_name(token: str) -> bool:
    """Three characters after a role word whose surname the tables lack (及某某): no office's
    pen-name, no word opening it (了解到), no place."""
    return not token.endswith(_PEN_NAME_ENDS) and rare_surname_name(token) and not lexicon.tag(token[:2]) \
        and not gazetteer.divisions(token) and not gazetteer.by_short(token)


def names_after_role(line: str, pos: int) -> list[str]:
    """Names following a role word that ends at ``pos``; [] when the role word
    starts a sentence instead of a byline."""
    end = _SEGMENT_END.search(line, pos)
    segment = line[pos:end.start() if end else len(line)]
    next_role = _ROLE.search(segment)
    while next_role and segment.startswith(_TEAM_WORDS, next_role.start()):
        next_role = _ROLE.search(segment, next_role.end())     # 某县记者站: a team, no role
    if next_role:                     # 记者某某通讯员某某: the next role is read on its own
        segment = segment[:next_role.start()]
    editor = _EDITOR.search(segment)
    if editor:                        # 报道:某甲 监制:某乙 — the editor is no reporter
        segment = segment[:editor.start()]
    segment = segment.strip().lstrip(":：/／").strip()     # 作者 / 某某: a slash after the role as a colon
    names: list[str] = []
    for token in join_spaced_names(_TOKEN_SEP.split(segment)):
        if token in _MARKERS:
            if names:
                break                 # 某某 文/图: what the named people did
            continue                  # 文:某某 — what the next name did
        if is_padded_name(token, role=True):
            names.append(token)
            continue
        bare = _MARKER_SUFFIX.sub("", _NAME_PREFIX.sub("", token, count=1))
        if not names and bare.startswith(_SENTENCE_VERBS):
            break                     # 本网记者分赴某县、某区: the sentence goes on
        if names and token.endswith(_FILED) and filed_from(bare):
            break                     # 记者某甲 某乙 乐东报道: where the report was filed from
        credited = _SLASHED.split(_NAME_PREFIX.sub("", token, count=1))
        if len(credited) == 2 and credited[1].strip() in _MARKERS and is_byline_name(credited[0]):
            names.append(credited[0])     # 记者某某／综合报导, 某某/文: what the named person did, after a slash
            continue
        slashed = _SLASHED.split(bare)
        if len(slashed) > 1 and all(is_byline_name(n) for n in slashed):
            names.extend(slashed)     # 记者:某甲/某乙 — names parted by a slash
            continue
        if bare[-1:] in NEVER_LAST and is_byline_name(bare[:-1]):
            break                     # 记者某某说: a reporter the story quotes, no byline
        filed = _filed_after_name(bare) if token.endswith(_FILED) else None
        if filed is not None:
            names.append(filed)       # 记者某某温州报道: the name, then where it was filed from
            break
        parted = run_together(bare)
        if parted:
            names.extend(parted)
        elif is_byline_name(bare) or transliterated_name_at(bare, 0) == bare:
            names.append(bare)        # 摄影:某某某某 — a name written from Uyghur with no dot too
        elif _team_names(bare):
            names.extend(_team_names(bare))     # 记者某甲某市报道组某乙某丙
        elif bare == token and _unlisted_surname_name(bare):
            names.append(bare)        # 作者:及某某 — a surname the tables lack, a whole item after the role
        elif not names and _name_before_time(bare):
            names.append(_name_before_time(bare))
            break                     # 记者某某今天下午…: the sentence goes on
        elif not bare.endswith(_UNIT_ENDINGS) or len(bare) < 3:
            break
    if names and end is not None and line[end.start()] in ",，" and not next_role and not editor \
            and segment.rstrip().endswith(names[-1]):
        names.extend(_comma_names(line[end.end():]))    # 作者:某甲,某乙,某丙 — a stamp's list
    return names


def _comma_names(rest: str) -> list[str]:
    """Byline names parted by commas at the start of ``rest``, up to the first item that is
    none or the next field after a space (某乙,某丙 来源:…)."""
    names: list[str] = []
    for item in re.split(r"[,，]", rest):
        token, _, after = item.strip().partition(" ")
        if not is_byline_name(token):
            break
        names.append(token)
        if after.strip():
            break
    return names


#: A time that opens the sentence after a byline name run into it (记者某某3月5日电, …今天下午).
_TIME_AFTER = re.compile(r"[0-9一二三四五六七八九十]{1,3}[月日]|今天|昨天|今日|昨日|前天|日前|近日|上午|下午|晚上")


def _name_before_time(token: str) -> str | None:
    """The name opening ``token`` when a time or the full name of a division follows it
    right away: a layout that ran the byline line into the first sentence
    (本报记者某某今天下午5点…, 特约记者某某某县是…)."""
    for length in (3, 2):
        if (_TIME_AFTER.match(token, length) or _division_at(token, length)) and is_byline_name(token[:length]):
            return token[:length]
    return None


#: A paper's team in a place (某市报道组, 某县记者站), its members' names run on after it.
_TEAM_WORDS = tuple(words("people", "byline_team_words"))
_TEAM = re.compile(r"[\u4e00-\u9fff]{1,6}?[省市县区州旗镇乡](?:" + "|".join(map(re.escape, _TEAM_WORDS)) + ")")


def _team_names(token: str) -> list[str]:
    """A byline's name, a team in a place and its members' names run together (某甲|某市报道组|
    某乙某丙): every name read; else none."""
    if len(token) < 9 or not _CJK.match(token):
        return []
    readings = []
    for length in (3, 2):
        team = _TEAM.match(token, length)
        if team and is_byline_name(token[:length]):
            rest = token[team.end():]
            after = run_together(rest) or ([rest] if is_byline_name(rest) else [])
            if after:
                readings.append((_division_at(token, length), [token[:length], *after]))
    # 某甲|某溪市报道组 rather than 某甲某|溪市报道组: the place a division's full name where one is
    return max(readings, key=lambda r: r[0])[1] if readings else []


#: What closes a byline after where it was filed from (某地报道).
_FILED = ("报道", "报导")


def filed_from(token: str) -> bool:
    """Is ``token`` a county's, city's or province's name, full or short (乐东, 海口市)?"""
    simple = simplified_view(token)[0]
    return bool(gazetteer.divisions(simple)) or any(d.level <= gazetteer.COUNTY for d in gazetteer.by_short(simple))


def _filed_after_name(token: str) -> str | None:
    """The name before a place a report was filed from, run together (某某温州 of 某某温州报道)."""
    for n in (2, 3, 4):
        head = token[:-n]
        if 2 <= len(head) <= 3 and filed_from(token[-n:]) and is_byline_name(head):
            return head
    return None


def _division_at(token: str, pos: int) -> bool:
    """Does the full name of a county, city or town (某某县, 某某市) start at ``pos``?"""
    simple = simplified_view(token[pos:pos + 8])[0]
    return any(gazetteer.divisions(simple[:n]) for n in range(3, len(simple) + 1))


#: The rank below which a surname is common enough to part a transliterated name run together.
_COMMON_SURNAME_RANK = 100


def run_together(token: str) -> list[str]:
    """Two names of two or three characters the layout ran together (王某李某某),
    parted where both halves read as names opening with a common surname (a
    four-character name such as 阿依古丽 stays whole); of two such partings, the
    one whose second name opens with the more common surname."""
    if not 4 <= len(token) <= 6 or not _CJK.match(token) or surname_length(token) == 2 \
            or (len(token) >= 5 and all(c in TRANSLITERATION for c in token)):
        return []       # 巴依斯古楞: one name transliterated, of no Chinese surname
    parts = [[token[:n], token[n:]] for n in (2, 3) if 2 <= len(token) - n <= 3]
    whole = all(c in TRANSLITERATION for c in token)     # 古丽那提: one name unless a common surname parts it
    parts = [p for p in parts if p[0][0] in _SURNAME_RANK and p[1][0] in _SURNAME_RANK   # 阿依古丽 is one name
             and is_byline_name(p[0]) and is_byline_name(p[1])
             and not (whole and _SURNAME_RANK[p[1][0]] > _COMMON_SURNAME_RANK)]
    if not parts:
        return []
    return min(parts, key=lambda p: _SURNAME_RANK[p[1][0]])


def is_byline_name(token: str) -> bool:
    """Is ``token``, standing alone after a byline role, a person's name?  A name as
    :func:`is_name` reads it after a title, or a surname and one or two characters
    that form no verb or function word (章程, 高峰 are names in a byline).  A website signing as the
    author (作者:某某网), an office or a broadcaster, is none."""
    if signed_by_body(token):
        return False
    if is_name(token, anchored=True, listed=True) or dotted_name_at(token, 0) == token:
        return True
    if not 2 <= len(token) <= 3 or not surname_length(token, anchored=True) or not _CJK.match(token):
        return False
    tag = lexicon.tag(token) or ""
    return not tag.startswith(_NOT_NAME_TAGS) and not any(w in token for w in _NOT_IN_NAME)
