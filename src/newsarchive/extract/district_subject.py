"""The district when a named city or county heads a clause of the lead (:func:`named_subject`):
itself, the unit its body inspects or visits, the host a group comes to, or what a list of
units written with it shares; and the lead's noise before its subject (datelines, dates)."""
from __future__ import annotations

import re

from .district_article import Article, lies_within, lowest_common
from .district_border import across_border, system_of
from .district_cues import inspection_re
from .district_host import abbreviated_host
from .district_roles import accompanied, called_on, filed_from_visited, headline_destination, visited_away
from .gazetteer import CITY, COUNTY
from .place_names import Place, simplified

#: What opens a lead before its subject: a dateline (本报讯, a news agency's "据某某社某地10月1日电"),
#: a date or time, a word of sequence or basis (经…研究决定: the body deciding is the subject).
LEAD_NOISE = re.compile(
    r"^(?:\s|本报讯|讯|据?[\u4e00-\u9fff]{1,10}?(?:社|网|台|报)[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日(?:电|讯|消息)"
    r"|[(（][^)）]{0,40}[)）]|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{4}年度|[上下]午|晚上?|早上|凌晨|中午|"
    r"近日|日前|近期|昨天|昨日|今天|今日|随后|同日|当天|根据|按照|受|由|中共|中国|中國|[,，:：、]"
    # 经某省委某领导小组研究决定: the body that decided is the subject
    r"|经(?=[^,，。;；]{2,40}?(?:研究|批准|同意))"
    # 12个省委巡视组完成进驻: how many of the body's groups
    r"|(?:\d{1,3}|[两一二三四五六七八九十]{1,3})个(?=[省市县区州]委|[\u4e00-\u9fff]{0,8}?(?:组|团|队)))+")
CLAUSE_SPLIT = re.compile(r"[,，。;；!！?？:：\n]")

#: How far after a place's name the verb of its acting on a unit below may stand (某市严肃查处了…).
_ACTING_REACH = 6


def _acts_on(text: str, end: int) -> bool:
    """The place itself inspects or disciplines, right after its name (某市严肃查处了某县…)."""
    m = inspection_re().search(text, end, end + _ACTING_REACH)
    return m is not None and not re.search(r"[,，。;；、]", text[end:m.start()])


BODY_AFTER = re.compile(r"(?:委|政府|人大|政协|纪委|监委|党工委|人民|代表团|考察团|巡视|巡察|巡查|督查|督导|领导"
                         r"|[\u4e00-\u9fff]{1,4}委(?:员会|会)?)")


#: A department of the place's government right after its name (某市乡村振兴局局长…到某县调研): its
#: visit to a unit of the place is that unit's news, as its party committee's is.
_DEPARTMENT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?局")
#: A group coming somewhere, right after its place (某区党政代表团来济开展…), not from (来自).
_COMING = re.compile(r"[^,，。;；]{0,12}?(?:一行|代表团|考察团|调研组|代表|团)来(?![自源])")
#: A group coming, anywhere in the clause after its place (某市政协副主席某某率考察团来聊).
_LED_GROUP_COMING = re.compile(r"(?:一行|代表团|考察团|调研组|学习团|参访团)来(?![自源])")
#: A bracketed note right after a place's name (某市(某市新闻网)市政协…): the site that reports.
_NOTE = re.compile(r"\s*[(（][^()（）]{1,20}[)）]\s*")
_LEVELS = frozenset("省市县区州旗盟")


#: A head's leader's post right after its name (某市市长某某, 某市副市长某某).
_POST_AFTER = re.compile(r"(?:常务)?副?[市县区州旗盟]长")


def _head_post(text: str, at: int, head: Place) -> bool:
    """The head's leader's post follows its name, the kind written once for both (某市市长,
    某市长某某)."""
    return _POST_AFTER.match(text, at) is not None or (
        at == head.end and head.name[-1:] in "市县区州旗盟" and _POST_AFTER.match(text, at - 1) is not None)


def named_subject(a: Article, sentence: str, clause: str, chain: list[Place], picked: Place) -> str:
    """A named city or county at the head of a clause of ``sentence``:
    itself, the unit its body inspects, or what a list of units written with it shares."""
    head = chain[-1]
    text = simplified(clause)
    noted = _NOTE.match(text, head.end)      # 某市(某市新闻网)市政协主席…: the site's note between
    body_at = noted.end() + (text[noted.end():noted.end() + 1] in _LEVELS) if noted else head.end
    if head is picked and (BODY_AFTER.match(text, body_at) or _DEPARTMENT_AFTER.match(text, body_at)
                           or _acts_on(text, head.end) or _head_post(text, body_at, head)):
        unit = a.inspected([sentence], picked.canonical) or headline_destination(a, sentence, picked.canonical)
        if unit is not None:
            return unit
    own = a.publisher()
    home_media = own is not None and (own == picked.canonical or lies_within(own, picked.canonical))
    inspecting = _INSPECTING_GROUP.match(simplified(clause), head.end) is not None
    away = visited_away(a, sentence, picked.canonical) if head is picked and not (home_media or inspecting) \
        else None
    if away is None and head is picked and not (home_media or inspecting):
        away = called_on(a, sentence, picked.canonical)
    crossed = across_border(a, sentence, picked.canonical) if head is picked and not inspecting else None
    if crossed is None and head is picked and not inspecting:
        crossed = _lead_crossing(a, sentence, picked)
    if crossed is not None and (away is None or system_of(away) != system_of(picked.canonical)):
        return crossed      # 某县参访团出席某市…开幕: a trip across the strait is the host's news
    if away is not None and not _home_bodies_bare(a, picked.canonical, away):
        return away         # 某市委书记率考察团来某市某县考察: the place visited, unless its own media report it
    if away is None and head is picked and _COMING.match(text, head.end):
        host = a.publisher()
        if host is not None and host != picked.canonical and not lies_within(host, picked.canonical) \
                and not lies_within(picked.canonical, host):
            return host     # 某区党政代表团来济开展… / 来源:济南日报: coming is told where it comes to
    if away is None and head is picked and _LED_GROUP_COMING.search(text, head.end):
        host = abbreviated_host(a, simplified(sentence), picked.canonical)
        if host is not None:
            return host     # 某市政协副主席某某率考察团来聊,…: the place its first character names
    hosted = accompanied(a, sentence, picked.canonical) if head is picked else None
    if hosted is not None:
        return hosted       # 某市委某部副部长某某,某县委常委某某陪同: the visit is the county's
    listed = a.listed_with(clause, head)
    if len(listed) > 1:
        shared = lowest_common(listed)
        if shared is not None and all(lies_within(u, shared) for u in listed):
            return shared
    own = a.publisher(within=picked.canonical)
    if own is not None and own != picked.canonical and own in {p.canonical for p in a.find(sentence)}:
        return own      # a city's group visiting a county whose own media reports it
    filed = filed_from_visited(a, sentence, picked)
    if filed is not None:
        return filed    # 某某在线某县消息 …某州领导到某县调研: the report is filed where the visit is
    under = _county_written_under(a, picked) if sentence in a.lead[:a.headings] else None
    if under is not None:
        return under    # 广东某市“兵支书”… / 在某省某市某县某街道某村: the headline's city, the text's county
    return a.ours(picked) or picked.canonical


def _county_written_under(a: Article, city: Place) -> str | None:
    """The one county the text writes right after the headline's city, as an address runs
    from the larger unit down (某省某市某县某街道): where the headline's story is."""
    if city.level != CITY:
        return None
    found = {q.canonical for ps in a.per_text for p, q in zip(ps, ps[1:])
             if p.canonical == city.canonical and q.start == p.end and q.level == COUNTY
             and lies_within(q.canonical, city.canonical)}
    return found.pop() if len(found) == 1 else None


def _lead_crossing(a: Article, sentence: str, subject: Place) -> str | None:
    """For a headline whose subject visits without saying where (某市委常委某某一行来访): the
    place across the border the lead's first sentence, with the same subject, takes it to."""
    if sentence not in a.lead[:a.headings] or len(a.lead) <= a.headings:
        return None
    first = a.lead[a.headings]
    head = a.chain_head(LEAD_NOISE.sub("", CLAUSE_SPLIT.split(first)[0]))
    if not head or head[-1].canonical != subject.canonical:
        return None
    return across_border(a, first, subject.canonical)


#: A place's inspection group (某市委督查组): its trips elsewhere are its own work, no visit.
_INSPECTING_GROUP = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:巡视|巡察|巡查|督查|督导|检查)组")


def _home_bodies_bare(a: Article, home: str, visited: str) -> bool:
    """Does the opening write the visiting body's kind bare (州委副书记, 州长 for a 州's
    delegation), or the article speak of 我州/全州, where the place visited is of another
    kind (某市)?  A bare body is the writer's own: the delegation's home reports its own trip.
    An article that speaks of 全旗/我旗 of the place visited and never of the visitors' kind
    is the host's (某区区长…在旗委副书记陪同下到某镇调研: the visitor's second post is no bare body)."""
    kind, other = home[-1], visited[-1]
    if kind == other or (other in a.kinds and kind not in a.kinds):
        return False    # 全旗 of the place visited, never 全区: its own media report the visit
    return kind in a.own_kinds() or kind in a.bare_kinds()


