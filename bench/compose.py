"""Article composers for ordinary news: meetings, field visits, community stories, photo news.

Each composer writes one article about one place, about ``target`` characters
long, and returns it as a :class:`~bench.model.Composed` (inspection
announcements live in :mod:`bench.inspection`).
"""
from __future__ import annotations

from . import pools
from .model import COMMUNITY, MEETING, PHOTO, VISIT, ArticleSpec, Composed, Place
from .phrases import (Ctx, credit, date_phrase, finish, leaders, leaders_label, number, official, slogan,
                      speech, statistics, title)


def spec_of(ctx: Ctx, kind: str, place: Place, headline: str | None) -> ArticleSpec:
    n = ctx.notes
    return ArticleSpec(kind=kind, title=headline, city=place.city.name, district=place.name, date=n.date,
                       officials=tuple(n.officials), reporters=tuple(n.reporters), places=tuple(n.places),
                       phones=tuple(n.phones), emails=tuple(n.emails), groups=n.groups, topic=n.topic)


def scope(place: Place) -> str:
    return "全区" if place.is_zone else f"全{place.level}"


def _length(items: list[tuple[str, str]]) -> int:
    return sum(len(text) for _, text in items)


def _speeches(ctx: Ctx, items: list[tuple[str, str]], speakers: list[str], topic: tuple, where: str,
              target: int) -> None:
    """Add what the leaders said until the article reaches ``target`` characters."""
    i = 0
    while _length(items) < target or i == 0:
        items.append(("p", speech(ctx, speakers[i % len(speakers)], topic, where)))
        i += 1


def meeting(ctx: Ctx, place: Place, target: int) -> Composed:
    """A work meeting: who spoke, who chaired, who attended, what was demanded."""
    topic = ctx.pick(pools.TOPICS)
    ctx.notes.topic = topic[1]
    y = ctx.date[0]
    name = ctx.pick(("", "", f"{y}年", scope(place))) + topic[0]
    when = date_phrase(ctx)
    purpose = ctx.pick((
        f"传达学习上级{topic[1]}工作会议精神,分析研判当前形势,安排部署下一阶段重点任务",
        f"总结{y - 1}年工作,安排部署{y}年重点任务",
        "通报前期工作进展,安排部署下一阶段任务",
        f"深入学习贯彻党的二十大精神,研究推进{ctx.pick(topic[2])}工作",
    ))
    pattern = ctx.rng.random()
    if pattern < 0.5:
        speaker, chair = official(ctx, place, "secretary"), official(ctx, place, "head")
        roles = f"{title(place, 'secretary')}{speaker}出席会议并讲话,{title(place, 'head')}{chair}主持会议。"
        exclude: tuple[str, ...] = ()
    elif pattern < 0.8:
        speaker, chair = official(ctx, place, "head"), official(ctx, place, "vice1")
        roles = f"{title(place, 'head')}{speaker}出席会议并讲话,{title(place, 'vice1')}{chair}主持会议。"
        exclude = ("vice1",)
    else:
        speaker = chair = official(ctx, place, "secretary")
        roles = f"{title(place, 'secretary', named=ctx.chance(0.4))}{speaker}主持会议并讲话。"
        exclude = ()
    lead, tail, inline = credit(ctx, place, f"{when},{place.name}召开{name},{purpose}。{roles}")
    items: list[tuple[str, str]] = [("p", lead)]
    if ctx.chance(0.65):
        names = leaders(ctx, place, ctx.rng.randint(2, 6), exclude)
        verb = ctx.pick(("参加", "参加会议", "出席"))
        items.append(("keep", f"{leaders_label(place)}{'、'.join(names)}{verb}。"))
    if ctx.chance(0.5):
        towns = [ctx.notes.place(ctx.places.town(place.name)) for _ in range(ctx.rng.randint(1, 3))]
        body = f"{place.level if not place.is_zone else '区'}{ctx.pick(pools.BUREAUS)}"
        items.append(("p", f"会上,{'、'.join(dict.fromkeys(towns))}、{body}等作交流发言。"))
    if ctx.chance(0.4):
        items.append(("p", statistics(ctx, scope(place))))
    _speeches(ctx, items, [speaker, chair], topic, scope(place), target - 80)
    if ctx.chance(0.5):
        items.append(("p", ctx.pick((
            "会议以视频形式召开,各乡镇(街道)设分会场。",
            f"{place.party}有关领导,各乡镇(街道)和{place.level}直有关部门主要负责同志参加会议。",
            "会议还对近期经济运行、安全生产、信访稳定等工作进行了部署。",
        ))))
    roll = ctx.rng.random()
    if roll < 0.5:
        headline = f"{place.name}召开{name}"
    elif roll < 0.75:
        headline = f"{place.name}{name}召开"
    else:
        headline = f"{place.name}部署{topic[1]}工作"
    tagline = slogan(ctx, topic) if ctx.chance(0.5) else None
    return Composed(headline, tagline, finish(items, tail, inline), spec_of(ctx, MEETING, place, headline))


def visit(ctx: Ctx, place: Place, target: int) -> Composed:
    """A leader's field visit: the sites seen and what was asked of them."""
    topic = ctx.pick(pools.TOPICS)
    ctx.notes.topic = topic[1]
    leader = official(ctx, place, ctx.pick(("secretary", "head", "deputy")))
    sites = []
    for _ in range(ctx.rng.randint(2, 4)):
        town = ctx.notes.place(ctx.places.town(place.name))
        sites.append(town + ctx.notes.place(ctx.places.community(town)))
    when = date_phrase(ctx, vague=0.5)
    post = title(place, "secretary", named=True)
    text = (f"{when},{post}{leader}带队,先后来到{'、'.join(sites)}等地,实地调研{topic[1]}工作,"
            f"详细了解{ctx.pick(topic[2])}、{ctx.pick(topic[2])}等情况。")
    lead, tail, inline = credit(ctx, place, text)
    items: list[tuple[str, str]] = [("p", lead)]
    if ctx.chance(0.6):
        items.append(("keep", f"{leaders_label(place)}{'、'.join(leaders(ctx, place, ctx.rng.randint(1, 3)))}参加。"))
    items.append(("p", f"在{sites[0]},{leader}现场察看了{ctx.pick(pools.OBJECTS)}{ctx.pick(topic[2])}情况,"
                       f"要求相关部门{ctx.pick(topic[3])},{ctx.pick(pools.GENERIC_TASKS)}。"))
    _speeches(ctx, items, [leader], topic, scope(place), target - 40)
    headline = ctx.pick((f"{place.name}领导实地调研{topic[1]}工作", f"{leader}调研{topic[1]}工作"))
    return Composed(headline, slogan(ctx, topic) if ctx.chance(0.3) else None,
                    finish(items, tail, inline), spec_of(ctx, VISIT, place, headline))


def community(ctx: Ctx, place: Place, target: int) -> Composed:
    """A street or village story: a local practice, numbers, a quote, next steps."""
    town = ctx.notes.place(ctx.places.town(place.name))
    village = ctx.notes.place(ctx.places.community(town))
    activity, obj, result = ctx.pick(pools.ACTIVITIES), ctx.pick(pools.OBJECTS), ctx.pick(pools.RESULTS_PHRASE)
    ctx.notes.topic = activity
    problems = ctx.rng.sample(pools.PROBLEMS, 3)
    if ctx.chance(0.5):
        text = (f"近日,记者走进{place.name}{town}{village},只见楼道干净整洁,新建的{ctx.pick(('电动车充电棚', '小游园', '便民服务站'))}"
                f"整齐有序,几位老人在健身器材旁谈笑风生。很难想到,{ctx.rng.randint(2, 5)}年前这里还是一个环境脏乱、"
                f"无人管理的{obj}。")
        ctx.notes.date = None
    else:
        when = date_phrase(ctx, vague=0.6)
        text = (f"为进一步密切党群干群关系,{when},{place.name}{town}组织{ctx.pick(('网格员', '党员志愿者', '机关干部'))}"
                f"开展“{activity}”活动,面对面倾听居民诉求,收集社情民意。")
    lead, tail, inline = credit(ctx, place, text)
    items: list[tuple[str, str]] = [("p", lead)]
    secretary = ctx.notes.person(ctx.people.newcomer())
    head = ctx.notes.person(ctx.people.official(town, "secretary"))
    paragraphs = [
        (f"变化源于“{activity}”的引入。{ctx.date[0] - ctx.rng.randint(1, 3)}年以来,{town}以党建为引领,"
         f"推动社区党组织、业主委员会和物业服务企业“三方联动”,在辖区{number(ctx, 5, 60)}个{obj}成立党支部,"
         f"组织党员骨干牵头协调解决{'、'.join(problems)}等问题{number(ctx, 20, 400)}余件。"),
        (f"“过去有事没人管,现在有问题找党支部,很快就有人上门。”{village}党委书记{secretary}说,"
         f"{village}还建立了“周走访、月恳谈”制度,每月召集居民代表面对面议事,居民满意度明显提升。"),
        (f"截至目前,已走访居民{number(ctx, 300, 9000)}余户,收集并解决各类问题{number(ctx, 30, 600)}件,"
         f"新增{ctx.pick(('路灯', '停车位', '充电桩', '休闲座椅'))}{number(ctx, 8, 300)}个。"),
        (f"{town}{'党工委' if town.endswith('街道') else '党委'}书记{head}介绍,下一步,{town}将总结推广“{activity}”经验做法,"
         f"力争年内实现{obj}党组织覆盖率、物业服务覆盖率“两个100%”,持续提升群众的幸福感和获得感。"),
    ]
    for text in paragraphs:
        items.append(("p", text))
    topic = ctx.pick(pools.TOPICS)
    shapes = [0, 1, 2, 3]
    ctx.rng.shuffle(shapes)
    while _length(items) < target:
        shape = shapes.pop() if shapes else 4
        items.append(("p", _community_paragraph(ctx, place, town, activity, topic, shape)))
    headline = ctx.pick((f"{town}:“{activity}”让{obj}{result}", f"{town}开展“{activity}”活动",
                         f"{village}:{problems[0]}问题有了“解题人”"))
    return Composed(headline, None, finish(items, tail, inline), spec_of(ctx, COMMUNITY, place, headline))


def _community_paragraph(ctx: Ctx, place: Place, town: str, activity: str, topic: tuple, shape: int) -> str:
    """One more paragraph of a community story; shapes 0-3 are used once each, then speeches."""
    other = ctx.notes.place(ctx.places.community(town))
    if shape == 0:
        return (f"在{other},群众反映{ctx.pick(pools.PROBLEMS)},{town}协调{place.level}{ctx.pick(pools.BUREAUS)}"
                f"{ctx.rng.randint(3, 20)}天内完成整改;针对居民提出的{ctx.pick(pools.PROBLEMS)}问题,{other}新增"
                f"{ctx.pick(('路灯', '监控探头', '垃圾分类亭', '晾晒架'))}{number(ctx, 4, 90)}处。")
    if shape == 1:
        n = number(ctx, 2, 12)
        return (f"今年以来,{town}把“{activity}”作为密切联系群众的重要载体,班子成员分片包村,每月至少到联系村(社区)"
                f"走访{n}次,现场收集群众意见建议,能当场解决的当场解决,不能当场解决的明确责任人和办结时限。"
                f"截至目前,共收集意见建议{number(ctx, 40, 900)}条,已办结{number(ctx, 30, 800)}条。")
    if shape == 2:
        return (f"“{ctx.pick(('平时大家各忙各的', '以前有事要跑好几趟', '原来小区里乱糟糟的'))},"
                f"{ctx.pick(('这次一起动手,街巷干净了,邻里之间也更亲近了', '现在干部主动上门,事情很快就办好了', '现在环境好了,住着也舒心了'))}。”"
                f"{other}居民{ctx.notes.person(ctx.people.newcomer())}说。")
    if shape == 3:
        return (f"{town}还依托新时代文明实践站,组织开展{ctx.pick(('政策宣讲', '健康义诊', '法律咨询', '文艺演出', '技能培训'))}、"
                f"{ctx.pick(('爱心助学', '消防演练', '垃圾分类宣传', '防诈骗宣传', '便民维修'))}等活动{number(ctx, 5, 120)}场次,"
                f"参与群众{number(ctx, 200, 20000)}余人次。")
    speaker = ctx.notes.person(ctx.people.official(town, "secretary"))
    return speech(ctx, speaker, topic, town)


def photo(ctx: Ctx, place: Place, target: int) -> Composed:
    """Photo news: a picture caption credited to its photographer, then a short report."""
    town = ctx.notes.place(ctx.places.town(place.name))
    crop = ctx.pick(pools.CROPS)
    photographer = ctx.people.reporters(place.city.name, 1)[0]
    ctx.notes.reporters.append(photographer)
    caption = f"{place.name}{town}一处{ctx.pick(('大棚', '种植基地', '田间'))}内,农技人员正在指导种植户管护{crop}。 记者 {photographer} 摄"
    topic = ctx.pick(pools.TOPICS)
    ctx.notes.topic = topic[1]
    leader = official(ctx, place, "organization")
    when = date_phrase(ctx, vague=0.0)
    text = (f"本报讯 {when},{place.name}召开{topic[0]},{number(ctx, 20, 300)}名新选派的机关干部将于近期陆续到村任职,"
            f"{title(place, 'organization', named=True)}{leader}要求驻村干部沉下身子、摸清村情,"
            f"在{ctx.pick(topic[2])}上见到实效。")
    items: list[tuple[str, str]] = [("line", caption), ("p", text)]
    while _length(items) < min(target, 500):
        items.append(("p", speech(ctx, leader, topic, scope(place))))
    headline = f"{town}:{crop}管护正当时"
    return Composed(headline, None, tuple(items), spec_of(ctx, PHOTO, place, headline))
