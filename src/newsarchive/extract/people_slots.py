"""Names certain from the slot they stand in, though no title precedes them.

* a count closing names in personnel news: 甲、乙两位同志辞去…, 以及丙、丁等15位同志
  辞去县人大代表, 任命戊、己、庚三位同志为…委员, 任命辛等100名同志为人民陪审员;
* leaders whose words are relayed, each with the post after the name:
  传达了甲书记、乙省长的重要指示, 学习丙主任在…上的讲话, or with 同志 where the clause
  says what was said (传达了丁同志在…上的讲话精神);
* a name that is also a word (边疆, 高峰) alone between 任命 and 为 + a post:
  任命边疆为某县人民政府副县长;
* the names after the post they were elected to: 当选为县委常委的还有甲、乙、丙.

The count (两位, 三名, 等15位 — with or without 等 and 同志) stands between the
names and 辞去/辞职/为, so the names are read backwards from it to the word that
opens them (关于, 以及, 任命, a punctuation mark).  A count before 为 names
officials only after an appointment verb (甲等3名同志为先进个人 names none);
before 辞去 it always does: one resigns only from a post or a seat.
"""
from __future__ import annotations

import re

from . import lexicon
from .people_name_words import ANCHORED_STARTS, is_name
from .people_names import Mention, read_name_list
from .people_words import words
from .titles import POST_RE, titles_after
from .wordre import words_pattern
from ..simplified import to_simplified

_COUNT = re.compile(r"等?[0-9一二三四五六七八九十两百]+[名位](?:同志)?(?=辞去|辞职|为)")
#: Words right before the first of the counted names.
_OPENERS = tuple(words("people", "counted_list_openers"))
_APPOINT = re.compile("(?:" + words_pattern(words("people", "appointment_verbs")) + ")$")
_CLAUSE_END = re.compile(r"[,，;；。:：!！?？\n]")
#: How far back from the count the names may begin.
_MAX_SPAN = 48


#: A deputy's seat after 为 (省十三届人民代表大会代表): those elected to it are no office-holders.
_DEPUTY_SEAT = re.compile(r"[^,，。;；、]{0,14}?(?:" + "|".join(map(re.escape, words("people", "deputy_seats"))) + ")")


def slot_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """Every mention the rules of this module find."""
    return (counted_mentions(text, known) + relayed_mentions(text) + word_name_mentions(text)
            + elected_after_mentions(text, known))


def counted_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """Names listed before a count that closes them (see the module docstring)."""
    out: list[Mention] = []
    for m in _COUNT.finditer(text):
        found = _names_ending_at(text, m.start(), known)
        if not found:
            continue
        names, start = found
        if text.startswith("为", m.end()):
            if not _APPOINT.search(text, max(0, start - 6), start) or _DEPUTY_SEAT.match(text, m.end() + 1):
                continue              # 补选甲、乙2名同志为省人大代表: deputies, no office-holders
            titles, _ = titles_after(text, m.end() + 1)
        else:
            titles = ()               # a seat (人大代表) or a post: the resignation names the person
        out.extend(Mention(p, n, tuple(titles)) for p, n in names)
    return out


def _names_ending_at(text: str, end: int, known: frozenset[str]) -> tuple[list[tuple[int, str]], int] | None:
    """The longest list of names that opens after a clear opener and ends at ``end``."""
    best = None
    for start in range(end - 2, max(-1, end - _MAX_SPAN), -1):
        if _CLAUSE_END.match(text, start):
            break
        if start > 0 and not (_CLAUSE_END.match(text, start - 1) or text[start - 1].isspace()
                              or text.endswith(_OPENERS, 0, start)):
            continue
        names = read_name_list(text, start, known, anchored=True, whole=True)
        if names and names[-1][0] + len(names[-1][1]) == end:
            best = names, start
    return best


#: Verbs that relay a leader's words (传达了…的重要指示).
_RELAY = re.compile("(?:" + words_pattern(words("people", "relay_verbs")) + ")了?")
#: What follows the last leader relayed: 的 (重要指示), 在 (…上的讲话), 关于, 对.
_RELAY_END = ("的", "在", "关于", "对")


def relayed_mentions(text: str) -> list[Mention]:
    """Leaders named with the post after the name right after a relaying verb
    (传达了甲书记、乙省长的重要指示): every item must be a name and a post, and the
    list must close with 的/在/关于/对."""
    out: list[Mention] = []
    for m in _RELAY.finditer(text):
        items: list[Mention] = []
        pos = m.end()
        while True:
            item = _name_then_post(text, pos)
            if not item:
                items = []
                break
            items.append(item)
            pos = item.pos + len(item.name) + len(item.titles[0] if item.titles else _COMRADE)
            if text[pos:pos + 1] in ("、", "和"):
                pos += 1
                continue
            if not text.startswith(_RELAY_END, pos):
                items = []
            break
        out.extend(items)
    return out


def _name_then_post(text: str, pos: int) -> Mention | None:
    """A name and its post (甲书记), or a name and 同志 when the clause says what was said
    (甲同志在…上的讲话): the person, no title."""
    for length in (3, 2):
        cand = text[pos:pos + length]
        post = POST_RE.match(text, pos + length)
        if post and is_name(cand, anchored=True):
            return Mention(pos, cand, (post.group(),))
    for length in (3, 2):
        cand = text[pos:pos + length]
        if text.startswith(_COMRADE, pos + length) and is_name(cand, anchored=True) and to_simplified(cand) not in _NOT_COUNTED \
                and _SPEECH_CLAUSE.match(text, pos + length + len(_COMRADE)):
            return Mention(pos, cand)
    return None


_COMRADE = "同志"
_NOT_COUNTED = frozenset(words("people", "relayed_not_counted"))
#: The clause after 某某同志 saying what the leader said (在…上的讲话, 的重要指示), up to its end.
_SPEECH_CLAUSE = re.compile(r"(?:在|的|关于|对)[^。；;!！?？\n]{0,40}?(?:"
                            + words_pattern(words("people", "relay_speech_words")) + ")")


#: One short item alone between an appointment verb and 为 (任命边疆为…).
_APPOINTED_ONE = re.compile("(?:" + words_pattern(words("people", "appointment_verbs"))
                            + r")了?([\u4e00-\u9fff]{2,3}?)(?:同志)?为")
#: Word classes no name shares: places, bodies, pronouns, numerals, measure words, time.
_NOT_NAME_TAGS = frozenset(("ns", "nt", "r", "m", "q", "t", "f", "p", "c", "u", "d", "v"))
_NOT_IN_NAME = re.compile(words_pattern(words("people", "not_in_name")))
#: 决定任命其为: the item read after 决定 is the verb 任命 again, no name.
_VERB_INSIDE = re.compile(words_pattern(words("people", "appointment_verbs")))


def word_name_mentions(text: str) -> list[Mention]:
    """A name that is also an ordinary word, certain because it stands alone between
    任命 and 为 and a post follows (任命边疆为某县副县长)."""
    out: list[Mention] = []
    for m in _APPOINTED_ONE.finditer(text):
        cand = m.group(1)
        if cand[0] not in ANCHORED_STARTS or _NOT_IN_NAME.search(cand) or _VERB_INSIDE.search(cand):
            continue
        if not is_name(cand, anchored=True) and lexicon.tag(cand) in _NOT_NAME_TAGS:
            continue
        titles, _ = titles_after(text, m.end())
        if titles:
            out.append(Mention(m.start(1), cand, tuple(titles)))
    return out


#: 当选为 + post + 的还有: the names elected to the post follow it.
_ELECTED_TO = re.compile(r"当选(?:为)?")
_NAMES_FOLLOW = ("的还有", "的有", "的是")


def elected_after_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """当选为县委常委的还有甲、乙、丙: the names after the post, each given it."""
    out: list[Mention] = []
    for m in _ELECTED_TO.finditer(text):
        titles, end = titles_after(text, m.end())
        lead = next((w for w in _NAMES_FOLLOW if text.startswith(w, end)), None)
        if not titles or not lead:
            continue
        names = read_name_list(text, end + len(lead), known, anchored=True, whole=False)
        out.extend(Mention(p, n, tuple(titles)) for p, n in names)
    return out
