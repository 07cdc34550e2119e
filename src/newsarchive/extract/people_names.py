"""What a Chinese personal name looks like, and where one ends.

Chinese text has no spaces, so a name is found by its edges: it starts with a
surname (a closed list, plus compound surnames such as 欧阳 and 司马) and ends
where punctuation, a verb of the reporting register (出席, 主持, 指出…) or a
particle (等, 在, 与…) begins.  Candidates that are ordinary words (方案, 应该),
place or organisation names (高新区, 郑东新区) or contain posts (书记, 组长) are
rejected here, so every extraction rule shares the same notion of "a name".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .people_words import chars, words
from .surnames import is_listed_surname, listed_surnames
from .wordre import words_pattern

#: Single-character surnames.  Characters that are far more often function words
#: or organisation prefixes than surnames in government news (区, 党, 全, 时, 明,
#: 南, 平, 国, 和, 相, 海, 强, 商, 来, 门…) are left out on purpose: a missed rare
#: surname costs one name, a kept one produces false people all over the archive.
SURNAMES = chars("people", "surnames")
#: Surnames that are also prepositions or adverbs (向大家介绍, 于会上表示, 都表示):
#: trusted only right after a title.
PREPOSITION_SURNAMES = chars("people", "preposition_surnames")

COMPOUND_SURNAMES = frozenset(words("people", "compound_surnames"))
#: Rarer surnames (衣, 訾, 郗…): trusted only right after a title or a byline role.
RARE_SURNAMES = chars("people", "rare_surnames") - SURNAMES
#: Surnames that are mostly ordinary words: after a title, and only before a strong boundary.
WORD_SURNAMES = chars("people", "word_surnames") - SURNAMES
#: Every other surname of the published list (:mod:`.surnames`): trusted as word surnames are.
LISTED_SURNAMES = listed_surnames() - SURNAMES - RARE_SURNAMES - WORD_SURNAMES - PREPOSITION_SURNAMES

#: Words that end a name: verbs and phrases of the reporting register, near
#: certain; one-character particles (:data:`NAME_END_CHARS`) are weaker evidence
#: (see :func:`boundary_strength`).
NAME_END_WORDS = words("people", "name_end_words")
NAME_END_CHARS = "".join(sorted(chars("people", "name_end_chars")))
#: Particles that end no given name (see :func:`_name_choices`).
_NEVER_LAST = chars("people", "never_last_in_name")
#: Characters many given names end in (see :func:`_opens_word_with`).
_NAME_FINALS = chars("people", "name_final_chars")

_PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uffef!-/:-@\[-`{-~\u2010-\u206f·…—]")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
#: A count of the people just named (两位, 三名同志).
_COUNT = re.compile(r"[0-9一二三四五六七八九十两]+[名位人]")

#: A name never contains these (posts, organisation words, generic people).
_NOT_IN_NAME = words("people", "not_in_name")
_NOT_IN_NAME_RE = re.compile(words_pattern(_NOT_IN_NAME))
#: Characters that do not occur after the surname in a name (grammatical words).
_NOT_AFTER_SURNAME = chars("people", "not_after_surname")
_GIVEN_AFTER_TITLE = chars("people", "given_name_after_title")
#: A name never ends like an organisation or place does (红旗, 金连 as given
#: names are why 旗 and 连 are not here).
_ORG_ENDINGS = chars("people", "org_endings")
#: Characters of names transliterated without a middle dot (希尼, 宝音满都呼).
_TRANSLITERATION = chars("people", "transliteration_chars")


#: First characters of every surname, single or compound: a quick test before the full one.
SURNAME_STARTS = SURNAMES | {s[0] for s in COMPOUND_SURNAMES}
#: The same after a title or byline role, where rare surnames count too.
ANCHORED_STARTS = SURNAME_STARTS | RARE_SURNAMES | WORD_SURNAMES | LISTED_SURNAMES


def surname_length(candidate: str, anchored: bool = False, listed: bool = False) -> int:
    """1 or 2 when ``candidate`` starts with a surname, else 0.  With ``anchored``
    (a title or byline role right before it) rare surnames count too; with ``listed``
    (read forwards from that title or role) the published list's too."""
    if candidate[:2] in COMPOUND_SURNAMES:
        return 2
    first = candidate[:1]
    if first in SURNAMES or (anchored and (first in RARE_SURNAMES or first in WORD_SURNAMES
                                           or (listed and first in LISTED_SURNAMES
                                               and _listed_surname_opens(candidate)))):
        return 1
    return 0


#: How an office signs a report (某纪宣, 某廉言): no listed surname's name ends so.
_PEN_NAME_ENDS = words("people", "byline_pen_name_ends")


def _listed_surname_opens(candidate: str) -> bool:
    """Does a surname of the published list (:mod:`.surnames`) open ``candidate``?  Not
    where the character and the next make a word (采访时, 北方网, 来源: the word) or
    the candidate ends as an office's pen-name does (某纪宣)."""
    head = candidate[:2]
    if len(head) == 2 and (lexicon.tag(head) or "nr")[:2] != "nr":
        return False
    return is_listed_surname(candidate[0]) and not candidate.endswith(_PEN_NAME_ENDS)


def _rare_given_name(given: str, listed: bool) -> bool:
    """Can ``given`` follow a rare surname?  Not when it holds a particle (决定其为代理省长:
    为 is the verb).  After a surname only the published list knows (:mod:`.surnames`),
    not when it is three characters (法检两长) or a frequent word itself (拜早年: 拜 + 早年)."""
    if any(ch in NAME_END_CHARS for ch in given):
        return False
    if not listed:
        return True
    return len(given) < 3 and (len(given) < 2 or _entry(given)[0] < _FOLLOWING_WORD_FREQ)


#: jieba tags of words that never serve as a given name: time (会上, 近日),
#: place and direction words, prepositions, conjunctions, particles, pronouns,
#: numerals and measure words.
_GRAMMAR_TAGS = frozenset(("t", "f", "s", "p", "c", "u", "r", "m", "q"))


@functools.lru_cache(maxsize=65536)
def _entry(word: str) -> tuple[int, str]:
    """(frequency, tag) of a jieba word of 2–4 characters that is no person name, else (0, "").

    jieba tags person names ``nr``; a candidate that is a word with another tag
    (方案, 应该, 文件) is not a person.  Only frequent words and grammatical or
    place words count, which is all the checks below look at.
    """
    if not 2 <= len(word) <= 4:
        return 0, ""
    tag = lexicon.tag(word)
    if tag is None or tag.startswith("nr"):
        return 0, ""
    freq = lexicon.frequency(word)
    if freq >= _BARE_WORD_FREQ or tag in _GRAMMAR_TAGS or tag in ("ns", "nt"):
        return freq, tag
    return 0, ""


#: A bare candidate (no title in front) that is a dictionary word this frequent is
#: taken for the word; after a title only very common words are (高峰 stays a name).
_BARE_WORD_FREQ = 20
_ANCHORED_WORD_FREQ = 300
#: A word this frequent after a candidate marks where the candidate ends.
_FOLLOWING_WORD_FREQ = 100
#: Final characters of abstract nouns (常态化, 积极性), not of given names.
_ABSTRACT_SUFFIXES = chars("people", "abstract_suffixes")
#: A bare three-character candidate opening with a word this frequent is a phrase (安全员).
_PHRASE_HEAD_FREQ = 1000


def _word_weight(word: str) -> int:
    """Frequency of ``word`` as an ordinary word; place/organisation names weigh as
    much as a frequent word whatever their count."""
    freq, tag = _entry(word)
    return max(freq, _ANCHORED_WORD_FREQ) if tag in ("ns", "nt") else freq


def _looks_like_phrase(candidate: str, surname: int) -> bool:
    """Without a title in front: is ``candidate`` more likely words than a name?

    于会上 (于 + time word), 向大家 (向 + pronoun), 安全员 (a frequent word + 员),
    严管理 / 戴帽子 (one character + a frequent ordinary word), 常态化 (a suffix
    that makes abstract nouns).  Given names that are also place names or
    rare words (建国, 新军) pass.
    """
    given = candidate[surname:]
    freq, tag = _entry(given)
    if len(given) == 2 and tag in _GRAMMAR_TAGS:
        return True
    if len(given) == 2 and tag not in ("ns", "nz") and freq >= _PHRASE_HEAD_FREQ:
        return True
    if candidate[-1] in _ABSTRACT_SUFFIXES:
        return True
    return len(candidate) == 3 and surname == 1 and _word_weight(candidate[:2]) >= _PHRASE_HEAD_FREQ


@functools.lru_cache(maxsize=65536)
def is_name(candidate: str, anchored: bool = False, org_ending: bool = False, listed: bool = False) -> bool:
    """Could ``candidate`` on its own be a Chinese personal name?

    ``anchored`` says a title stands right before it, which makes a name so
    likely that only frequent ordinary words are refused; a bare candidate
    must also not read as a phrase.
    """
    n = len(candidate)
    if not 2 <= n <= 4 or not _CJK.match(candidate):
        return False
    s = surname_length(candidate, anchored, listed)
    if s == 0 or n - s < 1 or n - s > 3:
        return False
    if s == 1 and candidate[0] not in SURNAMES and not _rare_given_name(candidate[1:], candidate[0] in LISTED_SURNAMES):
        return False                  # 其为, 拜早年: a rare surname's reading needs a clean given name
    barred = _NOT_AFTER_SURNAME - _GIVEN_AFTER_TITLE if anchored else _NOT_AFTER_SURNAME
    if any(ch in barred for ch in candidate[s:]):
        return False
    if n - s == 3 and not (anchored and _long_given_name(candidate[s:])):
        return False
    if candidate[s:] in NAME_END_WORDS:
        return False                  # 成员涂应邀出席, 主任石主持: a damaged name, then the verb
    if candidate[-1] in _ORG_ENDINGS and not (org_ending and anchored and n - s == 2):
        return False
    if _NOT_IN_NAME_RE.search(candidate):
        return False
    head = candidate[:2]
    freq, tag = _entry(head)
    if tag[:1] in ("p", "c", "r", "u") and freq >= _ANCHORED_WORD_FREQ:
        return False                  # 关于党, 任何人, 那些…
    if anchored:                      # place words pass: 江海, 黄山 are names too
        freq, tag = _entry(candidate)
        return tag == "ns" or freq < _ANCHORED_WORD_FREQ
    if s == 1 and candidate[0] in PREPOSITION_SURNAMES:
        return False
    return _word_weight(candidate) < _BARE_WORD_FREQ and not _looks_like_phrase(candidate, s)


def _long_given_name(given: str) -> bool:
    """A three-character given name after a one-character surname (苏嘎尔布, names
    written from Yi or Tibetan) holds no particle, no function word and no
    ordinary word (马以提请的 is 马以 + 提请)."""
    if any(ch in NAME_END_CHARS or (lexicon.tag(ch) or "")[:1] in ("p", "c", "u", "d", "r") for ch in given):
        return False
    return not any(_entry(given[i:i + 2])[0] >= _FOLLOWING_WORD_FREQ for i in range(len(given) - 1))


#: Where a page cut its excerpt: one or two characters of the word it cut short, then an
#: ellipsis (某甲、某乙参 ...): the name ends before them about as surely as before a particle.
_ELLIPSIS = r"[ \u3000]*(?:…|⋯|\.{3})"
_CUT = re.compile(rf"[\u4e00-\u9fff]{{1,2}}{_ELLIPSIS}")
_CUT_HERE = re.compile(_ELLIPSIS)
#: Boundary strengths (see :func:`boundary_strength`).
PUNCTUATION, END_WORD, PARTICLE, ORDINARY_WORD = 4, 3, 2, 1


@functools.lru_cache(maxsize=65536)
def boundary_strength(rest: str) -> int:
    """How surely a name ends right before ``rest``: punctuation or end of text (one or
    two characters before an ellipsis where a page cut its text: as a particle),
    a verb or phrase of the reporting register (出席, 主持…), a one-character
    particle (等, 在, 和…), any other frequent word (组织学习, 到会指导), or 0."""
    if _CUT.match(rest):
        return PARTICLE               # 参 ...: the first character of a word the page cut short
    if not rest or _PUNCT.match(rest[0]):
        return PUNCTUATION
    if rest.startswith(NAME_END_WORDS):
        return END_WORD
    if rest[0] in NAME_END_CHARS or _COUNT.match(rest):
        return PARTICLE               # 等, 在…; 甲、乙两位同志
    if _starts_with_word(rest):
        return ORDINARY_WORD
    return 0


def _starts_with_word(rest: str) -> bool:
    """Does ``rest`` open with a frequent ordinary word of two or more characters, or any
    four-character one?"""
    for n in (2, 3, 4):
        freq, tag = _entry(rest[:n])
        if freq >= _FOLLOWING_WORD_FREQ and tag not in ("ns", "nt", "nz"):
            return True
    return _four_character_word(rest[:4])


def _four_character_word(word: str) -> bool:
    """A four-character dictionary word (劳民伤财, an idiom or set phrase), however rare:
    no name runs on into one."""
    tag = lexicon.tag(word) if len(word) == 4 else None
    return tag is not None and lexicon.frequency(word) > 0 and tag not in ("ns", "nt", "nz") \
        and not tag.startswith("nr")


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
    return found


#: Longest transliterated name read without a middle dot (额尔敦毕力格).
_MAX_TRANSLITERATED = 6
#: Shortest transliterated name that may close on a particle (在, 对, 还) rather than a verb.
_PARTICLE_CLOSED = 4
#: A transliterated candidate this frequent as a word is the word (多次, 和平, 巴西).
_TRANSLITERATED_WORD_FREQ = 50


def _opens_word_with(last: str, particle: str) -> bool:
    """Does a name's ``last`` character open a frequent word with the ``particle`` after it
    (收到, 感到, 正在 …), while few given names end in it?  Then the particle is the word's,
    not the name's end."""
    return last not in _NAME_FINALS and _entry(last + particle)[0] >= _FOLLOWING_WORD_FREQ


def transliterated_name_at(text: str, start: int) -> str | None:
    """A Mongolian, Tibetan or other transliterated name written without a middle dot
    (旗长希尼, 主任宝音满都呼) at ``text[start]``: two to six characters that all occur
    in such names, closed by punctuation or a reporting verb, and no frequent word.
    Only read where a post or a list of officials vouches for a name."""
    for length in range(_MAX_TRANSLITERATED, 1, -1):
        cand = text[start:start + length]
        if len(cand) < length or not all(c in _TRANSLITERATION for c in cand):
            continue
        strength = boundary_strength(text[start + length:start + length + 8])
        if strength < END_WORD and not (strength == PARTICLE and length >= _PARTICLE_CLOSED
                                        and text[start + length] not in _TRANSLITERATION):
            continue                  # 洛桑某某在拉萨: a long name may close on a particle no name uses
        if _entry(cand)[0] >= _TRANSLITERATED_WORD_FREQ or _NOT_IN_NAME_RE.search(cand):
            continue
        return cand
    return None


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
                                           or _word_name_before_verb(cand, anchored, strength)):
            continue
        if (cand[0] in WORD_SURNAMES or cand[0] in LISTED_SURNAMES) and strength < END_WORD \
                and cand[:2] not in COMPOUND_SURNAMES:
            continue                  # 主任门诊…, 县长河道…: the word, not a name
        if strength == PARTICLE and _entry(cand[-1] + window[length])[1] in _FUNCTION_WORD_TAGS:
            continue                  # 某某关|于: the name's last character opens 关于 (对于, 由于)
        if strength == PARTICLE and length > 2 and _opens_word_with(cand[-1], window[length]):
            continue                  # 某某收|到: the shorter name, before the word 收到
        out.append((cand, strength, {3: 2, 2: 1, 4: 0}[length]))
    shorter = {cand for cand, _, _ in out}
    if len(out) > 1 and len(out[-1][0]) == 4 and out[-1][0][:3] in shorter and surname_length(window[:2]) == 1 \
            and _CUT_HERE.match(window, 4):
        out.pop()                     # 某乙参 ...: a three-character name, then a word the page cut short
    # 某甲就《方案》…, 某乙在会上…: the particle after the shorter name, not its last character
    return tuple(c for c in out if not (c[0][-1] in _NEVER_LAST and c[0][:-1] in shorter))


#: Word classes (place words, distinguishing words; not plain nouns: 班子) and most frequency
#: of a word that is a name between a title and a reporting verb (县人大常委会主任边疆主持会议:
#: 边疆 "frontier" is a name there).
_NOUN_TAGS = frozenset(("s", "b"))
_VERB_WORD_NAME_FREQ = 1000


def _word_name_before_verb(cand: str, anchored: bool, strength: int) -> bool:
    """A two-character ordinary noun right after a title and right before a reporting verb
    (主持, 出席…), opening with a common surname: a name that is also a word."""
    if not (anchored and strength >= END_WORD and len(cand) == 2 and cand[0] in SURNAMES):
        return False
    freq, tag = lexicon.frequency(cand), lexicon.tag(cand)
    return tag in _NOUN_TAGS and freq < _VERB_WORD_NAME_FREQ


#: Word classes of a two-character word a name's last character may not open (关于, 由于).
_FUNCTION_WORD_TAGS = frozenset(("p", "c"))


def _org_ending_allowed(cand: str, strength: int) -> bool:
    """May a name after a title end like an organisation (主任江某所,)?  Only a
    three-character one closed by punctuation or a reporting verb, whose first two
    characters are no place and whose whole is no word; its given name may be a
    place's (副主席李广州主持) after a common surname."""
    if len(cand) != 3 or strength < END_WORD or _entry(cand[:2])[1] in ("ns", "nt") or _entry(cand)[1]:
        return False
    given = _entry(cand[1:])[1]
    # a given name that is a city's (李广州主持): only after a common surname that is no preposition
    return not given or (given == "ns" and cand[0] in SURNAMES and cand[0] not in PREPOSITION_SURNAMES)


def is_boundary_char(ch: str) -> bool:
    """Punctuation or whitespace."""
    return bool(_PUNCT.match(ch))


#: A name written with a middle dot between its parts (阿不都·热合曼, 塔勒哈提·居马拜):
#: names transliterated from Uyghur, Kazakh, Mongolian and other languages.
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8})+")
DOTS = "·•・‧"


def dotted_name_at(text: str, start: int, min_strength: int = ORDINARY_WORD) -> str | None:
    """The dotted name beginning at ``text[start]``, or None.

    Its last part (two characters or more) ends at the first particle, verb
    of the reporting register or punctuation after it: 塔勒哈提·居马拜作工作安排
    → 塔勒哈提·居马拜.  A part that is a place or organisation word (甘肃·庆阳,
    新华日报·交汇点) makes it no name.
    """
    m = _DOTTED.match(text, start)
    if not m:
        return None
    last_dot = max(m.group().rfind(d) for d in DOTS)
    found = None
    for end in range(m.start() + last_dot + 3, m.end() + 1):
        if boundary_strength(text[end:end + 8]) >= max(min_strength, PARTICLE):
            found = text[start:end]
            break
    if not found or not _dotted_parts_ok(found):
        return None
    return found


def _dotted_parts_ok(name: str) -> bool:
    parts = re.split(f"[{DOTS}]", name)
    for part in parts:
        if part[-1] in _ORG_ENDINGS or _NOT_IN_NAME_RE.search(part):
            return False
        freq, tag = _entry(part) if len(part) >= 2 else (0, "")
        if tag in ("ns", "nt") or freq >= _ANCHORED_WORD_FREQ:
            return False
    return True


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
    if stop < 0 or len(item) != 4 or not _CJK.match(item) or boundary_strength(text[end:end + 8]) != PARTICLE:
        return name
    if not surname_length(item, anchored=True) or _NOT_IN_NAME_RE.search(item) or _entry(item)[1] \
            or item[-1] in NAME_END_CHARS or _entry(item[1:])[0] >= _FOLLOWING_WORD_FREQ:
        return name
    return item


def _vouched_name(text: str, pos: int, known: frozenset[str]) -> str | None:
    """An item of a bare list already two names long that reads as a name only where a
    post vouches for one (雷鸣, 江海): the list vouches for it when another 、 follows."""
    name = name_at(text, pos, known, anchored=True, min_strength=PARTICLE)
    return name if name and text[pos + len(name):pos + len(name) + 1] == "、" else None


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
