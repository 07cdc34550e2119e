"""What the opening of a paragraph says about when: a date, only a day, a day relative
to the publication, or vagueness (:class:`Lead`).

A date counts when it starts a clause (``3月2日,…``, ``本报讯 4月19日上午,…``, ``…于7月30日
召开``), when the subject's dated action follows it (``6月13至14日率团赴…``), or when it is
a dateline's (``新华社北京3月2日电``, ``某某网9月20日常州消息``), or right after one
(``某某在线某地消息 5月22日,…``); a date that opens a stated
period (``自…起``) does not.  A byline may stand before the date, after a lead mark or opening
the paragraph (``某某日报记者 甲某 5月20日,…``).  An opening sentence of background spanning up to now (``自…以来,…。``) is passed
over: the lead's first sentence is the next.  A lead whose month and day the page ran
together (``1128日上午,…``) is read against the page's stamp (:func:`fused_with_stamp`).  How :mod:`.dates` weighs the leads of an article is told
there.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from ..records import PartialDate
from ..simplified import to_simplified
from .date_context import (
    alternation, day_only_lead, is_ahead, is_as_of, period_start, relative_day_lead, with_stamp_year, words,
)
from .date_forms import CN_YEAR_DIGITS, DateMatch, iter_dates, valid
from .folding import fold

__all__ = ["Lead", "lead_date", "fused_with_stamp", "VAGUE"]


#: What may stand right before a date that starts a clause (after whitespace is removed).
_CLAUSE_LEAD = re.compile(r"(?:^|[,，。;；:：!！?？()（）【】「」『』“”\"'、…]|本报讯|讯|电|消息|于|在|今年|记者|\d{4}年"
                          r"|据[^，,。；;\d]{2,20}?报道|^据[\u4e00-\u9fff]{2,12}?(?:报|网|台|社|新闻))$")
#: Words saying the event's time without a date; never right after a day's number
#: ("至9月30日前" is a deadline, not 日前).
VAGUE = re.compile(rf"(?<![\d{CN_YEAR_DIGITS}十])(?:{alternation('vague')})")
_DATELINE_END = re.compile(rf"\s*(?:{alternation('dateline_ends')})(?![话视影力子脑商网气])")
#: A dateline that writes its place after the date ("某某网9月20日常州消息 16日,…"):
#: a source name opens the paragraph, a place of 2-6 characters and the end follow.
_DATELINE_SOURCE = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}$")
_DATELINE_PLACE_END = re.compile(
    rf"[\u4e00-\u9fff]{{2,6}}?(?:{alternation('dateline_ends')})(?=[\s(（:：【\[]|$)")
_PERIOD_OPENER = re.compile(rf"(?:{alternation('period_openers')})$")
_PERIOD_ONSET = re.compile(rf"\s*(?:[上下]午|\d{{1,2}}[:：]\d{{2}})?\s*(?:{alternation('period_onsets')})")
_FIRST_SENTENCE_END = re.compile(r"[。！？!?]")
#: A bullet that opens a paragraph of a picture report or a digest ("◆25日上午,…"): no
#: part of the sentence; blanked (not removed, so that positions stay the paragraph's).
_BULLET = re.compile(r"^\s*[◆◇■□●○◎★☆▲△▶►▪•·]+")
#: What follows a date that is the time of the subject's action: a span's end, the time of
#: day, then one of the dated verbs ("6月13至14日率团赴…", "3月4日下午3:00在…开幕").
_DATED_ACTION = re.compile(rf"(?:\s*(?:至|到|—|–|-|~|～|、)\s*\d{{1,2}}\s*日)?\s*(?:[上下]午|晚上?|早上|凌晨|中午)?"
                           rf"\s*(?:\d{{1,2}}[:：]\d{{2}}时?)?\s*(?:{alternation('dated_verbs')})")


#: What stands right before the date that ends a span (…至9月26日).
_SPAN_END = re.compile(r"(?:至|到|—|–|-|~|～)\s*$")


#: A lead mark and a byline written without brackets before the date
#: ("本报讯 记者 甲某 通讯员 乙某 6月19日，…", "本报讯 记者甲某报道 6月19日，…", "某某讯 甲某 报道
#: 3月16日,…"): the date
#: still opens the lead.
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_BARE_CREDITS = (rf"(?:[\u4e00-\u9fff]{{0,6}}?(?:记者|通讯员|实习生)\s*[:：]?\s*{_NAME}(?:\s+{_NAME})*\s*(?:报道|报导)?\s*"
                 # names closed by 报道 with no role ("某某讯 甲某 报道 3月16日,…")
                 rf"|{_NAME}(?:\s+{_NAME})*\s*(?:报道|报导)\s*)+$")
_BARE_BYLINE = re.compile(rf"(?:讯|电)\s*{_BARE_CREDITS}")
#: The same byline opening the paragraph with no lead mark ("某某日报记者 甲某 特约记者 乙某 5月20日,…").
_OPENING_BYLINE = re.compile(rf"^\s*{_BARE_CREDITS}")
#: Longest opening byline read before a lead's date.
_BYLINE_SPAN = 60


def _starts_clause(text: str, start: int) -> bool:
    before = re.sub(r"\s+", "", text[max(0, start - 12):start])
    return bool(_CLAUSE_LEAD.search(before)) or bool(_BARE_BYLINE.search(text[max(0, start - _BYLINE_SPAN):start])) \
        or (start <= _BYLINE_SPAN and bool(_OPENING_BYLINE.match(text[:start])))


@dataclass(frozen=True)
class Lead:
    """What a paragraph's opening says about when: a date (or only a day), or vagueness."""

    found: DateMatch | None = None
    day: int | None = None         # a lead that gives only the day ("13日,…")
    relative: int | None = None    # a lead that says the day relative to the publication ("昨天,…": -1)
    vague: bool = False            # 近日 / 日前: no date stated
    first_sentence: bool = True    # the date stands in the paragraph's first sentence
    as_of: bool = False            # "截至6月18日,…已完成进驻": a cut-off, the event's date only without a stamp
    ahead: bool = False            # "某某将于10月8日带队赴…": an event to come, the event's date only without a stamp
    years_back: int | None = None  # "去年12月29日,…": the year is the stamp's less this many
    fused: str | None = None       # "1128日,…": month and day run together, read against the stamp


#: The rest of a span of days under one 日, after its first day (17|至18日, 5|—6日).
_DAY_SPAN = re.compile(r"\s*日?\s*(?:至|到|—|–|-|~|～|、)\s*\d{1,2}\s*日")


def _period_date(text: str, found: DateMatch) -> bool:
    """A date that starts a stated period ("自…起", "于…至…"), not the event.  A span of days
    written as one date (于4月17至18日到某区调研) is the event's, whatever follows it."""
    if _DAY_SPAN.match(text, found.end):
        return False
    before = re.sub(r"\s+", "", text[max(0, found.start - 3):found.start])
    return bool(_PERIOD_OPENER.search(before)) and bool(_PERIOD_ONSET.match(text, found.end))


#: A dateline without a date before the lead's words (本网讯, 本报讯(记者 某某)).
_UNDATED_DATELINE = re.compile(rf"^\s*[\u4e00-\u9fff]{{1,8}}?(?:{alternation('dateline_ends')})\s*"
                               r"(?:[(（【\[][^()（）【】\[\]]{0,40}[)）】\]])?\s*")
#: Longest opening clause ending in 以来 (入秋以来, 疫情发生以来) read as a span up to now.
_SPAN_OPENING = 12
#: Longest opening sentence read as a set phrase before the lead ("辞旧迎新,恭贺新禧。",
#: a slogan of two seven-character halves): the lead's first sentence is the one after it.
_OPENING_PHRASE = 16


@functools.lru_cache(maxsize=1)
def _background_span() -> re.Pattern[str]:
    """An opening clause that spans up to now: 今年以来, 入秋以来, 党的十八大以来, or 自/自从 … 以来."""
    return re.compile(rf"\s*(?:{alternation('background_spans')}"
                      rf"|(?:{alternation('background_span_openers')})[^，,。;；]{{1,30}}?以来"
                      rf"|[^，,。;；\s]{{1,{_SPAN_OPENING}}}?以来)\s*[，,]")


def _first_sentence_end(text: str) -> re.Match[str] | None:
    """The end of the lead's first sentence, passing over an opening set phrase or an
    opening sentence of background that spans up to now and dates nothing."""
    first_end = _FIRST_SENTENCE_END.search(text)
    if first_end is None or any(c.isdigit() for c in text[:first_end.start()]):
        return first_end
    opening = _UNDATED_DATELINE.match(text)
    quoted = _OPENING_QUOTE.match(text, opening.end() if opening else 0)
    if quoted and quoted.end() > first_end.start():
        return _FIRST_SENTENCE_END.search(text, quoted.end()) or first_end   # “…。”1月1日,…: words quoted first
    if len(re.sub(r"\W", "", text[:first_end.start()])) <= _OPENING_PHRASE \
            or _background_span().match(text, opening.end() if opening else 0):
        return _FIRST_SENTENCE_END.search(text, first_end.end()) or first_end
    return first_end


#: Words quoted at the lead's start, after its dateline if any (本报讯(记者 某某)“…。”1月1日,…):
#: what someone said, the scene the lead then dates, not its first sentence.
_OPENING_QUOTE = re.compile(r"\s*[“「\"][^“”「」\"]{1,80}[”」\"]")


#: A deadline's label right before its date (截止时间:, 截止日期为).
_DEADLINE_LABEL = re.compile(r"(?:截止|截至)(?:时间|日期)\s*(?:[:：]|为)\s*$")


def lead_date(paragraph: str, stamped: bool = False) -> Lead:
    """The first clause-starting date of a paragraph (a dateline's date counts), else the day
    of a lead that gives only the day, and whether the paragraph is vague."""
    text = _BULLET.sub(lambda m: " " * len(m.group()), to_simplified(fold(paragraph)))
    first_end = _FIRST_SENTENCE_END.search(text)
    lead_end = _first_sentence_end(text)
    dates = list(iter_dates(text))
    first_stop = lead_end.start() if lead_end else len(text)     # where the lead's first sentence ends
    for n, found in enumerate(dates):
        dateline = _DATELINE_END.match(text, found.end) is not None or _place_dateline(text, found)
        if dateline and n + 1 < len(dates) and (_opens_after_dateline(text, found, dates[n + 1])
                                                 or _dated_later_in_sentence(text, found, dates[n + 1], lead_end)):
            continue             # 某某网3月2日讯(记者 某某)3月1日下午,…: the lead dates its event
        if _DEADLINE_LABEL.search(text, max(0, found.start - 8), found.start):
            continue             # 受理信访截止时间:6月6日: a deadline, no event
        as_of = is_as_of(text, found)
        years_back = _years_back(text, found)
        clause = _starts_clause(text, found.start - len(years_back[0])) if years_back \
            else _starts_clause(text, found.start)
        action = (lead_end is None or found.start < lead_end.start()) and _DATED_ACTION.match(text, found.end) \
            and not _SPAN_END.search(text, max(0, found.start - 2), found.start)   # 9月7日至9月26日进驻: the span's end
        if not dateline and is_ahead(text, found) and any(
                _starts_clause(text, d.start) and not is_ahead(text, d) for d in dates[n + 1:]):
            continue             # 大会将1月19日开幕。1月18日上午,代表团召开全体会议: the report's own day
        if dateline and (n + 1 == len(dates) or dates[n + 1].start > first_stop):
            day = _day_after_dateline(text, found, first_stop)
            if day is not None:
                return Lead(day)     # 某某网7月24日讯 (某某) 23日,…; …会议8日开幕: the event's day
        if dateline or ((clause or action) and not _period_date(text, found)) or as_of:
            first_sentence = lead_end is None or found.start < lead_end.start()
            day = None if first_sentence else day_only_lead(text[: first_end.start()])
            if day is not None:
                return Lead(day=day)     # "消息:21日,某省发布…。…自今年1月12日…": the lead's own day
            return Lead(found, first_sentence=first_sentence, as_of=as_of and not dateline,
                        ahead=not dateline and is_ahead(text, found),
                        years_back=years_back[1] if years_back and not dateline else None)
    first = text[: first_end.start()] if first_end else text
    day = day_only_lead(first)
    if day is None and stamped:
        day = _subject_day(first)   # 省委第七巡视组24日开始对我县…: the stamp gives its month
    fused = fused_lead(first) if day is None and stamped else None
    relative = relative_day_lead(first, stamped) if day is None and fused is None else None
    # a period the first sentence states (自5月9日起,…开展督查) is not undone by a later
    # sentence's 日前 (日前,督查组已到位): that one is vague about a step of the period
    vague = bool(VAGUE.search(first)) or (bool(VAGUE.search(text)) and period_start(first) is None)
    return Lead(day=day, relative=relative, vague=vague and fused is None, fused=fused)


#: What stands between a dateline's date and the lead's own first words: the dateline's
#: end (电, 讯; a place before it), the byline's brackets, a quotation the lead opens with
#: (“我代表…来看您了!”2月3日,…), the report it relays (据某某日报报道).
_AFTER_DATELINE = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?(?:{alternation('dateline_ends')})\s*"
                             r"(?:[(（【\[][^()（）【】\[\]]{0,40}[)）】\]])?\s*(?:“[^“”]{1,60}”\s*)?"
                             r"(?P<relayed>据[^，,。；;\d]{2,20}?(?:报道|消息)[,，:：]?\s*)?$")


#: A day written alone in a dateline's first sentence (23日,…; 会议8日开幕; the first of a span,
#: 10日至11日,…): not part of a month-and-day date, a range's end or a count of days.
_BARE_DAY = re.compile(r"(?<![\d月年/.\-—至到~～、])(\d{1,2})\s*日(?![电讯])"
                       r"(?=[上下]?午|晚|[,，在召开举闭结表说发起]|\s|(?:至|到|—|–|-|~|～)\s*\d{1,2}\s*日)")


#: A day written alone right after the first sentence's subject, before its verb or the time
#: of day (某某巡视组24日开始…, 某某15日在某县调研, 会议8日上午召开).
_SUBJECT_DAY = re.compile(r"(?<=[\u4e00-\u9fff])(?<![月第])(\d{1,2})\s*日"
                          r"(?=[上下]?午|晚|在|开始|起|召开|举行|开幕|闭幕|赴|到|深入|来到|带队|率)")


def _subject_day(sentence: str) -> int | None:
    """The day a lead's first sentence writes alone after its subject, on a page whose stamp
    gives the month (see :func:`_day_after_dateline` for a dateline's)."""
    m = _SUBJECT_DAY.search(sentence)
    day = int(m.group(1)) if m else 0
    return day if 1 <= day <= 31 else None


def _day_after_dateline(text: str, dateline: DateMatch, end: int) -> DateMatch | None:
    """The event's day a dateline's first sentence writes alone (某某网7月24日讯 (某某) 23日,…):
    in the dateline's month, or the month before when the day is later than the dateline's."""
    m = _BARE_DAY.search(text, dateline.end, end)
    date = dateline.date
    if m is None or date.month is None or date.day is None:
        return None
    day = int(m.group(1))
    year, month = date.year, date.month
    if day > date.day:
        year, month = (year - 1 if year else year, 12) if month == 1 else (year, month - 1)
    return DateMatch(m.start(), m.end(), PartialDate(year, month, day)) if valid(year or 2000, month, day) else None


def _dated_later_in_sentence(text: str, dateline: DateMatch, following: DateMatch,
                             lead_end: re.Match[str] | None) -> bool:
    """Does the dateline's first sentence date its event further on, a clause of its own
    (某某网3月31日讯 为切实强化火源管理,3月26日,某某深入一线检查…), neither a period nor a
    cut-off nor an event to come, and no reporter learning of it on the dateline's day
    (记者今天获悉,…3月7日、8日,…已进驻: the report is the dateline's)?"""
    return (lead_end is None or following.start < lead_end.start()) and _starts_clause(text, following.start) \
        and not _LEARNED.search(text, dateline.end, following.start) \
        and not _period_date(text, following) and not is_as_of(text, following) and not is_ahead(text, following)


#: A reporter learning of the news (记者今天获悉): the dateline's day is the report's.
_LEARNED = re.compile(r"获悉|获知|了解到|得知")


def _opens_after_dateline(text: str, dateline: DateMatch, following: DateMatch) -> bool:
    """Does the lead right after the dateline open with a date of its own ("某某网3月2日讯
    (记者 某某)3月1日下午,…")?  The dateline dates the report, the lead's date its event."""
    between = _AFTER_DATELINE.match(text[dateline.end:following.start])
    return between is not None and (between.group("relayed") is not None or _starts_clause(text, following.start))


def _place_dateline(text: str, found: DateMatch) -> bool:
    """"某某网9月20日常州消息": the paragraph opens with a source name, the date, a place
    and the dateline's end."""
    return bool(_DATELINE_SOURCE.match(text[:found.start])) and bool(_DATELINE_PLACE_END.match(text, found.end))


@functools.lru_cache(maxsize=1)
def _relative_years() -> dict[str, int]:
    return {w: -int(n) for w, _, n in (pair.partition(":") for pair in words()["relative_years"])}


def _years_back(text: str, found: DateMatch) -> tuple[str, int] | None:
    """The word before a date without a year that names its year relative to the
    article's ("去年12月29日"), and how many years back it is."""
    if found.date.year is not None:
        return None
    for word, back in _relative_years().items():
        if text.endswith(word, 0, found.start):
            return word, back
    return None


#: A lead whose month and day the page ran together, its 月 lost ("1128日上午,…", "95日下午,…"):
#: digits that no day has.
_FUSED_LEAD = re.compile(r"(?:^|[,，。;；:：)）\s]|讯)\s*(?P<md>\d{2,4})\s*日(?:[上下]午|晚上?|早上|凌晨|中午)?\s*[,，]")
#: Most days a fused lead's date may fall before the page's stamp.
_FUSED_REACH = 31


def fused_lead(sentence: str) -> str | None:
    """The digits of a lead that writes its month and day run together ("1128日,…")."""
    m = _FUSED_LEAD.search(fold(sentence))
    return m.group("md") if m else None


def fused_with_stamp(digits: str, stamp: PartialDate) -> PartialDate | None:
    """The date a fused lead's digits stand for: the one split into month and day that falls
    within a month before the page's stamp (1128 under a stamp of 2031-11-29 is 11月28日); None
    when no split, or more than one, does."""
    if stamp.year is None or stamp.month is None or stamp.day is None:
        return None
    printed = _dt.date(stamp.year, stamp.month, stamp.day)
    fits = []
    for k in (1, 2):
        if not 1 <= len(digits) - k <= 2:
            continue
        month, day = int(digits[:k]), int(digits[k:])
        if not valid(stamp.year, month, day):
            continue
        date = with_stamp_year(PartialDate(None, month, day), stamp)
        if date.year is not None and valid(date.year, month, day) \
                and 0 <= (printed - _dt.date(date.year, month, day)).days <= _FUSED_REACH:
            fits.append(date)
    return fits[0] if len(fits) == 1 else None
