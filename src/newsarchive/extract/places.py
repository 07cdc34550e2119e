"""Places named in an article, and the article's primary jurisdiction.

Place names are found by their administrative suffix (省, 市, 区, 县, 新区,
经开区, 镇, 乡, 街道, 社区, 村 …).  Where a name starts is the hard part in
running text (``在涪城区召开``, ``进驻禾丰镇``, ``按照中原区委``):

1. Walk back from the suffix over Chinese characters, up to a length per
   suffix, until a boundary: punctuation, the place before (``郑州市|金水区``),
   an organisation word (``明湖办事处|东风社区``) or a one-character function
   word (在, 对, 和 …).  Dictionary words that cannot stand in a name are cut
   off (``进驻``, ``按照``, ``良好``: jieba's tags say verb, preposition,
   adjective).  With no boundary within the length, the start is a guess, put
   at a word boundary.
2. A place word in jieba's dictionary (tag ``ns``) that reaches further left
   wins: ``于都县`` begins with 于, which is a function word elsewhere.

What is found is then checked:

* Generic nouns ending like places are no places: ``城市``, ``辖区``, ``小区``,
  ``社区`` or ``乡镇`` alone, ``城中村``, ``国家中心城市``, ``示范区`` and other
  kinds of zone; nor are suffixes that belong to another word (``区域``,
  ``市场``, ``村社``), names ending in an organisation character
  (``市委市政府``), or a verb before a body (``按照区委``, ``拨打县纪委``).
* jieba's word frequencies tell ordinary words (``联系``, ``东风``, ``中心``:
  frequent) from local names the dictionary happens to hold (``金水``, ``汇川``,
  ``忠清``: rare, and their tags unreliable).  A name that is an ordinary word,
  or ends like a generic noun (``老城区``), counts only where the text shows it
  is a place: chained after a larger place (``郑州市金水区``), under an office
  (``明湖办事处东风社区``), followed by its own body (``胜利街道党工委``,
  ``永和社区居民``), listed with other places (``丰乐乡、白华街道``), as the
  subject of a clause (``，汇川区召开…``), or confirmed by a clear mention
  elsewhere in the article.  A guessed start is corrected the same way
  (``孙高俊代表白沙镇党委`` → ``白沙镇`` when ``进驻白沙镇`` is in the article).
* Bare provinces (``河南``) and bare cities the dictionary knows with 市
  (``郑州``, named at least twice) are places too, written with their suffix.
  Development zones are written short (``郑州经开区`` → ``经开区``).

The district (primary jurisdiction) is decided by :func:`extract_district`;
see its docstring.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from ..records import Draft
from . import lexicon
from .folding import fold as _fold
from .lexicon import tag as _tag
from .wordre import words_pattern

PROVINCE, CITY, COUNTY, TOWN, VILLAGE = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class _Suffix:
    text: str
    level: int
    min_name: int
    max_name: int
    canonical: str | None = None   # short form when the name part is only a city (郑州经开区 → 经开区)


# Longest first: at one position the longest suffix wins (经济技术开发区 before 开发区).
_SUFFIXES = tuple(sorted([
    _Suffix("特别行政区", PROVINCE, 2, 2),
    _Suffix("自治区", PROVINCE, 2, 5),
    _Suffix("省", PROVINCE, 2, 3),
    _Suffix("自治州", CITY, 2, 10),
    _Suffix("市", CITY, 2, 4),
    _Suffix("自治县", COUNTY, 2, 10),
    _Suffix("自治旗", COUNTY, 2, 8),
    _Suffix("县", COUNTY, 2, 4),
    _Suffix("旗", COUNTY, 99, 5),            # banners only as dictionary words: 红旗 is no banner
    _Suffix("区", COUNTY, 2, 4),
    _Suffix("新区", COUNTY, 2, 4),
    _Suffix("开发区", COUNTY, 2, 6),
    _Suffix("经济技术开发区", COUNTY, 2, 4, "经开区"),
    _Suffix("经济开发区", COUNTY, 2, 4, "经开区"),
    _Suffix("经开区", COUNTY, 0, 4, "经开区"),
    _Suffix("高新技术产业开发区", COUNTY, 2, 4, "高新区"),
    _Suffix("高新区", COUNTY, 0, 4, "高新区"),
    _Suffix("镇", TOWN, 2, 4),
    _Suffix("乡", TOWN, 2, 4),
    _Suffix("街道", TOWN, 2, 6),
    _Suffix("社区", VILLAGE, 2, 6),
    _Suffix("村", VILLAGE, 2, 4),
], key=lambda s: -len(s.text)))
_SUFFIX_CHARS = {s.text[0] for s in _SUFFIXES}
_SUFFIX_OF = {s.text: s for s in _SUFFIXES}
_SUFFIX_RE = re.compile(words_pattern(s.text for s in _SUFFIXES))

_PROVINCES = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市", "河北": "河北省",
    "山西": "山西省", "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省", "江苏": "江苏省",
    "浙江": "浙江省", "安徽": "安徽省", "福建": "福建省", "江西": "江西省", "山东": "山东省",
    "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省", "海南": "海南省",
    "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省", "甘肃": "甘肃省",
    "青海": "青海省", "台湾": "台湾省", "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区",
    "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
    "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}

#: Words right before a name that end it on the left (organisations, not places).
_ORG_WORDS = ("办事处", "管委会", "管理委员会", "党工委", "党委", "委员会", "人民政府", "政府",
              "党组", "党支部", "街道办", "工委", "纪委", "监委", "政协", "人大", "街道", "社区", "中共")
#: One-character function words that end a name on the left.
_STOP_CHARS = set("在对于向到赴和与及暨同从至了着的是为以由将各全本该每此其个等把被让给据按所辖即并或又也都已均仅驻就届第年包")
#: Two-character generic nouns that end like a place (城市, 辖区, 小区 …): never a name's end.
_GENERIC_TAILS = {
    "都市", "县市", "市区", "辖区", "小区", "园区", "景区", "郊区", "片区", "街区",
    "校区", "库区", "老区", "灾区", "矿区", "林区", "牧区", "营区", "社区", "地区", "乡镇",
    "村镇", "集镇", "农村", "乡村", "全村", "县乡", "市县", "省市", "全省",
    "全市", "全区", "全县", "全镇", "全乡", "本市", "该市", "本区", "本县", "小镇", "名镇", "强镇",
    "名村", "强村", "小村", "古村",
}
#: Longer generic nouns ending like a place.
_GENERIC_WORDS = {"城中村", "完整社区", "文明社区", "和谐社区", "智慧社区", "绿色社区", "美丽乡村", "特色小镇"}
_GENERIC_LENGTHS = sorted({len(w) for w in _GENERIC_WORDS})
#: Words that make 区 a kind of zone rather than a name.
_ZONE_WORDS = ("先导", "核心", "示范", "先行", "功能", "集聚", "试验", "实验", "引领", "承载", "聚集", "保护",
               "开放", "合作", "发展", "服务", "风景", "旅游", "商务", "产业", "工业", "物流", "创新", "改革",
               "综合", "生态", "居住", "商业", "办公", "生活", "核心")
#: Generic nouns that may also end a real name (老城区 but 樊城区; 城镇 but 北义城镇;
#: 文明城市 but 共青城市).
_MAYBE_GENERIC_TAILS = {"城市", "城区", "山区", "军区", "山村", "城乡", "城镇", "新村", "古镇", "重镇", "新镇", "老村", "村村"}
#: Single characters that keep a generic tail generic (老城区, 主城区, 新城区).
_GENERIC_LEADS = {"", "老", "主", "旧", "新", "全", "各", "本", "该", "原", "大", "小", "城", "市", "县", "乡",
                  "区", "省", "镇", "州"}
#: Characters after a suffix that make it part of another word (区域, 市场, 村社, 县级).
_CONTINUATIONS = {
    "区": "域间别分块位", "市": "场值容貌井域级直群", "县": "级域直", "乡": "村亲愁土风镇贤",
    "村": "社组级落庄务容貌情规", "镇": "压守静定", "省": "份略钱级直",
}
#: A name never ends with an organisation character (市委市政府: 市委 is no name).
_ORG_END = set("委府局部办组会处厅院所队")
#: Tags of dictionary words that may stand inside a place name (nouns, abbreviations, locatives).
_NAME_TAGS = ("n", "j", "g", "s")
#: A dictionary word this frequent is an ordinary word (文化, 联系, 中心), not a local name
#: (金水, 汇川, 忠清 are in the dictionary too, but rare).
_ORDINARY_FREQ = 300
#: Last characters of toponyms: a name ending so is a name even when made of ordinary words.
_TOPONYM_ENDS = set("路街巷道桥湖山河港湾庄园门坊里沟坡岭江溪塘坝洲岛")
#: Measure words: a numeral word holding one is a count, not a name (三个, 多名, 首批).
_COUNTERS = set("个名家批次些多余几届轮项条件位")
#: Below this frequency jieba's tag of a word says little: 忠清 "verb", 通许 "adverb".
_GRAMMAR_FREQ = 30
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]*")
_NON_CJK = re.compile(r"[^\u4e00-\u9fff]")
_ORG_BEFORE = re.compile(words_pattern(_ORG_WORDS) + "$")
_PROVINCE_RE = re.compile(words_pattern(_PROVINCES))
_CLAUSE_START = re.compile(r"(?:^|[,，。;；:：!！?？、)）\]】」』“”\"\n]|本报讯|讯|日|午|晚|近日|日前)\s*$")
_LOCATIVE = re.compile(r"(?:在|到|对|来到|走进|进驻|深入|赴|前往|位于)$")
_PLACE_NEXT = re.compile(r"^(?:[,，。;；、]|党|委|居委会|村委会|等)")
_ORGAN_AFTER = re.compile(r"委|政府|人大|政协|纪委|监委|党工委")
_MEETING_NEXT = re.compile(r"^(?:召开|举行|举办|部署|开展|启动)")
_OWN_BODY = re.compile(r"^(?:党委|党工委|党总支|党支部|居委会|村委会|居民|村民|办事处)")
_SUBJECT_NEXT = re.compile(r"^(?:召开|举行|举办|开展|部署|组织|启动|推进|实施|出台|印发|发布|成立|召集|党|委|政府|人大|政协|纪委)")


@dataclass(frozen=True)
class Place:
    """A place mention: span in the (folded) text, name as written, canonical name, level."""

    start: int
    end: int
    name: str
    canonical: str
    level: int


@dataclass(frozen=True)
class _Candidate:
    place: Place
    common: bool      # the name part is an ordinary word (东风, 联系): needs support
    guessed: bool     # the start was guessed: no boundary within the name length
    chain_only: bool  # the name part is one verb or the like (保定): only a chain or 召开 supports it
    generic: bool = False  # ends like a generic noun (老城区, 县城市): only a chain or a subject
    verbal: bool = False   # the name part is one verb (巡察|镇党委 is no town)


@functools.lru_cache(maxsize=1)
def _bare_cities() -> frozenset[str]:
    """City names the dictionary knows both bare and with 市 (郑州 / 郑州市)."""
    return lexicon.derived_words("bare-cities", _scan_bare_cities)


def _scan_bare_cities() -> Iterator[str]:
    for w, value in lexicon.entries().items():
        if len(w) >= 3 and w.endswith("市") and lexicon.unpack(value)[1] == "ns" and _tag(w[:-1]) == "ns":
            yield w[:-1]


def _ordinary(word: str) -> bool:
    """A frequent dictionary word that is no place word: 文化, 联系, 中心 (not 中原, 金水)."""
    return len(word) >= 2 and lexicon.frequency(word) >= _ORDINARY_FREQ and _tag(word) != "ns"


def _grammar_word(word: str, flag: str, trust_rare: bool) -> bool:
    """A word that cannot stand inside a name: a verb, preposition, adjective (进驻, 按照, 良好).

    A rare word's tag is trusted only where ``trust_rare`` (the name's start is a guess
    and the word does not end the name: 居民|牵手|社区 is left whole for support to decide).
    """
    if flag == "m" and not _COUNTERS & set(word):
        return False     # 三元, 九龙: numerals in names; 三个, 多名 are counts
    return len(word) >= 2 and not flag.startswith(_NAME_TAGS) \
        and (trust_rare or lexicon.frequency(word) >= _GRAMMAR_FREQ)


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's dictionary cut of ``text`` with part-of-speech tags (no HMM)."""
    return tuple(lexicon.pos_cut(text))


def _trim_name(name: str, guessed: bool = False) -> str:
    """Drop everything up to the last dictionary word that cannot be part of a name.

    The word right before the suffix is always kept (保定, 南部, 三元: a verb, a direction
    and a numeral to jieba); a name that is one such word needs support to count.
    """
    tokens = _tokens(name)
    keep = 0
    for i, (word, flag) in enumerate(tokens):
        if _grammar_word(word, flag, guessed and i < len(tokens) - 1):
            keep = i + 1
    if keep == len(tokens):
        keep -= 1        # the word next to the suffix stays; support decides (保定|市)
    return "".join(w for w, _ in tokens[keep:])


def _rejected(text: str, start: int, s: int, suf: _Suffix, generic: bool = True) -> bool:
    """Generic nouns, organisation words and suffixes that belong to another word."""
    name, end = text[start:s], s + len(suf.text)
    if name and set(name) <= _SUFFIX_CHARS:     # 区区
        return True
    if name and name[-1] in _ORG_END and _tag(name + suf.text) != "ns":   # 市委|市 (not 南部县)
        return True
    if name in _GENERIC_TAILS | _MAYBE_GENERIC_TAILS or name + suf.text in _GENERIC_WORDS:
        return True      # 城市新区, 城中村
    if suf.text == "区" and name.endswith(_ZONE_WORDS):
        return True      # 先导区, 核心区, 示范区: kinds of zone, not names
    if end < len(text) and text[end] in _CONTINUATIONS.get(suf.text, ""):
        return True
    if not generic:
        return False
    full = name + suf.text
    if len(suf.text) == 1 and full[-2:] in _GENERIC_TAILS:
        return True
    for j in range(1, len(name)):
        tail = name[-j:] + suf.text     # a generic noun at the end: 中央|文化区, 产城融合|示范区
        kind = _tag(tail) or "" if len(tail) >= 3 else ""
        if kind.startswith("n") and kind != "ns" and not kind.startswith("nr"):
            return True
    return False


def _maybe_generic(name: str, full: str) -> bool:
    """A name ending like a generic noun that may be one: 老城区, 文明城市 (not 樊城区, 共青城市)."""
    return full[-2:] in _MAYBE_GENERIC_TAILS and len(full) - len(name) == 1 and _generic_rest(name[:-1])


def _generic_rest(rest: str) -> bool:
    """Whether what stands before a generic tail leaves it generic (中心|城市, 老|城区)
    or makes it a name (北义|城镇, 东|城区)."""
    if len(rest) <= 1:
        return rest in _GENERIC_LEADS or rest in _STOP_CHARS
    return _ordinary(_tokens(rest)[-1][0])


def _common(name: str, full: str, guessed: bool) -> bool:
    """True when the name part is or ends in an ordinary word (联系, 东风, 城市先导) and the
    whole is no dictionary place: such a name needs support before it counts.  Names that
    end like a toponym (人民路, 天子湖) or an ethnic autonomy (彝族自治县) need none."""
    if _maybe_generic(name, full):
        return True
    if _tag(full) == "ns" or not name or name[-1] in _TOPONYM_ENDS or "自治" in full:
        return False
    words = [w for w, _ in _tokens(name)]
    if _ordinary(name) or _ordinary(words[-1]) or _grammar_name(name):
        return True
    return any(map(_ordinary, words)) and (guessed or len(words[-1]) >= 2)   # 居民|牵手社区


def _grammar_name(name: str) -> bool:
    """A name part that is one verb, preposition or the like (保定|市, 按照|区委, 巡察|县):
    a place only when chained to another (保定市溪前镇) or holding a meeting (保定市召开)."""
    tokens = _tokens(name)
    return len(tokens) == 1 and len(name) >= 2 and _grammar_word(name, tokens[0][1], False)


def _org_before(text: str, pos: int) -> bool:
    return _ORG_BEFORE.search(text, max(0, pos - 5), pos) is not None


def _name_start(text: str, s: int, lo: int, suf: _Suffix) -> tuple[int, bool] | None:
    """Where the name ending at ``s`` (the suffix start) begins, and whether that is a guess.

    None when no name stands before the suffix (市委, 辖区).
    """
    walked = _walk_back(text, s, lo, suf)
    # a dictionary place word reaching further left wins (于都县: 于 is no boundary there)
    for k in range(min(suf.max_name, s - lo), 0, -1):
        if walked is not None and k <= s - walked[0]:
            break
        if _dictionary_place(text, s - k, s, suf):
            return s - k, False
    return walked


def _dictionary_place(text: str, start: int, s: int, suf: _Suffix) -> bool:
    end = s + len(suf.text)
    full = text[start:end]
    if any(text[max(0, end - n):end] in _GENERIC_WORDS for n in _GENERIC_LENGTHS):
        return False   # 中村 inside 城中村
    if _tag(full) != "ns" or _CJK_ONLY.fullmatch(text, start, s) is None:
        return False
    name = text[start:s]
    if full[-2:] in _GENERIC_TAILS | _MAYBE_GENERIC_TAILS \
            and (name[0] in _STOP_CHARS or _generic_rest(name[:-1])):
        return False   # 城市, 各乡镇, 文明城市: dictionary "places" that are generic nouns
    if s - start == 1 and text[start] in _STOP_CHARS:
        return False   # 和县 in 组织部和县委: the function word, not the county
    return not _rejected(text, start, s, suf, generic=False)


def _walk_back(text: str, s: int, lo: int, suf: _Suffix) -> tuple[int, bool] | None:
    """The name start found by walking back from the suffix (step 1 of the module docstring)."""
    i = s
    while i > lo and s - i < suf.max_name:
        c = text[i - 1]
        if not "\u4e00" <= c <= "\u9fff" or _org_before(text, i):  # _CJK, compared: run per character
            break
        if c in _STOP_CHARS and not _stop_in_name(text, i, s, lo, suf):
            break
        i -= 1
    guessed = s - i == suf.max_name and i > lo and "\u4e00" <= text[i - 1] <= "\u9fff" \
        and text[i - 1] not in _STOP_CHARS and not _org_before(text, i)
    if guessed:
        # no boundary found: start the name at a word boundary, not inside a word
        left = max(lo, i - 3)
        bounds, pos = [], left
        for word, _ in _tokens(text[left:s]):
            bounds.append(pos)
            pos += len(word)
        aligned = [b for b in bounds if s - b <= suf.max_name]
        i = min(aligned) if aligned else s
    if i > lo and text[i - 1] in _STOP_CHARS and not guessed and not _stop_in_name(text, i, s, lo, suf):
        # the stop may begin a word reaching into the name (按|照中原): cut by words
        raw = text[i - 1:s]
        first, tag = _tokens(raw)[0]
        if len(first) >= 2 and not tag.startswith(_NAME_TAGS):
            name = _trim_name(raw[len(first):])     # 按照|中原: a function word
        else:
            name = _trim_name(raw[1:])              # 在|涪城, 全|国文明城
    else:
        name = _trim_name(text[i:s], guessed) if i < s else ""
    start = s - len(name)
    if len(name) < suf.min_name and not _one_character_county(text, start, s, lo, suf):
        return None
    if _rejected(text, start, s, suf):
        return None
    return start, guessed


def _one_character_county(text: str, start: int, s: int, lo: int, suf: _Suffix) -> bool:
    """赵县, 沛县: a one-character county name, written right after a clear boundary."""
    if suf.text != "县" or s - start != 1 or text[start] in _GENERIC_LEADS | _STOP_CHARS:
        return False
    return start == 0 or (not _CJK.match(text[start - 1]) and not text[start - 1].isalnum()) \
        or _org_before(text, start)


def _stop_in_name(text: str, i: int, s: int, lo: int, suf: _Suffix) -> bool:
    """Whether the function character at ``i - 1`` belongs to the name after all.

    It does when it ends a dictionary place word (中和|街道); when it stands right before
    the suffix after a character that is no word of its own (永和|街道, not 部门和|街道);
    or when the name would be too short without it and a boundary stands before it
    (在|和金|社区) — unless the dictionary knows the shorter name (为|丰县).
    """
    if any(_tag(text[i - k:i]) == "ns" for k in (2, 3) if i - k >= lo):
        return True
    before = text[i - 2] if i - 2 >= lo else ""
    boundary = not before or not _CJK.match(before) or before in _STOP_CHARS
    if i == s and text[i - 1] == "和" and suf.level >= TOWN and not boundary \
            and before not in _ORG_END and not _org_before(text, i - 1):
        last = _tokens(text[max(lo, i - 5):i - 1])[-1][0]
        return len(last) == 1
    if _tag(text[i:s + len(suf.text)]) == "ns":
        return False
    return 1 <= s - i < suf.min_name and boundary


@functools.lru_cache(maxsize=512)
def _scan(text: str) -> tuple[_Candidate, ...]:
    """Every suffix-marked place candidate of a folded text, in order."""
    out: list[_Candidate] = []
    breaks = [m.start() for m in _NON_CJK.finditer(text)]
    last_end = 0
    for m in _SUFFIX_RE.finditer(text):
        i, suf = m.start(), _SUFFIX_OF[m.group()]
        k = bisect.bisect_left(breaks, i)
        lo = max(last_end, breaks[k - 1] + 1 if k else 0)
        found = _name_start(text, i, lo, suf)
        end = m.end()
        if found is None:
            continue
        start, guessed = found
        upper = _SUFFIX_RE.match(text, end)
        if upper is not None and (_SUFFIX_OF[upper.group()].level < suf.level
                                  or (suf.text, upper.group()) == ("县", "区")):
            continue      # 宁乡|市, 安乡|县, 沙县|区: the name goes on into a larger place
        if suf.canonical == suf.text and start < i and not _is_city_prefix(text[start:i]):
            start, guessed = i, False      # 经开区 stands alone; what precedes is no part of it
        name = text[start:end]
        place = Place(start, end, name, _canonical(name, suf), suf.level)
        part = text[start:i]
        if suf.level <= COUNTY and _ORGAN_AFTER.match(text, end) and _verb_before_organ(part, name):
            continue      # 按照区委, 紧扣区委, 可拨打县纪委: a verb and a body with no name
        chain_only = _grammar_name(part) and _tag(name) is None
        tag = _tokens(part)[0][1] if part else ""
        verbal = chain_only and tag.startswith("v") and tag != "vn"
        out.append(_Candidate(place, _common(part, name, guessed), guessed, chain_only,
                              _maybe_generic(part, name), verbal))
        last_end = end
    return tuple(out)


def _verb_before_organ(part: str, name: str) -> bool:
    """Whether a name part holds a verb-like word while the dictionary knows no such place."""
    if _tag(name) is not None:
        return False
    return any(len(w) >= 2 and not f.startswith(_NAME_TAGS) and _grammar_word(w, f, True)
               for w, f in _tokens(part))


def _is_city_prefix(prefix: str) -> bool:
    return prefix in _bare_cities() or prefix in _PROVINCES or prefix.endswith(("市", "省"))


def _canonical(name: str, suf: _Suffix) -> str:
    prefix = name[: len(name) - len(suf.text)]
    if suf.canonical and (not prefix or _is_city_prefix(prefix)):
        return suf.canonical
    return name


def _supported(text: str, cands: Sequence[_Candidate], k: int) -> bool:
    """An ordinary-word name counts when the text shows it is a place: chained to
    another place (郑州市金水区, 游仙区富乐街道), under an office (明湖办事处东风社区),
    followed by its own body (胜利街道党工委, 永和社区居民), the subject of a clause
    (``，汇川区召开…``, ``梅花街道：…``), listed with other places (``丰乐乡、白华街道``),
    or where one goes (``在红旗社区，``)."""
    p = cands[k].place
    before = cands[k - 1].place if k > 0 else None
    after = cands[k + 1].place if k + 1 < len(cands) else None
    if before is not None and before.end == p.start and before.level <= p.level:
        return True      # a chain runs from the larger place to the smaller
    if after is not None and after.start == p.end and after.level >= p.level and not cands[k].generic:
        return True
    before, after = text[max(0, p.start - 6):p.start], text[p.end:p.end + 4]
    if cands[k].chain_only:    # 保定市召开, 胜利街道党工委, but not 按照区委, 紧扣区委
        return bool(_CLAUSE_START.search(before) and _MEETING_NEXT.match(after)) or _listed(cands, k, text) \
            or (p.level >= TOWN and bool(_OWN_BODY.match(after)) and not cands[k].verbal)
    if cands[k].generic:       # 老城区委, 呼和浩特市新城区, but not 县城市管理局, 中心城市先导区
        chained = k > 0 and cands[k - 1].place.end == p.start and cands[k - 1].place.level <= p.level
        return chained or bool(_CLAUSE_START.search(before) and _SUBJECT_NEXT.match(after))
    if _org_before(text, p.start) or _OWN_BODY.match(after):
        return True      # 明湖办事处|东风社区; 胜利街道|党工委, 永和社区|居民
    if _CLAUSE_START.search(before) and (_SUBJECT_NEXT.match(after) or after[:1] in ":："):
        return True      # 汇川区召开…; 梅花街道：甜瓜管护正当时
    if _listed(cands, k, text):
        return True      # 会上，丰乐乡、白华街道、…
    return p.level >= TOWN and bool(_LOCATIVE.search(before) and _PLACE_NEXT.match(after))


def _listed(cands: Sequence[_Candidate], k: int, text: str) -> bool:
    """Whether the candidate stands in a list of places (joined by 、)."""
    p = cands[k].place
    for j in (k - 1, k + 1):
        if 0 <= j < len(cands):
            q = cands[j].place
            gap = text[q.end:p.start] if j < k else text[p.end:q.start]
            if gap == "、" and not cands[j].common:
                return True
    return False


def _confident(text: str) -> set[str]:
    """Names found with a clear boundary in ``text`` (pass one of :func:`article_places`)."""
    text = _fold(text)
    cands = _scan(text)
    return {c.place.name for k, c in enumerate(cands)
            if not c.guessed and (not c.common or _supported(text, cands, k))}


def find_places(text: str, known: Iterable[str] = ()) -> list[Place]:
    """Every place mention in ``text``, in order, with spans into ``fold(text)``.

    ``known`` holds names found with a clear boundary elsewhere in the article:
    a guessed start is corrected to a known name it ends with (代表白沙镇 →
    白沙镇), and a common-word name (金水区) counts when it is known.
    """
    return list(_find_places(_fold(text), frozenset(known)))


@functools.lru_cache(maxsize=1024)
def _find_places(text: str, known: frozenset[str]) -> tuple[Place, ...]:
    """:func:`find_places` of a folded text (cached: the district reads the texts again)."""
    cands = _scan(text)
    out: list[Place] = []
    for k, c in enumerate(cands):
        p = c.place
        if c.guessed:
            shorter = sorted(n for n in known if p.name.endswith(n) and n != p.name)
            if shorter:
                n = max(shorter, key=len)
                p = Place(p.end - len(n), p.end, n, p.canonical if p.canonical != p.name else n, p.level)
        if c.common and p.name not in known and not _supported(text, cands, k):
            continue
        out.append(p)
    return tuple(_with_bare_names(text, out, known))


def article_places(texts: Sequence[str]) -> list[list[Place]]:
    """Places of each text of one article, names confirmed across the whole article."""
    known = _article_known(texts)
    return [find_places(t, known) for t in texts]


def _article_known(texts: Sequence[str]) -> frozenset[str]:
    """Names the article confirms: clear-boundary names, and bare cities named twice."""
    return _known_in(tuple(texts))


@functools.lru_cache(maxsize=64)
def _known_in(texts: tuple[str, ...]) -> frozenset[str]:
    known: set[str] = set()
    bare: Counter[str] = Counter()
    for t in texts:
        known |= _confident(t)
        bare.update(_bare_city_mentions(_fold(t)))
    return frozenset(known | {name for name, n in bare.items() if n >= 2})


def _bare_city_mentions(text: str) -> list[str]:
    return _bare_city_re().findall(text)


@functools.lru_cache(maxsize=1)
def _bare_city_re() -> re.Pattern[str]:
    return re.compile(words_pattern(_bare_cities()))


def _with_bare_names(text: str, found: list[Place], known: frozenset[str]) -> list[Place]:
    """Add bare provinces (河南) and bare dictionary cities (郑州) named at least twice in
    the text or the article, or also named with their suffix."""
    taken = [(p.start, p.end) for p in found]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    provinces, cities = _bare_mentions(text)
    if not provinces and not cities:
        return found
    extra = [p for p in provinces if free(p.start, p.end)]
    counts = Counter(p.name for p in cities)
    suffixed = {p.canonical for p in found}
    for p in cities:
        if counts[p.name] < 2 and p.name not in known and p.canonical not in suffixed:
            continue
        if free(p.start, p.end):
            extra.append(p)
    return sorted(found + _drop_overlaps(extra), key=lambda p: (p.start, -p.end))


@functools.lru_cache(maxsize=512)
def _bare_mentions(text: str) -> tuple[tuple[Place, ...], tuple[Place, ...]]:
    """Bare province and city names in a folded text (河南 → 河南省, 郑州 → 郑州市)."""
    provinces = tuple(Place(m.start(), m.end(), m.group(), _PROVINCES[m.group()], PROVINCE)
                      for m in _PROVINCE_RE.finditer(text)
                      if not text.startswith(("省", "市", "自治区"), m.end()))
    cities = tuple(Place(m.start(), m.end(), m.group(), m.group() + "市", CITY)
                   for m in _bare_city_re().finditer(text) if not text.startswith("市", m.end()))
    return provinces, cities


def _drop_overlaps(places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in sorted(places, key=lambda p: (p.start, -(p.end - p.start))):
        if not out or p.start >= out[-1].end:
            out.append(p)
    return out


def _draft_texts(draft: Draft) -> list[str]:
    return [t for t in (draft.title, draft.subtitle, *draft.paragraphs) if t]


def extract_places(draft: Draft) -> tuple[str, ...]:
    """Canonical place names of the article, first mention first, each once."""
    seen: dict[str, None] = {}
    for places in article_places(_draft_texts(draft)):
        for p in places:
            seen.setdefault(p.canonical, None)
    return tuple(seen)


# --- district -----------------------------------------------------------------

#: Organisation words whose first character gives the level of a body with no name (市委 → city).
_BARE_ORG = re.compile(
    r"^(?:中共)?(?:[\d一二三四五六七八九十]+届)?(省|市|区|县|州|旗|镇|乡)"
    r"(委员会|委|政府|人大|政协|纪委|监委|领导|党工委|人民|长|直|属)"
    r"|^(?:中共)?(?:[\d一二三四五六七八九十]+届)?区(党工委)|^(中央|国务院)")
NATIONAL = 0
_LEVEL_OF = {"省": PROVINCE, "市": CITY, "州": CITY, "区": COUNTY, "县": COUNTY, "旗": COUNTY,
             "镇": TOWN, "乡": TOWN, "中央": NATIONAL, "国务院": NATIONAL}
_LEAD_NOISE = re.compile(
    r"^(?:\s|本报讯|讯|[(（][^)）]{0,40}[)）]|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|[上下]午|晚上?|早上|凌晨|中午|"
    r"近日|日前|近期|昨天|昨日|今天|今日|随后|同日|当天|[,，:：、])+")
_CLAUSE_SPLIT = re.compile(r"[,，。;；!！?？:：\n]")
_ORGANS = ("委", "政府", "人大", "政协", "党工委", "纪委", "监委", "委员会")
_TARGET_VERB = re.compile(r"(?:进驻|巡视|巡察|对|赴|到|来到|走进|深入)")


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(_fold(text)) if c.strip()]


def _subject(clause: str, known: frozenset[str]) -> tuple[list[Place], int | None, str]:
    """The place chain starting the clause, or the level and organ of a body written
    without its place (市委 → CITY, 委; 区政协 → COUNTY, 政协)."""
    clause = _LEAD_NOISE.sub("", clause)
    clause = re.sub(r"^(?:中共|[\d一二三四五六七八九十]+届)+", "", clause)
    places = find_places(clause, known)
    chain: list[Place] = []
    pos = 0
    for p in places:
        if p.start != pos:
            break
        chain.append(p)
        pos = p.end
    if chain:
        return chain, None, ""
    m = _BARE_ORG.match(clause)
    if m:
        organ = m.group(2) or m.group(3) or ""
        return [], _LEVEL_OF[m.group(1) or m.group(4) or "区"], organ
    return [], None, ""


def _pick(chain: Sequence[Place]) -> Place | None:
    """The most specific place of city or county level in a chain (郑州市金水区 → 金水区)."""
    good = [p for p in chain if p.level in (CITY, COUNTY)]
    return good[-1] if good else None


def _ranked(places: Iterable[Place], levels: tuple[int, ...]) -> list[str]:
    """Canonical names of the given levels, most mentioned first, ties by first mention."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, p in enumerate(places):
        if p.level in levels:
            counts[p.canonical] += 1
            first.setdefault(p.canonical, i)
    return sorted(counts, key=lambda c: (-counts[c], first[c]))


def _parent(all_places: list[list[Place]], town: Place) -> str | None:
    """The county or city written before a town in a chain (樊城区米公街道 → 樊城区,
    保定市溪前镇庄明社区 → 保定市)."""
    for places in all_places:
        for k, p in enumerate(places):
            if p.canonical != town.canonical:
                continue
            j = k
            while j > 0 and places[j - 1].end == places[j].start:
                j -= 1
                if places[j].level in (CITY, COUNTY):
                    return places[j].canonical
    return None


def _bare_level(level: int, organ: str, texts: list[str], per_text: list[list[Place]]) -> str | None:
    """Resolve 市委/区政协/县委 to a named place of that level: one written with the same
    organ (老河口市委) first, then the most mentioned (郑州 in 郑州国家中心城市)."""
    bodies: Counter[str] = Counter()
    for text, places in zip(texts, per_text):
        folded = _fold(text)
        for p in places:
            if p.level == level and organ in _ORGANS and folded.startswith(organ, p.end):
                bodies[p.canonical] += 1
    if bodies:
        return sorted(bodies, key=lambda c: (-bodies[c], c))[0]
    ranked = _ranked([p for ps in per_text for p in ps], (level,))
    return ranked[0] if ranked else None


def _first_in_lead(draft: Draft, known: frozenset[str]) -> str | None:
    """The first city or county the lead names (most specific in its chain)."""
    for sentence in _lead_sentences(draft):
        places = find_places(sentence, known)
        for k, p in enumerate(places):
            if p.level in (CITY, COUNTY):
                chain = [p]
                for q in places[k + 1:]:
                    if q.start != chain[-1].end:
                        break
                    chain.append(q)
                picked = _pick(chain)
                if picked is not None:
                    return picked.canonical
    return None


def extract_district(draft: Draft) -> str | None:
    """The article's primary jurisdiction, as a canonical short name (金水区, 经开区, 郑州市).

    Front matter ``district`` wins.  Otherwise the subject of the lead decides:
    the title, subtitle and first sentence of the first paragraph are read clause
    by clause, and the first clause that starts with a place or a body decides.

    * A named city or county (``中原区召开…``, ``经开区党工委…``) is the district;
      in a chain (``郑州市金水区``) the most specific one.
    * A province or provincial body (``省委第七巡视组…进驻郑州市金水区``) is a
      higher authority visiting: the city or county it visits, named in the same
      sentence, is the district.  A central body (``中央第三巡视组巡视江苏省委``)
      may visit a province.
    * A town or street (``米公街道…``) belongs to the county written before it in
      the article (``樊城区米公街道``), else to the first county or city of the
      lead, else to the most mentioned one.
    * A body without a name (``市委…``, ``区委…``, ``区领导…``) is the place of
      that level written with its own body elsewhere (``老河口市委``), else the
      most mentioned place of that level (郑州 in ``郑州国家中心城市``).

    Without a subject, the first county or city of the lead wins (``记者走进武平县
    英岭镇…``), else the most mentioned; a town, then a province, only when nothing
    else is named.
    """
    fm = draft.front_matter.get("district") if draft.front_matter else None
    if isinstance(fm, str) and fm.strip():
        return fm.strip()
    texts = _draft_texts(draft)
    known = _article_known(texts)
    per_text = [find_places(t, known) for t in texts]
    everything = [p for ps in per_text for p in ps]
    for sentence in _lead_sentences(draft):
        for clause in _clauses(sentence):
            chain, bare, organ = _subject(clause, known)
            if chain:
                head = chain[-1]
                picked = _pick(chain)
                if picked is not None and head.level in (CITY, COUNTY):
                    return picked.canonical
                if head.level in (TOWN, VILLAGE):
                    fallback = _parent(per_text, head) or _first_in_lead(draft, known)
                    ranked = _ranked(everything, (COUNTY, CITY))
                    return fallback or (ranked[0] if ranked else head.canonical)
                bare = PROVINCE
            if bare in (NATIONAL, PROVINCE):
                visited = _visited(sentence, known, with_provinces=bare == NATIONAL)
                if visited:
                    return visited
            elif bare is not None:
                resolved = _bare_level(bare, organ, texts, per_text)
                if resolved:
                    return resolved
    first = _first_in_lead(draft, known)
    if first:
        return first
    for levels in ((COUNTY, CITY), (TOWN,), (PROVINCE,)):
        ranked = _ranked(everything, levels)
        if ranked:
            return ranked[0]
    return None


def _visited(sentence: str, known: frozenset[str], with_provinces: bool = False) -> str | None:
    """The city or county a higher body visits in this sentence (进驻郑州市金水区 → 金水区).

    A place right after a visiting verb (进驻, 巡视, 对, 赴 …) wins; else the first
    city or county of the sentence.  A central body may visit a province.
    """
    places = find_places(sentence, known)
    text = _fold(sentence)
    chains: list[list[Place]] = []
    for p in places:
        if chains and chains[-1][-1].end == p.start:
            chains[-1].append(p)
        else:
            chains.append([p])
    picked = [(c, _pick(c) or (c[-1] if with_provinces and c[-1].level == PROVINCE else None))
              for c in chains]
    picked = [(c, p) for c, p in picked if p is not None]
    for chain, p in picked:
        if _TARGET_VERB.search(text[max(0, chain[0].start - 2):chain[0].start]):
            return p.canonical
    return picked[0][1].canonical if picked else None


def _lead_sentences(draft: Draft) -> list[str]:
    out = [t for t in (draft.title, draft.subtitle) if t]
    if draft.paragraphs:
        first = _fold(draft.paragraphs[0])
        sentences = [s for s in re.split(r"(?<=[。！？!?])", first) if s.strip()]
        out.extend(sentences[:2])
    return out
