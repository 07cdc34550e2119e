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

from . import lexicon
from .wordre import words_pattern

#: Single-character surnames.  Characters that are far more often function words
#: or organisation prefixes than surnames in government news (区, 党, 全, 时, 明,
#: 南, 平, 国, 和, 相, 海, 强, 商, 来, 门…) are left out on purpose: a missed rare
#: surname costs one name, a kept one produces false people all over the archive.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹"
    "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
    "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司"
    "卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬"
    "师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥班储原"
    "栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄"
    "计索宣晋扈晁芮都阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜逯隆茹诸虎花习干"
)
#: Surnames that are also prepositions or adverbs (向大家介绍, 于会上表示, 都表示):
#: trusted only right after a title.
PREPOSITION_SURNAMES = frozenset("向于都")

COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "西门", "南宫", "独孤",
    "万俟", "闻人", "澹台", "公冶", "太叔", "申屠", "赫连", "拓跋", "呼延", "百里",
    "东郭", "第五", "左丘", "梁丘", "濮阳", "淳于", "单于", "仲孙", "叔孙", "乐正",
))

#: Words that end a name: verbs and phrases of the reporting register, near
#: certain; one-character particles (:data:`NAME_END_CHARS`) are weaker evidence
#: (see :func:`boundary_strength`).
NAME_END_WORDS = (
    "出席", "主持", "讲话", "表示", "指出", "强调", "要求", "介绍", "参加", "列席",
    "带队", "带领", "率队", "陪同", "传达", "宣读", "通报", "代表", "提出", "进行",
    "首先", "分别", "先后", "一行", "同志", "等人", "作了", "作动员", "作表态",
    "作重要", "作交流", "作工作", "作专题", "作总结", "作部署", "致辞", "发言",
    "认为", "希望", "深入", "察看", "查看", "调研", "检查", "看望", "慰问", "会见",
    "接见", "听取", "部署", "宣布", "点评", "总结", "主持召开", "召开", "前往",
    "来到", "走访", "督导", "参观", "考察", "现场", "随后", "亲自", "一同", "一起",
    "共同", "主讲", "授课", "宣讲", "解读", "批示", "指示", "寄语", "鼓励", "勉励",
    "带头", "牵头", "担任", "兼任", "逐一", "详细", "仔细", "实地", "就此", "对此",
    "在会上", "在讲话中", "讲道", "说道", "坦言", "告诉", "谈到", "回应", "答复",
    "作出", "主持会议", "到会", "就座", "出席会议", "发表", "签署", "接受", "抵达",
    "视察", "访问", "应邀", "率领", "莅临", "专程", "致信", "致电",
)
NAME_END_CHARS = "等在与和及向对为于从将已是作说就也还又再并同率称谈的均都"

_PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uffef!-/:-@\[-`{-~\u2010-\u206f·…—]")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")

#: A name never contains these (posts, organisation words, generic people).
_NOT_IN_NAME = (
    "书记", "主任", "组长", "部长", "局长", "区长", "县长", "市长", "镇长", "乡长",
    "委员", "常委", "巡察", "巡视", "领导", "同志", "干部", "代表", "成员", "人员",
    "负责", "党委", "党组", "政府", "会议", "工作", "新区", "街道", "社区", "办事处", "班子",
    "管委", "群众", "居民", "村民", "记者", "通讯", "主席", "秘书", "检察", "院长",
    "女士", "先生", "大爷", "大妈", "阿姨", "师傅", "老师", "同学", "老人", "专家",
)
_NOT_IN_NAME_RE = re.compile(words_pattern(_NOT_IN_NAME))
#: Characters that do not occur after the surname in a name (grammatical words).
_NOT_AFTER_SURNAME = set("的地得了是与及等对把被从们着过吗呢吧啊这那么个某各该")
#: A name never ends like an organisation or place does (红旗, 金连 as given
#: names are why 旗 and 连 are not here).
_ORG_ENDINGS = set("区县市省镇乡村局委办部组会院所处厅站队司社馆校厂店场园州盟营团署")


#: First characters of every surname, single or compound: a quick test before the full one.
SURNAME_STARTS = SURNAMES | {s[0] for s in COMPOUND_SURNAMES}


def surname_length(candidate: str) -> int:
    """1 or 2 when ``candidate`` starts with a surname, else 0."""
    if candidate[:2] in COMPOUND_SURNAMES:
        return 2
    if candidate[:1] in SURNAMES:
        return 1
    return 0


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
_ABSTRACT_SUFFIXES = frozenset("化性式型率度者")
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
def is_name(candidate: str, anchored: bool = False) -> bool:
    """Could ``candidate`` on its own be a Chinese personal name?

    ``anchored`` says a title stands right before it, which makes a name so
    likely that only frequent ordinary words are refused; a bare candidate
    must also not read as a phrase.
    """
    n = len(candidate)
    if not 2 <= n <= 4 or not _CJK.match(candidate):
        return False
    s = surname_length(candidate)
    if s == 0 or n - s < 1 or n - s > 2:
        return False
    if any(ch in _NOT_AFTER_SURNAME for ch in candidate[s:]):
        return False
    if candidate[-1] in _ORG_ENDINGS:
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


#: Boundary strengths (see :func:`boundary_strength`).
PUNCTUATION, END_WORD, PARTICLE, ORDINARY_WORD = 4, 3, 2, 1


@functools.lru_cache(maxsize=65536)
def boundary_strength(rest: str) -> int:
    """How surely a name ends right before ``rest``: punctuation or end of text,
    a verb or phrase of the reporting register (出席, 主持…), a one-character
    particle (等, 在, 和…), any other frequent word (组织学习, 到会指导), or 0."""
    if not rest or _PUNCT.match(rest[0]):
        return PUNCTUATION
    if rest.startswith(NAME_END_WORDS):
        return END_WORD
    if rest[0] in NAME_END_CHARS:
        return PARTICLE
    if _starts_with_word(rest):
        return ORDINARY_WORD
    return 0


def _starts_with_word(rest: str) -> bool:
    """Does ``rest`` open with a frequent ordinary word of two or more characters?"""
    for n in (2, 3, 4):
        freq, tag = _entry(rest[:n])
        if freq >= _FOLLOWING_WORD_FREQ and tag not in ("ns", "nt", "nz"):
            return True
    return False


def name_at(text: str, start: int, known: frozenset[str] = frozenset(),
            anchored: bool = False, min_strength: int = ORDINARY_WORD) -> str | None:
    """The personal name beginning at ``text[start]``, or None.

    Every length from 2 to 4 is tried; a length counts when the candidate is a
    name and a boundary of at least ``min_strength`` follows it.  A name known
    from elsewhere in the article wins, then the stronger boundary, then the
    usual length (3, 2, 4): this is what turns 党工委书记向阳作动员讲话 into
    向阳 and 组长欧阳建明作… into 欧阳建明.
    """
    if text[start:start + 1] not in SURNAME_STARTS:
        return None
    best: tuple[bool, int, int] | None = None
    found = None
    for cand, strength, usual in _name_choices(text[start:start + 12], anchored, min_strength):
        key = (cand in known, strength, usual)
        if best is None or key > best:
            best, found = key, cand
    return found


@functools.lru_cache(maxsize=65536)
def _name_choices(window: str, anchored: bool, min_strength: int) -> tuple[tuple[str, int, int], ...]:
    """Names :func:`name_at` may read at the start of ``window`` (the name and the eight
    characters after it): each with its boundary strength and how usual its length is."""
    out: list[tuple[str, int, int]] = []
    if not surname_length(window[:2]):
        return ()
    for length in (2, 3, 4):
        cand = window[:length]
        if len(cand) < length:
            break
        strength = boundary_strength(window[length:length + 8])
        if strength < min_strength or not is_name(cand, anchored):
            continue
        out.append((cand, strength, {3: 2, 2: 1, 4: 0}[length]))
    return tuple(out)


def is_boundary_char(ch: str) -> bool:
    """Punctuation or whitespace."""
    return bool(_PUNCT.match(ch))
