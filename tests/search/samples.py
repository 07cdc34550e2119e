"""Hand-built articles for search tests: a meeting, an inspection notice, a visit."""
from __future__ import annotations

import hashlib

from newsarchive.records import (Article, Group, Inspection, Metadata, Official,
                                 PartialDate)
from newsarchive.segment import Segmenter


def article(key: str, title: str, paragraphs: tuple[str, ...], *, district: str | None = None,
            officials: tuple[Official, ...] = (), reporters: tuple[str, ...] = (),
            places: tuple[str, ...] = (), inspections: tuple[Inspection, ...] = (),
            date: PartialDate | None = None, kind: str = "other", subtitle: str | None = None,
            source: str | None = None, ordinal: int = 1) -> Article:
    aid = hashlib.sha1(key.encode()).hexdigest()[:12]
    meta = Metadata(date=date, district=district, places=places, officials=officials,
                    reporters=reporters, inspections=inspections, kind=kind)
    return Article(id=aid, url=f"articles/{aid}.html", source=source or f"{key}.txt", ordinal=ordinal,
                   title=title, title_derived=False, subtitle=subtitle, paragraphs=paragraphs,
                   bylines=(), captions=(), meta=meta)


def inspection() -> Inspection:
    return Inspection(
        round="十届市委第三轮巡察",
        hotlines=("0391-12388",),
        groups=(Group(name="市委第一巡察组", targets=("市教育局党组",), phones=("0391-3568801",),
                      sms=("13912345678",), emails=("xcz1@163.com",),
                      postal_boxes=("河南省焦作市B120号专用邮政信箱",)),),
    )


def articles() -> list[Article]:
    """Three articles from an imaginary city, with names no seed file uses."""
    return [
        article("meeting", "焦作市召开民营经济发展大会", (
            "3月5日上午，焦作市召开民营经济发展大会。市委书记曾凡宇出席会议并讲话，市长欧阳建明主持会议。",
            "会议指出，要持续优化营商环境，支持民营企业发展壮大。",
        ), district="焦作市", date=PartialDate(2023, 3, 5), kind="meeting",
            officials=(Official("曾凡宇", ("市委书记",)), Official("欧阳建明", ("市长",))),
            reporters=("吕晓琳",), places=("焦作市",)),
        article("notice", "十届市委第三轮巡察完成进驻 公布举报方式", (
            "按照市委统一部署，十届市委第三轮巡察已完成进驻。",
            "市委第一巡察组巡察市教育局党组，值班电话：0391-3568801，接收短信手机：13912345678，"
            "电子邮箱：xcz1@163.com，邮政信箱：河南省焦作市B120号专用邮政信箱。",
            "巡察期间，市委巡察办受理举报电话0391-12388。",
        ), district="焦作市", date=PartialDate(2023, 4, 1), kind="inspection",
            inspections=(inspection(),)),
        article("visit", "山阳区调研基层治理工作", (
            "近日，山阳区委书记曾凡宇到社区调研基层治理工作，区领导马小军参加。",
            "曾凡宇强调，要把网格化治理做实做细。",
        ), district="山阳区", date=PartialDate(None, 7, 30), kind="other",
            officials=(Official("曾凡宇", ("区委书记",)), Official("马小军", ())), places=("山阳区",)),
    ]


def entities(item: Article) -> set[str]:
    """Names, places and group names: the words the pipeline adds to the segmenter."""
    m = item.meta
    words = {o.name for o in m.officials} | set(m.reporters) | set(m.places)
    words |= {m.district} if m.district else set()
    for ins in m.inspections:
        for g in ins.groups:
            words |= {g.name, *g.targets}
    return words


def segmenter(items: list[Article]) -> Segmenter:
    """A segmenter extended with the articles' entities, as the pipeline builds it."""
    return Segmenter(set().union(*(entities(a) for a in items)))
