"""Byline forms of copied pages the role-word readers miss.

* the author's bare name in the page's stamp, right before its source label
  ("2030-03-05 16:56 某某 来源:某某网", "访问次数: 某某 信息来源:…"), or after it, each
  writer after the unit he wrote for ("来源:某甲镇 某甲 某乙镇 某乙 发布时间:…");
* contributors' units, then their names, in the brackets that close the text
  ("(某某局、某村工作组 某甲、某乙)"): the units are passed over;
* an outlet and its reporters in the closing brackets, parted by a colon ("(某某在线:某某)");
* an outlet and a photographer in brackets ("(某某社 某某摄)"), or a photographer alone
  ("(某某 摄)", "(某某 摄影报道)"), a surname the tables lack included;
* a Taiwan byline: the name, the place it was filed from, 报导 ("某某 台中市 报导");
* an outlet, then its reporters' bare names, on a line under the headline ("某某晚报·某某客户端
  某甲 某乙");
* two or three bare names after the text's last sentence, parted by spaces ("…新的动能。某甲 某乙").
"""
from __future__ import annotations

import re

from . import gazetteer
from .people_bylines import ROLE_WORDS, is_byline_name
from .people_name_words import is_name, rare_surname_name
from .people_words import words
from .script import simplified_view

__all__ = ["stamp_author_names", "source_unit_names", "unit_closing_names", "unit_colon_names", "bracket_photo_names",
           "filed_from_names", "outlet_names", "trailing_names"]

#: A working group (某村工作组) contributes as a unit does.
_UNIT_ENDINGS = (*words("people", "byline_unit_endings"), "组")
#: What a credit's last character says the person did: no part of the name.
_CREDIT_ENDS = ("摄", "文", "图")
_NAME = r"[\u4e00-\u9fff]{2,3}"
#: A bare name standing between the stamp's fields, right before its source label.
_STAMP_AUTHOR = re.compile(rf"(?:^|[\s:：])[ \u3000]*({_NAME})[ \u3000]+(?:信息来源|文章来源|稿件来源|来源|稿源|出处)\s*[:：]")
#: Brackets closing a paragraph after its last sentence.
_CLOSING = re.compile(r"(?:^|[。！!？?”\"])[ \u3000]*[(（][ \u3000]*([^()（）]{4,60}?)[ \u3000]*[)）][ \u3000]*$")
_ITEMS = re.compile(r"[\s\u3000、,，]+")
#: Most names closing brackets credit.
_MOST = 4
_PHOTO = re.compile(r"[(（][ \u3000]*[\u4e00-\u9fff]{2,12}(?:社|报|网|台|中心|站)[ \u3000]+([\u4e00-\u9fff]{2,4}?)"
                    r"[ \u3000]*摄[ \u3000]*[)）]")
#: A bare name's photo credit in brackets closing the line ("…调研。(某某 摄)").
_BARE_PHOTO = re.compile(r"[(（][ \u3000]*([\u4e00-\u9fff]{2,4}?)[ \u3000]*摄(?:影)?(?:报道)?[ \u3000]*[)）][ \u3000。]*$")
_FILED = re.compile(rf"^[ \u3000]*(?:记者[ \u3000]*)?({_NAME})[ \u3000/／]+([\u4e00-\u9fff]{{2,4}})[ \u3000]*(?:报导|报道)[ \u3000]*$")
_PLACE_ENDS = ("市", "县", "区", "镇", "乡", "省")


def _unit(token: str) -> bool:
    return len(token) >= 3 and token.endswith(_UNIT_ENDINGS)


def stamp_author_names(line: str) -> list[str]:
    """The author a page's stamp names bare before its source label."""
    simple, as_written = simplified_view(line)
    return [as_written(m.group(1)) for m in _STAMP_AUTHOR.finditer(simple)
            if is_name(m.group(1), anchored=True) and not _unit(m.group(1))]


#: A page stamp's source label and what follows it up to the next field's label or the line's end.
_SOURCE_FIELD = re.compile(r"(?:^|[\s])(?:信息来源|文章来源|稿件来源|来源|稿源)[ \u3000]*[:：][ \u3000]*([^:：]*?)"
                           r"(?=[ \u3000]+[^\s:：]+[:：]|[ \u3000]*$)")


def source_unit_names(line: str) -> list[str]:
    """The writers a page stamp's source field names each after the unit he wrote for
    (来源:某甲镇 某甲 某乙镇 某乙), or all after one unit, a slash perhaps between (来源:某镇/某甲 某乙):
    the field must be unit, name pairs throughout, or the unit and names only."""
    simple, as_written = simplified_view(line)
    m = _SOURCE_FIELD.search(simple)
    if not m:
        return []
    unit, slash, rest = m.group(1).partition("/")
    if slash and _unit(unit.strip()):
        names = [t for t in _ITEMS.split(rest) if t]
        if names and len(names) <= _MOST and all(
                is_name(n, anchored=True) and not _unit(n) and not n.endswith(_CREDIT_ENDS) for n in names):
            return [as_written(n) for n in names]
        return []
    items = [t for t in _ITEMS.split(m.group(1)) if t]
    if 2 < len(items) <= _MOST + 1 and _unit(items[0]) and all(
            is_name(n, anchored=True) and not _unit(n) and not n.endswith(_CREDIT_ENDS) for n in items[1:]):
        return [as_written(n) for n in items[1:]]     # 来源:某县融媒体中心 某甲 某乙 某丙: all after one unit
    if not items or len(items) % 2 or len(items) > 2 * _MOST:
        return []
    units, names = items[0::2], items[1::2]
    if not all(_unit(u) for u in units) or \
            not all(is_name(n, anchored=True) and not _unit(n) and not n.endswith(_CREDIT_ENDS) for n in names):
        return []
    return [as_written(n) for n in names]


def unit_closing_names(line: str) -> list[str]:
    """The names after the contributors' units in the brackets closing ``line``; none unless
    units come first and every item after them is a name."""
    simple, as_written = simplified_view(line.rstrip())
    m = _CLOSING.search(simple)
    if not m:
        return []
    items = [t for t in _ITEMS.split(m.group(1)) if t]
    units = next((k for k, t in enumerate(items) if not _unit(t)), len(items))
    names = items[units:]
    if not units or not 1 <= len(names) <= _MOST or \
            not all(is_byline_name(t) and not t.endswith(_CREDIT_ENDS) for t in names):
        return []
    return [as_written(t) for t in names]


#: Brackets closing a paragraph that credit "unit: names" (…会见。(某某在线:某甲 某乙)).
_UNIT_COLON = re.compile(r"(?:^|[。！!？?”\"])[ \u3000]*[(（][ \u3000]*([\u4e00-\u9fff]{3,12})[ \u3000]*[:：]"
                         r"[ \u3000]*([^()（）:：]{2,30}?)[ \u3000]*[)）][ \u3000]*$")
_OUTLET_ENDINGS = (*_UNIT_ENDINGS, *words("people", "byline_outlet_endings"))


def unit_colon_names(line: str) -> list[str]:
    """The names after "unit:" in the brackets closing ``line``, every item a name and the
    label a unit or an outlet (a role word, 来源 or an editor's label is read elsewhere)."""
    simple, as_written = simplified_view(line.rstrip())
    m = _UNIT_COLON.search(simple)
    if not m or not m.group(1).endswith(_OUTLET_ENDINGS):
        return []
    names = [t for t in _ITEMS.split(m.group(2)) if t]
    if not 1 <= len(names) <= _MOST or not all(is_byline_name(t) and not t.endswith(_CREDIT_ENDS) for t in names):
        return []
    return [as_written(t) for t in names]


def bracket_photo_names(line: str) -> list[str]:
    """The photographer of "(某某社 某某摄)", an outlet's photo credit in brackets, or of a
    bare "(某某 摄)" closing a caption."""
    simple, as_written = simplified_view(line)
    found = [m.group(1) for m in _PHOTO.finditer(simple)]
    bare = [m.group(1) for m in _BARE_PHOTO.finditer(simple)]
    return [as_written(n) for n in found if is_byline_name(n)] \
        + [as_written(n) for n in bare if is_byline_name(n) or rare_surname_name(n)]


def _place(token: str) -> bool:
    return token.endswith(_PLACE_ENDS) or bool(gazetteer.divisions(token) or gazetteer.by_short(token))


def filed_from_names(line: str) -> list[str]:
    """The reporter of a Taiwan byline line "某某 台中市 报导" (a place between name and 报导)."""
    simple, as_written = simplified_view(line)
    m = _FILED.match(simple)
    if not m or not is_byline_name(m.group(1)) or not _place(m.group(2)):
        return []
    return [as_written(m.group(1))]


#: What an outlet's name (or a part of it, between middle dots) ends in: 某某晚报, 某某网, 某某客户端.
_OUTLET_ENDS = tuple(words("people", "dateline_outlet_endings"))


#: Role words standing alone between a byline's names (某某报 某甲 通讯员 某乙).
_ROLE_ITEMS = frozenset(ROLE_WORDS)


def outlet_names(line: str) -> list[str]:
    """The reporters an outlet's line under the headline names bare after it (某某晚报·某某客户端
    某甲 某乙 某丙): the outlet one item, every other item a name."""
    simple, as_written = simplified_view(line.strip())
    items = [t for t in _ITEMS.split(simple) if t]
    if not 2 <= len(items) <= _MOST + 1:
        return []
    outlet, names = items[0], items[1:]
    if not any(len(part) >= 3 and part.endswith(_OUTLET_ENDS) for part in re.split("[·•・]", outlet)):
        return []
    # the names up to a role word (某某报 某甲 通讯员 某乙: the role's names are read as a byline's)
    names = names[:next((k for k, t in enumerate(names) if t in _ROLE_ITEMS), len(names))]
    return [as_written(n) for n in names] if names and all(is_byline_name(n) and not _unit(n) for n in names) else []


#: Two or three bare names parted by spaces after a paragraph's last sentence.
_TRAILING = re.compile(r"[。！？!?”][ \u3000]*((?:[\u4e00-\u9fff]{2,4}[ \u3000]+){1,2}[\u4e00-\u9fff]{2,4})[ \u3000]*$")


def trailing_names(line: str) -> list[str]:
    """The writers a text's last paragraph names bare after its last sentence ("…新的动能。
    某甲 某乙"): two or three names parted by spaces, every item a name (one alone could be
    a word the sentence ran on with)."""
    m = _TRAILING.search(line)
    if not m:
        return []
    simple, as_written = simplified_view(m.group(1))
    tokens = simple.split()
    if tokens[-1].endswith(_CREDIT_ENDS):
        return []                 # …。某甲 某乙摄: a photo credit, read as one
    return [as_written(t) for t in tokens] if all(is_byline_name(t) for t in tokens) else []
