"""When a name the gazetteer knows stands alone, and names the gazetteer cannot know.

* A suffix that belongs to another word is no suffix (``区域``, ``市场``, ``县级``).
* A one-character name (``赵县``, ``和县``) or a generic one (``城区``, ``新城区``)
  counts only where its start is clear: right after its parent (``阳泉市城区``), the
  generic one also before its own body (``老城区政府``) or,
  for the one-character name, after punctuation (``：赵县邮政局``); ``组织部和县委``
  names no county; nor does ``…的请示》和县妇联`` (a conjunction after a closed title)
  or ``…的讲话,和县政协…`` (a conjunction before a county's own body, inside a sentence).
* Development zones: ``郑州经开区`` (a place, then the zone), a bare ``高新区``, or a
  name before the zone's own body (``郑东新区党工委``).
* Villages, communities and townships the gazetteer lacks: only where the text
  shows where the name starts (after a place, after an office, next in a list),
  and not where an office's name goes on (``农业农村厅``).
"""
from __future__ import annotations

import functools
import re

from . import gazetteer as gz
from . import lexicon
from .gazetteer import TOWN, VILLAGE
from .place_names import Place, _shorts
from .place_words import pairs, words
from .wordre import words_pattern

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LIST_GAP = "、"
#: Marks that close a title or quotation: a conjunction may follow them.
_CLOSERS = "》”」』）)】"
#: Bodies of a division written right after its name (老城区委, 老城区政府, 老城区人大常委会).
_OWN_BODIES = ("委", "政府", "人民政府", "人大", "政协")
#: The formal names of bodies a county's name follows (中国共产党某县委员会, 中国人民政治协商会议某县委员会).
_FORMAL_BODIES = ("中国共产党", "政治协商会议")
#: Marks inside a sentence, after which a conjunction may open the next item of a list.
_CLAUSE_MARKS = ",，、;；"
#: Second characters of words 县 starts (县长, 县级, 县直, 县城, 县域, 县政府, 县人大, 县纪委, 县监委).
_COUNTY_WORD_STARTS = "长级直城域政人纪监"
#: jieba tags of words that start no name: prepositions, conjunctions, adverbs, verbs.
_GRAMMAR_TAGS = ("p", "c", "d", "v", "u")


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str], str]:
    generic = frozenset(words("generic"))
    continuation = pairs("continuation")
    zone = re.compile("(?:" + words_pattern(pairs("zone")) + ")$")
    body = re.compile(words_pattern(words("zone_body")))
    bad = "".join(words("not_in_name"))
    village = re.compile(f"(?:(?![{re.escape(bad)}])[\u4e00-\u9fff]){{2,6}}?(?:社区|村|街道|镇|乡)")
    return generic, continuation, zone, body, village, bad


def rejected_after(text: str, p: Place) -> bool:
    """The suffix is the start of another word (区域, 市场)."""
    follow = _tables()[1].get(p.name[-1], "")
    return p.end < len(text) and text[p.end] in follow


def _boundary_before(text: str, start: int) -> bool:
    return start == 0 or not (_CJK.match(text[start - 1]) or text[start - 1].isalnum())


def generic_ok(text: str, p: Place, prev: Place | None) -> bool:
    """Whether a found name may stand here (see the module docstring)."""
    generic = p.name in _tables()[0] and p.canonical not in ("经开区", "高新区")
    short = len(p.name) <= 2
    if not generic and not short:
        return True
    if prev is not None and prev.end == p.start and (prev.level < p.level or not generic and prev.level == p.level):
        return True
    if generic and _tables()[3].match(text, p.end) is None and (
            text.startswith(_OWN_BODIES, p.end) and _boundary_before(text, p.start)
            or text.startswith(words("generic_bodies"), p.end)):
        return True          # ，老城区委…, 跟随新城区文明办…: a generic name with its own body is the division
    if not short or generic:
        return False
    if p.start > 0 and text[p.start - 1] in _CLOSERS and p.name[0] in _tables()[5]:
        return False         # 《…请示》和县妇联: after a closed title, 和/与/及 joins the next body
    if len(p.name) == 2 and text.startswith("长", p.end):
        return False         # 邱县长, 赵县长: a surname and the county head's post, wherever it stands
    if text.endswith(_FORMAL_BODIES, 0, p.start):
        return True          # 中国人民政治协商会议寿县第十届委员会: a body's formal name holds the county
    nxt = text[p.end:p.end + 1]
    if _boundary_before(text, p.start):
        # …的讲话,和县政协常委会工作报告: inside a sentence, 和/与/及 before a county's own
        # body joins that body to what came before
        return not (p.start > 0 and text[p.start - 1] in _CLAUSE_MARKS and p.name[0] in _tables()[5]
                    and nxt in _COUNTY_WORD_STARTS)
    # 房县50万人民, 美好的房县: a one-character name after a word, unless the character may
    # end that word (组织部和|县委, 召开|县长会): then only after a boundary; 的 after the
    # name (结合某县的实际) is no word the 县 could start
    return p.name[0] not in _tables()[5] and not (nxt and nxt != "的" and nxt in _tables()[5] + _COUNTY_WORD_STARTS)


def is_zone_prefix(prefix: str) -> bool:
    """A place written before a zone (郑州经开区, 平原经济技术开发区)."""
    return prefix in _shorts() or bool(gz.divisions(prefix))


def zone_canonical(name: str) -> str:
    """经开区/高新区 for a city's zone (郑州经济技术开发区); a county's keeps its name."""
    m = _tables()[2].search(name)
    if m is None or pairs("zone")[m.group()] == "-":
        return name
    prefix = name[:m.start()]
    found = [_shorts()[prefix]] if prefix in _shorts() else list(gz.divisions(prefix))
    if not prefix or any(d.level < gz.COUNTY or d.municipality for d in found):
        return pairs("zone")[m.group()]
    return name


def zone_at(text: str, end: int) -> Place | None:
    """A development zone ending at ``end`` (see the module docstring), else None."""
    m = _tables()[2].search(text, max(0, end - 9), end)
    if m is None:
        return None
    suffix = m.group()
    short = pairs("zone")[suffix]
    for k in range(6, 1, -1):     # a place before the zone: 郑州经开区, 郑州市高新区
        prefix = text[m.start() - k:m.start()] if m.start() >= k else ""
        if prefix and is_zone_prefix(prefix):
            name = prefix + suffix
            return Place(m.start() - k, end, name, zone_canonical(name), gz.COUNTY)
    if suffix == short:                          # 经开区, 高新区 written alone
        return Place(m.start(), end, suffix, short, gz.COUNTY)
    if _tables()[3].match(text, end):            # 郑东新区党工委: the zone's own body
        start = m.start()
        while start > max(0, m.start() - 6) and _CJK.match(text[start - 1]):
            start -= 1
        if not _boundary_before(text, start):
            return None
        tokens = lexicon.pos_cut(text[start:m.start()])
        while len(tokens) > 1 and tokens[0][1][:1] in _GRAMMAR_TAGS:   # 关于|郑东
            start += len(tokens.pop(0)[0])
        if 2 <= m.start() - start <= 4:
            return Place(start, end, text[start:end], text[start:end], gz.COUNTY)
    return None


def chained_name(text: str, prev: Place | None, limit: int) -> list[Place]:
    """Villages, communities and unlisted townships after ``prev`` up to ``limit``:
    right after it (溪前镇庄明社区), next in a list (天子湖镇、余村村), or under an office."""
    village = _tables()[4]
    lo = prev.end if prev is not None else 0
    starts = set(_after(prev, text))
    for office in words("office"):
        i = text.find(office, lo, limit)
        while i >= 0:
            starts.add(i + len(office))
            i = text.find(office, i + 1, limit)
    out: list[Place] = []
    pending = sorted(starts)
    while pending:
        s = pending.pop(0)
        if out and s < out[-1].end:
            continue
        m = village.match(text, s, limit)
        if m is None or m.group() in _tables()[0] or text[m.end():m.end() + 1] in _organ_after():
            continue          # 海南省农业农村厅: the name of an office, not a village
        name = m.group()
        place = Place(s, m.end(), name, name, VILLAGE if name.endswith(("社区", "村")) else TOWN)
        out.append(place)
        pending = sorted(set(pending) | set(_after(place, text)))
    return out


@functools.lru_cache(maxsize=1)
def _organ_after() -> frozenset[str]:
    return frozenset("".join(words("organ_after_name")))


def _after(p: Place | None, text: str = "") -> list[int]:
    """Where a name may start after ``p``: right after it, or after a list mark."""
    if p is None:
        return []
    out = [p.end]
    if p.level >= TOWN and text.startswith(_LIST_GAP, p.end):
        out.append(p.end + len(_LIST_GAP))
    return out
