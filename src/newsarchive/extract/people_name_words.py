"""What a Chinese personal name looks like, and where one ends: the tests on a candidate.

Chinese text has no spaces, so a name is found by its edges: it starts with a
surname (a closed list, plus compound surnames such as 欧阳 and 司马) and ends
where punctuation, a verb of the reporting register (出席, 主持, 指出…) or a
particle (等, 在, 与…) begins.  Candidates that are ordinary words (方案, 应该),
place or organisation names (高新区, 郑东新区) or contain posts (书记, 组长) are
rejected here, so every extraction rule shares the same notion of "a name".
Reading names out of running text (lists, transliterated and dotted names) is
:mod:`.people_names`'s.
"""
from __future__ import annotations

import functools
import re

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
NEVER_LAST = chars("people", "never_last_in_name")
#: Characters many given names end in (see :func:`_opens_word_with`).
NAME_FINALS = chars("people", "name_final_chars")

PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uffef!-/:-@\[-`{-~\u2010-\u206f·…—]")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
#: A count of the people just named (两位, 三名同志).
_COUNT = re.compile(r"[0-9一二三四五六七八九十两]+[名位人]")

#: A name never contains these (posts, organisation words, generic people).
_NOT_IN_NAME = words("people", "not_in_name")
NOT_IN_NAME_RE = re.compile(words_pattern(_NOT_IN_NAME))
#: Characters that do not occur after the surname in a name (grammatical words).
_NOT_AFTER_SURNAME = chars("people", "not_after_surname")
_GIVEN_AFTER_TITLE = chars("people", "given_name_after_title")
#: A name never ends like an organisation or place does (红旗, 金连 as given
#: names are why 旗 and 连 are not here).
ORG_ENDINGS = chars("people", "org_endings")
#: Characters of names transliterated without a middle dot (希尼, 宝音满都呼).
TRANSLITERATION = chars("people", "transliteration_chars")


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
    return len(given) < 3 and (len(given) < 2 or word_entry(given)[0] < FOLLOWING_WORD_FREQ)


#: jieba tags of words that never serve as a given name: time (会上, 近日),
#: place and direction words, prepositions, conjunctions, particles, pronouns,
#: numerals and measure words.
_GRAMMAR_TAGS = frozenset(("t", "f", "s", "p", "c", "u", "r", "m", "q"))


@functools.lru_cache(maxsize=65536)
def word_entry(word: str) -> tuple[int, str]:
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
ANCHORED_WORD_FREQ = 300
#: A word this frequent after a candidate marks where the candidate ends.
FOLLOWING_WORD_FREQ = 100
#: Final characters of abstract nouns (常态化, 积极性), not of given names.
_ABSTRACT_SUFFIXES = chars("people", "abstract_suffixes")
#: A bare three-character candidate opening with a word this frequent is a phrase (安全员).
_PHRASE_HEAD_FREQ = 1000


def _word_weight(word: str) -> int:
    """Frequency of ``word`` as an ordinary word; place/organisation names weigh as
    much as a frequent word whatever their count."""
    freq, tag = word_entry(word)
    return max(freq, ANCHORED_WORD_FREQ) if tag in ("ns", "nt") else freq


def _looks_like_phrase(candidate: str, surname: int) -> bool:
    """Without a title in front: is ``candidate`` more likely words than a name?

    于会上 (于 + time word), 向大家 (向 + pronoun), 安全员 (a frequent word + 员),
    严管理 / 戴帽子 (one character + a frequent ordinary word), 常态化 (a suffix
    that makes abstract nouns).  Given names that are also place names or
    rare words (建国, 新军) pass.
    """
    given = candidate[surname:]
    freq, tag = word_entry(given)
    if len(given) == 2 and tag in _GRAMMAR_TAGS:
        return True
    if len(given) == 2 and tag not in ("ns", "nz") and freq >= _PHRASE_HEAD_FREQ:
        return True
    if candidate[-1] in _ABSTRACT_SUFFIXES:
        return True
    return len(candidate) == 3 and surname == 1 and _word_weight(candidate[:2]) >= _PHRASE_HEAD_FREQ


def _bare_post(given: str) -> bool:
    """Is ``given`` a post by itself (队长, 书记, 副组长)?  A surname before it makes a way
    of addressing its holder (王书记) or a verb before the post (任队长), never a name."""
    from .titles import POST_RE        # the post table loads with the titles, imported when first needed
    return POST_RE.fullmatch(given) is not None


@functools.lru_cache(maxsize=65536)
def is_name(candidate: str, anchored: bool = False, org_ending: bool = False, listed: bool = False) -> bool:
    """Could ``candidate`` on its own be a Chinese personal name?

    ``anchored`` says a title stands right before it, which makes a name so
    likely that only frequent ordinary words are refused; a bare candidate
    must also not read as a phrase.
    """
    n = len(candidate)
    if not 2 <= n <= 4 or not CJK.match(candidate):
        return False
    if n == 3 and candidate[1] in "不没" and candidate[0] == candidate[2]:
        return False                  # 领导廉不廉: a yes-or-no question (A不A), no name
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
    if candidate[:2] in NAME_END_WORDS:
        return False                  # 某书记强调要…: the verb after a post written with a surname
    if n - s >= 2 and _bare_post(candidate[s:]):
        return False                  # 由宣传委员任队长: 任 serves as the post, no surname of a name
    if candidate[-1] in ORG_ENDINGS and not (org_ending and anchored and n - s == 2):
        return False
    if NOT_IN_NAME_RE.search(candidate):
        return False
    head = candidate[:2]
    freq, tag = word_entry(head)
    if tag[:1] in ("p", "c", "r", "u") and freq >= ANCHORED_WORD_FREQ:
        return False                  # 关于党, 任何人, 那些…
    if anchored and s == 1 and candidate[0] in PREPOSITION_SURNAMES and n > 2 \
            and word_entry(candidate[1:])[0] >= _PHRASE_HEAD_FREQ and word_entry(candidate[1:])[1] != "ns":
        return False                  # 委员于会上发言, 代表向选民述职: the preposition and what it governs
    if anchored and n == 3 and tag[:1] == "v" and freq >= _VERB_HEAD_FREQ and candidate[2] in _AFTER_VERB:
        return False                  # 纪委书记申请后…: a frequent verb and its time word after a post
    if anchored:                      # place words pass: 江海, 黄山 are names too
        freq, tag = word_entry(candidate)
        return tag == "ns" or freq < ANCHORED_WORD_FREQ
    if s == 1 and candidate[0] in PREPOSITION_SURNAMES:
        return False
    return _word_weight(candidate) < _BARE_WORD_FREQ and not _looks_like_phrase(candidate, s)


#: A verb this frequent heading a three-character candidate, and a time or aspect word after
#: it (申请后, 安排时): a clause after a post, no name.
_VERB_HEAD_FREQ = 1000
_AFTER_VERB = frozenset("后时中前了过着")


#: A surname every table lists, put before a given name to test it alone.
_COMMON_SURNAME = "王"


def reads_as_given_name(given: str) -> bool:
    """Does ``given`` read as a given name after a common surname?  How a name whose surname
    the tables lack (沐某某, 和某某, a pen-name's 某某) is tested."""
    return is_name(_COMMON_SURNAME + given, anchored=True)


def rare_surname_name(token: str) -> bool:
    """Three characters a credit names whose surname the tables lack or list as rare
    (和某某, 公某某): a name when the given name reads as one after a common surname and the
    whole is no word."""
    return len(token) == 3 and not lexicon.tag(token) and reads_as_given_name(token[1:])


def _long_given_name(given: str) -> bool:
    """A three-character given name after a one-character surname (苏嘎尔布, names
    written from Yi or Tibetan) holds no particle, no function word and no
    ordinary word (马以提请的 is 马以 + 提请)."""
    if any(ch in NAME_END_CHARS or (lexicon.tag(ch) or "")[:1] in ("p", "c", "u", "d", "r") for ch in given):
        return False
    return not any(word_entry(given[i:i + 2])[0] >= FOLLOWING_WORD_FREQ for i in range(len(given) - 1))


#: Where a page cut its excerpt: one or two characters of the word it cut short, then an
#: ellipsis (某甲、某乙参 ...): the name ends before them about as surely as before a particle.
_ELLIPSIS = r"[ \u3000]*(?:…|⋯|\.{3})"
_CUT = re.compile(rf"[\u4e00-\u9fff]{{1,2}}{_ELLIPSIS}")
CUT_HERE = re.compile(_ELLIPSIS)
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
    if not rest or PUNCT.match(rest[0]):
        return PUNCTUATION
    if rest.startswith(NAME_END_WORDS) or _verb_with_zhe(rest) or _goes_to_place(rest) \
            or (rest[0] in _DIGITS and _DATE_AFTER.match(rest)) or at_a_date(rest) or _leads_a_body(rest) \
            or (rest[:1] == _AND_OTHERS and rest.startswith(NAME_END_WORDS, 1)) \
            or takes_a_post(rest) or _ON_BEHALF.match(rest) or _labels_a_post(rest):
        return END_WORD
    if rest[0] in NAME_END_CHARS or _COUNT.match(rest):
        return PARTICLE               # 等, 在…; 甲、乙两位同志
    if _starts_with_word(rest):
        return ORDINARY_WORD
    return 0


#: Acting for a body (某某受市委委托通报…, 某某受邀出席): the name has ended before 受.
_ON_BEHALF = re.compile(r"受[^，,。；;]{0,10}?(?:委托|邀请|委派|指派)|受邀")
#: 等 closing a list of names, then a reporting verb (某某等陪同): as sure an end as the verb.
_AND_OTHERS = "等"
#: A date or time in digits right after a name (书记某某11月21日在…, 某某3月底已被…): no
#: name holds a digit, and a date is what the sentence says next of the person.
_DATE_AFTER = re.compile(r"[0-9０-９]{1,4}[年月日时]")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: 于 and a date after a name (某某于4月17日带队…): the particle opens when the person acted.
_AT_DATE = re.compile(r"于\s*(?:\d{2,4}\s*年\s*)?[0-9０-９]{1,2}\s*月")


def at_a_date(rest: str) -> bool:
    """Does ``rest`` open with 于 and a date (某某于4月17日…)?"""
    return rest[:1] == "于" and _AT_DATE.match(rest) is not None
#: Verbs of leading or accompanying (某某带市政协考察团…, 某某率县委…), whose object is a body.
_LEADING = chars("people", "leading_chars")
#: Bodies such a verb leads: an organ (市委, 政协…), perhaps after its level (市政协, 县人大).
_BODY_HEADS = words("title_edges", "organ_heads")
_LEVELS = "省市县区州旗盟镇乡"


def _leads_a_body(rest: str) -> bool:
    """A verb of leading, then a body or a division's name ("带市政协考察团…", "率某县…"):
    the name before it has ended, though the verb's character may also close a given name."""
    if rest[:1] not in _LEADING:
        return False
    return rest.startswith(_BODY_HEADS, 1) or (rest[1:2] in _LEVELS and rest.startswith(_BODY_HEADS, 2)) \
        or _is_division_at(rest, 1)


#: Verbs of taking a post (任, 兼任, 为…), longest first: the data :mod:`.people_office` reads too.
OFFICE_VERBS = tuple(sorted(words("people", "office_verbs"), key=len, reverse=True))


def takes_a_post(rest: str) -> bool:
    """A verb of office, then a post ("任团长", "兼任副组长"): the name before it has ended."""
    if not rest.startswith(OFFICE_VERBS):
        return False
    verb = next(v for v in OFFICE_VERBS if rest.startswith(v))
    from .titles import POST_RE            # titles reads the posts; imported when first needed
    return POST_RE.match(rest, len(verb)) is not None


def _labels_a_post(rest: str) -> bool:
    """A post and a colon, the label of the next field of a list whose lines ran together
    (组长:某某副组长:某某): the name before the label has ended."""
    if ":" not in rest[:8] and "：" not in rest[:8]:
        return False
    from .titles import POST_RE            # titles reads the posts; imported when first needed
    post = POST_RE.match(rest)
    return post is not None and rest[post.end():post.end() + 1] in (":", "：")


#: Verbs of going that a place name follows (某某来某某区视察, 某某赴某县调研).
_GOING = "来到赴"


def _goes_to_place(rest: str) -> bool:
    """A verb of going, then a division's name ("来薛城区…", "赴某县…") or the place the text
    calls ours ("来我县…"): the name before it has ended, though 来 or 到 may also close a
    given name."""
    return rest[:1] in _GOING and (_is_division_at(rest, 1) or _OURS.match(rest, 1) is not None)


#: The place the text calls its own (我县, 我市).
_OURS = re.compile(r"我[省市县区州旗盟镇乡]")


def _is_division_at(rest: str, at: int) -> bool:
    """Does a division's name (some 2–5 characters) start at ``rest[at]``?"""
    from .gazetteer import divisions       # the gazetteer reads names; imported when first needed
    return any(divisions(rest[at:at + n]) for n in (2, 3, 4, 5))


def _verb_with_zhe(rest: str) -> bool:
    """A verb and 着 (冒着严寒, 带着深情, 沿着): what the person named before it did, as
    sure an end of the name as a reporting verb."""
    return rest[1:2] == "着" and (lexicon.tag(rest[:1]) or "")[:1] in ("v", "p") \
        and word_entry(rest[1:3])[0] < FOLLOWING_WORD_FREQ     # not 着手, 着力: 某某亮|着手…


def _starts_with_word(rest: str) -> bool:
    """Does ``rest`` open with a frequent ordinary word of two or more characters, or any
    four-character one?"""
    for n in (2, 3, 4):
        freq, tag = word_entry(rest[:n])
        if freq >= FOLLOWING_WORD_FREQ and tag not in ("ns", "nt", "nz"):
            return True
    return _four_character_word(rest[:4])


def _four_character_word(word: str) -> bool:
    """A four-character dictionary word (劳民伤财, an idiom or set phrase), however rare:
    no name runs on into one."""
    tag = lexicon.tag(word) if len(word) == 4 else None
    return tag is not None and lexicon.frequency(word) > 0 and tag not in ("ns", "nt", "nz") \
        and not tag.startswith("nr")
