"""Personal names read out of running text: at a place (:func:`name_at`), in lists
joined by 、, written with a middle dot or transliterated without one.

Whether a candidate looks like a name, and how surely a name ends before what
follows, is :mod:`.people_name_words`'s.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .people_dotted_names import dotted_name_at
from .people_words import chars, words
from .people_name_words import (
    ANCHORED_STARTS, CJK, COMPOUND_SURNAMES, CUT_HERE, END_WORD,
    FOLLOWING_WORD_FREQ, LISTED_SURNAMES, NAME_END_CHARS, NAME_FINALS, NEVER_LAST, NOT_IN_NAME_RE,
    ORDINARY_WORD, ORG_ENDINGS, PARTICLE, PREPOSITION_SURNAMES, PUNCT, SURNAMES, SURNAME_STARTS,
    TRANSLITERATION, WORD_SURNAMES, at_a_date, boundary_strength, is_name, reads_as_given_name, surname_length,
    takes_a_post, word_entry, NAME_END_WORDS,
)


def name_at(text: str, start: int, known: frozenset[str] = frozenset(),
            anchored: bool = False, min_strength: int = ORDINARY_WORD) -> str | None:
    """The personal name beginning at ``text[start]``, or None.

    Every length from 2 to 4 is tried; a length counts when the candidate is a
    name and a boundary of at least ``min_strength`` follows it.  A name known
    from elsewhere in the article wins, then the stronger boundary, then the
    usual length (3, 2, 4): this is what turns 党工委书记向阳作动员讲话 into
    向阳 and 组长欧阳建明作… into 欧阳建明.
    """
    dotted = dotted_name_at(text, start, min_strength)
    if dotted:
        return dotted
    best: tuple[bool, int, int] | None = None
    found = None
    if text[start:start + 1] in (ANCHORED_STARTS if anchored else SURNAME_STARTS):
        for cand, strength, usual in _name_choices(text[start:start + 12], anchored, min_strength):
            key = (cand in known, strength, usual)
            if best is None or key > best:
                best, found = key, cand
    if (best is None or best[1] < END_WORD) and (anchored or text[start - 1:start] == "、"):
        longer = transliterated_name_at(text, start)     # 旗长希尼, 甲、那顺孟和、乙
        if longer and (found is None or len(longer) > len(found)):
            return longer             # 那顺孟和、 rather than 那顺孟 before the particle 和
    if found is not None and _place_group(text, start, found):
        found = None                  # 人大代表某县联系组: the place's group of deputies, no name
    if found is None and anchored and text[start:start + _REPEATED] in known:
        return text[start:start + _REPEATED]     # 书记某某某卖官案: the name, known from its other places
    if found is None and anchored:
        for length in (4, 2):         # 副州长某某(彝族)率领…: a name the text vouches for, no surname first
            if text[start:start + length] in known and \
                    boundary_strength(text[start + length:start + length + 8]) >= min_strength:
                return text[start:start + length]
    return found


#: Groups named after their place (某县联系组, 某县代表团): a place word right before one is no name.
_PLACE_GROUPS = tuple(words("people", "place_group_words"))


def _place_group(text: str, start: int, found: str) -> bool:
    return text.startswith(_PLACE_GROUPS, start + len(found)) and word_entry(found)[1] == "ns"


#: The length of a name the text repeats, read after a post whatever follows it there.
_REPEATED = 3
#: How often a name after a post must stand in the text for that.
_REPEATS = 3


def repeated_names_after_posts(text: str, post_ends: list[int]) -> frozenset[str]:
    """Three-character names written right after a post (``post_ends``) that the text gives
    at least three times, once at least closed by punctuation or a reporting verb: a person
    the article keeps naming, however the words after the post run on at one place
    (前县委书记某某某卖官案…向某某某买官…某某某担任…; 安全生产 repeated is no name).  A surname
    only the published list knows counts here: the repeats vouch for the name (副主席某某某到…)."""
    out = set()
    for end in post_ends:
        cand = text[end:end + _REPEATED]
        if len(cand) == _REPEATED and cand[0] in ANCHORED_STARTS and cand not in out \
                and is_name(cand, anchored=True, listed=True) and text.count(cand) >= _REPEATS \
                and _closed_somewhere(text, cand):
            out.add(cand)
    return frozenset(out)


def _closed_somewhere(text: str, name: str) -> bool:
    at = text.find(name)
    while at >= 0:
        if boundary_strength(text[at + len(name):at + len(name) + 8]) >= END_WORD:
            return True
        at = text.find(name, at + 1)
    return False


#: Longest transliterated name read without a middle dot (额尔敦毕力格).
_MAX_TRANSLITERATED = 6
#: Shortest transliterated name that may close on a particle (在, 对, 还) rather than a verb.
_PARTICLE_CLOSED = 4
#: A transliterated candidate this frequent as a word is the word (多次, 和平, 巴西).
_TRANSLITERATED_WORD_FREQ = 50


#: Characters that end transliterated names (宝力道) and are a verb of saying too, and what opens
#: the words said after that verb (某某道:“…”).
_SPEECH_FINALS = chars("people", "transliteration_speech_finals")
_SPEECH_OPENERS = frozenset(":：“\"「")


def _said_at(text: str, pos: int) -> bool:
    """Does a verb of saying that may also end a transliterated name stand at ``pos``, the
    words said after it (道:“…”)?"""
    return text[pos:pos + 1] in _SPEECH_FINALS and text[pos + 1:pos + 2] in _SPEECH_OPENERS


def _opens_word_with(last: str, particle: str) -> bool:
    """Does a name's ``last`` character open a frequent word with the ``particle`` after it
    (收到, 感到, 正在 …), while few given names end in it?  Then the particle is the word's,
    not the name's end."""
    return last not in NAME_FINALS and word_entry(last + particle)[0] >= FOLLOWING_WORD_FREQ


def transliterated_name_at(text: str, start: int) -> str | None:
    """A Mongolian, Tibetan or other transliterated name written without a middle dot
    (旗长希尼, 主任宝音满都呼) at ``text[start]``: two to six characters that all occur
    in such names, closed by punctuation or a reporting verb, and no frequent word.
    Only read where a post or a list of officials vouches for a name."""
    for length in range(_MAX_TRANSLITERATED, 1, -1):
        cand = text[start:start + length]
        if len(cand) < length or not all(c in TRANSLITERATION for c in cand):
            continue
        strength = boundary_strength(text[start + length:start + length + 8])
        if _said_at(text, start + length):
            strength = END_WORD       # 主任巴特尔道:“…”: the name, then the verb of saying
        if strength < END_WORD and not (strength == PARTICLE and length >= _PARTICLE_CLOSED
                                        and text[start + length] not in TRANSLITERATION):
            continue                  # 洛桑某某在拉萨: a long name may close on a particle no name uses
        if _said_at(text, start + length - 1):
            continue                  # 主任巴特尔道:“…”: 道 is the verb of saying, not the name's
        if word_entry(cand)[0] >= _TRANSLITERATED_WORD_FREQ or NOT_IN_NAME_RE.search(cand) \
                or (cand[0] in NAME_END_CHARS and cand[-1] in ORG_ENDINGS):
            continue                  # 成员和村“两委”: 和 + 村 is a list going on, no name
        return cand
    return None


#: Words for elders opening with 老 (老同志): a name never ends on their first character.
_ELDER_WORDS = tuple(words("people", "elder_words"))


@functools.lru_cache(maxsize=65536)
def _name_choices(window: str, anchored: bool, min_strength: int) -> tuple[tuple[str, int, int], ...]:
    """Names :func:`name_at` may read at the start of ``window`` (the name and the eight
    characters after it): each with its boundary strength and how usual its length is."""
    out: list[tuple[str, int, int]] = []
    if not surname_length(window[:2], anchored, listed=anchored):
        return ()
    for length in (2, 3, 4):
        cand = window[:length]
        if len(cand) < length:
            break
        strength = boundary_strength(window[length:length + 8])
        if strength < min_strength or not (is_name(cand, anchored, _org_ending_allowed(cand, strength), anchored)
                                           or _word_name_before_verb(cand, anchored, strength, window[length:])):
            continue
        if (cand[0] in WORD_SURNAMES or cand[0] in LISTED_SURNAMES) and strength < END_WORD \
                and cand[:2] not in COMPOUND_SURNAMES:
            continue                  # 主任门诊…, 县长河道…: the word, not a name
        if cand[0] not in SURNAMES and cand[:2] not in COMPOUND_SURNAMES and _cut_inside(window, length):
            continue                  # 领导要加|强调度: a rare surname's name ends inside the dictionary's word
        if (strength < END_WORD and word_entry(cand[:2])[1] in _ACTION_TAGS) \
                or (strength <= ORDINARY_WORD and lexicon.tag(cand[:2]) in _ACTION_TAGS):
            continue                  # 班子成员查摆问题, 依次逐一…, 坚决扛牢…: a verb or an adverb, not a name
        if strength == PARTICLE and word_entry(cand[-1] + window[length])[1] in _FUNCTION_WORD_TAGS:
            continue                  # 某某关|于: the name's last character opens 关于 (对于, 由于)
        if strength == PARTICLE and length > 2 and _opens_word_with(cand[-1], window[length]):
            continue                  # 某某收|到: the shorter name, before the word 收到
        if strength == ORDINARY_WORD and length > 2 and out and out[-1][0] == cand[:-1] \
                and out[-1][1] == ORDINARY_WORD and _cut_before_last(window, length):
            continue                  # 某某|翻开工作日志: a word follows either reading; the dictionary's cut decides
        if window.startswith(_ELDER_WORDS, length - 1):
            continue                  # 向老|同志: the word 老同志, no name ending on its 老
        if length > 2 and (cand[-1] + window[length:length + 1]) in _LEADING_VERBS:
            continue                  # 某某带|领…: the shorter name, before the verb 带领
        if length > 2 and out and out[-1][0] == cand[:-1] and at_a_date(window[length - 1:]):
            continue                  # 某某|于4月17日…: the shorter name, then when he acted
        if length > 2 and out and out[-1][0] == cand[:-1] and cand[-1] in NAME_END_CHARS \
                and window[length:length + 1] in _QUOTE_OPENERS:
            continue                  # 某某从|“…”: the shorter name, then a particle before quoted words
        if length > 2 and out and out[-1][0] == cand[:-1] and takes_a_post(window[length - 1:length + 11]):
            continue                  # 某某|升任市长, 某某|为副县长: the shorter name, before a verb of office
        if length == 4 and out and out[-1][0] == cand[:-1] and out[-1][1] >= END_WORD \
                and window.startswith(NAME_END_WORDS, length - 1):
            continue                  # 某某某获“…”: the name, then the word its last character opens
        if length == 4 and any(c == cand[:2] and k >= END_WORD for c, k, _ in out) \
                and surname_length(window[:2], anchored, listed=anchored) == 1:
            continue                  # 张笑|致辞: a two-character name before a reporting word, not four
        out.append((cand, strength, {3: 2, 2: 1, 4: 0}[length]))
    shorter = {cand for cand, _, _ in out}
    if len(out) > 1 and len(out[-1][0]) == 4 and out[-1][0][:3] in shorter and surname_length(window[:2]) == 1 \
            and CUT_HERE.match(window, 4):
        out.pop()                     # 某乙参 ...: a three-character name, then a word the page cut short
    # 某甲就《方案》…, 某乙在会上…: the particle after the shorter name, not its last character
    return tuple(c for c in out if not (c[0][-1] in NEVER_LAST and c[0][:-1] in shorter))


def _cut_inside(window: str, length: int) -> bool:
    """Does the dictionary's cut of ``window`` run a word across its ``length``-th character's
    end (要加|强调度 is cut 要|加强|调度)?"""
    at = 0
    for word in lexicon.cut(window):
        if at < length < at + len(word):
            return True
        at += len(word)
        if at >= length:
            return False
    return False


def _cut_before_last(window: str, length: int) -> bool:
    """Does the dictionary's cut of ``window`` end a word before its ``length``-th character
    and not after it (某某|翻开|工作, where 某某翻|开工 reads words too)?  Asked only where
    both readings of the name are closed by an ordinary word (某某豪|放弃 is cut 某|某豪|放弃)."""
    ends, at = set(), 0
    for word in lexicon.cut(window):
        at += len(word)
        ends.add(at)
    return length - 1 in ends and length not in ends


#: jieba's tags of a verb or an adverb: a candidate opening with one, and not closed by a
#: reporting word or punctuation, is what the post's holders do (班子成员查摆问题).
_ACTION_TAGS = frozenset(("v", "vd", "d", "ad"))
#: What opens quoted words or a work's name (“《「"): after a particle, what it governs.
_QUOTE_OPENERS = frozenset("“《「\"")


#: Word classes (place words, distinguishing words, proper nouns; not plain nouns: 班子) and
#: most frequency of a word that is a name between a title and a reporting verb
#: (县人大常委会主任边疆主持会议: 边疆 "frontier" is a name there).
_NOUN_TAGS = frozenset(("s", "b", "nz"))
_VERB_WORD_NAME_FREQ = 1000
#: Verbs of leading a group: a plain noun between a title and one of them is a name too
#: (由某市市长王牌带领的考察团: 王牌 "trump card"; a body leads 在…下, never 由…带领的).
_LEADING_VERBS = tuple(words("people", "word_name_leading_verbs"))
#: Nouns of a group that leads as a person does (常委班子带领…): no name.
_GROUP_NOUNS = frozenset(words("people", "group_nouns"))


def _word_name_before_verb(cand: str, anchored: bool, strength: int, rest: str) -> bool:
    """A two-character ordinary noun right after a title and right before a reporting verb
    (主持, 出席…), opening with a common surname: a name that is also a word."""
    if not (anchored and strength >= END_WORD and len(cand) == 2 and cand[0] in SURNAMES):
        return False
    freq, tag = lexicon.frequency(cand), lexicon.tag(cand)
    return freq < _VERB_WORD_NAME_FREQ and (tag in _NOUN_TAGS or tag == "n" and rest.startswith(_LEADING_VERBS)
                                            and cand not in _GROUP_NOUNS)


#: Word classes of a two-character word a name's last character may not open (关于, 由于).
_FUNCTION_WORD_TAGS = frozenset(("p", "c"))


def _org_ending_allowed(cand: str, strength: int) -> bool:
    """May a name after a title end like an organisation (主任江某所,)?  Only a
    three-character one closed by punctuation or a reporting verb, whose first two
    characters are no place and whose whole is no word; its given name may be a
    place's (副主席李广州主持) after a common surname."""
    if len(cand) != 3 or strength < END_WORD or word_entry(cand[:2])[1] in ("ns", "nt") or word_entry(cand)[1]:
        return False
    given = word_entry(cand[1:])[1]
    # a given name that is a city's (李广州主持): only after a common surname that is no preposition
    return not given or (given == "ns" and cand[0] in SURNAMES and cand[0] not in PREPOSITION_SURNAMES)


def is_boundary_char(ch: str) -> bool:
    """Punctuation or whitespace."""
    return bool(PUNCT.match(ch))


@dataclass(frozen=True)
class Mention:
    """One place where the text names a person."""

    pos: int
    name: str
    titles: tuple[str, ...] = ()


def read_name_list(text: str, pos: int, known: frozenset[str], anchored: bool,
                   whole: bool, post: re.Pattern[str] | None = None) -> list[tuple[int, str]]:
    """Names separated by 、 (or a final 和/及) starting at ``pos``.

    With ``whole``, a list whose next item after 、 is not a name is no list of
    names at all (市教育局、金水区等); after 领导 the names before such an item
    stand (市领导张三、李四、有关部门负责人参加).  With ``post``, an item may
    carry a post after its name (张三、李四副区长、王五).
    """
    out: list[tuple[int, str]] = []
    while True:
        name = name_at(text, pos, known, anchored=anchored, min_strength=PARTICLE)
        if not name and not anchored and len(out) >= 2 and text[pos - 1:pos] == "、":
            name = _vouched_name(text, pos, known)     # 甲、乙、雷鸣、丙: a word-like name among names
        if not name and not anchored and out and text[pos - 1:pos] == "、":
            name = _word_name_between_names(text, pos, known)     # 甲、万向、乙: names on both sides
        if not name and post is not None:
            name = _name_before_post(text, pos, post, anchored)
        if not name:
            return [] if whole and text[pos - 1:pos] == "、" else out
        name = whole_list_item(text, pos, name)
        out.append((pos, name))
        pos += len(name)
        after = post.match(text, pos) if post is not None else None
        if after:
            pos = after.end()
        if pos < len(text) and text[pos] == "、":
            pos += 1
        elif text.startswith(("和", "及"), pos) and name_at(text, pos + 1, known, anchored, PARTICLE):
            pos += 1
        else:
            return out


def whole_list_item(text: str, pos: int, name: str) -> str:
    """A list item between two 、 that runs on past the name read at its start by a
    character or two (甲、阿某时布、乙: a name written from Yi or another language, whose
    third character is also a particle): the whole item is the name when it is four
    characters, a surname first, and no word, post or organisation."""
    end = pos + len(name)
    if text[pos - 1:pos] != "、" or text[end:end + 1] in ("、", ""):
        return name
    stop = text.find("、", end, pos + 5)
    item = text[pos:stop]
    if stop < 0 or len(item) != 4 or not CJK.match(item) or boundary_strength(text[end:end + 8]) != PARTICLE:
        return name
    if not surname_length(item, anchored=True) or NOT_IN_NAME_RE.search(item) or word_entry(item)[1] \
            or item[-1] in NAME_END_CHARS or word_entry(item[1:])[0] >= FOLLOWING_WORD_FREQ:
        return name
    return item


def _vouched_name(text: str, pos: int, known: frozenset[str]) -> str | None:
    """An item of a bare list already two names long that reads as a name only where a
    post vouches for one (雷鸣, 江海): the list vouches for it when another 、 follows."""
    name = name_at(text, pos, known, anchored=True, min_strength=PARTICLE)
    return name if name and text[pos + len(name):pos + len(name) + 1] == "、" else None


def unlisted_surname_item(text: str, pos: int) -> str | None:
    """A three-character item between two 、 of a list a post heads, after a name
    (执行主席甲、乙、沐某某、丙): a name with a surname the tables do not list (沐, 自…), when
    it is no word and the rest reads as a given name after a common surname."""
    item = text[pos:pos + 3]
    if text[pos + 3:pos + 4] != "、" or not CJK.match(item) or len(item) < 3 or item[0] in NAME_END_CHARS \
            or item[0] in ORG_ENDINGS or lexicon.tag(item[:2]) or lexicon.tag(item) \
            or word_entry(item[1:])[0] >= FOLLOWING_WORD_FREQ or NOT_IN_NAME_RE.search(item):
        return None
    return item if reads_as_given_name(item[1:]) else None




#: Word classes of a two-character noun that is a name between two names of a list.
_LISTED_WORD_TAGS = frozenset(("n", "nz", "s", "b", "nr"))


def _word_name_between_names(text: str, pos: int, known: frozenset[str]) -> str | None:
    """A two-character noun opening with a common surname between two names of a 、 list
    (甲、万向、乙列席: the word "universal joint" is a name there); a frequent word never is."""
    cand = text[pos:pos + 2]
    if len(cand) < 2 or cand[0] not in SURNAMES or text[pos + 2:pos + 3] != "、" or NOT_IN_NAME_RE.search(cand):
        return None
    if lexicon.tag(cand) not in _LISTED_WORD_TAGS or lexicon.frequency(cand) >= _VERB_WORD_NAME_FREQ:
        return None
    return cand if name_at(text, pos + 3, known, min_strength=PARTICLE) else None


def _name_before_post(text: str, pos: int, post: re.Pattern[str], anchored: bool) -> str | None:
    """A listed name followed by its post and then 、 or a clear boundary (李四副区长、…);
    of two readings, the one with the longer post (李四|副区长, not 李四副|区长)."""
    found: list[tuple[int, str]] = []
    for length in (3, 2):
        cand = text[pos:pos + length]
        m = post.match(text, pos + length)
        if m and is_name(cand, anchored) and (text[m.end():m.end() + 1] == "、"
                                                or boundary_strength(text[m.end():m.end() + 8]) >= PARTICLE):
            found.append((len(m.group()), cand))
    return max(found)[1] if found else None
