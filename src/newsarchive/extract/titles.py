"""The vocabulary of Chinese party and government posts, and how titles read.

A title is an organisation followed by a post: 省委常委, 金水区委书记,
郑东新区党工委巡察工作领导小组办公室副主任, or a bare post after an
organisation already named (第二巡察组组长杨俊杰、副组长张国平 → 副组长).
Several titles of one person are joined by 、 (区委常委、统战部长、副区长那磊).
The organisation part is open-ended (any place name can stand in front), so a
title is found from its post backwards, up to punctuation or a word that
cannot belong to an organisation name (由, 与, 随后, 以及…).
"""
from __future__ import annotations

import functools
import re

from . import lexicon
from .people_words import chars, mapping, words
from .title_edges import opens_with_place, past_left_junk
from .wordre import words_pattern

#: Posts, without the 副/常务副/第一… prefixes (added by the pattern).
BASE_POSTS = words("titles", "base_posts")
POST_PREFIXES = words("titles", "post_prefixes")
POST_SUFFIXES = words("titles", "post_suffixes")

_alt = words_pattern(BASE_POSTS)
_pre = "|".join(POST_PREFIXES)
#: A post, not when it is the start of a longer word (常委会, 委员会, 主席台, 书记处),
#: nor 总书记, whose holder is named before the title (习近平总书记), nor 里长 in a
#: length (五公里长).
#: The lookahead on the first character lets the regex engine skip most positions at once
#: (five times faster; it matches nothing more or less).
_FIRST = "".join(sorted({p[0] for p in BASE_POSTS + POST_PREFIXES}))
#: A post whose first character closes the word before it (会议|长达): no post there.
_KEPT = mapping("titles", "post_overlaps_kept")
_OVERLAPS = "".join(f"(?!(?<=[{re.escape(before)}])"
                    + (f"(?<!{re.escape(_KEPT[post])})" if post in _KEPT else "") + f"{re.escape(post)})"
                    for post, before in mapping("titles", "post_overlaps").items())
_suf = words_pattern(POST_SUFFIXES)
POST_RE = re.compile(rf"(?=[{_FIRST}])(?<![总公]){_OVERLAPS}(?:{_pre})?(?:{_alt})(?:{_suf})?(?![会台团处员])")
_POST_AT_END = re.compile(rf"(?:{_pre})?(?:{_alt})(?:{_suf})?$")

#: Words that end the text before a title: what stands left of them is not part
#: of the organisation name.  Words of two or more characters count wherever
#: they occur; one-character words only where jieba cuts them as a word of their
#: own, so 与 in 与金水区委书记 stops but 和 in 和平区委书记 does not.
LEFT_STOP_WORDS = tuple(sorted(words("titles", "left_stop_words"), key=len, reverse=True))
LEFT_STOP_CHARS = chars("titles", "left_stop_chars")
#: Bodies a stop word opens (派出所), with the stop word's length: no stop there.
_STOP_BODIES = tuple((body, len(stop)) for body in words("titles", "left_stop_bodies")
                     for stop in LEFT_STOP_WORDS if body.startswith(stop))

MAX_TITLE = 30
#: A title read forwards, after its holder, ends at punctuation or a word such as 职务: it may
#: run longer (某区第十届人民代表大会某某与某某委员会副主任委员).
MAX_TITLE_AFTER = 45
_CHAIN_SEPARATORS = "、,，"
#: Where a title written after its holder ends (辞去市人民政府副市长职务的申请).
_TITLE_END_WORDS = tuple(words("titles", "title_end_words"))
_TITLE_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_OPEN = "(（"
_CLOSE = ")）"


def _lone_chars(text: str, lo: int, hi: int) -> set[int]:
    """Offsets in ``text[lo:hi]`` of characters jieba cuts as one-character words."""
    out, pos = set(), lo
    for tok in lexicon.cut(text[lo:hi]):
        if len(tok) == 1:
            out.add(pos)
        pos += len(tok)
    return out


#: A count in front of a title (一名副市长, 两位副组长) is not part of it.
_COUNT = re.compile(r"(?:[一二两三四五六七八九十几多数每]+|[0-9０-９]+)[名位个]")


def title_start(text: str, post_start: int) -> int:
    """Where the title whose post begins at ``post_start`` starts.

    Walks left over characters that can belong to an organisation name,
    through short brackets (纪(工)委书记), and stops at punctuation, a
    word that cannot be part of an organisation name or a count (一名).
    """
    i = _walk_left(text, post_start)
    m = _COUNT.match(text, i, post_start)
    return m.end() if m else i


def _walk_left(text: str, post_start: int) -> int:
    """Leftmost offset reachable from ``post_start`` over organisation-name text."""
    i = post_start
    floor = max(0, post_start - MAX_TITLE)
    lone: set[int] | None = None      # cut only when a stop character is met
    while i > floor:
        ch = text[i - 1]
        if ch in _CLOSE:
            j = max(text.rfind(o, floor, i - 1) for o in _OPEN)
            if j <= 0 or i - 1 - j > 4 or not _TITLE_CHAR.match(text[j - 1]):
                break
            i = j
            continue
        if not _TITLE_CHAR.match(ch):
            break
        if text.endswith(LEFT_STOP_WORDS, floor, i) and not _opens_body(text, i):
            break
        if ch in LEFT_STOP_CHARS:
            if lone is None:
                lone = _lone_chars(text, floor, post_start)
            if i - 1 in lone:
                break
        i -= 1
    return i


def _opens_body(text: str, i: int) -> bool:
    """Does the stop word ending at ``i`` open a body's name (派出|所)?"""
    return any(text.startswith(body, i - n) for body, n in _STOP_BODIES)


def title_chain(text: str, post_start: int, post_end: int) -> tuple[str, ...]:
    """All titles of the person named right after ``text[post_start:post_end]``.

    The last title runs from :func:`title_start` to the end of the post; while
    the text before it is ``、`` or a comma preceded by another post, that
    earlier title belongs to the same person (省委常委、市委书记安伟; 日报社社长,
    报业集团党委书记、董事长某某).  A sentence run into a title is left out
    (:mod:`.title_edges`).
    """
    titles: list[str] = []
    start, end = _listed_from(text, _joined_body_start(
        text, past_left_junk(text, title_start(text, post_start), post_start), post_start)), post_end
    while True:
        titles.append(text[start:end])
        if start == 0 or text[start - 1] not in _CHAIN_SEPARATORS:
            break
        prev_end = start - 1
        post_end = _before_note(text, prev_end)     # 党组副书记(主持工作)、: the note is the title's
        m = _POST_AT_END.search(text, max(0, post_end - 6), post_end)
        if not m:
            break
        start = _listed_from(text, _joined_body_start(
            text, past_left_junk(text, title_start(text, m.start()), m.start()), m.start()))
        end = prev_end
    return tuple(reversed(titles))


#: Most characters of a body's name read back past where a title was found to start.
_UNIT_LEAD = 8


def _listed_from(text: str, start: int) -> int:
    """A title's start moved back to the list mark it follows, over a few characters of a
    body's name no table knows (省监委主任、全面建设清廉某省工作专班组长: from 全面), when
    another post stands before that mark; else ``start``."""
    k = start
    while k > 0 and start - k < _UNIT_LEAD and "\u4e00" <= text[k - 1] <= "\u9fff":
        k -= 1
    if k == start or k == 0 or text[k - 1] != "、" or start - k >= _UNIT_LEAD:
        return start
    if POST_RE.search(text[k:start]) or any(c in _JOINING for c in text[k:start]):
        return start      # 副县长某某和|市委副书记: another person's post and name, joined
    return k if _POST_AT_END.search(text, max(0, k - 7), k - 1) else start


#: Conjunctions that join two domains of a body or two bodies one post heads (住房和城乡建设局,
#: 民营企业和新兴组织党工委书记).
_JOINING = "和与及"
#: The longest body read before such a conjunction.
_MAX_JOINED = 10
#: jieba's tags of words no body's name holds: a person's name, verbs, pronouns, numerals.
_NOT_IN_BODY = ("nr", "v", "p", "r", "m", "q", "u")


#: jieba's tags of the words of a body's domain before 和 (住房, 人力资源, 卫生, 发展, 自然资源).
_DOMAIN_TAGS = ("n", "vn", "an", "l", "j", "b")
#: Characters of a division's level that open a body's name (县|住房和城乡建设局).
_LEVELS = frozenset("省市县区州镇乡旗盟")
#: Nouns a sentence names before 和 that are no domain of a body (听取了工作报告和…).
_NOT_DOMAINS = tuple(words("titles", "not_body_domains"))
#: Where a clause or a list item begins.
_CLAUSE_MARKS = frozenset(",，、;；:：。！？!?\n \u3000(（“")


def _joined_body_start(text: str, start: int, post_start: int) -> int:
    """Where a title starts whose walk left stopped at a conjunction joining two domains of
    one body (县住房和城乡建设局局长, 省文化和旅游厅副厅长) or two bodies one post heads
    (区委组织部副部长、民营企业和新兴组织党工委书记)."""
    if start < 2 or text[start - 1] not in _JOINING:
        return start
    domain = _domain_start(text, start, post_start)
    return _listed_body_start(text, start) if domain is None else domain


def _domain_start(text: str, start: int, post_start: int) -> int | None:
    """The start of the words before 和 when they are a body's domain: nouns only, opening a
    clause or after a division's level or a place (县|住房和城乡建设局…), and the words after
    和 name the body's other domain, not a body of its own.  None when a name, a post or a
    verb is among them (县委书记某某和县长某某: two people), or nothing but the post follows
    (干部群众和县长某某), or what follows opens with a place or an organ (…政府和某省委书记,
    参访团与某省台办主任, 工作报告和市人大常委会主任)."""
    if start == post_start or text[start] in _LEVELS or opens_with_place(text[start:start + 8]):
        return None
    lo = past_left_junk(text, _walk_left(text, start - 1), start - 1)
    domain = text[lo:start - 1]
    if not 2 <= len(domain) <= _MAX_JOINED or POST_RE.search(domain):
        return None
    words_tags = lexicon.pos_cut(domain)
    if not (lo == 0 or text[lo - 1] in _CLAUSE_MARKS or domain[0] in _LEVELS or opens_with_place(domain)
            or words_tags[0][1] == "nt" or text.endswith(LEFT_STOP_WORDS, 0, lo) and not domain.endswith(_NOT_DOMAINS)):
        return None                   # 听取了工作报告和…: a sentence's object, no body's domain
    for word, tag in words_tags:
        if not (word in _LEVELS or tag.startswith(_DOMAIN_TAGS) and not tag.startswith("nr")):
            return None
    return lo


def _listed_body_start(text: str, start: int) -> int:
    """At the 、 or comma before the first of two bodies (某部副部长、民营企业和新兴组织党工委
    书记) when a post ends before that separator and the first body holds no post, name or
    verb (副县长某某和市委书记某某: two people)."""
    sep = max(text.rfind(c, max(0, start - 1 - _MAX_JOINED), start - 1) for c in _CHAIN_SEPARATORS)
    if sep < 1:
        return start
    body = text[sep + 1:start - 1]
    if (not _TITLE_CHAR.match(body[:1]) or not all(_TITLE_CHAR.match(c) for c in body) or POST_RE.search(body)
            or not _POST_AT_END.search(text, max(0, sep - 6), sep)):
        return start
    if any(tag.startswith(_NOT_IN_BODY) for _, tag in lexicon.pos_cut(body)):
        return start
    return sep + 1


#: A short note in brackets right after a post, part of the title: 党组副书记(主持工作),
#: 常任秘书长(工商); not a photo's place of the person (左二, 前排右一).
_NOTE = re.compile(r"[(（](?![前后]?排|[左右中])[\u4e00-\u9fff]{1,6}[)）]")


def after_note(text: str, pos: int) -> int:
    """Where a note in brackets at ``pos`` (right after a post) ends; ``pos`` when none."""
    m = _NOTE.match(text, pos) if text[pos:pos + 1] in _OPEN else None
    return m.end() if m else pos


def _before_note(text: str, end: int) -> int:
    """Where a note in brackets ending at ``end`` starts; ``end`` when none."""
    if text[end - 1:end] not in _CLOSE:
        return end
    start = max(text.rfind(o, max(0, end - 8), end) for o in _OPEN)
    return start if start >= 0 and _NOTE.fullmatch(text, start, end) else end


@functools.lru_cache(maxsize=8)
def posts(text: str) -> tuple[re.Match[str], ...]:
    """Every post in ``text``, left to right; not a 省长, 市长… whose 长 opens a division's
    full name (湖南省长沙市, 西安市长安区: a place, then a place), nor one whose first
    character closes a word before it (地处长江: located by the river).  Kept for the last texts
    asked: several rules read the posts of one article."""
    return tuple(m for m in POST_RE.finditer(text)
                 if not (m.group().endswith("长") and _division_from(text, m.end() - 1))
                 and not text.startswith(_post_overlaps(), max(0, m.start() - 1)))


@functools.lru_cache(maxsize=1)
def _post_overlaps() -> tuple[str, ...]:
    """Words whose last character opens a post (地处|长江下游: 处长 is no post there)."""
    return tuple(words("titles", "post_overlap_words"))


#: Lengths of a division's full name tried where a post's 长 may open one (长沙市, 长寿区).
_DIVISION_LENGTHS = (3, 4, 5)


def _division_from(text: str, start: int) -> bool:
    from .gazetteer import divisions       # the gazetteer reads names; imported when first needed
    return any(divisions(text[start:start + n]) for n in _DIVISION_LENGTHS)


#: What may follow a title read after a comma: its 职务, the next title, the clause's end.
_CHAIN_CLOSERS = ("职务", "职位", "一职", *_CHAIN_SEPARATORS, "。", "；", ";", ")", "）")


def _closes_chain(text: str, end: int) -> bool:
    """After a comma a piece is a further title only where the titles end (…镇长,代理镇长职务),
    not as a new clause's subject (…为镇长,某某镇长并在会上讲话)."""
    return end >= len(text) or text.startswith(_CHAIN_CLOSERS, end)


def titles_after(text: str, pos: int) -> tuple[tuple[str, ...], int]:
    """Titles written from ``pos`` on, after their holder (任命某某为县人民政府副县长、
    代理县长; 辞去县长职务; 当选为县人大常委会主任), and the offset where reading stopped.

    Titles are joined by 、 or a comma and end at punctuation or a word such as
    职务 or 的.  A piece that ends in no post (人大代表) is no title; after a
    comma only a piece that is wholly a title continues (…副市长,代理市长职务,
    but not …副市长,某某同志为…).
    """
    out: list[str] = []
    i = pos
    while True:
        j = i
        while (j < len(text) and j - i < MAX_TITLE_AFTER and _TITLE_CHAR.match(text[j])
               and not text.startswith(_TITLE_END_WORDS, j)):
            j += 1
        piece = text[i:j]
        m = _POST_AT_END.search(piece)
        if m and (i == pos or text[i - 1] == "、" or "为" not in piece and title_start(text, i + m.start()) == i
                  and _closes_chain(text, j)):
            out.append(piece)
        elif i != pos and text[i - 1] != "、":
            return tuple(out), i - 1
        if text[j:j + 1] in _CHAIN_SEPARATORS and j + 1 < len(text) and _TITLE_CHAR.match(text[j + 1]):
            i = j + 1
            continue
        return tuple(out), j
