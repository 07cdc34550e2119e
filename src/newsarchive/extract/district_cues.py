"""What the words around a place say of it: whose body it names (市委 of a city, 县委
of a county), whether it opens a paper's, a site's or a wire's name, and whether a
visit or an inspection goes to it.  The district rules (:mod:`.district` and its
helpers) ask these of each place; the cues' words are data (``data/place_words.txt``).
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from . import gazetteer as gz
from .gazetteer import CITY, COUNTY, PROVINCE
from .district_relations import written_run
from .place_names import Place
from .place_words import words_re

#: Bodies a development zone does not have (it has a 党工委 and a 管委会, not a 区委).
_DIVISION_ORGANS = ("委", "委员会", "政府", "人大", "政协", "长")


def of_kind(p: Place, kind: str, organ: str = "") -> bool:
    """Whether ``p`` may be the place of a body written ``kind`` + ``organ`` (市委, 区委 …); a
    division written by a former name is of the kind that name says (户县 of a 县委, now a 区)."""
    if kind == "省":
        return p.level == PROVINCE
    if p.level not in (CITY, COUNTY) and not (kind == "市" and _municipality(p)):
        return False
    zone = p.canonical.endswith(("经开区", "高新区", "新区", "开发区")) and not gz.divisions(p.canonical)
    written = p.canonical.endswith(kind) or (p.name != p.canonical and p.name.endswith(kind))
    return written and not (zone and organ in _DIVISION_ORGANS)


@functools.lru_cache(maxsize=1)
def source_re() -> re.Pattern[str]:
    """A source or copyright line's publisher: 来源:太仓日报, 版权所有 ©2022 某某日报; the
    paper or site a paragraph's dateline opens with (临汾新闻网讯 (记者 某某)…), or a byline
    with its reporter (某市融媒体记者 某某, (某某日报通讯员某某)), the paper a report is
    taken from (据某某日报消息), or a stamp's outlet before its date (某某报 2031-07-09)."""
    labels = words_re("source_label").pattern
    return re.compile(rf"(?i:{labels})\s*[:：]?\s*(?:(?:©|\(c\))?\s*\d{{4}}(?:\s*[-—–]\s*\d{{4}})?\s+)?"
                      r"[^\s|｜]{1,24}"
                      r"|^[\u4e00-\u9fff]{2,12}?(?:新闻网|网|日报|晚报|报|电视台|融媒体中心)讯(?=[\s(（:：]|\d)"
                      # a report taken from a paper (据某某日报消息)
                      r"|^据[\u4e00-\u9fff]{2,12}?(?:新闻网|网|日报|晚报|报|电视台)(?=消息)"
                      # a byline naming its outlet before the reporter (某市融媒体记者 某某)
                      r"|^[(（]?[\u4e00-\u9fff]{2,8}?(?:融媒体中心|融媒体|融媒|日报|晚报|新闻网|电视台)"
                      r"(?=(?:全媒体|融媒体)?(?:记者|通讯员))"
                      # a stamp opening with its outlet (某某报 2031-07-09 07:56)
                      r"|^[\u4e00-\u9fff]{2,12}?(?:日报|晚报|报|新闻网|网|电视台)(?=\s+(?:19|20)\d{2}\s*[-/.年])",
                      re.MULTILINE)


def inspection_re() -> re.Pattern[str]:
    """Verbs of a body inspecting a unit below it (巡察, 督查, 检查)."""
    return words_re("inspection_verbs")


def visit_to_ours_re() -> re.Pattern[str]:
    """A visit verb and ``我<kind>`` (来我区, 莅临我县, 赴我省), or the kind alone before the
    visit's purpose (市委书记来县调研, 一行来区考察): group ``kind`` is the kind."""
    return words_re("visit_verbs", after="(?:我(?P<kind>市|县|区|州|旗|省)|(?P<bare>市|县|区|州|旗)"
                                         "(?=考察|调研|参观|学习|交流|视察|指导|检查|督导|慰问|观摩))")


def held_at_ours_re() -> re.Pattern[str]:
    """An event held at ``我<kind>`` (座谈会在我县召开): group ``kind`` is the kind."""
    return words_re("held_verbs", before="在我(?P<kind>市|县|区|州|旗)")


@functools.lru_cache(maxsize=1)
def visiting_at_ours_re() -> re.Pattern[str]:
    """Visitors' work at ``我<kind>`` (视察团在我省结束调研视察, 考察组在我县考察): group ``kind``
    is the kind; not a past visit a speech is named by (在我省考察时的重要讲话)."""
    return re.compile(r"在我(?P<kind>省|市|县|区|州|旗)[^，。,；;]{0,16}?(?:调研|考察|视察|督导|慰问|参观)(?!时)")


def visit_kind(m: re.Match[str]) -> str:
    """The kind of place a :func:`visit_to_ours_re` match brings the visitor to, or a
    :func:`held_at_ours_re` match holds the event at."""
    return m.group("kind") or m.groupdict().get("bare")


def visit_re() -> re.Pattern[str]:
    """A visit verb right before a place (来到某县, 深入某区)."""
    return words_re("visit_verbs", after="$")


def media_re() -> re.Pattern[str]:
    return words_re("media_after")


def is_media_name(text: str, p: Place) -> bool:
    """Whether the place ``p`` of ``text`` begins the name of a paper, site or media
    centre (蚌埠日报, 某某政府网, 某某新闻网讯)."""
    return media_re().match(text, p.end) is not None or _DATELINE_SITE.match(text, p.end) is not None


#: A site's or its local station's name opening a dateline (某某房产网某月某日讯, 某网某某站某月某日讯):
#: the place is the publisher's, whatever the words between it and 网/站; a channel's name
#: may follow behind a dot (某某网·某某新闻讯).
_DATELINE_SITE = re.compile(r"[\u4e00-\u9fff]{0,3}[网站](?:[·・][\u4e00-\u9fff]{1,8})?\s*(?:\d{1,2}月\d{1,2}日)?"
                            r"\s*(?:讯|消息|电)")


#: A wire's or site's dateline around a place: the outlet's name before it and the date and
#: 电/讯/消息 after it (中新网某地8月25日电), or the date before it and the end after it
#: (某某网9月20日某地消息).
_DATELINE_BEFORE = re.compile(r"(?:社|网|报|台|客户端|新闻|融媒|在线)\s*$")
_DATELINE_DATE_AFTER = re.compile(r"\s*\d{1,2}月\d{1,2}日\s*(?:电|讯|消息)")
_DATELINE_DATE_BEFORE = re.compile(r"\d{1,2}月\d{1,2}日\s*$")
_DATELINE_END_AFTER = re.compile(r"\s*(?:电|讯|消息)")
#: …or the end right after the place and the date after it (某某在线某地消息 2013年5月22日,).
_DATELINE_END_THEN_DATE = re.compile(r"\s*(?:电|讯|消息)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def in_dateline(text: str, p: Place) -> bool:
    """Whether the place ``p`` of ``text`` is where a wire's or site's dateline was filed
    (中新网某地8月25日电): the reporter's place, not a place the report visits."""
    before = text[max(0, p.start - 12):p.start]
    outlet = bool(_DATELINE_BEFORE.search(before))
    return (outlet and (_DATELINE_DATE_AFTER.match(text, p.end) is not None
                        or _DATELINE_END_THEN_DATE.match(text, p.end) is not None)) \
        or (bool(_DATELINE_DATE_BEFORE.search(before)) and _DATELINE_END_AFTER.match(text, p.end) is not None)


def _municipality(p: Place) -> bool:
    return is_municipality(p.canonical)


def is_municipality(name: str) -> bool:
    """北京市, 天津市, 上海市, 重庆市: a province that is also a city."""
    return any(d.municipality for d in gz.divisions(name))


#: What closes a list of places cited for their example (汲取甲、乙等地教训, 学习甲、乙等县的
#: 先进经验): the list's later items, 等地, and the lesson or experience; a place's own
#: experience (推广某县经验) may be the article's subject, a lesson never is.
_CITED = re.compile(r"(?:[、和及与][^、，,。；;：:]{1,10}){0,5}(?:等[地县市区省]?的?(?:先进|成功|有益|好的|典型)?"
                    r"(?:经验|教训|做法)|的?教训)")


def cited_as_example(text: str, p: Place) -> bool:
    """Is ``p`` named in ``text`` (simplified) only as a place whose lesson or experience is
    cited (要汲取五常、青冈等地教训)?  It is elsewhere, not the article's place."""
    return _CITED.match(text, p.end) is not None


#: Longest work or document title read (《某市重大行政决策程序规定》).
_WORK_TITLE = 40
#: A work's or document's title, and the number its issuer gave it in brackets after it
#: (《某省…规定》(某省政府令第336号)).
_WORK_TITLES = re.compile(r"《[^《》\n]{1,%d}》(?:[(（][^()（）\n]{1,20}[)）])?" % _WORK_TITLE)


#: What cites documents as the grounds of an act (根据《…》、《…》等规定): their issuers are
#: elsewhere; a document a body adopts or issues (审议通过《某区…办法》) is its own.
_GROUNDS = re.compile(r"(?:根据|依据|依照|按照|遵照|参照)[^。；;，,]*$")


def in_a_works_title(text: str, p: Place) -> bool:
    """Is ``p`` named in ``text`` inside the title or number of a document cited as grounds
    (根据《某市…规定》(某市政府令第9号)): the title names the body that issued it, not
    where the article is."""
    if "《" not in text:
        return False
    return any(m.start() < p.start and p.end < m.end() and _GROUNDS.search(text, max(0, m.start() - 160), m.start())
               for m in _WORK_TITLES.finditer(text, max(0, p.start - 2 * _WORK_TITLE), p.end + _WORK_TITLE))


def without_works_titles(sentence: str) -> str:
    """``sentence`` with the titles (and numbers) of the documents it cites as grounds left out."""
    if "《" not in sentence:
        return sentence
    return _WORK_TITLES.sub(lambda m: "《》" if _GROUNDS.search(sentence, max(0, m.start() - 160), m.start())
                            else m.group(), sentence)


def short_above(lead: str, place: Place) -> Place | None:
    """``lead`` as the short name of a division holding ``place`` (宁波 before 象山县), a
    Place there; a short name alone would need confirming, the county written after it does."""
    for d in gz.divisions(place.canonical)[:1]:
        for above in gz.ancestors(d):
            if above.level != PROVINCE and lead in above.short.split("/"):
                return Place(0, len(lead), lead, above.name, above.level)
    return None


def only_cited(text: str, short: str) -> bool:
    """Is every mention of ``short`` in ``text`` a place cited for its lesson (汲取某地教训)?"""
    starts = [m.start() for m in re.finditer(re.escape(short), text)]
    return bool(starts) and all(cited_as_example(text, Place(k, k + len(short), short, short, COUNTY))
                                for k in starts)


#: A count of units after a place (某县等33个县): the place is the first of many.
ONE_OF_MANY = re.compile(r"等\s*(?:[0-9]+|[两三四五六七八九十百]+)\s*个")


def of_many(text: str, places: Sequence[Place]) -> set[Place]:
    """The places of a run written right before 等N个 (对某市某区等15个县开展巡视): the city
    and the county, the first of many, are none of the article's."""
    out: set[Place] = set()
    k = 0
    while k < len(places):
        run = written_run(places, k)
        if ONE_OF_MANY.match(text, run[-1].end):
            out.update(run)
        k += len(run)
    return out
