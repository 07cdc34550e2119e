"""Credits that put the name before what the person did.

* a slash after the name: ``某某/文``, ``某甲/文 某乙/图``, after a source and
  unit (``来源:区政府办 某某/文``) or in brackets closing the text;
* a space after the name, the slash between the credits: ``(某甲 文/某乙 图)``;
* names closed by 报道: ``某区:某甲 某乙 某丙 报道``, ``(某甲 某乙 报道)``.

Only the tail of a line is read: the part after its last colon or sentence mark,
read backwards from the credit word, every item a name.  One item of the tail
may stand before the names when it is what the line credits them to (a unit:
``区政府办``).  A photographer credited ``某某/摄`` is read as one credited
``某某 摄`` is: a member of the staff; pictures given by someone (图片由某某/摄) are not.

Pages that turned no-break spaces into question marks (``某某/文??``) are read
with those runs as spaces.
"""
from __future__ import annotations

import re

from .people_bylines import filed_from, is_byline_name
from .people_padded_names import is_padded_name, join_spaced_names
from .people_words import words
from .script import simplified_view

_CREDIT_WORDS = sorted(words("people", "name_credit_words"), key=len, reverse=True)
#: What a unit credited before the names ends in (区政府办, 某某中心).
_UNIT_ENDINGS = tuple(words("people", "byline_unit_endings"))
_SPACE = "[ \u3000\u00a0]"
#: One item at the end of a tail: a name (or a padded one, 王 某) then a slash and the credit word.
_SLASH_ITEM = re.compile(rf"(?:^|(?<={_SPACE}))([\u4e00-\u9fff]{_SPACE}+[\u4e00-\u9fff]|[^\s/／]{{2,6}})"
                         rf"{_SPACE}*[/／](" + "|".join(map(re.escape, _CREDIT_WORDS)) + rf"){_SPACE}*$")
#: Two credits parted by the slash (文/图, 图/文, 文/摄): 某某文/图 credits both to 某某.
_PAIRED_CREDITS = frozenset(c.replace("／", "/") for c in words("people", "pictures_by_credits"))
#: One credit of a slashed list with a space after the name (某甲 文/某乙 图).
_SPACED_ITEM = re.compile(rf"([\u4e00-\u9fff·]{{2,8}}){_SPACE}+(?:" + "|".join(map(re.escape, _CREDIT_WORDS)) + ")")
_REPORTED = re.compile(rf"{_SPACE}*报道$")
#: What a credit may add before 报道 (某某摄影报道): the name stands before it.
_REPORTED_CREDITS = tuple(sorted(words("people", "reported_credit_words"), key=len, reverse=True))
#: Runs of question marks a page wrote for no-break spaces.
_MOJIBAKE_SPACES = re.compile(r"[?？]{2,}")
#: What ends the part of a line before its credits.
_TAIL_START = re.compile(r"[:：。，,；;！!”\"]")
_CLOSING_BRACKET = re.compile(r"[(（]([^()（）]{2,40})[)）]$")
_SEP = re.compile(rf"{_SPACE}+")


def name_credits(line: str) -> list[str]:
    """Names credited at the end of ``line`` with the name before the credit
    (某甲/文 某乙/图, 某甲 某乙 报道), as ``line`` writes them."""
    if "/" not in line and "／" not in line and "报道" not in line and "報道" not in line:
        return []
    simple, as_written = simplified_view(line)
    simple = _MOJIBAKE_SPACES.sub(lambda m: " " * len(m.group()), simple).rstrip(" \u3000\u00a0。")
    bracket = _CLOSING_BRACKET.search(simple)
    tail = bracket.group(1) if bracket else simple
    tail = _TAIL_START.split(tail)[-1].strip()
    names = _slash_names(tail) or _spaced_names(tail) or _reported_names(tail)
    return [as_written(n) for n in names]


def _slash_names(tail: str) -> list[str]:
    """某甲/文 某乙/图, read from the end; [] unless every item is a name."""
    names: list[str] = []
    rest = tail
    while True:
        m = _SLASH_ITEM.search(rest)
        if not m:
            break
        name = "".join(m.group(1).split())
        if len(name) > 2 and f"{name[-1]}/{m.group(2)}" in _PAIRED_CREDITS and is_byline_name(name[:-1]):
            name = name[:-1]          # 某某文/图: the name, then both credits
        padded = len(m.group(1)) > 2 and len(name) == 2
        if not (is_byline_name(name) or (padded and is_padded_name(join_spaced_names(list(name))[0], role=True))):
            return []
        names.insert(0, name)
        rest = rest[:m.start()].rstrip()
    if names:                         # 某甲 某乙/文: the credit after the last name covers the list
        tokens = _SEP.split(rest) if rest else []
        while len(tokens) > 1 and is_byline_name(tokens[-1]):
            names.insert(0, tokens.pop())
        if len(tokens) == 1 and is_byline_name(tokens[0]) and not tokens[0].endswith(_UNIT_ENDINGS):
            names.insert(0, tokens.pop())     # 某甲 某乙/文: the first item a name too, no unit
        rest = " ".join(tokens)
    if not names or not _only_a_unit(rest):
        return []
    return names


def _spaced_names(tail: str) -> list[str]:
    """某甲 文/某乙 图: a name, a space and its credit, the slash parting the credits;
    [] unless every part is so and every name a byline name."""
    parts = [p.strip(" \u3000\u00a0") for p in re.split(r"[/／]", tail)]
    if len(parts) < 2:
        return []
    matches = [_SPACED_ITEM.fullmatch(p) for p in parts]
    if not all(matches):
        return []
    names = [m.group(1) for m in matches if m]
    return names if all(is_byline_name(n) for n in names) else []


def _reported_names(tail: str) -> list[str]:
    """某甲 某乙 某丙 报道: the names before 报道; [] unless every item but a first
    one (the unit credited) is a name."""
    m = _REPORTED.search(tail)
    if not m:
        return []
    tokens = join_spaced_names(_SEP.split(tail[:m.start()].strip()))
    if tokens and tokens[-1].endswith(_REPORTED_CREDITS):    # 某某摄影报道, 某甲 某乙 摄影报道
        last = tokens.pop()
        last = last[:-next(len(w) for w in _REPORTED_CREDITS if last.endswith(w))]
        if last:
            tokens.append(last)
    if len(tokens) > 1 and filed_from(tokens[-1]):
        tokens.pop()                  # 某甲 某乙 乐东报道: where the report was filed from
    names: list[str] = []
    while tokens and (is_byline_name(tokens[-1]) or is_padded_name(tokens[-1], role=True)):
        names.insert(0, tokens.pop())
    return names if names and len(tokens) <= 1 else []


def _only_a_unit(rest: str) -> bool:
    """What stands before the credits: nothing, or one item (the unit credited)."""
    return len(_SEP.split(rest.strip())) <= 1 if rest.strip() else True
