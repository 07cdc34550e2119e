"""Byline names in brackets with no role word before them: opening the text, after the
dateline word or an outlet's label (本网讯(某某)8月14日…, 某某网:(某某)…, (某甲 某乙)3月2日…),
or closing it after the last sentence (…研究了其他事项。(某甲 某乙)), also where a copy ran the next
paragraph on after a space (…提出了意见。(某甲) 在某乡,…).

Every item of the bracket must be a name, or an office's pen-name beside one
(``(某某 某纪宣)``), which is no person; a word of credit may open the bracket
(``(文 某某)``); an item may be an outlet and a role word before a name
(``(某甲 某某传媒集团记者某乙)``).
"""
from __future__ import annotations

import re

from . import gazetteer, lexicon
from .people_bylines import ROLE_WORDS, is_byline_name, leading_names, names_after_role, run_together
from .people_padded_names import is_padded_name, join_spaced_names
from .people_name_credits import name_credits
from .people_name_words import is_name, reads_as_given_name
from .people_dotted_names import dotted_name_at
from .people_signers import signed_by_body
from .people_words import words
from .script import simplified_view
from .surnames import is_listed_surname

__all__ = ["closing_names", "dateline_names", "inner_closing_names"]

_ROLE = re.compile("|".join(map(re.escape, ROLE_WORDS)))
_ROLE_AT_END = re.compile("(?:" + _ROLE.pattern + ")$")
_SEP = re.compile(r"[\s\u3000、]+")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
#: Ends of an office's pen-name in a byline (某纪宣): no person, passed over beside names.
_PEN_NAME_ENDS = words("people", "byline_pen_name_ends")
#: A token ending so is a contributor's unit (某某局, 某某中心), no name.
_UNIT_ENDINGS = tuple(words("people", "byline_unit_endings"))

#: Bars and spaces a page's layout leaves at the end of a line.
_LAYOUT_BARS = re.compile(r"(?:[ \u3000]*[|｜])+[ \u3000]*$")
#: Names in brackets closing a paragraph: …其他事项。(某某 某某)
_CLOSING = re.compile(r"(?:^|[。！!？?”\"])[ \u3000]*(?:[(（]|(?=[^()（）]{2,24}[)）][ \u3000]*$))"
                      r"[ \u3000]*([^()（）。！!？?]{2,40}?)[ \u3000]*[)）][ \u3000]*$")   # (某某) or 某某) its bracket lost


#: An outlet's label that opens the text with a colon (某某网:(某某)…).
_OUTLET_LABEL = r"[^\s()（）:：]{1,20}?(?:" + "|".join(map(re.escape, words("people", "dateline_outlet_endings"))) \
    + r")[:：]"
#: Names in brackets right after the dateline word (本网讯(某某)8月14日…) or an outlet's label, or opening
#: the text.
_DATELINE = re.compile(r"^(?:.{0,24}?(?:讯|消息|电)|" + _OUTLET_LABEL + r")?[ \u3000]*[(（【][ \u3000]*([^()（）【】]{2,40}?)[ \u3000]*[)）】]")
#: An outlet's name and the day, the names in brackets, then where from and the dateline word
#: (某某网3月21日(某甲,某乙)某地消息).
_DATED_OUTLET = re.compile(r"^[^\s()（）:：]{1,20}?(?:" + "|".join(map(re.escape, words("people", "dateline_outlet_endings")))
                           + r")(?:\d{4}年)?\d{1,2}月\d{1,2}日[ \u3000]*[(（][ \u3000]*([^()（）]{2,40}?)[ \u3000]*[)）]"
                           r"[\u4e00-\u9fff]{0,6}?(?:讯|消息|电)")
_LIST_COMMA = re.compile(r"[,，]")
#: Where a dateline's bracket says where the report was sent from (记者某某/某地传真报导).
_SENT_FROM = re.compile(r"[ \u3000]*[/／][ \u3000]*[\u4e00-\u9fff]{2,8}?(?:传真|电话|连线)?(?:报导|报道|电|讯)$")


def dateline_names(line: str) -> list[str]:
    """Names in the brackets after 讯/消息/电 at the start of ``line``, or in brackets
    opening it, when no role word introduces them (本网讯(某某)…, (某甲 某乙)3月2日…, the
    dateline word inside them: (某某网讯 某某)…,
    【特派记者某某/某地传真报导】: where it was sent from left out); every item must be
    a name (or an office's pen-name beside one)."""
    simple, as_written = simplified_view(line)
    dated = _DATED_OUTLET.match(simple)
    if dated:                         # 某某网3月21日(某甲,某乙)某地消息: names between date and dateline word
        return [as_written(t) for t in _all_names(_LIST_COMMA.sub(" ", dated.group(1)))]
    m = _DATELINE.match(simple)
    if not m:
        bare = _BARE_REPORTED.match(simple)     # 某某讯 某甲 某乙 报道 3月16日,…: names closed by 报道 or the date
        return [as_written(t) for t in _all_names(bare.group(1))] if bare else []
    if "【" in m.group() and not _ROLE.search(m.group(1)):
        return []                     # 【某某网讯】: a site's dateline, no reporter without a role word
    inside = _INNER_DATELINE.sub("", m.group(1), count=1)     # (某某网讯 某某): the dateline word inside
    names = [as_written(t) for t in _all_names(_without_dateline_tail(_SENT_FROM.sub("", inside)))]
    if names:
        return names
    # (某某 摄影报道), (某甲 文/某乙 图): the names credited with what they did; (甲 乙 通讯员丙
    # 丁报道): the bare names before the first role are credited too
    return [as_written(t) for t in name_credits(inside)] + [as_written(t) for t in leading_names(inside)]


#: A dateline, then bare names closed by 报道 with no brackets (某某讯 某甲 报道 3月16日,…),
#: by the lead's opening date after a space (某某日报讯 某甲 某乙  2月18日,…), or by the
#: words the lead opens with quoted after a space.
_BARE_REPORTED = re.compile(r"^\s*[\u4e00-\u9fff]{1,12}讯[ \u3000]+((?:(?!报道|报导)[\u4e00-\u9fff·]{2,4}[ \u3000]+){0,3}"
                            r"(?!报道|报导)[\u4e00-\u9fff·]{2,4})(?:[ \u3000]*(?:报道|报导)[ \u3000]"
                            r"|[ \u3000]+(?=\d{1,2}\s*月\s*\d{1,2}\s*日)"
                            r"|[ \u3000]+(?=[“「]))")     # …讯 某甲 某乙 “…”: words quoted open the lead
#: The outlet's dateline word written inside the brackets, before the names (某某新闻网讯 某某).
_INNER_DATELINE = re.compile(r"^[^\s()（）:：、]{1,20}?(?:讯|消息)[ \u3000]+(?=\S)")


#: The date and mark that close a wire dateline inside its bracket (…北京2012年12月6日电).
_DATED_TAIL = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)$")


def _without_dateline_tail(inside: str) -> str:
    """A bracket's text without the place and date a wire dateline closes it with
    (中央社记者某某北京2012年12月6日电 → 中央社记者某某); the place must be a gazetteer name."""
    m = _DATED_TAIL.search(inside)
    if not m:
        return inside
    head = inside[:m.start()]
    place = next((n for n in (4, 3, 2) if len(head) > n and (gazetteer.divisions(head[-n:])
                                                            or gazetteer.by_short(head[-n:]))), 0)
    return head[:len(head) - place] if place else inside


#: Most items of a bracket read one by one; and most names of a team of reporters in one,
#: every item a name parted by spaces ((某甲 某乙 某丙 某丁 某戊 某己)).
_MOST_ITEMS = 4
_MOST_TEAM = 8


def _all_names(inside: str) -> list[str]:
    """The names of a bracket's text when there are one to four items and every
    one is a name, an office's pen-name, or a reporter named after a role word
    and the outlet (某甲 某某传媒集团记者某乙); or up to eight items, every one a name
    parted by spaces (a team of reporters)."""
    tokens = join_spaced_names(_SEP.split(inside.strip()))
    if len(tokens) > 1 and tokens[0] in _CREDIT_WORDS:
        tokens = [t for t in tokens if t not in _CREDIT_WORDS]     # (文 某某): what the person did, first
    if len(tokens) > _MOST_ITEMS:       # a team of reporters, each a name parted by spaces
        team = len(tokens) <= _MOST_TEAM and "、" not in inside \
            and all(is_name(t, anchored=True, listed=True) for t in tokens)
        return tokens if team else []
    if not tokens:
        return []
    tokens = _without_glued_credits(tokens)
    names: list[str] = []
    after_role = False
    unsure = 0
    for token in tokens:
        if signed_by_body(token):
            continue                  # (某省台 某甲 某乙): the broadcaster that sent them, no person
        if (is_name(token, anchored=True, listed=True) or dotted_name_at(token, 0) == token
                or is_padded_name(token, role=after_role) or (after_role and is_byline_name(token))):
            names.append(token)
        elif _is_pen_name(token) or _is_team(token):
            continue                  # (某纪宣 某某), (市委报道组 某某): an office or a team, no person
        elif len(tokens) > 1 and _surname_led(token):
            names.append(token)       # (某甲 云某某): a listed surname whose given name reads as a word
            unsure += 1
        elif len(tokens) > 1 and _given_name_only(token):
            names.append(token)       # (某甲 天某): a reporter signing with a given name or pen-name
            unsure += 1
        elif two := _two_names(token):
            names.extend(two)                     # (某甲某乙某): two names the copy ran together
        else:
            named = _role_token_names(token)
            if named is None:
                return []
            names.extend(named)
            after_role = _ROLE_AT_END.search(token) is not None     # 某某中心记者 某乙
    return names if len(names) > unsure else []


def _without_glued_credits(tokens: list[str]) -> list[str]:
    """(某甲文 某乙摄), (某乙摄): what each did glued to the name.  摄 ends no name; 文 ends
    many (李志文), so it goes only beside a photographer's credit."""
    pictured = any(t.endswith(("摄", "图")) and len(t) >= 3 and is_byline_name(t[:-1]) for t in tokens)
    return [t[:-1] if len(t) >= 3 and is_byline_name(t[:-1]) and (t.endswith("摄") or (pictured and t.endswith(("文", "图"))))
            else t for t in tokens]


def _two_names(token: str) -> list[str]:
    """Two names run together in a bracket, each a name as a post's holder's would be
    (余某某张某某), never a unit's name (某州市纪委)."""
    parts = run_together(token)
    return parts if parts and all(is_name(p, anchored=True) for p in parts) else []


#: A paper's or a committee's team credited before its members (市委报道组, 某县记者站).
_TEAM = re.compile("^[\u4e00-\u9fff]{0,8}(?:" + "|".join(map(re.escape, words("people", "byline_team_words"))) + ")$")


def _is_team(token: str) -> bool:
    return _TEAM.match(token) is not None


def _surname_led(token: str) -> bool:
    """Two or three characters, a surname of the published list first, that make no word:
    a name beside another name in the brackets, though its given name reads as a word there
    (云|中东)."""
    return 2 <= len(token) <= 3 and _CJK.match(token) is not None and is_listed_surname(token[0]) \
        and lexicon.tag(token) is None and not token.endswith(_UNIT_ENDINGS)


#: Most frequency of a word that a two-character pen-name may also be.
_PEN_NAME_WORD_FREQ = 20


def _given_name_only(token: str) -> bool:
    """Two characters that read as a given name after a common surname and make no usual
    word, unit or place: beside a name in the brackets, a reporter signing with a given name
    or a pen-name (郭某 天某)."""
    return len(token) == 2 and _CJK.match(token) is not None and not token.endswith(_UNIT_ENDINGS) \
        and lexicon.frequency(token) < _PEN_NAME_WORD_FREQ and not gazetteer.divisions(token) \
        and not gazetteer.by_short(token) and reads_as_given_name(token)




#: What a person credited in bare brackets did, written before the name ((文 某某)).
_CREDIT_WORDS = frozenset(words("people", "credit_words"))


#: What may qualify a role word between a bare name and it (某甲全媒体记者某乙).
_ROLE_KINDS = frozenset(words("people", "role_kind_words"))
#: How an outlet's short name ends (郑报, 某台): before a role word it is no writer's name.
_OUTLET_ENDS = tuple(words("people", "dateline_outlet_endings"))


def _role_token_names(token: str) -> list[str] | None:
    """某某传媒集团记者某乙, 记者某甲通讯员某乙: the names after each role word of a
    token, the outlet before the first passed over; None when anything but
    names follows a role word."""
    roles = list(_ROLE.finditer(token))
    if not roles:
        return None
    names: list[str] = []
    covered = ""
    before = token[:roles[0].start()]
    named_first = next((before[:n] for n in (3, 2) if (before[n:] == "" or before[n:] in _ROLE_KINDS)
                        and is_name(before[:n]) and not before[:n].startswith(tuple(_ROLE_KINDS))
                        and not before[:n].endswith(_OUTLET_ENDS)), None)    # 某报全媒体记者: the outlet
    if named_first:
        names.append(named_first)     # 某甲全媒体记者某乙: a bare name touching the first role
    for m in roles:
        named = names_after_role(token, m.end())
        names.extend(named)
        covered += m.group() + "".join(named)
    return names if covered == token[roles[0].start():] else None


def _is_pen_name(token: str) -> bool:
    """某纪宣, 某组宣: an office signing a report, 2–4 characters."""
    return 2 <= len(token) <= 4 and token.endswith(_PEN_NAME_ENDS) and _CJK.match(token) is not None


#: The label of a page's list of related stories run onto the text's last line after its
#: closing brackets, perhaps with its English twin (…(某某)相关文章Related).
_RELATED_LABELS = words("people", "related_list_labels")
_RELATED_TAIL = re.compile(r"(?<=[)）])[ \u3000]*(?:" + "|".join(map(re.escape, _RELATED_LABELS))
                           + r")[ \u3000]*[A-Za-z ]*[ \u3000]*$")
_RELATED_TAIL_ENDS = tuple(_RELATED_LABELS) + tuple("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ")


#: The label of the page's editor run onto the text's last line after its closing brackets, with or
#: without the editor's name (…(某甲)[编辑:, …(某甲)【责任编辑:某乙】).
_EDITOR_TAIL = re.compile(r"(?<=[)）])[ \u3000]*[\[【〔(（]?[ \u3000]*(?:"
                          + "|".join(map(re.escape, sorted(words("people", "byline_editor_labels"), key=len, reverse=True)))
                          + r")[ \u3000]*[:：][^()（）\[\]【】〔〕]{0,12}[\]】〕)）]?[ \u3000]*$")


#: The page's editor credited inside the closing brackets after the byline name, set off by a
#: bar or a space ((某甲 || 责任编辑 某乙)): no part of the byline.
_INNER_EDITOR = re.compile(r"[ \u3000|｜/／]+(?:"
                           + "|".join(map(re.escape, sorted(words("people", "byline_editor_labels"), key=len, reverse=True)))
                           + r")[ \u3000:：]*[\u4e00-\u9fff·]{0,5}$")


#: A closing bracket that credits the pictures and the text to one person (以上图片均由某某 文/摄):
#: the name between 由 and the credit.
_PICTURES_BY = re.compile(r"(?:以上)?(?:图片|照片)(?:均)?由[ \u3000]*([\u4e00-\u9fff]{2,4}?)[ \u3000]*(?:"
                          + "|".join(map(re.escape, words("people", "pictures_by_credits"))) + r")")


def closing_names(line: str) -> list[str]:
    """Names in the brackets that close ``line`` after its last sentence, a byline
    with no role word (…研究了其他事项。 (某甲 某乙)); every item must be a name.  A bar
    the page's layout left after it (…事项。 (某甲) |), or the label of the page's list of
    related stories run onto it (…事项。(某甲)相关文章), or its editor's label ((某甲)[编辑:), is no
    part of the line; nor is the editor credited inside the brackets after the names
    ((某甲 | 编辑 某乙))."""
    line = _LAYOUT_BARS.sub("", line)
    if line.endswith(_RELATED_TAIL_ENDS):
        line = _RELATED_TAIL.sub("", line)
    simple, as_written = simplified_view(line)
    if not line.rstrip().endswith((")", "）")):
        simple = _EDITOR_TAIL.sub("", simple)      # …事项。(某甲)[编辑:: the page's editor label run on
        if not simple.endswith((")", "）")):
            return []
    m = _CLOSING.search(simple)
    if not m:
        return []
    inside = m.group(1)
    by = _PICTURES_BY.fullmatch(inside)
    if by:                            # (以上图片均由某某 文/摄): the pictures' and the text's author
        return [as_written(by.group(1))] if is_byline_name(by.group(1)) else []
    inside = _INNER_EDITOR.sub("", inside)         # (某甲 || 责任编辑 某乙): the editor's credit after the name
    inside = _CREDIT_LABEL.sub(" ", inside)        # (文:某报道组 | 图:某乙): what each did, with a colon
    return [as_written(t) for t in _all_names(inside)] if inside.strip() else []


#: A credit's label with its colon, perhaps after a bar parting it from the credit before
#: ((文:某报道组 | 图:某乙)): the names are read without it.
_CREDIT_LABEL = re.compile(r"(?:[ \u3000]*[|｜][ \u3000]*|(?<![^\s]))(?:" +
                           "|".join(map(re.escape, sorted(words("people", "credit_words"), key=len, reverse=True))) +
                           r")[ \u3000]*[:：][ \u3000]*")


#: Brackets closing a paragraph that a copy ran together with the next one, a space between
#: (…意见。(某某) 在某乡,…).
_INNER_CLOSING = re.compile(r"[。！!？?”\"][ \u3000]*[(（][^()（）]{2,24}?[)）](?=[ \u3000]+\S)")


def inner_closing_names(line: str) -> list[str]:
    """Names in brackets that close a paragraph inside ``line``, the next paragraph run on after
    a space (…提出了意见。(某甲) 在某乡,…): read as :func:`closing_names` reads a line's end."""
    if " " not in line and "\u3000" not in line:
        return []
    return [n for m in _INNER_CLOSING.finditer(line) for n in closing_names(line[:m.end()])]
