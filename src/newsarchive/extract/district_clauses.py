"""Parts of a lead's clause that look like its subject and are not: a leader's seat on the
committee above the post that is the leader's own, the organizer of the event and the
instruction it follows."""
from __future__ import annotations

import re

#: A leader's seat on the committee above, written before the post that is the leader's own
#: (市委常委、区委书记某某; 省委常委、市委书记某某; 自治区党委常委、某市委书记某某; 市委常委、某某区委书记某某,
#: the place named, the higher one too: 广州市委常委、南沙区委书记某某; 市人大常委会副主任、县委书记某某, a
#: seat on the congress or conference above; other posts above between them: 某市委常委、宣传部长、某区委书记某某).
_CONCURRENT_SEAT = re.compile(r"^(?:中共)?(?:[\u4e00-\u9fff]{2,8}?)?"
                              r"(?:([省市州盟]|自治区党)委常委|([省市州盟])(?:人大常委会副主任|政协副主席))[、,，]\s*"
                              r"(?:[^、,，。区县旗\s]{2,8}[、,，]\s*){0,2}?"
                              r"(?=(?:中共)?(?:[\u4e00-\u9fff]{2,8}?)?([市州盟区县旗])(?:委|政府|长|人大|政协))")
_RANK = {"省": 0, "自治区党": 0, "市": 1, "州": 1, "盟": 1, "区": 2, "县": 2, "旗": 2}
#: A clause naming who organized the event the sentence goes on to report (由某省委宣传部主办).
_ORGANIZER = re.compile(r"^\s*(?:[上下]午|晚上?)?\s*由[^,，。；;]{2,40}?(?:联合|共同)?(?:主办|承办|指导|协办)\s*$")
#: A clause naming what the event follows (根据省委统一部署, 根据某巡视组交办的问题线索): a body
#: named there sent the instruction, it is not who acts.
_BASIS = re.compile(r"^\s*(?:根据|按照|依据|依照)[^,，。；;]{2,40}?"
                    r"(?:部署|安排|要求|线索|精神|规定|意见|决定|通知|指示|计划|方案)\s*$")


def without_concurrent_seat(clause: str) -> str:
    """The clause without a leader's seat on a higher committee (市委常委、区委书记某某主持…):
    the leader acts in the post of the lower body, whose place the article is about."""
    m = _CONCURRENT_SEAT.match(clause)
    if m is None or _RANK[m.group(1) or m.group(2)] >= _RANK[m.group(3)]:
        return clause
    return clause[m.end():]


def organizer_clause(clause: str) -> bool:
    """Whether the clause only names who organized the event (由某省委宣传部主办,某馆承办的…
    is split at the comma) or what it follows (根据省委统一部署): neither is the place the
    sentence reports."""
    return _ORGANIZER.match(clause) is not None or _BASIS.match(clause) is not None


def among_own_units(text: str, own: str) -> bool:
    """Whether a list of the sentence holds units of ``own`` written bare (进驻市林业局、市统计局、
    某县某镇): the body's round of its own units, not the county one of them lies in."""
    level = own[-1:]
    return level in "市县区" and re.search(rf"、{level}(?![委政])[\u4e00-\u9fff]{{1,10}}?(?:局|委|办|院|中心)", text) is not None
