"""Names given as a list (or one name alone on a closing line: 某某参加。; or speakers one after
another for units: 甲代表某单位、乙代表某单位作表态发言): after 领导 or 干部
(a cadre also alone, as one item of a list of titled names: 某处处长甲、联络处干部乙), in a
form's field of those present
(列席情况: / 甲、乙、丙: the names that open the line, up to its end or to a comma before the
units present), or a bare 、 list closed by the verb of what they did (出席, 参加; also over a
comma and the units present with them: 甲、乙,某局负责人列席) or by the leaders they belong to
(等县领导) or by the deputies they are (等代表).

Split from :mod:`.people` with no change of output.
"""
from __future__ import annotations

import re

from . import lexicon
from .people_name_words import ORG_ENDINGS, PARTICLE, is_name, reads_as_given_name, word_entry
from .people_names import Mention, name_at, read_name_list
from .surnames import is_listed_surname
from .people_words import words
from .titles import POST_RE
from .wordre import words_pattern

__all__ = ["list_mentions", "listed", "LIST_END"]

#: Verbs (or 等 + verb) that close a bare list of names.
LIST_END = re.compile(r"等?(?:同志)?(?:(?:" + words_pattern(words("people", "list_end_places"))
                      + r")[^,，。;；、:：!！?？\s]{0,12}?(?:会场|现场))?"
                      + "(?:" + words_pattern(words("people", "list_end_verbs")) + ")")
#: 领导, and what may stand before the names it lists: 有 or 是 and a colon or comma
#: (参加座谈会的州领导有,甲、乙、丙).
_LEADERS = re.compile(r"领导(?:同志)?(?:(?:有|是|为)\s*[:：,，]?\s*)?")
#: What a list closed by 等 holds when it is a list of work, not of people (…等工作, …等事项).
_THINGS_AFTER = re.compile(r"等(?:工作|事项|情况|问题|方面|领域|内容|任务|环节)")
#: Cadres named as a group (援藏干部甲、乙、丙三人): a list of two names at least.
_CADRES = re.compile(r"干部")
#: A list closed by 等 + the leaders it belongs to: 张三、李四等县领导出席, 某某等县四套班子领导;
#: or by 和 + the presidium it sits with: 张三、李四和主席团成员一同就座.
#: A meeting form's field of those present, its names after the colon or on the next line.
_ATTENDANCE_FIELD = re.compile(r"(?:^|\n)[ \u3000]*(?:" + words_pattern(words("people", "attendance_field_labels"))
                               + r")[ \u3000]*[:：][ \u3000]*\n?[ \u3000]*")
#: Where a field's list of names must end: the end of its line, or a comma before the units present
#: (列席情况:甲同志,某局、某局负责同志).
_FIELD_END = re.compile(r"[ \u3000]*(?:同志)?[ \u3000]*(?:[。；;,，]|\n|$)")
#: A comma, the people of the units present beside the names, and the verb of attending that
#: closes them all (甲、乙,某局、某院负责人列席会议).
_OVER_COMMA = re.compile(r"[,，][^,，。;；:：!！?？\n]{0,30}?(?:"
                         + words_pattern(words("people", "list_end_over_comma_groups")) + r")等?(?:"
                         + words_pattern(words("people", "list_end_over_comma_verbs")) + ")")
#: 等 and those the listed joined, then the verb of what they all did (甲、乙等与全市500多名党员干部
#:一起聆听…): the list is of the people present.
_WITH_OTHERS = re.compile(r"等(?:同志)?(?:与|和|同)[^,，。;；:：!！?？\n]{1,30}?(?:一起|一道|一同|共同)?(?:"
                          + words_pattern(words("people", "list_end_verbs")) + r"|聆听|收听|观看|听取|参观)")
_LEADERS_AFTER = re.compile(r"等(?:[^\s,，。;；、:：]{1,12}、){0,2}[^\s,，。;；、:：]{0,12}领导"   # 等甲市、乙市领导
                            r"|和[^\s,，。;；、:：]{0,8}主席团成员"
                            # 甲、乙等代表围绕…发言: a congress's deputies at its session (not 代表性, 代表团),
                            # counted perhaps (甲、乙等20名市人大代表参加会议)
                            r"|等(?:[0-9一二三四五六七八九十两百]+[名位])?[省市州县区旗]?(?:人大|政协)?代表(?![性作团处])")


#: Fewest names of a bare list closed by a verb of attending that vouches for rare surnames in it.
_VOUCHED_LIST = 3
#: How far from a list's start the verb that closes it is looked for before reading it again.
_VOUCHED_REACH = 80


def _vouched(name: str) -> bool:
    """A name of such a list: one read as a name anywhere, or one whose surname only the
    published list knows and that is no word (旃某某); a word (严明) is never vouched for."""
    return is_name(name) or (is_listed_surname(name[0]) and word_entry(name)[0] == 0)


def _closing_rare_item(text: str, names: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The last item of a list of leaders, after two names or more, that the verb closing
    the list follows (…、京某某等分别陪同): a name with a surname only the published list
    knows, when it is no word."""
    if len(names) < 2:
        return None
    at = names[-1][0] + len(names[-1][1])
    if not text.startswith("、", at):
        return None
    for length in (3, 2):
        cand = text[at + 1:at + 1 + length]
        if len(cand) == length and _vouched(cand) and LIST_END.match(text, at + 1 + length):
            return at + 1, cand
    return None


def list_mentions(text: str, starts: list[int], known: frozenset[str]) -> list[Mention]:
    """Names listed after 领导, in a meeting form's field of those present (列席情况:), and
    bare 、 lists that end in 出席/参加… (``starts``: clause starts that open with a surname)."""
    out: list[Mention] = []
    for m in _LEADERS.finditer(text):
        names = read_name_list(text, m.end(), known, anchored=True, whole=False, post=POST_RE)
        if names and _THINGS_AFTER.match(text, names[-1][0] + len(names[-1][1])):
            continue                  # 领导包联等工作: what leaders do, listed, no names
        out.extend(listed(text, p, n) for p, n in names)
        last = _closing_rare_item(text, names)
        if last is not None:          # 县领导甲、乙、丙、京某某等分别陪同: the list vouches for a rare surname
            out.append(listed(text, *last))
    for m in _CADRES.finditer(text):
        names = read_name_list(text, m.end(), known, anchored=True, whole=True, post=POST_RE)
        if len(names) >= 2:
            out.extend(listed(text, p, n) for p, n in names)
        elif len(names) == 1 and not POST_RE.match(text, names[0][0] + len(names[0][1])):
            title = _cadre_item(text, m, known)
            if title:                 # 某处处长甲、联络处干部乙和…: one of a list of titled names
                out.append(Mention(names[0][0], names[0][1], (title,)))
    for m in _ATTENDANCE_FIELD.finditer(text):
        names = read_name_list(text, m.end(), known, anchored=True, whole=True, post=POST_RE)
        items = [listed(text, p, n) for p, n in names]
        if items and _FIELD_END.match(text, _end(items[-1])):     # the names that open the field
            out.extend(items)
    for start in starts:
        names = read_name_list(text, start, known, anchored=False, whole=True, post=POST_RE)
        after = _end(listed(text, *names[-1])) if names else start
        if names and (len(names) >= 2 and (LIST_END.match(text, after) or _OVER_COMMA.match(text, after)
                                           or _WITH_OTHERS.match(text, after))
                      or _LEADERS_AFTER.match(text, after)):
            out.extend(listed(text, p, n) for p, n in names)
            continue
        # 甲、乙、旃某某在主席台就座: a long list the verb closes vouches for a rare surname in it
        # (read again only when such a verb stands within a list's reach)
        if LIST_END.search(text, start, start + _VOUCHED_REACH) is None and \
                _LEADERS_AFTER.search(text, start, start + _VOUCHED_REACH) is None:
            continue
        names = read_name_list(text, start, known, anchored=True, whole=True, post=POST_RE)
        if len(names) < _VOUCHED_LIST or not all(_vouched(n) for _, n in names):
            continue
        after = _end(listed(text, *names[-1]))
        if LIST_END.match(text, after) or _LEADERS_AFTER.match(text, after):
            out.extend(listed(text, p, n) for p, n in names)
    return out + _closing_line_mentions(text, known) + _speakers_for_units(text, known) + _chair_before_list(text, out) \
        + _deputies_speaking(text)


#: A deputy speaking at the congress, 代表 written after the name (某某代表建议…, 某某代表说).
_DEPUTY_SPEAKING = re.compile(r"(?:^|(?<=[。；;，,\n]))[ \u3000]*([\u4e00-\u9fff]{2,3}?)代表"
                              r"(?=建议|认为|表示|提出|指出|说|谈到|发言时)")


def _deputies_speaking(text: str) -> list[Mention]:
    """``某某代表建议…``: a deputy named with the seat after the name, opening a clause and
    speaking; the name must read as one (群众代表说, 企业代表表示 are no names)."""
    return [Mention(m.start(1), m.group(1), ("代表",)) for m in _DEPUTY_SPEAKING.finditer(text)
            if is_name(m.group(1), anchored=True)]


#: A sentence that is a name and its chairing (某某主持会议。), the start of a sentence.
_CHAIR = re.compile(r"(?:^|(?<=[。\n]))[ \u3000]*([\u4e00-\u9fff]{2,3}?)(?:同志)?主持(?:会议|并讲话|会议并讲话)?。")


def _chair_before_list(text: str, listed_names: list[Mention]) -> list[Mention]:
    """``某某主持会议。甲、乙、丙出席会议。``: the one who chairs, named bare right before the list
    of those attending, is one of the meeting's officials too."""
    return [Mention(m.start(1), m.group(1), ()) for m in _CHAIR.finditer(text)
            if any(m.end() <= x.pos <= m.end() + 2 for x in listed_names) and is_name(m.group(1), anchored=True)]


#: ``甲代表某单位、乙代表某单位作表态发言``: each item a name speaking for a unit, after the first.
_FOR_UNIT = re.compile(r"代表[^、，,。;；:：\s]{2,14}?、")


def _speakers_for_units(text: str, known: frozenset[str]) -> list[Mention]:
    """``甲代表区总工会、乙代表团区委作了表态发言``: after a name found elsewhere speaking for a
    unit, the item after 、 that opens with a name and 代表 speaks for another."""
    out = []
    for m in _FOR_UNIT.finditer(text):
        if not any(text.endswith(n, 0, m.start()) for n in known):
            continue
        name = name_at(text, m.end(), known, anchored=True)
        if name and text.startswith("代表", m.end() + len(name)):
            out.append(Mention(m.end(), name, ()))
    return out


#: A paragraph that is one name and the verb of attending (某某参加。): the line closing a report
#: with who else was there.
_CLOSING_LINE = re.compile(r"(?:^|(?<=\n))[ \u3000]*([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:参加|出席|列席|陪同)"
                           r"(?:会议|活动|调研|座谈)?[。.]?[ \u3000]*(?=\n|$)")


def _closing_line_mentions(text: str, known: frozenset[str]) -> list[Mention]:
    """``某某参加。`` as a paragraph of its own: the one named attended.  The name may open with
    a surname only the published list knows, though its first two characters make a word
    (南海某: 南海), when it is three characters, no word, and the rest reads as a given name."""
    out = []
    for m in _CLOSING_LINE.finditer(text):
        cand = m.group(1)
        if cand in known or name_at(text, m.start(1), known, anchored=True, min_strength=PARTICLE) == cand \
                or len(cand) == 3 and is_listed_surname(cand[0]) and lexicon.tag(cand) is None \
                and cand[-1] not in ORG_ENDINGS and reads_as_given_name(cand[1:]):
            out.append(Mention(m.start(1), cand, ()))
    return out


#: What joins the items of a list of titled names; how long a cadre's unit may be (联络处干部).
_ITEM_JOINS = frozenset("、和及与")
_CADRE_UNIT_MAX = 8


def _cadre_item(text: str, cadre: re.Match[str], known: frozenset[str]) -> str | None:
    """``…副处长甲、联络处干部乙和…``: a cadre of a unit (or 干部 alone) named as an item of a
    list whose item before is a post and a name: the title, from the item's start to 干部."""
    start = cadre.start()
    while start > 0 and cadre.start() - start <= _CADRE_UNIT_MAX and text[start - 1] not in _ITEM_JOINS:
        if not "\u4e00" <= text[start - 1] <= "\u9fff":
            return None
        start -= 1
    if start == 0 or text[start - 1] not in _ITEM_JOINS:
        return None
    before = text[:start - 1]
    name = next((n for n in (before[-4:], before[-3:], before[-2:]) if n in known), None)
    if name is None or not _post_ends(before[:-len(name)]):
        return None
    return text[start:cadre.end()]


def _post_ends(text: str) -> bool:
    """Does ``text`` end with a post (…综合处副处长)?"""
    return any(m.end() == len(text) for m in POST_RE.finditer(text, max(0, len(text) - 8)))


def listed(text: str, pos: int, name: str) -> Mention:
    """A listed name, with the post written right after it (张三、李四副区长、王五)."""
    post = POST_RE.match(text, pos + len(name))
    return Mention(pos, name, (post.group(),) if post else ())


def _end(item: Mention) -> int:
    """Where a listed name ends, with the post written after it."""
    return item.pos + len(item.name) + sum(len(t) for t in item.titles)
