"""An inspection round's own fields: its name, duration, office hours, channel dates, group count.

* **Round**: ``[十二届][某某大学第二届]<body>[今年]第N轮[…]巡察[“回头看”]`` with the places
  written before the body (``十二届省委第八轮巡视``).
* **Duration**: the first ``为期…``/``时间…``/``工作…`` duration, as written (``2个半月左右``).
* **Hours**: the first office-hours range, as written, ranges joined by 、 ， 和 or
  spaces (``工作日上午9:00—12:00 下午2:00—6:00``), or the words ``工作日的工作时间``.
* **Dates**: the reporting channels' open and close dates (``受理截止日期为4月21日``,
  ``7月30日开通,9月25日…关闭``, a range ``受理信访时间为…至…``, ``进驻之日起至9月15日``),
  else the stationing period (``于2025年8月14日至10月17日``, ``从…至…``, ``进驻期间:…-…``,
  ``时间为…至…``; a start alone: ``8月19日开始至9月底``, ``5月5日,县委正式启动第三轮巡察``),
  else the first and last day of a 巡察时间安排 schedule.  A cut-off opening a clause
  (``截至4月14日上午11:00,督察组…``) is the state of things that day, no close.
"""
from __future__ import annotations

import re

from ..records import PartialDate
from .date_forms import iter_dates
from .folding import fold
from .inspection_groups import BODY, ROUND, body_key, chain_start, round_kind
from .inspection_words import alternation
from .numerals import NUMBER, to_int
from .places import find_places

_DURATION = re.compile(
    r"(?:为期|时间(?:安排|为|均为|约为|是|约|大约)?|历时|用时|工作)\s*(?:[:：]\s*)?"
    r"((?:约)?(?:[\d一二两三四五六七八九十]+个半月|[\d一二两三四五六七八九十]+个多?月|半个月|"
    r"(?:\d+\s*[~～\-—至到]\s*)?[\d一二两三四五六七八九十]+(?:天|周|个星期|日))(?:左右)?)")
_TIME = r"(?:\d{1,2}\s*[:：∶]\s*\d{2}|\d{1,2}\s*[点时](?:\s*\d{1,2}\s*分|半)?)"
_DAYPART = r"(?:[上下]午|早上|晚上|中午|早|晚)"
_RANGE = rf"{_DAYPART}?\s*{_TIME}\s*(?:~|～|—|–|-|－|至|到)+\s*{_DAYPART}?\s*{_TIME}"
_HOURS = re.compile(
    rf"((?:每周[一二三四五六日天]\s*至\s*(?:周)?[一二三四五六日天]|周[一二三四五]\s*至\s*周[一二三四五六日]|法定工作日|工作日(?:\s*[(（][^()（）:：]{{2,10}}[)）])?|每天|每日)?"
    rf"(?:的)?\s*(?:[:：]\s*)?{_RANGE}(?:\s*(?:、|，|,|和|及|；|\s)\s*{_RANGE})*)")
_HOURS_WORDS = re.compile(rf"(?:时间|接听|受理)(?:为|是)?\s*[:：]?\s*({alternation('hours_phrases')})")
_COUNT = re.compile(rf"({NUMBER})\s*个(?:{BODY})?(?:巡察|巡视)组")
_COUNT_VERB = re.compile(r"(?:派出|组建|成立|共|安排)\s*$")
_ORG = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:{alternation('org_ends')})$")
_OPEN = re.compile(r"^\s*(?:[上下]午)?\s*(?:\d{1,2}[:：]\d{2}时?)?\s*(?:起)?\s*(?:开通|开始受理|起受理|开始接受|正式开通)")
#: (``从X截止到Y``: 截止 followed by 到/至 starts a range, and X is no close.)
_CLOSE_AFTER = re.compile(r"^\s*(?:[上下]午)?\s*(?:\d{1,2}[:：]\d{2}时?)?\s*(?:前)?\s*(?:截止(?!\s*(?:到|至))|关闭|结束|停止受理)")
_CLOSE_BEFORE = re.compile(r"(?:截止|截至)(?:日期|时间)?\s*(?:为|到|至|于|是)?\s*[:：]?\s*$|之日起\s*(?:至|到)\s*$")
#: "截至8月25日,各巡察组已完成进驻" (also miswritten 截止, also with the hour: 截至4月14日上午11:00,):
#: a cut-off opening a clause, the state of things on that day, not the day the channels close.
_AS_OF_BEFORE = re.compile(r"(?:^|[,，。;；\n])\s*(?:截至|截止)\s*$")
_AS_OF_AFTER = re.compile(r"^\s*(?:[上下]午)?\s*(?:\d{1,2}\s*[:：时点]\s*(?:\d{2})?\s*分?)?\s*[,，]")
_CHANNEL_RANGE = re.compile(r"(?:受理|信访|来信来电|举报|接听|渠道)[^。；;]{0,12}?(?:时间|日期)?\s*(?:为|是|:|：)?\s*$")
_STATION_RANGE = re.compile(r"(?:进驻时间|巡察时间|巡视时间)\s*(?:为|是|:|：)?\s*$|^$|[，,。]\s*$|(?:从|自|于)\s*$|期间\s*[(（]\s*$"
                            r"|(?:进驻|巡察|巡视|督察|督导)期间\s*[:：]\s*$|时间\s*(?:为|是)\s*$")
#: ``8月19日开始至9月底``: the start of a period whose end is no day.
_STARTS_RANGE = re.compile(r"^\s*(?:起|开始)\s*(?:至|到)")
#: ``2022年5月5日,县委正式启动第三轮巡察工作``: the day the round starts.
_LAUNCH = re.compile(r"^\s*[,，]?[^。；;,，]{0,10}?(?:正式)?启动[^。；;,，]{0,12}?(?:巡察|巡视)")
_STATION_OPEN = re.compile(r"(?:自|从)\s*$")
_STARTS = re.compile(r"^\s*(?:起|开始)")
_SCHEDULE = re.compile(r"(?:巡察|巡视)时间安排")
_RANGE_JOIN = re.compile(r"^\s*(?:起)?\s*(?:至|到|—|–|-|~|～|－)+\s*$")      # 3月1日起至4月15日
#: A term of office written right before a round's body (十二届|市委): looked for
#: only this far back, not from the start of the text (which cost rounds × text).
_TERM_BEFORE = re.compile(r"(?:第)?[\d一二三四五六七八九十]+届$")
_TERM_REACH = 24
_SQUEEZE = re.compile(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d])")


def find_round(texts: list[str]) -> tuple[str, str] | None:
    """The first numbered round named, in its longest written form (十二届市委第二轮巡察),
    and the body that holds it (市委)."""
    best: dict[tuple, tuple[str, str]] = {}
    for text in texts:
        if "轮" not in text:
            continue          # every round is written 第N轮
        squeezed = _SQUEEZE.sub("", fold(text))
        rounds = list(ROUND.finditer(squeezed))
        places = find_places(squeezed) if rounds else []
        for m in rounds:
            chain = chain_start(squeezed, places, m.start("body"))
            term = _TERM_BEFORE.search(squeezed, max(0, chain - _TERM_REACH), chain)
            start = term.start() if term else min(chain, m.start())
            org = _ORG.search(squeezed, max(0, start - 12), start)
            if org and (org.start() == 0 or not re.match(r"[\u4e00-\u9fff]", squeezed[org.start() - 1])):
                start = org.start()
            # 十二届县委第三轮|第二巡察组: the round named with its groups' kind (…第三轮巡察)
            name = (squeezed[start:m.end()] + ("" if m.group("k") else m.group("kg"))).replace("中共", "")
            key = (body_key(m.group("body")), to_int(m.group("n")), round_kind(m))
            if len(name) > len(best.get(key, ("", ""))[0]):
                best[key] = (name, squeezed[chain:m.end("body")])
    return next(iter(best.values()), None)


def duration(text: str) -> str | None:
    m = _DURATION.search(text)
    return m.group(1) if m else None


def hours(original: str) -> str | None:
    folded = fold(original)
    m = _HOURS.search(folded)
    if m:
        value = original[m.start(1):m.end(1)].strip()
        return value.lstrip(":：").strip() or None
    words = _HOURS_WORDS.search(folded)
    return original[words.start(1):words.end(1)] if words else None


def channel_dates(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    dates = list(iter_dates(text))
    open_d = close_d = None
    station_open = station_close = None
    for i, d in enumerate(dates):
        before = text[max(0, d.start - 30):d.start]
        after = text[d.end:d.end + 16]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        is_range = nxt is not None and _RANGE_JOIN.match(text[d.end:nxt.start])
        if is_range and _CHANNEL_RANGE.search(before):
            open_d = open_d or d.date
            close_d = close_d or nxt.date
        elif is_range and station_open is None and _STATION_RANGE.search(before):
            station_open, station_close = d.date, nxt.date
        if station_open is None and (_STATION_OPEN.search(before) and _STARTS.match(after)
                                     or _STARTS_RANGE.match(after) or _LAUNCH.match(after)):
            station_open = d.date         # 自12月19日起对某局进行巡察
        if _OPEN.match(after) and open_d is None:
            open_d = d.date
        as_of = _AS_OF_BEFORE.search(before) and _AS_OF_AFTER.match(after)
        if (_CLOSE_AFTER.match(after) or (_CLOSE_BEFORE.search(before) and not as_of)) and close_d is None:
            close_d = d.date
    if station_open is None:
        station_open, station_close = _schedule(text, dates)
    return open_d or station_open, close_d or station_close


def _schedule(text: str, dates: list) -> tuple[PartialDate | None, PartialDate | None]:
    """``巡察时间安排：甲村10月10日~10月15日，乙村…10月29日``: its first and last day."""
    m = _SCHEDULE.search(text)
    if not m:
        return None, None
    end = re.search(r"[。\n]", text[m.end():])
    stop = m.end() + (end.start() if end else len(text))
    inside = [d for d in dates if m.end() <= d.start < stop]
    if len(inside) < 2:
        return None, None
    return inside[0].date, inside[-1].date


def group_count(text: str) -> int | None:
    """``派出5个巡察组``: the count a verb introduces, else the largest count written."""
    if "个" not in text:
        return None
    found = list(_COUNT.finditer(text))
    if not found:
        return None
    preferred = [m for m in found if _COUNT_VERB.search(text, max(0, m.start() - 4), m.start())]
    if preferred:
        return to_int(preferred[0].group(1))
    # no verb: the counts are parts (2个巡察组将对…, 1个巡察组将对…) and the whole (3个巡察组各…)
    return max((n for n in (to_int(m.group(1)) for m in found) if n is not None), default=None)
