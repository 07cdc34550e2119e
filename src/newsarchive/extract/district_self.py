"""Whose ``全县``/``我市`` a text speaks of: the article's own place, or another unit the
same sentence names (``某县委常委…介绍了全县经济社会发展情况`` in a report a neighbouring
county's office supplied is the host county's, not the supplier's); and which kinds of
place the text speaks of as its own at all (a county's writers write 全市 of the city
above them: ``县委副书记…为县里承办的全市技能大赛出力``)."""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, Sequence

from .place_names import Place, simplified

_SELF = re.compile(r"[我全](市|县|区|州|旗|省)")
#: A verb of relaying what a higher body said, earlier in the clause (传达了全市…会议精神,
#: 贯彻落实省委书记关于推动我市…的指示精神): the whole, or "ours", is the speaker's.
_RELAYING = re.compile(r"传达|贯彻|学习|落实")
#: What the relayed words' clause closes with (…工作会议精神, …指示精神, …讲话要求).
_RELAYED = re.compile(r"[^,，。;；!?！？]{0,40}?(?:精神|指示|批示|讲话要求|会议要求|会议部署)")
_CLAUSE_MARKS = ",，。;；!?！？"
_SENTENCE_START = re.compile(r"[。！？!?；;\n]")
#: A body written without its place's name (州委副书记, 州长), after a break in the text.
_BARE_BODY = re.compile(r"(?:^|[,，、;；。(（])(?:中共)?([省市区县州旗])(?:委|政府|长|人大|政协)")
#: How high a kind of place stands: a province over a city (州, 盟) over a county (区, 旗).
_KIND_RANK = {"省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3}


def self_mentions(text: str) -> Iterator[re.Match[str]]:
    """The 我<kind>/全<kind> of a simplified text, without those inside words the text relays
    (传达了全市…工作会议精神: the city's meeting; 贯彻…关于推动我市…的指示精神: the
    speaker's city), which the writer's 区 passes on."""
    for m in _SELF.finditer(text):
        start = max(text.rfind(mark, 0, m.start()) for mark in _CLAUSE_MARKS) + 1    # the clause's start
        if _RELAYING.search(text, start, m.start()) and _RELAYED.match(text, m.end()):
            continue
        yield m


def bare_kinds(opening: Iterable[str]) -> set[str]:
    """The kinds of the bodies the opening texts write without their place's name (州委副书记,
    州长): the writer's own kind, or a visitor's from above."""
    return {m.group(1) for t in opening for m in _BARE_BODY.finditer(simplified(t))}


def own_kinds(kinds: Iterable[str], first_person: set[str], bare: set[str]) -> set[str]:
    """The kinds of ``kinds`` (我市, 全市…) the text speaks of as its own.  A 全<kind> alone is
    not, where the opening writes its bodies bare of lower kinds only: that whole is the
    division above the writer's.  (A higher body written bare, 市政协副主席, may be a visitor's:
    a 全县 is still the writer's.)"""
    return {k for k in kinds if k in first_person or not bare
            or any(_KIND_RANK.get(k, 0) >= _KIND_RANK.get(b, 0) for b in bare)}


def speaks_as(folded: Sequence[str], kind: str, unit: str, find: Callable[[str], list[Place]],
              of_kind: Callable[[Place, str], bool]) -> bool:
    """Whether some ``我<kind>``/``全<kind>`` of the texts may be ``unit``'s: a first-person
    one always, a ``全<kind>`` unless its sentence names, before it, another unit of that
    kind and not ``unit`` (whose whole it then is)."""
    for text in folded:
        for m in self_mentions(text):
            if m.group(1) != kind:
                continue
            if m.group().startswith("我"):
                return True
            start = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
            named = [p.canonical for p in find(text[start:m.start()]) if of_kind(p, kind)]
            if not named or unit in named:
                return True
    return False
