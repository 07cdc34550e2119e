"""Byline lines: what a credit line of Chinese news text looks like by itself.

"记者 王赛华", "记者 温若琳 通讯员 郑凯 文/图", "(通讯员 朱思远 李欣)", "（县委组织部供稿）",
"来源：…", an e-paper's "■某某"; a byline run in at the end of a paragraph; a line of
personal names only.  Split from :mod:`.patterns` with no change of behaviour.
"""
from __future__ import annotations

import re

from ..repair import CLOSERS
from ..simplified import to_simplified
from ..textnorm import closed_up

__all__ = ["is_byline", "is_name_list", "split_run_in_byline"]

_CJK = r"\u4e00-\u9fff"
_NAME = re.compile(rf"^[{_CJK}]{{2,4}}$|^[{_CJK}]{{1,6}}[·•][{_CJK}·•]{{1,10}}$")
#: Characters that do not occur in personal names but do in clauses ("记者了解到").
_NOT_IN_NAME = set("的了在从对把被将到说是获悉表示介绍称讯电报网日月年")

_ROLES = (
    "全媒体记者", "融媒体记者", "特约通讯员", "本报记者", "特约记者", "见习记者", "实习记者",
    "首席记者", "摄影记者", "融媒记者", "责任编辑", "通讯员", "实习生", "记者", "摄影", "摄像",
    "作者", "撰稿", "撰文", "责编", "编辑", "审核", "审校", "校对", "监制", "统筹",
)
#: Roles that name the kind of outlet themselves: the words before them are its place (某市融媒体记者).
_OUTLET_ROLES = frozenset({"全媒体记者", "融媒体记者", "融媒记者", "本报记者"})
_ROLE_TOKEN = re.compile(
    rf"^(?P<media>[{_CJK}·]{{0,12}}?)(?P<role>{'|'.join(_ROLES)})[:：]?(?P<name>.*)$")
#: A role set off from its name by a bar (作者 | 某某  编辑 | 某某), read as a colon.
_BARRED_ROLE = re.compile(rf"({'|'.join(_ROLES)})[ \u3000]*[|｜][ \u3000]*")
_MEDIA = re.compile(r"报|网|台|社|新闻|媒|中心|频道")
_SLASH_ROLE = re.compile(rf"^(?:文|图|文/图|图/文|摄影|摄)[/:：](?P<name>[{_CJK}·•]+)$")
_SUFFIXES = {"文/图", "图/文", "文图", "图文", "报道", "摄", "文", "图", "供图", "整理", "摄影", "摄影报道",
             "报导", "综合报道", "综合报导"}
#: A credit line of bare names closed by one of these is the photographers'.
_PHOTO_SUFFIXES = frozenset(("摄", "摄影"))
_MOST_PHOTOGRAPHERS = 4
_SUPPLIED = re.compile(r"^[（(][^（）()]{2,30}(?:供稿|供图|提供|报送|来稿)[)）]$")
_SOURCE = re.compile(r"^(?:来源|稿源|信息来源|出处)\s*[:：]\s*\S.{0,40}$")
#: A team of a paper or centre credited as one ("县融媒体中心记者组", "本报联合采访组"): no names.
_TEAM = re.compile(rf"^[{_CJK}]{{0,14}}(?:记者|报道|采访|采写)组$")
_TOKEN_SEP = re.compile(r"[\s、，,]+")
_DECORATION = re.compile(r"^(?:[□■◎●○◆◇★☆—–\-]+|[①-⑳]\d{0,2}(?=\s))\s*")   # ③2 某某 摄: the picture's number
#: A square an e-paper sets before its byline's bare names (■某某, □某甲 某乙).
_BYLINE_MARK = re.compile(r"^[■□◎]\s*(?=[\u4e00-\u9fff])")
_SENTENCE_END = re.compile(f"[。！？!?][{re.escape(CLOSERS)}]*")
#: "报道" written right after the last name, with no space (□记者某某报道).
#: A second role run into the name before it (记者某甲通讯员某乙): roles no name holds.
_GLUED_ROLE = re.compile(rf"(?<=[{_CJK}])(特约通讯员|通讯员|实习生)(?=[{_CJK}])")
_GLUED_REPORTED = re.compile(rf"(?<=[{_CJK}])(?<!摄影)(?<!综合)(报道|报导)$")


def is_byline(text: str) -> bool:
    """A credit line: "记者 王赛华", "记者 温若琳 通讯员 郑凯 文/图", "(通讯员 朱思远 李欣)",
    "（县委组织部供稿）", "来源：…".  Datelines inside a lead are not bylines."""
    marked = _BYLINE_MARK.match(text.strip())
    text = _DECORATION.sub("", text.strip())
    if not text or len(text) > 60:
        return False
    if marked and len(text) <= 20 and is_name_list(text, least=1):
        return True                  # ■某某: an e-paper's byline mark before bare names
    if _SUPPLIED.match(text) or _SOURCE.match(text) or _TEAM.match(text):
        return True
    inner = to_simplified(text)
    if inner[0] in "（(【[" and inner[-1] in "）)】]":
        inner = inner[1:-1].strip()
    inner = _BARRED_ROLE.sub(r"\1:", closed_up(inner))
    inner = _GLUED_REPORTED.sub(r" \1", inner)      # 记者某某报道: the suffix set off
    if _ROLE_TOKEN.match(inner):
        inner = _GLUED_ROLE.sub(r" \1", inner)      # 记者某甲通讯员某乙: each role set off
    tokens = [t for t in _TOKEN_SEP.split(inner.replace("／", "/")) if t]
    if len(tokens) > 2 and all(_OUTLET.match(part) for part in re.split("[·•・]", tokens[0])):
        tokens = tokens[1:]      # 某某报·某某网 某甲 通讯员 某乙: the outlet, then its byline
    return _credit_tokens(_outlet_slashes_parted(tokens))


#: A paper or site's name before its reporter, set off by a slash ("某某报/ 记者某某/综合报导").
_OUTLET = re.compile(rf"^[{_CJK}]{{1,8}}(?:报|网|社|台)$")


def _outlet_slashes_parted(tokens: list[str]) -> list[str]:
    """Tokens of a byline that parts outlet, reporter and what was done by slashes
    ("某某报/", "记者某某/综合报导"): the outlet dropped, the rest parted at the slash;
    a credit by slash (文/某某, 文/图) stays one token."""
    if not any("/" in t for t in tokens):
        return tokens
    out: list[str] = []
    for tok in tokens:
        if "/" in tok and not _SLASH_ROLE.match(tok) and tok not in _SUFFIXES:
            out.extend(p for p in tok.split("/") if p)
        else:
            out.append(tok)
    while len(out) > 1 and _OUTLET.match(out[0]):
        out.pop(0)
    return out


#: Where a report was filed from, closing its byline ("福建报导", "台中市 报导").
_FILED_FROM = re.compile(rf"^[{_CJK}]{{2,4}}?(?:报道|报导)$")
_PLACE_ENDS = ("市", "县", "区", "镇", "乡", "省")


def _filed_from(tokens: list[str]) -> list[str]:
    """The tokens with the place a report was filed from dropped before its closing 报导
    ("记者某某 福建报导", "某某 台中市 报导"): the place is no name."""
    if len(tokens) >= 2 and _FILED_FROM.match(tokens[-1]) and tokens[-1] not in _SUFFIXES:
        return tokens[:-1] + ["报道"]
    if len(tokens) >= 3 and tokens[-1] in ("报道", "报导") and _place(tokens[-2]):
        return tokens[:-2] + ["报道"]
    return tokens


def _place(token: str) -> bool:
    from ..extract.gazetteer import by_short, divisions
    return 2 <= len(token) <= 4 and (token.endswith(_PLACE_ENDS) or bool(divisions(token) or by_short(token)))


def _credit_tokens(tokens: list[str]) -> bool:
    """role name… [role name…] [suffix]: every role names at least one person; a suffix
    inside the line closes one credit and names may follow it ("记者 甲/文 乙 丙/摄"); a bare
    name with where it was filed from is a Taiwan byline ("某某 台中市 报导")."""
    filed = _filed_from(tokens)
    if filed is not tokens and len(filed) == 2 and is_name_list(filed[0], least=1):
        return True                # 某某 台中市 报导: a bare name, where it was filed from
    if len(tokens) >= 2 and tokens[-1] in _PHOTO_SUFFIXES and len(tokens) - 1 <= _MOST_PHOTOGRAPHERS \
            and is_name_list(" ".join(tokens[:-1]), least=1):
        return True                # 某甲 某乙 摄: the photographers of the pictures above
    tokens = filed
    if not tokens:
        return False
    lead = _leading_names(tokens)   # 某甲 本报记者 某乙 某丙: a name credited before the roles
    tokens = tokens[lead:]
    names_since_role = -1          # -1: no role seen yet
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1
        slash = _SLASH_ROLE.match(tok)
        role = _ROLE_TOKEN.match(tok)
        if tok in _SUFFIXES and last:
            return names_since_role > 0
        if tok in _SUFFIXES and names_since_role > 0:
            names_since_role = 0       # 甲/文 乙 丙/摄: the next credit's names follow
            continue
        if slash:
            if not _is_name(slash.group("name")):
                return False
            names_since_role = 1
        elif role and (not role.group("media") or _MEDIA.search(role.group("media"))
                       or role.group("role") in _OUTLET_ROLES):   # 某市融媒体记者: the place's media centre
            if names_since_role == 0:
                return False
            name = role.group("name")
            names_since_role = 0
            if name:
                if not _is_name(name):
                    return False
                names_since_role = 1
        elif names_since_role >= 0 and _is_name(tok) and names_since_role < 6:
            names_since_role += 1
        else:
            return False
    return names_since_role > 0


#: Most bare names a credit line may open with before its first role.
_LEADING_NAMES = 2


def _leading_names(tokens: list[str]) -> int:
    """How many bare names open the tokens before a role with a name of its own
    ("某甲 本报记者 某乙 某丙", "■ 某甲 实习记者 某乙"): 0 when no such role follows."""
    from ..extract.people_names import is_name    # a surname first: "乡村振兴 记者 某某" opens with none
    n = 0
    while n < min(_LEADING_NAMES, len(tokens) - 1) and _is_name(tokens[n]) and not _ROLE_TOKEN.match(tokens[n]) \
            and is_name(tokens[n]):
        n += 1
    if n and n < len(tokens) and _ROLE_TOKEN.match(tokens[n]) and _MEDIA.search(_ROLE_TOKEN.match(tokens[n]).group("media") or "报"):
        return n
    return 0


def _is_name(tok: str) -> bool:
    return bool(_NAME.match(tok)) and not (set(tok) & _NOT_IN_NAME)


def is_name_list(text: str, least: int = 2) -> bool:
    """Only personal names, ``least`` or more, apart by spaces or 、 ("甲某某 乙某 丙某某"): the
    people a list line names (those appointed, those present), never a headline."""
    tokens = [t for t in _TOKEN_SEP.split(text.strip()) if t]
    if len(tokens) < least or not all(_is_name(t) for t in tokens):
        return False
    from ..extract.people_names import is_name    # a surname first: "乡村振兴 产业先行" is no list
    return all(is_name(t) for t in tokens)


def split_run_in_byline(text: str) -> tuple[str, str | None]:
    """Split a byline run in at the end of a paragraph ("…任务。 记者 王赛华 鲁慧").

    Returns (paragraph, byline) or (text, None) when the paragraph ends in text.
    """
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return text, None
    cut = ends[-1].end()
    tail = text[cut:].strip()
    if tail and is_byline(tail):
        return text[:cut].rstrip(), tail
    return text, None
