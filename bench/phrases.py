"""Sentence builders shared by the article composers.

Text is written with ASCII , : ; ( ) and Chinese 。、“”; layout turns the
ASCII marks into full-width ones for files that use them.  Every choice comes
from the ``random.Random`` in :class:`Ctx`, never from global state.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import pools
from .model import Notes, Place, Places
from .people import People

CAPITALS = frozenset({"郑州市", "长沙市", "合肥市", "石家庄市"})

TITLES = {
    "secretary": "{L}委书记",
    "head": "{L}委副书记、{L}长",
    "deputy": "{L}委副书记",
    "discipline": "{L}委常委、纪委书记、{L}监委主任",
    "organization": "{L}委常委、组织部部长",
    "united": "{L}委常委、统战部部长",
    "propaganda": "{L}委常委、宣传部部长",
    "executive": "{L}委常委、常务副{L}长",
    "vice1": "副{L}长",
    "vice2": "副{L}长",
    "vice3": "副{L}长",
    "npc": "{L}人大常委会主任",
    "cppcc": "{L}政协主席",
    "cppcc_vice": "{L}政协副主席",
}
ZONE_TITLES = {
    "secretary": "党工委书记",
    "head": "党工委副书记、管委会主任",
    "deputy": "党工委副书记",
    "discipline": "党工委委员、纪检监察工委书记",
    "organization": "党工委委员、组织部部长",
    "united": "党工委委员、统战部部长",
    "propaganda": "党工委委员、宣传部部长",
    "executive": "管委会常务副主任",
    "vice1": "管委会副主任",
    "vice2": "管委会副主任",
    "vice3": "管委会副主任",
    "npc": "党工委委员",
    "cppcc": "党工委委员",
    "cppcc_vice": "管委会副主任",
}
LEADER_POSTS = ("vice1", "vice2", "vice3", "npc", "cppcc", "cppcc_vice", "propaganda", "organization",
                "united", "executive")


@dataclass
class Ctx:
    """Everything a composer draws from while writing one article."""

    rng: random.Random
    people: People
    places: Places
    date: tuple[int, int, int]
    notes: Notes

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


def title(place: Place, post: str, named: bool = False) -> str:
    """The title of ``post`` in ``place``; ``named`` puts the place name in front (金水区委书记)."""
    if place.is_zone:
        text = ZONE_TITLES[post]
        return place.name + text if named else text
    text = TITLES[post].format(L=place.level)
    if post == "secretary" and place.is_city and place.city.name in CAPITALS:
        return "省委常委、" + (place.name + "委书记" if named else text)
    return place.name + text[1:] if named else text


def official(ctx: Ctx, place: Place, post: str) -> str:
    return ctx.notes.person(ctx.people.official(place.name + place.city.name, post))


def leaders(ctx: Ctx, place: Place, count: int, exclude: tuple[str, ...] = ()) -> list[str]:
    posts = [p for p in LEADER_POSTS if p not in exclude]
    chosen = ctx.rng.sample(posts, min(count, len(posts)))
    names = ctx.people.officials(place.name + place.city.name, chosen)
    return [ctx.notes.person(n) for n in names]


def leaders_label(place: Place) -> str:
    return "区领导" if place.is_zone else place.level + "领导"


def date_phrase(ctx: Ctx, vague: float = 0.2) -> str:
    """上午/下午 dates with or without the year, or 近日/日前 (no date at all)."""
    y, m, d = ctx.date
    roll = ctx.rng.random()
    if roll < vague:
        ctx.notes.date = None
        return ctx.pick(("近日", "日前", "近日"))
    part = ctx.pick(("", "", "上午", "下午"))
    if roll < vague + 0.18:
        ctx.notes.date = (y, m, d)
        return f"{y}年{m}月{d}日{part}"
    ctx.notes.date = (None, m, d)
    return f"{m}月{d}日{part}"


def later(date: tuple[int, int, int], days: int) -> tuple[int, int]:
    """(month, day) ``days`` after ``date``: a deadline as an announcement states it."""
    end = dt.date(*date) + dt.timedelta(days=days)
    return end.month, end.day


def number(ctx: Ctx, low: int, high: int) -> int:
    return ctx.rng.randint(low, high)


def slogan(ctx: Ctx, topic: tuple) -> str:
    a = ("凝聚共识", "压实责任", "聚焦重点", "真抓实干", "创新担当", "提质增效", "精准发力", "攻坚克难",
         "守正创新", "久久为功", "对标一流", "奋楫争先")
    b = ("汇聚力量", "守牢底线", "狠抓落实", "务求实效", "彰显作为", "再上台阶", "服务大局", "行稳致远",
         "推动发展", "惠及民生", "走深走实", "见行见效")
    roll = ctx.rng.random()
    if roll < 0.5:
        return f"{ctx.pick(a)} {ctx.pick(b)}"
    if roll < 0.8:
        return f"以{ctx.pick(topic[2])}推动{ctx.pick(pools.GOALS)}"
    return f"{ctx.pick(topic[2])}跑出“加速度”"


def tasks(ctx: Ctx, topic: tuple, count: int) -> list[str]:
    pool = list(topic[3]) + list(pools.GENERIC_TASKS)
    return ctx.rng.sample(pool, count)


def speech(ctx: Ctx, speaker: str, topic: tuple, scope: str) -> str:
    """One paragraph of what a leader said: a judgement, a list of demands, or both."""
    rng = ctx.rng
    verb = ctx.pick(("指出", "强调", "要求", "表示", "提出", "强调"))
    judge = verb in ("指出", "表示") or rng.random() < 0.3
    text = f"{speaker}{verb},"
    if judge:
        text += f"{ctx.pick(topic[2])}是推动{ctx.pick(pools.GOALS)}的{ctx.pick(pools.ANCHORS)}。"
        if rng.random() < 0.7:
            since = ctx.pick(("今年以来", "近年来", f"{ctx.date[0] - 1}年以来", "过去一年"))
            text += (f"{since},{scope}{ctx.pick(topic[2])}工作{ctx.pick(pools.ACHIEVEMENTS)},"
                     f"{ctx.pick(topic[3])}等各项任务有序推进。")
        if rng.random() < 0.4:
            text += ctx.pick((
                "但也要清醒看到,部分领域仍存在短板弱项,必须以更大力度抓实抓细。",
                "同时也要看到,工作推进还不够平衡,群众反映强烈的一些问题还没有得到根本解决。",
                "成绩来之不易,经验弥足珍贵,必须长期坚持、不断深化。",
            ))
        if rng.random() < 0.4:
            return text
    area = scope if scope.startswith("全") else "辖区"
    clauses = []
    for d in tasks(ctx, topic, rng.randint(3, 5)):
        tail = ctx.pick(pools.TASK_TAILS).format(goal=ctx.pick(pools.GOALS), area=area)
        clauses.append(f"要{d}{tail}")
    if rng.random() < 0.3:
        clauses = [f"{'一二三四五'[i]}是{c[1:]}" for i, c in enumerate(clauses)]
    who = ctx.pick(("", "", ctx.pick(pools.UNITS), "全体党员干部"))
    opening = ctx.pick(pools.OPENINGS).format(topic=topic[1], goal=ctx.pick(pools.GOALS), kp=ctx.pick(topic[2]))
    return f"{text}{opening}{who}{';'.join(clauses)}。"


def statistics(ctx: Ctx, scope: str) -> str:
    pairs = (("排查整改", "处问题隐患"), ("走访", "户群众"), ("解决", "件民生实事"), ("投入资金", "万元"),
             ("新建", "个项目"), ("培训", "人次"), ("发放", "份宣传资料"), ("签约", "个项目"),
             ("召开", "场座谈会"), ("收集意见建议", "条"))
    picked = ctx.rng.sample(pairs, 3)
    parts = [f"{verb}{number(ctx, 12, 4800)}{unit}" for verb, unit in picked]
    period = ctx.pick(("今年以来", "截至目前", f"{ctx.date[0]}年以来", "专项行动开展以来"))
    return f"会议通报,{period},{scope}累计{parts[0]},{parts[1]},{parts[2]}。"


def credit(ctx: Ctx, place: Place, lead: str) -> tuple[str, list[tuple[str, str]], str]:
    """Who wrote it: (lead with its 本报讯 prefix, byline lines after the text, inline byline)."""
    rng = ctx.rng
    newsroom = place.city.name
    notes = ctx.notes

    def staff(n: int) -> str:
        names = ctx.people.reporters(newsroom, n)
        notes.reporters.extend(names)
        return " ".join(names)

    def correspondent(n: int) -> str:
        names = ctx.people.reporters("通讯员" + place.name + place.city.name, n)
        notes.reporters.extend(names)
        return " ".join(names)

    roll = rng.random()
    if roll < 0.24:
        also = f" 通讯员 {correspondent(1)}" if rng.random() < 0.25 else ""
        return f"本报讯(记者 {staff(rng.randint(1, 2))}{also}) {lead}", [], ""
    if roll < 0.38:
        return f"本报讯 {lead}", [("line", f"记者 {staff(1)}")], ""
    if roll < 0.47:
        return f"本报讯(通讯员 {correspondent(rng.randint(1, 2))}) {lead}", [], ""
    if roll < 0.56:
        return lead, [("line", f"(通讯员 {correspondent(rng.randint(1, 2))})")], ""
    if roll < 0.65:
        return lead, [("line", f"记者 {staff(1)} 通讯员 {correspondent(1)} 文/图")], ""
    if roll < 0.75:
        sep = ctx.pick((" ", " ", ""))
        return f"本报讯 {lead}", [], f"{sep}记者 {staff(rng.randint(1, 2))}"
    if roll < 0.80:
        return lead, [("line", f"({place.party}组织部供稿)")], ""
    if roll < 0.86:
        paper = place.city.name[:-1] + ctx.pick(pools.NEWSPAPERS)
        return f"本报讯({paper}记者 {staff(1)}) {lead}", [], ""
    if roll < 0.95:
        return f"本报讯 {lead}", [], ""
    return lead, [], ""


def finish(items: list[tuple[str, str]], tail: list[tuple[str, str]], inline: str) -> tuple[tuple[str, str], ...]:
    """Append the byline: inline after the last paragraph, or as its own lines."""
    items = list(items)
    if inline:
        kind, text = items[-1]
        items[-1] = ("keep", text + inline)
    return tuple(items + tail)
