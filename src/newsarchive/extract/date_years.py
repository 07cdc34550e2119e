"""The year (or month) a lead's date without one takes from what its own sentence writes (see
:mod:`.dates`, rule 4): the year of the event it names (召开2018年…会议), of the work it
reports (听取某县2031年防汛工作情况), or of the date's month (自2031年12月上旬至…); never
the year a review looks back on (召开2030年工作总结会).  Failing those, the one year the
whole text writes as its own (:func:`text_year`).
"""
from __future__ import annotations

import re
from typing import Sequence

from ..records import PartialDate
from ..simplified import to_simplified
from .date_context import alternation
from .date_forms import iter_dates, valid
from .folding import fold

__all__ = ["WRITTEN_YEAR", "day_month", "event_year", "sentence_year", "series_year", "text_year"]

#: A year written with 年 (2031年).
WRITTEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")

#: How a sentence names the year of its event: with the verb that holds it, as the year
#: opening a meeting's, festival's or event's name, or numbering a meeting within its year.
_EVENT_YEAR = [
    re.compile(r"(?:召开|举行|举办|开幕|启动|召集|开展)了?[^，,。；;、]{0,15}?(?<!\d)(\d{4})\s*年(?:度)?"
               r"(?![\d一二三四五六七八九十]{1,2}\s*月|以来|来|前|后|底|初|末)"),
    re.compile(r"(?<!\d)(\d{4})\s*年(?:度)?(?![\d一二三四五六七八九十]{1,2}\s*月)[^，,。；;、]{0,20}?会(?:议)?(?:召开|举行|开幕)"),
    # the year opening the name of a festival, fair or race (某村2024年丰收文化节, 2023年某某马拉松)
    re.compile(r"(?<!\d)(\d{4})\s*年(?![\d一二三四五六七八九十]{1,2}\s*月|度)[^，,。；;、\d]{0,14}?"
               rf"(?:{alternation('event_name_endings')})"),
    # a meeting numbered within its year (某委员会2025年第三次会议, 2024年第2次全体会议), the year
    # also in brackets as a document number writes it (市政府[2010]第一次全体(扩大)会议)
    re.compile(r"(?<!\d)(\d{4})\s*年(?:度)?第[\d一二三四五六七八九十]{1,3}次[^，,。；;、]{0,4}?会议"),
    re.compile(r"[\[〔【](\d{4})[\]〕】]\s*第[\d一二三四五六七八九十]{1,3}次[^，,。；;、]{0,8}?会议"),
    # the year opening the name of an event the sentence holds somewhere (2024年某省科技助农
    # 某某集中示范活动在某县某镇举办): the name may be long, but is one noun, no 的; the
    # fields it lists are part of it (2024年新春文化、科技、卫生三下乡活动在某村举行)
    re.compile(r"(?<!\d)(\d{4})\s*年(?![\d一二三四五六七八九十]{1,2}\s*月|以来|来|前|后|底|初|末|度)"
               rf"[^，,。；;\d的]{{2,30}}?在[^，,。；;、的]{{1,20}}?(?:{alternation('event_held_verbs')})"),
    # the same with the year as an edition's, no 年 (“2031‘某某踏春行’大型采访活动”在某市启动)
    re.compile(r"(?<![\d./\-])(\d{4})(?=\s*[‘“「《'\"])"
               rf"[^，,。；;\d的]{{2,30}}?在[^，,。；;、的]{{1,20}}?(?:{alternation('event_held_verbs')})"),
]


def event_year(text: str) -> int | None:
    """The year ``text`` names as part of its event (召开2018年…会议), if exactly one."""
    years = {int(m.group(1)) for rx in _EVENT_YEAR for m in rx.finditer(fold(text))}
    years = {y for y in years if valid(y, 1, None)}
    return years.pop() if len(years) == 1 else None


def sentence_year(sentence: str, headline: str, paragraph: str, date: PartialDate, stamped: bool) -> int | None:
    """The year the dated ``sentence`` (or the headline) gives a date without one: its event's,
    its date's month's, or on a page with no stamp the year it writes as an attribute of
    the work it reports; not one a review of the sentence looks back on (unless it reviews
    part of the year still running)."""
    year = event_year(sentence) or event_year(headline) or _same_month_year(sentence, date)
    if year is None and not stamped:
        year = _attribute_year(sentence, paragraph)
    if year is not None and year in _reviewed_years(sentence, headline) \
            and not (date.month is not None and date.month >= _PART_YEAR_MONTH and _PART_YEAR.search(sentence)):
        return None
    return year


#: A year written as the attribute of what the dated sentence reports (听取某县2031年防汛
#: 工作情况, 2031年全州某某采访团来到某市): not part of a date, nor a span's end, a
#: comparison's base, a time before or since, a fiscal year, or the time of a clause
#: that qualifies a noun (通报2030年查处的案件: cases of a year past); the year's own first or
#: last of something is its attribute (迎来了2031年的第一场雪).
_ATTRIBUTE_YEAR = re.compile(r"(?<![\d到至止自从比较于在与同])((?:19|20)\d{2})\s*年"
                             r"(?![\d一二三四五六七八九十]{1,2}\s*月|度|以来|来|以前|前|后|底|末|初|至|到|[—\-~]"
                             r"|(?!的[第首])[^，,。；;、“”]{0,6}的)")
#: Words of a review: a meeting that looks back on a year is held in the next one as often
#: as in its last weeks (某县召开2030年工作总结会 in January 2031), so the year it reviews
#: dates no event (召开2031年大会,总结2030年工作: 2031 still does).
_REVIEW = r"总结|述职|考核|考评|表彰|回顾|盘点|决算|年终|评议|年报|收官"
_REVIEWED_YEAR = re.compile(rf"(?:{_REVIEW})[^，,。；;\d]{{0,4}}?((?:19|20)\d{{2}})\s*年"
                            rf"|(?<!\d)((?:19|20)\d{{2}})\s*年(?:度)?[^，,。；;\d]{{0,10}}?(?:{_REVIEW})")


def _reviewed_years(*texts: str) -> set[int]:
    """The years ``texts`` write as what a review looks back on."""
    return {int(y) for text in texts for m in _REVIEWED_YEAR.finditer(text) for y in m.groups() if y}


_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def _same_month_year(sentence: str, date: PartialDate) -> int | None:
    """The one year the dated sentence gives the date's own month (12月6日,各组完成进驻,
    自2023年12月上旬至…): the sentence's period runs from the date it reports."""
    years = {int(m.group(1)) for m in _YEAR_MONTH.finditer(sentence) if int(m.group(2)) == date.month}
    return years.pop() if len(years) == 1 else None


#: A part of a year written after it (2031年上半年, 2031年一季度): from April on, what a
#: review of it looks back on is the year still running (a January review of the fourth
#: quarter is of the year before).
_PART_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年\s*(?:上半年|下半年|前三季度|第?[一二三四1-4]季度)")
_PART_YEAR_MONTH = 4


def _attribute_year(sentence: str, paragraph: str) -> int | None:
    """The one year the dated sentence writes as an attribute of its subject, when the
    paragraph writes no later year: the year of the event on a page that prints no stamp."""
    if len(set(WRITTEN_YEAR.findall(sentence))) != 1:
        return None
    m = _ATTRIBUTE_YEAR.search(sentence)
    if m is None:
        return None
    year = int(m.group(1))
    latest = max(int(y) for y in WRITTEN_YEAR.findall(paragraph))
    return year if year >= latest else None


#: How many of the article's first paragraphs are read for a day's month.
_DAY_MONTH_REACH = 3


def day_month(day: int, paragraphs: Sequence[str]) -> int | None:
    """The month of the first date further on that writes the lead's day with its month
    (28日上午,…动员会召开。…巡视期间(2月28日—4月28日): February), in the first paragraphs."""
    for paragraph in paragraphs[:_DAY_MONTH_REACH]:
        for found in iter_dates(paragraph):
            if found.date.day == day and found.date.month is not None:
                return found.date.month
    return None


#: From this month on a text's one year may be the next year's, whose work it deploys.
_YEAR_END = 11
#: A year a text writes as another than its own: a target, a comparison or a span's end
#: (到2035年, 较2030年, written with no month: a full date after 到 is a deadline), a year
#: reckoned from (2030年以来, 2030年底), or a past clause's (2030年查处的案件).
_OTHER_YEAR = re.compile(r"(?:[到至止自从比较与]|同比)\s*(?:19|20)\d{2}\s*年(?!\s*[\d一二三四五六七八九十]{1,2}\s*月)"
                         r"|(?<!\d)(?:19|20)\d{2}\s*年\s*(?:以来|来|以前|前|以后|后|底|初|末)"
                         r"|(?<!\d)(?:19|20)\d{2}\s*年[^，,。；;、“”\d]{0,6}的")


def text_year(date: PartialDate, paragraphs: Sequence[str]) -> PartialDate:
    """A date with month and no year takes the one year the text writes anywhere (with 年),
    when it writes one and no other, before November (rule 4 of :mod:`.dates`)."""
    if date.year is not None or date.month is None or date.month >= _YEAR_END:
        return date
    text = fold("\n".join(paragraphs))
    if _OTHER_YEAR.search(text):
        return date               # "到2035年", "2030年以来": the text reckons with a year not its own
    years = {int(y) for y in WRITTEN_YEAR.findall(text)}
    if len(years) != 1 or years & _reviewed_years(to_simplified(text)):
        return date               # two years, or the one a review looks back on (回顾2030年工作)
    year = years.pop()
    return PartialDate(year, date.month, date.day) if valid(year, date.month, date.day) else date


#: A headline opening with its series' year, no 年 after it (2031某区两会丨…, 2031全国两会).
_SERIES_YEAR = re.compile(r"^\s*((?:19|20)\d{2})(?=[\u4e00-\u9fff])")


def series_year(date: PartialDate, title: str | None) -> PartialDate:
    """A date with month and no year takes the year a headline opens its series' name with
    (2031某区两会丨…): the year of the meeting the series reports."""
    m = _SERIES_YEAR.match(title or "")
    if date.year is not None or date.month is None or m is None:
        return date
    year = int(m.group(1))
    return PartialDate(year, date.month, date.day) if valid(year, date.month, date.day) else date
