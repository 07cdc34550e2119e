"""Officials and reporters named in an article.

Government news names officials in a few fixed ways, and each is a rule here:

* title + name — 省委常委、市委书记安伟出席…; the titles are read backwards
  from the post (:mod:`.titles`), the name forwards to the next verb or
  punctuation (:mod:`.people_names`);
* a name after a titled name, sharing its title — 区政协副主席吴晓林、程国梁、付丽参加;
* a list after 领导 — 区领导郭宏力、赵勇、陈晓东参加 (no titles, but a post written
  after a name in the list: 区领导郭宏力、赵勇副区长、陈晓东);
* a bare list ending in a verb — 周富强、杜新军、宋春波等出席会议 (no titles);
* a bare name as the subject of a speech verb — 最后蒋琳琳代表…作动员讲话,
  安伟指出…; this also confirms how long a name is when the title + name
  reading alone is ambiguous.

The readings of every rule are merged into one official per name by
:mod:`.people_merge`.

jieba's person tag is not used: on news it splits three-character names and
tags districts as people; titles and sentence shape are firmer anchors.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..records import Draft, Official
from . import lexicon
from ..textnorm import PUNCT_RE, without_pinyin
from .people_reporters import extract_reporters
from .people_headlines import headline_lines, headline_mentions_kept, portrait_subject
from .people_no_office import association_members, institution_heads_among_officials, no_official
from .people_name_words import (END_WORD, LISTED_SURNAMES, NEVER_LAST, PARTICLE, SURNAME_STARTS, boundary_strength, is_name,
                                surname_length)
from .people_dotted_names import DOTS, dotted_name_at
from .people_names import (Mention, name_at, read_name_list, repeated_names_after_posts, unlisted_surname_item,
                           whole_list_item)
from .people_office import biography_mentions, office_mentions
from .people_post_after_name import relayed_leader_mentions
from .people_unit_heads import unit_head_mentions
from .people_body_names import body_name_post_mentions
from .people_slots import slot_mentions
from .people_roles import role_mentions
from .people_lists import list_mentions
from .people_merge import cut_overlong, drop_truncated, merge_mentions
from .people_words import chars, words
from .people_wrapping import noted_names, unwrapped
from .numerals import to_int
from .script import simplified_view, unchanged
from .titles import POST_RE, after_note, posts, title_chain
from .wordre import words_pattern
from ..simplified import to_simplified

__all__ = ["extract_officials", "extract_reporters", "find_mentions", "Mention"]

#: Verbs that make a bare name at the start of a clause a person speaking or acting.
SUBJECT_VERBS = words("people", "subject_verbs")
#: Adverbs after which a clause begins (随后严书伟讲话).
CLAUSE_OPENERS = words("people", "clause_openers")
#: A colon between a post and the names it heads (市委常委:甲、乙).
_COLONS = frozenset(":：")
#: A copula before that colon (大会执行主席是:甲、乙, 执行主席为:甲、乙).
_COPULAS = frozenset("是为有")
#: A post whose holders follow 由 and close with 担任: 执行主席由张三、李四担任.
_HELD_BY = re.compile(r"由")
_HELD_END = re.compile(r"(?:等|同志)?(?:共同)?担任")
#: The same post with its holders after it: 担任本次会议执行主席的是张三、李四。
_HOLDING = re.compile(r"担任[^，,。；;]*$")
_HELD_AFTER = re.compile(r"的(?:是|有)\s*[:：]?")
_CLAUSE_END = re.compile(r"(?:等|同志)?\s*(?:[。；;]|$)")
_SPACES = (" ", "\u3000")
_OPENER_RE = re.compile("(?:" + words_pattern(CLAUSE_OPENERS) + "|" + PUNCT_RE.pattern + ")")


def extract_officials(draft: Draft, reporters: Iterable[str] | None = None) -> tuple[Official, ...]:
    """People named in an official role, in order of first mention.

    Each carries the titles this article gives them over all mentions, in
    text order, without repeats (a title that is the tail of a longer one the
    article also gives is dropped).  Byline names are never officials
    (``reporters``: the draft's byline names when already read).  Captions are read
    after the text: a photo's caption may name a host the text does not
    (…与某省台办主任某某(左5)合影); the headline is read last, as it may name an
    official the text calls only by post or surname (湖北书记某某访某县 / 某县长).
    """
    headline = headline_lines(draft)
    text, as_written = simplified_view(without_pinyin("\n".join((*portrait_subject(draft), *draft.paragraphs,
                                                                   *draft.captions, *headline))))
    byline = set(extract_reporters(draft) if reporters is None else reporters)
    noted = noted_names(text)
    text = unwrapped(text)     # 甲(藏族)、乙(女,蒙古族)、丙, 镇党委副书记(挂职)、, “第一书记”某某
    relayed = relayed_leader_mentions(text)
    mentions = find_mentions(text, noted) + relayed
    if headline:
        mentions = headline_mentions_kept(text, text.rfind("\n") + 1, mentions)
    members = association_members(text, mentions)
    in_office = {m.name for m in relayed} | institution_heads_among_officials(text, mentions)
    found = [o for o in merge_mentions(text, mentions)
             if (not no_official(o.titles) or o.name in in_office) and o.name not in members]
    officials = (Official(as_written(o.name), tuple(_title_as_written(t, text, as_written) for t in o.titles))
                 for o in found)
    return tuple(o for o in officials if o.name not in byline and to_simplified(o.name) not in _NOT_COUNTED)


#: The head of the party, named in every relayed speech: by the archive's convention never an
#: official of the story, whatever post the text gives.
_NOT_COUNTED = frozenset(words("people", "relayed_not_counted"))


def _title_as_written(title: str, text: str, as_written: Callable[[str], str]) -> str:
    """A title as the article writes it; one made of two pieces of the text (某委员会|某某|副主任)
    piece by piece."""
    if unchanged(as_written) or title in text:
        return as_written(title)
    for k in range(1, len(title)):
        head, tail = title[:k], title[k:]
        if head in text and tail in text:
            return as_written(head) + as_written(tail)
    return as_written(title)


def find_mentions(text: str, noted: frozenset[str] = frozenset()) -> list[Mention]:
    """Every mention the rules find, in no particular order (``noted``: names a note on the
    person vouches for)."""
    starts = _named_clause_starts(text)
    bare = _subject_mentions(text, starts, frozenset()) + list_mentions(text, starts, frozenset())
    known = frozenset(m.name for m in bare) | noted
    titled = _titled_mentions(text, known | repeated_names_after_posts(text, [m.end() for m in posts(text)]))
    titled += role_mentions(text, starts, known | {m.name for m in titled})
    titled += slot_mentions(text, known)
    titled += office_mentions(text, known | {m.name for m in titled})
    titled += biography_mentions(text, known)
    titled += unit_head_mentions(text)
    titled += body_name_post_mentions(text, known | {m.name for m in titled})
    known = known | {m.name for m in titled}
    listed = list_mentions(text, starts, known)
    subjects = _subject_mentions(text, starts, known)
    found = titled + listed + _supported(subjects, titled + listed)
    return drop_truncated(text, cut_overlong(text, [m for m in found if not _street_address(text, m)]))


#: What a street's name ends in, and what an address goes on with after it (…路18号, …街某某大厦).
_ROAD_ENDS = chars("people", "address_road_ends")
_ADDRESS_AFTER = re.compile(r"[^\s,，。;；、:：!！?？]{0,12}?(?:[0-9０-９]+号|" + words_pattern(words("people", "address_words"))
                            + ")")


def _street_address(text: str, mention: Mention) -> bool:
    """Is the name read a street's tail in an address (某区长江路纪委办公楼201室: 区长 | 江路)?  A
    name ending in 路 or 街 with a building, room or house number after it in the same clause, no
    particle or reporting verb between."""
    end = mention.pos + len(mention.name)
    return mention.name[-1] in _ROAD_ENDS and _ADDRESS_AFTER.match(text, end) is not None \
        and boundary_strength(text[end:end + 8]) < PARTICLE      # 区长江路在大楼前: a name, then what he did


def _supported(subjects: list[Mention], others: list[Mention]) -> list[Mention]:
    """Subject mentions whose name is credible: named elsewhere with a title or
    in a list, three characters or more, or the subject of two sentences.
    A lone two-character subject (贺信指出, 祝福表示) is too often a word."""
    elsewhere = {m.name for m in others}
    counts: dict[str, int] = {}
    for m in subjects:
        counts[m.name] = counts.get(m.name, 0) + 1
    return [m for m in subjects
            if m.name in elsewhere or len(m.name) >= 3 or counts[m.name] >= 2]


# --- rules -----------------------------------------------------------------

def _titled_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """Title + name, and names listed right after it that share its titles."""
    out: list[Mention] = []
    for m in posts(text):
        post_end = after_note(text, m.end())      # 常任秘书长(工商)某某: the note is the title's
        pos = post_end + 1 if text[post_end:post_end + 1] in _SPACES else post_end   # 市委书记 安伟
        if text[pos:pos + 1] in _COLONS and text[pos - 1:pos] not in _SPACES:
            pos += 1                  # 市委副书记:甲、乙 — a post heading its names
        elif text[pos:pos + 1] in _COPULAS and text[pos + 1:pos + 2] in _COLONS:
            pos += 2                  # 大会执行主席是:甲、乙
        elif text[pos:pos + 1] == _IS and _listed_after(text, pos + 1, known):
            pos += 1                  # 大会的执行主席是甲、乙、丙
        name = name_at(text, pos, known, anchored=True)
        if not name:
            padded = _padded_name(text, pos)
            if padded:                    # 组长 邱 霖: a table pads a two-character name
                out.append(Mention(pos, padded, title_chain(text, m.start(), post_end)))
            continue
        titles = _past_a_labelled_name(text, m.start(), post_end, title_chain(text, m.start(), post_end), known)
        out.append(Mention(pos, name, titles))
        continuing = _names_continuing(text, pos + len(name), known)
        out.extend(Mention(p, n, titles) for p, n in continuing)
        last = _joined_last(text, continuing[-1][0] + len(continuing[-1][1]) if continuing else pos + len(name), known,
                            _ENUMERATION_JOINS if continuing else _LAST_JOIN)
        if last:        # 三名议员甲、乙及丙: the count says the last holds the post too; with no
            # count, an enumeration's last item does (民警甲、乙和丙), the items before it the title's
            count = _counted(text, text.rfind(titles[0], 0, pos))
            shares = count == len(continuing) + 2 if count is not None else bool(continuing)
            out.append(Mention(last[0], last[1], titles if shares else ()))
    return out + _held_by_mentions(text, known)


#: The copula a post names its holders after, a list of them following (执行主席是甲、乙).
_IS = "是"


def _listed_after(text: str, pos: int, known: frozenset[str]) -> bool:
    """Does a list of two or more names start at ``pos`` (甲、乙…)?"""
    name = name_at(text, pos, known, anchored=True)
    return bool(name) and text.startswith("、", pos + len(name)) \
        and bool(name_at(text, pos + len(name) + 1, known, anchored=True))


def _past_a_labelled_name(text: str, post_at: int, post_end: int, titles: tuple[str, ...],
                          known: frozenset[str]) -> tuple[str, ...]:
    """The post alone when its title reads back over a name that a label's colon opens
    (组长:甲副组长:乙、丙, a list whose lines ran together): the name is the field before."""
    first = text.rfind(titles[0], 0, post_end) if titles else -1
    if first <= 0 or first >= post_at or text[first - 1] not in _COLONS:
        return titles
    before = text[first:post_at]
    named = name_at(text, first, known, anchored=True)
    return (text[post_at:post_end],) if named and before.startswith(named) and len(before) - len(named) < 2 \
        else titles


#: A count of people right before a title (三名, 3位).
_COUNT_BEFORE = re.compile(r"(?:[一二两三四五六七八九十]+|[0-9]+)(?=[名位]$)")


#: The same count with what the people have in common between it and the title
#: (3名具科技背景的议员甲、乙及丙).
_COUNT_DESCRIBED = re.compile(r"((?:[一二两三四五六七八九十]+|[0-9]+))[名位][\u4e00-\u9fff]{1,10}的$")


def _counted(text: str, title_at: int) -> int | None:
    """How many people the count written right before the title at ``title_at`` says."""
    m = _COUNT_BEFORE.search(text, max(0, title_at - 4), title_at) if title_at > 0 else None
    if m and m.end() == title_at - 1:
        return to_int(m.group())
    described = _COUNT_DESCRIBED.search(text, max(0, title_at - 16), title_at) if title_at > 0 else None
    return to_int(described.group(1)) if described else None


#: What joins a last name to titled ones (副部长甲及乙等热情欢迎).
_LAST_JOIN = ("以及", "及")
#: What joins the last item of an enumeration under one title (民警甲、乙和丙): after a 、 the
#: items are of one kind, as 和 alone (市长甲和乙) does not say.
_ENUMERATION_JOINS = ("以及", "及", "和")


def _joined_last(text: str, pos: int, known: frozenset[str],
                 joins: tuple[str, ...] = _LAST_JOIN) -> tuple[int, str] | None:
    """A name joined by 及 (or one of ``joins``) after titled ones and closed by 等 or a clear
    boundary: a person named beside them, whose post the text does not say."""
    join = next((j for j in joins if text.startswith(j, pos)), None)
    if join is None:
        return None
    start = pos + len(join)
    name = name_at(text, start, known, anchored=True, min_strength=PARTICLE)
    if not name:
        return None
    after = text[start + len(name):start + len(name) + 8]
    return (start, name) if after.startswith("等") or boundary_strength(after) >= END_WORD else None


def _held_by_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """A post and the names that hold it, written 执行主席由张三、李四担任 or 担任执行主席的是
    张三、李四。"""
    out: list[Mention] = []
    if "担任" not in text:
        return out                    # the posts are read once more only where the form can be
    for m in posts(text):
        if _HELD_AFTER.match(text, m.end()) and _HOLDING.search(text, max(0, m.start() - 14), m.start()):
            # 担任本次会议执行主席的是张三、李四: the holders after 的是, the clause closed
            start = _HELD_AFTER.match(text, m.end()).end()
            names = read_name_list(text, start, known, anchored=True, whole=True, post=None)
            if names and _CLAUSE_END.match(text, names[-1][0] + len(names[-1][1])):
                titles = title_chain(text, m.start(), m.end())
                out.extend(Mention(p, n, titles) for p, n in names)
            continue
        if not _HELD_BY.match(text, m.end()):
            continue
        names = read_name_list(text, m.end() + 1, known, anchored=True, whole=True, post=None)
        if names and _HELD_END.match(text, names[-1][0] + len(names[-1][1])):
            titles = title_chain(text, m.start(), m.end())
            out.extend(Mention(p, n, titles) for p, n in names)
    return out


#: A two-character name padded to the width of three (邱 霖), closed by a space, bar or punctuation.
_PADDED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=[\s|,，、;；。:：]|$)")


def _padded_name(text: str, pos: int) -> str | None:
    m = _PADDED_NAME.match(text, pos)
    if not m or not surname_length(m.group(1), anchored=True):
        return None
    name = m.group(1) + m.group(2)
    return name if is_name(name, anchored=True) else None


def _names_continuing(text: str, pos: int, known: frozenset[str]) -> list[tuple[int, str]]:
    """Names joined by 、 from ``pos`` on, stopping where a new title begins."""
    out: list[tuple[int, str]] = []
    while pos < len(text) and text[pos] == "、":
        start = pos + 1
        m = POST_RE.search(text, start, start + 32)
        name = name_at(text, start, known, anchored=True, min_strength=PARTICLE) or _listed_item_closing(text, start) \
            or unlisted_surname_item(text, start)
        if not name and _padded_name(text, start):
            out.append((start, _padded_name(text, start)))      # 马某、韩 强
            break
        if name:
            name = whole_list_item(text, start, name)
        if not name or (m and m.start() < start + len(name)):
            break
        if m and m.start() == start + len(name):
            break                     # 张三、李四书记… is not a shared title
        out.append((start, name))
        pos = start + len(name)
    return out


#: What closes a list of names under one title (副校长甲、乙及相关负责人, 甲、乙等).
_LIST_CLOSERS = ("以及", "及", "等")


def _listed_item_closing(text: str, start: int) -> str | None:
    """A name opening with a rare surname (only the published list knows it) as the last item
    of a list under one title, closed by 及 or 等 (副校长甲、别某某及…): the list vouches for a
    name that would otherwise need a reporting verb after it.  Not a dictionary word."""
    for length in (3, 2):
        cand = text[start:start + length]
        if len(cand) == length and cand[0] in LISTED_SURNAMES and text.startswith(_LIST_CLOSERS, start + length) \
                and lexicon.tag(cand) is None and is_name(cand, anchored=True, listed=True):
            return cand
    return None


def _subject_mentions(text: str, starts: list[int], known: frozenset[str]) -> list[Mention]:
    """A name opening a clause (``starts`` open with a surname) and followed by a speech
    or action verb."""
    out: list[Mention] = []
    for start in starts:
        fits = [text[start:start + n] for n in (4, 3, 2) if text.startswith(SUBJECT_VERBS, start + n)]
        # the longest verb decides where the name ends (李明在讲话中: 李明 + 在讲话中, not 李明在 + 讲话)
        fits.sort(key=lambda c: -_verb_length(text, start + len(c)))
        # a given name never ends in a particle (唐某在致辞中指出: 在 opens what the person did)
        cand = next((c for c in fits if c in known or (is_name(c) and not (len(c) > 2 and c[-1] in NEVER_LAST))),
                    None)
        if cand:
            out.append(Mention(start, cand))
    return out


def _verb_length(text: str, pos: int) -> int:
    """Length of the longest subject verb at ``pos``."""
    return max((len(v) for v in SUBJECT_VERBS if text.startswith(v, pos)), default=0)


def _named_clause_starts(text: str) -> list[int]:
    """Offsets where a clause begins (text start, after punctuation or an opener) with
    a surname: where a subject or a list of names may stand."""
    starts = {0}
    starts.update([m.end() for m in _OPENER_RE.finditer(text)])
    dotted = any(d in text for d in DOTS)
    if dotted:
        starts.difference_update([i for i in starts if text[i - 1:i] in DOTS])   # inside 某·某
    return sorted(i for i in starts if text[i:i + 1] in SURNAME_STARTS and surname_length(text[i:i + 2])
                  or dotted and dotted_name_at(text, i))
