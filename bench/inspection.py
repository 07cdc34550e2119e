"""Inspection (巡察) articles: announcements with contact blocks, and mobilisation meetings.

Contact blocks come in the three layouts found in real papers: a bold
``**市委第一巡察组,巡察…。**值班电话:…`` paragraph, a one-line
``县委第一巡察组(巡察…):值班电话…`` paragraph, and a numbered list with one
item per line.  Phone numbers use the city's real area code and local number
length; mobile numbers use real prefixes.
"""
from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from . import pools
from .compose import scope, spec_of
from .model import INSPECTION_MEETING, INSPECTION_NOTICE, Composed, Place
from .phrases import Ctx, credit, date_phrase, finish, later, official, speech, title

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                   "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
                   "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
DURATIONS = ("2个月", "2个月左右", "两个月左右", "45天", "一个半月", "50天")
HOURS = ("08:30~12:00、14:00~17:30", "8:30—12:00、14:30—18:00", "9:00—12:00、14:00—17:30",
         "8:00至12:00、14:30至17:30")
INSPECTION_TOPIC = (
    "巡察工作", "巡察",
    ("政治巡察", "巡察监督", "全面从严治党", "巡察整改", "政治监督"),
    ("牢牢把握政治巡察定位", "紧盯关键少数和关键岗位", "精准发现问题、客观反映问题",
     "推动巡察整改落地见效", "严守工作纪律和保密纪律", "树立巡察干部良好形象",
     "聚焦群众急难愁盼问题和基层微腐败", "如实提供情况和资料"),
)
BOILERPLATE = (
    "巡察组将坚持党的创新理论武装头脑,按照中央、省委和{org}对巡视巡察工作的安排,"
    "把“两个维护”当作根本任务,盯住发生在群众身边的腐败和作风问题,让全面从严治党在基层落地生根。",
    "本轮巡察紧扣被巡察党组织职能责任,重点监督检查贯彻落实党中央决策部署和省委、{org}工作要求情况,群众身边不正之风和腐败问题,"
    "领导班子和干部队伍建设情况,以及巡视巡察、审计等监督发现问题的整改情况。",
    "通过强有力的巡察监督,督促被巡察党组织和党员干部履职尽责,为{place}{goal}提供坚强政治保障。",
    "巡察期间,巡察组主要接收反映该单位领导班子、班子成员以及下属单位负责人和关键岗位干部问题的信件、电话和来访,"
    "重点是违反政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律等方面的问题。",
)


@lru_cache(maxsize=None)
def initials(name: str) -> str:
    """Pinyin initials of a place name without its 市/区/县 suffix: 郑州市 → zz."""
    stem = name[:-1] if len(name) > 2 and name[-1] in "市区县" else name
    return "".join(lazy_pinyin(stem, style=Style.FIRST_LETTER))


def org_names(place: Place) -> tuple[str, str]:
    """(full, short) name of the committee that inspects: (霍山县委, 县委) or (经开区党工委, 党工委)."""
    if place.is_zone:
        return place.name + "党工委", "党工委"
    return place.name + "委", place.party


def mobile(ctx: Ctx) -> str:
    return ctx.pick(MOBILE_PREFIXES) + f"{ctx.rng.randrange(10 ** 8):08d}"


def landlines(ctx: Ctx, place: Place, count: int) -> list[str]:
    """Consecutive-looking office numbers of one building."""
    digits = place.city.phone_digits
    base = ctx.rng.randint(2, 8) * 10 ** (digits - 1) + ctx.rng.randrange(10 ** (digits - 1) - 1000)
    numbers, current = [], base
    for _ in range(count):
        current += ctx.rng.randint(1, 40)
        numbers.append(f"{place.city.area_code}-{current}")
    return numbers


def emails(ctx: Ctx, place: Place, count: int) -> list[str]:
    ini = initials(place.name)
    lvl = {"市委": "sw", "区委": "qw", "县委": "xw", "党工委": "dgw"}[place.party]
    style = ctx.rng.randrange(3)
    out = []
    for i in range(count):
        if ctx.chance(0.2):
            out.append(f"{ctx.rng.randint(10 ** 8, 4 * 10 ** 9)}@qq.com")
        elif style == 0:
            out.append(f"{ini}{lvl}di{pools.NUMERAL_PINYIN[i]}xcz@126.com")
        elif style == 1:
            out.append(f"{ini}xcz_{pools.NUMERAL_PINYIN[i]}zu@163.com")
        else:
            out.append(f"{ini}{lvl}{i + 1}xcz@163.com")
    return out


def targets(ctx: Ctx, place: Place, count: int) -> list[str]:
    """Party organisations to inspect: bureaus (党组), towns (党委), streets (党工委), schools (党委)."""
    prefix = "区" if place.is_zone else place.level
    found: list[str] = []
    while len(found) < count:
        roll = ctx.rng.random()
        if roll < 0.55:
            unit = f"{prefix}{ctx.pick(pools.BUREAUS)}党组"
        elif roll < 0.8 and not place.is_city:
            town = ctx.notes.place(ctx.places.town(place.name))
            unit = town + ("党工委" if town.endswith("街道") else "党委")
        elif roll < 0.9:
            unit = f"{prefix}{ctx.pick(pools.PEOPLES_BODIES)}党组"
        else:
            stem = place.city.name[:-1]
            unit = f"{stem}{ctx.pick(('职业技术学院', '卫生健康职业学院', '技师学院', '中心医院', '中医院'))}党委"
        if unit not in found:
            found.append(unit)
    return found


def unit_of(target: str) -> str:
    """市财政局党组 → 市财政局: the body itself, as a lead names it."""
    for suffix in ("党工委", "党组", "党委"):
        if target.endswith(suffix):
            return target[: -len(suffix)]
    return target


def _group_count(ctx: Ctx) -> int:
    return ctx.rng.choices(range(1, 10), weights=(4, 8, 10, 12, 12, 10, 8, 5, 4))[0]


def notice(ctx: Ctx, place: Place, target: int) -> Composed:
    """Groups have moved in: the round, the targets, and how to reach every group."""
    org, short = org_names(place)
    term = f"十{ctx.pick('二三四')}届" if place.is_city and ctx.chance(0.5) else ""
    round_no = pools.NUMERALS[ctx.rng.randint(1, 12) - 1]
    k = _group_count(ctx)
    ctx.notes.groups, ctx.notes.topic = k, "巡察"
    groups = [f"{short}第{pools.NUMERALS[i]}巡察组" for i in range(k)]
    group_targets = [targets(ctx, place, ctx.rng.choice((1, 2, 2, 2, 3))) for _ in range(k)]
    m = sum(len(t) for t in group_targets)
    when = date_phrase(ctx, vague=0.1)
    duration = ctx.pick(DURATIONS)
    if k == 1:
        text = (f"{when},{term}{org}第{round_no}轮巡察第一巡察组进驻{unit_of(group_targets[0][0])},"
                f"对{'、'.join(group_targets[0])}开展常规巡察,时间{duration}。")
    else:
        text = (f"{when},{term}{org}第{round_no}轮巡察{k}个巡察组按照{short}统一部署全部进驻,"
                f"对{unit_of(group_targets[0][0])}等{m}个单位党组织开展常规巡察,时间{duration}。")
    lead, tail, inline = credit(ctx, place, text)
    items: list[tuple[str, str]] = [("p", lead)]
    goal = ctx.pick(pools.GOALS)
    for para in ctx.rng.sample(BOILERPLATE, ctx.rng.randint(1, 3)):
        items.append(("p", para.format(org=short, place=place.name, goal=goal)))
    close_m, close_d = later(ctx.date, ctx.rng.randint(40, 58))
    items.append(("p", "巡察期间,各巡察组均开通值班电话、接收短信手机、电子邮箱、邮政信箱,并在被巡察单位办公区设立联系信箱,"
                       f"受理群众反映问题。巡察组接收来电时间为工作日:{ctx.pick(HOURS)},受理截止日期为{close_m}月{close_d}日。"
                       "对不属于巡察受理范围的事项,按规定转被巡察单位和有关部门办理。"))
    area = place.city.area_code
    items.append(("p", f"欢迎被巡察单位和社会各界对巡察工作和巡察干部进行监督。监督电话分别是:{place.name}纪委监委监督举报电话"
                       f"{area}-12388;{short}组织部监督举报电话{area}-12380。"))
    phones, smses, mails = landlines(ctx, place, k), [mobile(ctx) for _ in range(k)], emails(ctx, place, k)
    ctx.notes.phones.extend(phones + smses)
    ctx.notes.emails.extend(mails)
    box = ctx.rng.randint(100, 880)
    layout = ctx.rng.random()
    if layout < 0.55:
        sms_label = ctx.pick(("接收短信手机", "短信接收号码"))
        for i in range(k):
            items.append(("keep", f"**{groups[i]},巡察{'、'.join(group_targets[i])}。**值班电话:{phones[i]},"
                                  f"{sms_label}:{smses[i]},电子邮箱:{mails[i]},"
                                  f"邮政信箱:{place.city.province}{place.city.name}A{box + i}号专用邮政信箱。"))
    elif layout < 0.8:
        for i in range(k):
            units = "、".join(unit_of(t) for t in group_targets[i])
            items.append(("keep", f"{groups[i]}(巡察{units}):值班电话{phones[i]},接收短信手机{smses[i]},"
                                  f"电子邮箱{mails[i]},专用邮政信箱:{place.name}邮政局第{box + i}号专用信箱。"))
    else:
        items.append(("keep", "各巡察组巡察对象及联系方式如下:"))
        lines = []
        zip_code = f"{ctx.rng.randint(10, 85)}{ctx.rng.randrange(10000):04d}"
        for i in range(k):
            lines += [f"({pools.NUMERALS[i]}){groups[i]}",
                      f"巡察对象:{'、'.join(unit_of(t) for t in group_targets[i])}",
                      f"举报电话:{phones[i]} {smses[i]}",
                      f"电子邮箱:{mails[i]}",
                      f"来信请寄:{place.name}行政中心{box + i}室{groups[i]}(邮编{zip_code})"]
        items.append(("block", "\n".join(lines)))
    roll = ctx.rng.random()
    if roll < 0.4:
        headline = f"{term}{short}第{round_no}轮巡察全面进驻 {k}个巡察组公布联系方式"
    elif roll < 0.7:
        headline = f"{term}{short}第{round_no}轮巡察进驻 {m} 家单位 公布举报方式"
    else:
        headline = f"{org}第{round_no}轮巡察完成进驻"
    tagline = ctx.pick(("巡察利剑再出鞘", "巡察监督向基层延伸", None, None))
    return Composed(headline, tagline, finish(items, tail, inline), spec_of(ctx, INSPECTION_NOTICE, place, headline))


def mobilisation(ctx: Ctx, place: Place, target: int) -> Composed:
    """The meeting that launches a round: speeches, how many groups, sometimes one contact line."""
    org, short = org_names(place)
    round_no = pools.NUMERALS[ctx.rng.randint(1, 12) - 1]
    k = _group_count(ctx)
    ctx.notes.groups, ctx.notes.topic = k, "巡察"
    when = date_phrase(ctx)
    speaker = official(ctx, place, "discipline")
    chair = official(ctx, place, "organization")
    text = (f"{when},{org}第{round_no}轮巡察工作动员部署会召开。{title(place, 'discipline')}{speaker}出席会议并讲话,"
            f"{title(place, 'organization')}{chair}主持会议。")
    lead, tail, inline = credit(ctx, place, text)
    items: list[tuple[str, str]] = [("p", lead)]
    office = official(ctx, place, "inspection_office")
    a, b = ctx.rng.randint(k, 3 * k + 2), ctx.rng.randint(1, k + 2)
    items.append(("p", f"会上,{short}巡察办主任{office}宣读了本轮巡察组组长授权任职通知,并就巡察工作流程、时间节点和纪律要求作具体安排。"
                       f"按照{short}统一部署,本轮巡察共派出{k}个巡察组,对{a}个{place.level}直单位党组织和{b}个乡镇(街道)党(工)委"
                       f"开展常规巡察,时间为{ctx.pick(DURATIONS)}。"))
    i = 0
    while sum(len(t) for _, t in items) < target - 120 or i == 0:
        items.append(("p", speech(ctx, (speaker, chair)[i % 2], INSPECTION_TOPIC, scope(place))))
        i += 1
    if ctx.chance(0.4):
        group = f"{short}第{pools.NUMERALS[ctx.rng.randrange(k)]}巡察组"
        phone, sms = landlines(ctx, place, 1)[0], mobile(ctx)
        ctx.notes.phones.extend([phone, sms])
        items.append(("keep", f"巡察期间,{group}设立联系电话和邮政信箱。联系电话:{phone}、{sms}(工作日8:30—17:30);"
                              f"邮政信箱:{place.name}邮政局第{ctx.rng.randint(1, 300):03d}号信箱。"))
    items.append(("p", f"{short}巡察工作领导小组成员,各巡察组全体人员,被巡察单位党组织主要负责人参加会议。"))
    headline = f"{org}第{round_no}轮巡察工作动员部署会召开"
    tagline = ctx.pick(("以巡察监督的实绩实效 为高质量发展提供坚强保障", None, None))
    return Composed(headline, tagline, finish(items, tail, inline),
                    spec_of(ctx, INSPECTION_MEETING, place, headline))
