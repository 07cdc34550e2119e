"""Officials named by what happens to their post, or by a post written after the name.

Personnel news (人事任免, 选举) names people in forms of its own, each a rule here:

* appointment — 任命张三为县人民政府副县长、代理县长; 决定任命县委副书记李四同志为…;
  several in a row (任命甲为…,乙同志为…);
* removal and resignation — 免去张三同志县人民政府副县长职务; 接受李四辞去县长职务的请求
  (a resignation from a seat such as 人大代表 names the person without a title);
* election — 王五以190票当选为县人民政府县长; 甲、乙和丙当选副县长; 丁等20名代表当选为…委员;
* acting — 赵六代理市长职务, 赵六副市长代理市长职务;
* a post after the name — 赵七书记的讲话, 钱八市长因工作变动… (:mod:`.people_post_after_name`);
* a labelled table cell — 组长:孙九 / 副组长:周十、吴一 (names padded with spaces joined);
* a personnel motion — 会议通过了甲、乙等6名同志的任职议案 (no titles).

The titles after the name are read by :func:`.titles.titles_after`; the names by
:mod:`.people_names`, anchored (a rare surname counts) because the form itself
says a person stands there.
"""
from __future__ import annotations

import re

from . import lexicon
from .people_name_words import OFFICE_VERBS, PARTICLE, boundary_strength, is_name
from .people_dotted_names import DOTS
from .people_names import Mention, name_at, read_name_list
from .gazetteer import divisions, town_counties
from .people_post_after_name import post_after_name_mentions
from .people_resignations import resignation_mentions
from .people_words import chars, words
from .place_names import simplified
from .titles import POST_RE, title_start, titles_after
from .wordre import words_pattern

__all__ = ["role_mentions"]

_APPOINT = re.compile(words_pattern(words("people", "appointment_verbs") + words("people", "decision_openers")))
#: Openers of a decision's name (关于某某为…的决定): an appointment only when the name closes so.
_DECISION_OPENERS = frozenset(words("people", "decision_openers"))
_DECISION_CLOSERS = tuple(words("people", "decision_closers"))
_REMOVE = re.compile(words_pattern(words("people", "removal_verbs")))
_RESIGN = words("people", "resignation_verbs")
_RESIGN_OPENERS = words("people", "resignation_openers")
_ELECTED = re.compile(words_pattern(words("people", "election_words")))
_ACTING = words("people", "acting_words")
#: Where a clause begins, for the subject of 当选.
_CLAUSE_END = re.compile(r"[,，;；。:：!！?？\n]")
_COMRADE = "同志"
#: At most this many characters between 任命 and 为 (titles of the person and the name).
_MAX_BEFORE_WEI = 40
#: 以190票的高票, 等20名代表, 全票: what may stand between the elected names and 当选.
_MAX_ELECTION_GAP = 16
_ELECTION_GAP = re.compile(r"以[0-9一二三四五六七八九十百零]+票|以全票|以高票|全票|高票|等[0-9一二三四五六七八九十两]+[名位人]")
#: A cell label that ends in a post, then a colon: 组长:, 副组长：, 巡察组组长:.
_CELL = re.compile(r"(?:^|(?<=[\s]))([\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff](?=[:：])|[\u4e00-\u9fff]{0,14}?)[:：][ \u3000]*",
                   re.M)
_NEXT_CELL = re.compile(r"\s*\|\s*|[ \u3000]+(?=(?:[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,14})[:：])")
_PADDED = re.compile(r"^([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])$")
#: Places and bodies that open the title written after a name (免去张三西昌市…职务).
_TITLE_OPENERS = chars("titles", "place_heads")
#: 等18人, 等五名同志: how many were named, closing the names before 为.
_COUNT_BEFORE_WEI = re.compile(r"等[0-9一二三四五六七八九十两百]+[名位人](?:同志)?$")
_BEFORE_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,4}?)同志")
_NOT_NAME = re.compile(words_pattern(words("people", "not_in_name")))
_TITLE_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


def role_mentions(text: str, starts: list[int], known: frozenset[str]) -> list[Mention]:
    """Every mention the rules of this module find (``starts``: clause starts that
    open with a surname; ``known``: names found by the other rules)."""
    motions = _motion_names(text, known) if "同志" in text else []
    return (_appointments(text, known) + _removals(text, known) + resignation_mentions(text, known)
            + _elections(text, known)
            + _acting(text, known) + post_after_name_mentions(text, starts, known)
            + _cells(text)
            + motions)


def _appointments(text: str, known: frozenset[str]) -> list[Mention]:
    out: list[Mention] = []
    appointed: list[tuple[int, str]] = []
    appointed_end = -1
    for m in _APPOINT.finditer(text):
        pos = m.end() + (text.startswith("了", m.end()))     # 选举了某某为镇长
        while True:
            if appointed and text.startswith(_PRONOUN, pos) and text[pos + 1:pos + 2] in "为任":
                names, wei = appointed, pos + 1     # 任命甲为副省长,决定其为代理省长: 其 is 甲
            elif appointed and text.startswith("为", pos) and text[appointed_end:m.start()] in _JOINED_AGAIN:
                names, wei = appointed, pos         # 任命甲为副市长,并决定为代理市长: 甲 again
            else:
                found = _names_before_wei(text, pos, known) or (
                    _names_before_wei(text, pos, known, "任") if m.group() in _WITH_REN else None)
                if not found:
                    break
                names, wei = found
            titles, end = titles_after(text, wei + 1)
            if not titles:
                break                   # 决定某地为试点: no post, no person
            if m.group() in _DECISION_OPENERS and not text.startswith(_DECISION_CLOSERS, end):
                break                   # 关于某某为…: only a decision's name (…的决定) appoints
            if not all(t.endswith(_DEPUTY_SEATS) for t in titles):    # 补选甲为省人大代表: a deputy
                out.extend(Mention(p, n, titles) for p, n in names)
            appointed, appointed_end = names, end
            if text[end:end + 1] not in ",，、":
                break
            pos = end + 1               # 任命甲为…,乙同志为…
    return out


#: The pronoun an appointment uses for the person just appointed (决定其为代理省长).
_PRONOUN = "其"
#: What stands between an appointment and a verb that gives the same person another post
#: with no name (任命甲为副市长,并决定为代理市长).
_JOINED_AGAIN = frozenset({"并", ",并", "，并", ",", "，"})
#: A deputy's seat: elected to it only, a person is no office-holder.
_DEPUTY_SEATS = tuple(words("people", "deputy_seats"))
#: Appointment verbs that also write 某某任<title> (提请张三任副市长).
_WITH_REN = frozenset(words("people", "appointment_verbs_with_ren"))
#: What may follow 任 when it is a verb of holding office, not a word of its own (任命, 任职).
_REN_WORDS = "命职期务免期内"


def _names_before_wei(text: str, pos: int, known: frozenset[str],
                      link: str = "为") -> tuple[list[tuple[int, str]], int] | None:
    """The names between an appointment verb at ``pos`` and the 为 (or ``link``) after them
    (titles of the person may come first: 任命县委副书记某某同志为), and where 为 is."""
    wei = text.find(link, pos + 1, pos + _MAX_BEFORE_WEI)
    while link != "为" and wei >= 0 and text[wei + 1:wei + 2] in _REN_WORDS:
        wei = text.find(link, wei + 1, pos + _MAX_BEFORE_WEI)
    if wei < 0 or _CLAUSE_END.search(text, pos, wei):
        return None
    seg_end = wei - len(_COMRADE) if text.startswith(_COMRADE, wei - len(_COMRADE)) else wei
    count = _COUNT_BEFORE_WEI.search(text, pos, seg_end)
    if count:
        seg_end = count.start()         # 任命甲、乙、丙等18人为…审判员
    held = _post_ending_at(text, seg_end) if not count else ""
    ends = (seg_end, seg_end - len(held)) if held else (seg_end,)     # 决定某某副省长为…: the post they hold
    for start in range(pos, seg_end - 1):
        if start > pos and _post_end(text, pos, start) != start:
            continue                    # only the person's titles may stand before the names
        # before 任 the names are read on the text cut there: 任 is no particle that ends a name
        names = read_name_list(text if link == "为" else text[:wei], start, known, anchored=True, whole=True,
                               post=POST_RE if held else None)
        if not names and start == pos and _comrade_name(text, pos) and text.startswith(_COMRADE, seg_end):
            names = [(pos, text[pos:seg_end])]      # 任命扎西同志为…
        if names and names[-1][0] + len(names[-1][1]) in ends:
            return names, wei
    return None


def _place_name(text: str, pos: int, name: str) -> bool:
    """A would-be name that is a place with the division word after it (免去吉林|省政府
    副秘书长职务: 吉林省's post, no person named), or a former town's (撤销原某某|镇)."""
    word = text[pos + len(name):pos + len(name) + 1]
    if word and word in "镇乡" and name[0] == "原" and town_counties(simplified(name[1:] + word)):
        return True           # 撤销原某某镇和某某镇: the former town, no person
    return bool(word) and word in "省市县区州旗盟" and bool(divisions(simplified(name + word)))


def _post_end(text: str, lo: int, hi: int) -> int:
    """End of the last post in ``text[lo:hi]`` (-1 when none)."""
    ends = [m.end() for m in POST_RE.finditer(text, lo, hi)]
    return ends[-1] if ends else -1


def _removals(text: str, known: frozenset[str]) -> list[Mention]:
    """免去某某(同志)<title>职务, 接受某某(同志)辞去<title>职务, several joined by 、."""
    out: list[Mention] = []
    for m in _REMOVE.finditer(text):
        pos = m.end()
        while True:
            names, pos = _names_then_title(text, pos, known)
            if not names:
                break
            opener = next((o for o in _RESIGN_OPENERS if text.startswith(o, pos)), "")
            resigned = text.startswith(_RESIGN, pos + len(opener))
            if resigned:
                pos += len(opener) + 2
            elif m.group() in ("接受", "同意", "批准"):
                break                   # 接受采访, 同意某某意见: no resignation
            titles, end = titles_after(text, pos)
            seat_only = all(t.endswith(_DEPUTY_SEATS) for t in titles) if titles else _deputy_seat_at(text, pos)
            if resigned or not seat_only:     # 罢免甲省人大代表职务: a deputy only
                held = () if seat_only else titles      # 甲辞去县人大代表职务: named, the seat no office
                out.extend(Mention(p, n, held) for p, n in names if not _place_name(text, p, n))
            if not (text.startswith("职务、", end) or text.startswith(("职务;", "职务；"), end)
                    and _owner_follows(text, end + 3, known)):
                break
            pos = end + 3               # 免去甲同志…职务、乙同志…职务; 免去甲的…职务;乙的…职务
    return out


def _owner_follows(text: str, pos: int, known: frozenset[str]) -> bool:
    """Do names and 的 follow at ``pos``: the next item of removals after a semicolon
    (免去甲的…职务;乙的…职务)?"""
    names, end = _names_then_title(text, pos, known)
    return bool(names) and text[end - 1:end] == "的"


#: What closes a seat or post written after the name it is taken from.
_SEAT_END = re.compile(r"职务|资格|的")


def _deputy_seat_at(text: str, pos: int) -> bool:
    """Is the seat written from ``pos`` on, up to 职务 or 资格, a deputy's (某省第十四届人民代表
    大会代表职务)?  Removed from it, a person holds no office the text names."""
    end = _SEAT_END.search(text, pos, pos + _MAX_BEFORE_WEI)
    return bool(end) and text[pos:end.start()].endswith(_DEPUTY_SEATS)


def _names_then_title(text: str, pos: int, known: frozenset[str]) -> tuple[list[tuple[int, str]], int]:
    """Names from ``pos`` (joined by 、, each perhaps with 同志; a group may close with
    等五名同志), and where what follows them (辞去, the title) begins.  The last name
    may run straight into the title (免去某某西昌市人民政府市长职务): it then ends
    where a place or body opens the title."""
    names: list[tuple[int, str]] = []
    while True:
        name = (name_at(text, pos, known, anchored=True, min_strength=PARTICLE)
                or _name_before_title(text, pos) or _comrade_name(text, pos))
        if not name:
            break
        names.append((pos, name))
        pos += len(name)
        if text.startswith(_COMRADE + "、", pos):
            pos += len(_COMRADE)
        if text[pos:pos + 1] != "、" or not _TITLE_CHAR_RE.match(text[pos + 1:pos + 2]):
            break
        pos += 1
    if not names:
        return [], pos
    end = names[-1][0] + len(names[-1][1])
    if text[end:end + 1] == "、":
        return [], pos                  # 免去甲、某单位… is no list of names
    if text.startswith(_COMRADE, end):
        end += len(_COMRADE)
    group = re.match(r"等[一二三四五六七八九十两0-9]+[名位人]?(?:同志)?", text[end:end + 8])
    if group:
        end += group.end()
    if text.startswith("的", end):
        end += 1
    return names, end


def _name_before_title(text: str, pos: int) -> str | None:
    """A name at ``pos`` running straight into a title or into 辞去: the reading
    whose rest opens with a place or body name (王某孟州市… → 王某) wins, then one
    whose rest opens with 市/县/区… or a clear boundary."""
    best, found = 0, None
    for length in (3, 2, 4):
        cand = text[pos:pos + length]
        if not is_name(cand, anchored=True):
            continue
        rest = text[pos + length:pos + length + 8]
        if any(lexicon.tag(rest[:k]) in ("ns", "nz", "nt") for k in (4, 3, 2)):
            score = 2
        elif rest[:1] in _TITLE_OPENERS or rest.startswith(_RESIGN) or boundary_strength(rest) >= PARTICLE:
            score = 1
        else:
            continue
        if score > best:
            best, found = score, cand
    return found


def _comrade_name(text: str, pos: int) -> str | None:
    """A name without a known surname, certain because 同志 follows it (免去扎西同志…)."""
    m = _BEFORE_COMRADE.match(text, pos)
    return m.group(1) if m and not _NOT_NAME.search(m.group(1)) else None


def _elections(text: str, known: frozenset[str]) -> list[Mention]:
    """Names opening the clause of 当选(为) <title>."""
    out: list[Mention] = []
    for m in _ELECTED.finditer(text):
        clause = max((c.end() for c in _CLAUSE_END.finditer(text, max(0, m.start() - 80), m.start())),
                     default=max(0, m.start() - 80))
        while clause < m.start() and text[clause] in " \u3000":
            clause += 1
        gap = _ELECTION_GAP.search(text, clause, m.start())
        names = read_name_list(text[:gap.start() if gap else m.start()], clause, known, anchored=True, whole=True)
        if not names or m.start() - (names[-1][0] + len(names[-1][1])) > _MAX_ELECTION_GAP:
            continue
        pos = m.end() + (1 if text.startswith("为", m.end()) else 0)
        titles, _ = titles_after(text, pos)
        out.extend(Mention(p, n, titles) for p, n in names if titles or _plainly_a_name(text, p, n))
    return out


def _plainly_a_name(text: str, pos: int, name: str) -> bool:
    """Without a post to vouch for it, is ``name`` surely a person: a dotted name or
    one followed by 同志?  (张家港当选为全国文明城市 names no person.)"""
    return any(d in name for d in DOTS) or text.startswith(_COMRADE, pos + len(name))


def _acting(text: str, known: frozenset[str]) -> list[Mention]:
    """某某代理<title>(职务): the name right before 代理."""
    out: list[Mention] = []
    for word in _ACTING:
        for m in re.finditer(word, text):
            titles, _ = titles_after(text, m.end())
            if not titles:
                continue
            post = _post_ending_at(text, m.start())     # 某某副区长代理区长职务
            name_end = m.start() - len(post)
            verb = next((v for v in OFFICE_VERBS if text.endswith(v, 0, name_end)), "") if not post else ""
            name_end -= len(verb)                       # 任命某某为代理县长: 为 is no part of the name
            for length in (3, 2, 4):
                start = name_end - length
                cand = text[start:name_end]
                if start >= 0 and (cand in known or is_name(cand, anchored=True)):
                    held = (post,) if post else ()
                    out.append(Mention(start, cand, held + tuple(word + t for t in titles)))
                    break
    return out


def _post_ending_at(text: str, end: int) -> str:
    """The bare post written right before ``end`` (副区长 in 某某副区长代理…), else ""."""
    for m in POST_RE.finditer(text, max(0, end - 8), end):
        if m.end() == end:
            return m.group()
    return ""


#: A personnel motion naming its people and their count: 甲等6名同志的免职议案, 甲、乙两名同志的任职议案.
_MOTION = re.compile(r"(?:等)?[0-9一二三四五六七八九十两]+名同志的?(?:免职|任职|任免|辞职)")
#: What stands right before the first name of such a motion.
_MOTION_BEFORE = ("了", "、", ",", "，", ";", "；", ":", "：", "通过", "审议", "同意", "批准")


def _motion_names(text: str, known: frozenset[str]) -> list[Mention]:
    """The names a personnel motion lists before its count (会议通过了甲、乙等6名同志的任职议案),
    read backwards from the count; no titles (the motion states none)."""
    out: list[Mention] = []
    for m in _MOTION.finditer(text):
        pos, found = m.start(), []
        while True:
            name = next((text[pos - n:pos] for n in (3, 2) if pos - n >= 0
                         and (text[pos - n:pos] in known or is_name(text[pos - n:pos], anchored=True))
                         and text[:pos - n].endswith(_MOTION_BEFORE)), None)
            if name is None:
                break
            pos -= len(name)
            found.append(Mention(pos, name))
            if text[pos - 1:pos] != "、":
                break
            pos -= 1
        out.extend(found)
    return out


def _cells(text: str) -> list[Mention]:
    """组长:某某 / 副组长:甲、乙 — a post as the label of the names after it."""
    out: list[Mention] = []
    for m in _CELL.finditer(text):
        label = re.sub(r"[ \u3000]+", "", m.group(1))      # 组 长: a label padded like its names
        if not label or not _ends_in_post(label):
            continue
        line_end = text.find("\n", m.end())
        value = text[m.end():line_end if line_end >= 0 else len(text)]
        value = _NEXT_CELL.split(value, maxsplit=1)[0]      # 组长:甲 乙 副组长:丙 — up to the next label
        pos = m.end()
        for token in re.split(r"([、,，;；])", value):
            if token in "、,，;；":
                pos += len(token)
                continue
            padded = _PADDED.match(token.strip())
            cand = padded.group(1) + padded.group(2) if padded else token.strip()
            name = name_at(cand, 0, anchored=True, min_strength=PARTICLE)
            if not name:
                break
            out.append(Mention(pos, name, (label,)))
            pos += len(token)
    return out


def _ends_in_post(label: str) -> bool:
    """Is ``label`` wholly a title (组长, 第一巡察组副组长)?"""
    found = list(POST_RE.finditer(label))
    return bool(found) and found[-1].end() == len(label) and title_start(label, found[-1].start()) == 0
