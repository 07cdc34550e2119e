"""The units an inspection group inspects, read in the text's own words.

* After a group and a verb: ``巡察X、Y``, ``督导X``, ``向X反馈``, ``进驻X``, and every
  ``对X…开展/进行`` clause of the sentence (``于…至…对X开展常规巡察，对Y、Z等…开展专项巡察``).
* Under a label: ``巡察对象：X、Y``, ``巡视地:X`` (the label words are data).
* ``A组、B组分别对X、Y…`` (or ``分别在X、Y召开…动员会``) pairs groups and units in order.

A list is split on 、 and ，, and on 和/及 where they join two whole units
(``市文化广电和旅游局党组`` stays one); a separator inside brackets is none
(``某中学(含甲校、乙校)``).  A list's tail ``等12个单位`` is not a unit; a
village keeps its own name without the town written before it
(``我市某镇某村`` → ``某村``).
"""
from __future__ import annotations

import re

from .gazetteer import COUNTY, TOWN
from .inspection_words import alternation, words
from .numerals import NUMBER
from .places import find_places

#: A day written before the verb (于2025年3月10日, 从5月6日起): the day the group starts.
_WHEN = r"(?:于|从|自)?(?:\d{4}年)?\d{1,2}月\d{1,2}日[上下]?午?起?"
_LEADING_WORDS = rf"(?:于?近日|日前|正式|将|全面|已|已经|依次|随后|今天|当天|即将|开始|集中|这次|此次|本次|负责|{_WHEN})*"
_AFTER_GROUP = re.compile(rf"^\s*[,，:：]?\s*([(（])?\s*{_LEADING_WORDS}\s*(巡察|巡视|督导|督察|进驻|向)(?!组|办|工作|期间|中|时|地)")
_OBJECT_STOP = re.compile(
    r"[“\"]?回头看|工作动员会|动员会|见面会|反馈会|工作|开展|进行|实施|展开|期间|情况|的|召开|反馈|进驻|[,，。;；:：)）\n\s]"
    r"|[后以]来?(?=\s*[,，])")     # 进驻某省后, …: the stay's time, not the unit's name
_CLAUSE = re.compile(r"对((?:(?!对|开展|进行|实施|。|；|;)[^\n]){2,300}?)(?:开展|进行|实施)")
_TARGET_LABEL = re.compile(rf"(?:{alternation('target_labels')})\s*[:：]\s*")
_UNIT_END = words("unit_ends")
_TOPIC_ENDS = words("topic_ends")
_LIST_TAILS = words("list_tails")
_SCHOOL = re.compile(r"(?:[一二三四五六七八九十]|\d)中$")
_COUNTED = re.compile(rf"等?{NUMBER}个|等{NUMBER}家|等单位")
_TAIL = re.compile(r"等[^、，,]{0,16}$|及(?:其)?(?:下辖|所辖|所属).*$|(?:等)?\d+个.*$")
#: ``分别对X、Y开展``; also ``分别在X、Y召开…动员会``: the units where the groups' meetings open their stay.
_PAIRED = re.compile(rf"^\s*{_LEADING_WORDS}\s*[,，]?\s*分别\s*(?:对|向|进驻|巡察|巡视|(?P<at>在))(.+?)"
                     r"(?:开展|进行|反馈|实施|(?(at)召开|(?!))|[,，。;；])")
#: Where a meeting is held, no unit: ``分别在三楼会议室、五楼会议室召开``.
_MEETING_ROOM_ENDS = tuple(words("meeting_room_ends"))
_OUR = re.compile(r"^我(?:省|市|县|区|州|旗)")
_VILLAGE = re.compile(
    rf"^[\u4e00-\u9fff]{{1,8}}?(?:{alternation('town_ends')})"
    rf"(?P<v>(?!{alternation('town_ends')})[\u4e00-\u9fff]{{2,}}?(?:{alternation('village_ends')}))$")
_NOT_A_NAME = re.compile(r"[\s:：。，,?？“”]|领导|干部|成员|负责人|[的是了由在将]")
_LIST_END = re.compile(rf"[。；;\n?？]|(?<![、，,])\s|(?:{alternation('cell_labels')})")


def split_units(obj: str) -> list[str]:
    """Split a list of inspected units on 、 and ， (outside brackets) and on 和/及 between whole units."""
    items: list[str] = []
    for part in _split_outside_brackets(obj):
        part = part.strip(" “”\"'《》")
        pieces = [part]
        for joiner in ("以及", "和", "及"):
            pieces = [cut for piece in pieces for cut in _cut_on(piece, joiner)]
        items.extend(p for p in pieces if p)
    return items


def _split_outside_brackets(text: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "(（<《":
            depth += 1
        elif ch in ")）>》" and depth:
            depth -= 1
        if depth == 0 and ch in "、，,":
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _cut_on(piece: str, joiner: str) -> list[str]:
    idx = piece.find(joiner)
    while idx > 0:
        left, right = piece[:idx], piece[idx + len(joiner):]
        if len(left) >= 3 and _ends_as_unit(left) and is_unit(right):
            return [left] + _cut_on(right, joiner)
        idx = piece.find(joiner, idx + 1)
    return [piece]


def _bare(text: str) -> str:
    """The name without what is written in brackets after it."""
    return re.sub(r"[(（][^()（）]*[)）]", "", text)


def _ends_as_unit(text: str) -> bool:
    return text.endswith(_UNIT_END) or bool(_SCHOOL.search(text))


def is_unit(text: str) -> bool:
    bare = _bare(text)
    if _whole_place(bare):
        return True
    return 2 <= len(bare) <= 40 and _ends_as_unit(bare) and not _COUNTED.search(bare) \
        and not re.search(r"[\s:：]", bare)


def _whole_place(text: str) -> bool:
    """A division written by its short name (``进驻某省后`` written ``进驻山东后``): the
    whole text is one place of the gazetteer, a province, city or county."""
    return whole_place(text) is not None


def whole_place(text: str) -> str | None:
    """The canonical name of the province, city or county ``text`` is as a whole, else None."""
    places = find_places(text) if 2 <= len(text) <= 8 else []
    if len(places) == 1 and places[0].start == 0 and places[0].end == len(text) and places[0].level <= COUNTY:
        return places[0].canonical
    return None


def _listed_unit(text: str) -> bool:
    """A unit written under a label: any short name (城乡建设系统), not a sentence."""
    bare = _bare(text)
    return is_unit(text) or (2 <= len(bare) <= 20 and not _NOT_A_NAME.search(bare))


def _own_name(unit: str) -> str:
    unit = _OUR.sub("", unit)
    village = _VILLAGE.match(unit)
    return village.group("v") if village else unit


def units_of(obj: str, labelled: bool = False) -> list[str]:
    """The units of a written list, its ``等…`` tail dropped; a place written with the
    topic inspected (``呼和浩特市安全生产工作``) is that place."""
    parts = split_units(obj)
    if parts:
        parts[-1] = _TAIL.sub("", parts[-1])
    check = _listed_unit if labelled else is_unit
    return [_own_name(u) for u in (_place_of_topic(p) for p in parts) if u and check(_own_name(u))]


def _place_of_topic(part: str) -> str:
    """The places a part opens with when the rest is a topic (某市安全生产工作 → 某市),
    else the part."""
    if not part.endswith(_TOPIC_ENDS):
        return part
    end = 0
    for p in find_places(part):
        if p.start != end or p.level > TOWN:
            break
        end = p.end
    return part[:end] if end else part


def _object(text: str) -> str:
    stop = _OBJECT_STOP.search(text)
    return text[: stop.start()] if stop else text


def targets_after(text: str, end: int, limit: int) -> tuple[list[str], bool]:
    """Units a group inspects, read after its mention (up to ``limit``); True for 进驻 only."""
    rest = text[end:limit]
    if re.match(rf"\s*{_LEADING_WORDS}\s*[,，]?\s*分别", rest):
        return [], False     # 分别: the targets are shared out among several groups (see paired)
    sentence = re.split(r"[。；;]", rest, maxsplit=1)[0]
    clauses = [u for m in _CLAUSE.finditer(sentence) for u in units_of(m.group(1))]
    if clauses:
        return clauses, False
    m = _AFTER_GROUP.match(rest)
    if not m:
        return [], False
    after = rest[m.end():]
    start = m.end() + len(after) - len(after.lstrip())     # 巡察 镇党委: a space before the object
    verb, obj = m.group(2), _object(rest[start:])
    if verb == "向" and not rest[start + len(obj):].startswith("反馈"):
        return [], False     # 向X反馈 names the inspected unit; 向X移交 does not
    parts = split_units(obj)
    if parts:                  # 巡察某镇党委及所辖8个村(社区)党组织: the units under it are not named
        parts[-1] = _TAIL.sub("", parts[-1])
    units = [_own_name(u) for u in _shared_tail_dropped(parts)]
    return [u for u in units if u and is_unit(u)], verb == "进驻"


def _shared_tail_dropped(parts: list[str]) -> list[str]:
    """``甲村、乙村、丙村党组织``: the party body written once after the last of a list
    of villages belongs to all of them; the units are the villages as written."""
    if len(parts) < 2:
        return parts
    for tail in _LIST_TAILS:
        head = parts[-1][: -len(tail)]
        if parts[-1].endswith(tail) and is_unit(head) and not any(p.endswith(tail) for p in parts[:-1]):
            return parts[:-1] + [head]
    return parts


def labelled_targets(text: str) -> list[str]:
    """Units under a label (巡察对象：X、Y; 巡视地:X), anywhere in a group's text."""
    out: list[str] = []
    for m in _TARGET_LABEL.finditer(text):
        stop = _LIST_END.search(text, m.end())
        out.extend(units_of(text[m.end():stop.start() if stop else len(text)], labelled=True))
    return out


def paired_units(after: str, count: int) -> list[str] | None:
    """``…分别对X、Y开展``: the units in order, when there is one per group."""
    m = _PAIRED.match(after)
    if not m:
        return None
    units = split_units(m.group(2))
    if m.group("at") and any(u.endswith(_MEETING_ROOM_ENDS) for u in units):
        return None
    if len(units) == count and all(is_unit(u) for u in units):
        return units
    return None


def shared_out(after: str) -> list[str]:
    """``N个巡察组将分别对X、Y、Z开展``: every unit the groups share out."""
    m = _CLAUSE.search(re.split(r"[。；;]", after, maxsplit=1)[0])
    return units_of(m.group(1)) if m else []


def spelled_in_full(text: str, unit: str) -> str:
    """A unit read on a page that drops characters (县联): the one word of the text that
    is it with one more character inside (县残联), else the unit as read."""
    found = {m.group() for i in range(1, len(unit))
             for m in re.finditer(rf"{re.escape(unit[:i])}[\u4e00-\u9fff]{re.escape(unit[i:])}", text)}
    return found.pop() if len(found) == 1 else unit

