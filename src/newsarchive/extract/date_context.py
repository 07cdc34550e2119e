"""Where an article's date comes from when its lead does not give it whole.

* the page's publication stamp, one of the draft's page lines (:mod:`.date_stamps`);
* an announcement's signature: a date alone among its last paragraphs;
* the start of the period an announcement states (``自2024年12月19日起``,
  ``于2025年8月14日至10月17日``, ``从2026年3月上中旬开始``: a month when no day);
* a lead that gives only the day (``13日,县人大常委会召开…``), which the stamp completes.

The words are data (``data/dates.yaml``); :mod:`.dates` decides the order.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Sequence

from ..records import Draft, PartialDate
from ..simplified import to_simplified
from .date_forms import DateMatch, iter_dates, valid
from .folding import fold
from .numerals import to_int
from ..yamlfile import read_yaml

__all__ = ["words", "signature_date", "cover_signature", "period_start", "opening_period", "channel_period", "is_notice",
           "day_only_lead",
           "relative_day_lead", "with_stamp_year"]

_DATA = Path(__file__).resolve().parent / "data" / "dates.yaml"
#: Digits of a year or date written in Chinese; zero typed as the digit or the letter too (二0一0年).
_CN_DIGITS = "〇零○0O一二三四五六七八九十"


@functools.lru_cache(maxsize=1)
def words() -> dict[str, tuple[str, ...]]:
    """The word lists of ``data/dates.yaml``, read once per process."""
    data = read_yaml(_DATA)
    out: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ValueError(f"{_DATA}: {key} must be a list of strings")
        out[key] = tuple(value)
    return out


def alternation(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words()[key], key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    year = rf"(?P<y>\d{{4}}|[{_CN_DIGITS}]{{4}})\s*年\s*"
    month = r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    day = r"(?:(?P<d>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])"
    # the body signing on the date's line ("某某局 2024年1月30日")
    signer = rf"[^。！!？?\d\s]{{2,30}}?(?:{alternation('signer_ends')})[ \u3000]+"
    return {
        # a weekday may follow in brackets: "二〇〇五年一月二十五日(星期二)"
        # or the signer on the date's line, a page's bar after it: "某某局 2024年1月30日 |"
        "signature": re.compile(rf"^\s*(?:{signer})?{year}{month}{day}\s*(?:[(（]\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）])?\s*[|｜]?\s*$"),
        # a flat page runs the signature into the last paragraph: "…特此公告。 某某巡视组 2031年5月5日"
        "signed_inline": re.compile(rf"(?:特此(?:公告|通告|告知)[。！!]?\s*[^。！!？?\d]{{2,40}}?\s*|{signer})"
                                    rf"{year}{month}{day}\s*[|｜]?\s*$"),
        "period": re.compile(
            rf"(?:{alternation('period_openers')})\s*(?:(?:{year})?{month}(?:{day}|[上中下初末]+旬|份)?"
            rf"|(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}}))"     # "於5/29開始": month and day with a slash
            rf"\s*(?:[上下]午|\d{{1,2}}[:：]\d{{2}})?\s*(?:{alternation('period_onsets')})"),
        # "巡察公告", "公 告——某区第二轮巡察": the word ends the heading or a dash
        # or colon parts it from what the notice is about
        # a section of an announcement opening with its period ("2025年3月24日至5月30日。",
        # "2019年8月19日开始至9月底", under "一、巡察时间")
        "opening_period": re.compile(
            rf"^\s*(?:{year})?{month}{day}\s*(?:[上下]午|\d{{1,2}}[:：]\d{{2}})?\s*"
            rf"(?:{alternation('period_onsets')})"),
        "notice_heading": re.compile(rf"(?:{alternation('notice_headings')})(?:$|[—–]+|[:：])"),
        "notice_formula": re.compile(alternation("notice_formulas")),
        # a day alone, or the first of a span of days ("14日至17日,…", "14至17日,…")
        "day_only": re.compile(r"(?:^|[,，。;；:：)）\s]|讯)\s*(?P<d>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日?"
                               r"(?:(?<=日)|\s*(?:至|到|—|–|-|~|～)\s*\d{1,2}\s*日)"
                               r"(?:\s*(?:至|到|—|–|-|~|～)\s*\d{1,2}\s*日)?"
                               r"(?:[上下]午|晚上?|早上|凌晨|中午)?\s*[,，]"),
        # the day in brackets after 今 or 昨, as Hong Kong and Macao releases write it:
        # "某某今(二十八日)在…", "昨日(27日)上午", and Taiwan's "昨(十五)日" with 日 outside
        # the bracket: the bracket names the day meant
        "bracketed_day": re.compile(r"(?:今|昨)[日天]?\s*[(（]\s*"
                                    r"(?P<d>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
                                    r"\s*(?:[日号]\s*[)）]|[)）]\s*[日号])"),
    }


def signature_date(paragraphs: Sequence[str], reach: int = 3) -> PartialDate | None:
    """The date an announcement is signed with: a full date alone among its last paragraphs,
    or closing the last one after 特此公告 and the signer (a page that lost its line breaks)."""
    for k, paragraph in enumerate(reversed(paragraphs[-reach:])):
        m = _patterns()["signature"].match(fold(paragraph))
        if m is None and k == 0:
            m = _patterns()["signed_inline"].search(fold(paragraph))
        if m and (signed := _full_date(m)) is not None:
            return signed
    return None


#: A notice that issues or forwards a document ("某县人民政府关于印发《某某规则》的通知"): its
#: cover is signed before the document it issues, which runs on to the end of the text.
_COVER_NOTICE = re.compile(r"关于(?:印发|转发|下发|颁发)[^。]*通知\s*$")
#: How many paragraphs into the text a cover's signature may stand.
_COVER_REACH = 8
#: Longest line naming the body that signs a cover.
_SIGNER_LEN = 30


def cover_signature(title: str | None, paragraphs: Sequence[str], captions: Sequence[str] = ()) -> PartialDate | None:
    """The date a notice issuing a document is signed with: a full date alone among the
    cover's first paragraphs, under the line naming the signing body or under the cover's
    last sentence (the signer's line read as a heading), or set apart from the text as a
    line of its own (read as a caption); the issued document follows and may end with
    dates of its own."""
    if not title or _COVER_NOTICE.search(fold(title)) is None:
        return None
    ends = tuple(words()["signer_ends"])
    for k in range(1, min(len(paragraphs), _COVER_REACH)):
        above = fold(paragraphs[k - 1]).strip()
        signer = len(above) <= _SIGNER_LEN and above.endswith(ends) and not re.search(r"[。，,:：;；]", above)
        if not signer and not above.endswith(("。", "!", "！")):
            continue
        m = _patterns()["signature"].match(fold(paragraphs[k]))
        if m and (signed := _full_date(m)) is not None:
            return signed
    for caption in captions:
        m = _patterns()["signature"].match(fold(caption))
        if m and (signed := _full_date(m)) is not None:
            return signed
    return None


def _full_date(m: re.Match[str]) -> PartialDate | None:
    """The valid date a signature match holds (year, month and day), else None."""
    year, month, day = to_int(m.group("y")), to_int(m.group("m")), to_int(m.group("d"))
    return PartialDate(year, month, day) if year and month and valid(year, month, day) else None


def period_start(paragraph: str) -> PartialDate | None:
    """The start of the period a paragraph states ("自…起", "于…至…"); the day is None when
    only the month is given ("2026年3月上中旬开始"), the year when none is written.  A
    stretch of months ("于2020年10月至2021年1月开展了巡察") gives way to a later period the
    paragraph dates to the day ("于2021年2月1日至3日…进行了反馈"): the step it reports."""
    found = [_period_of(m) for m in _patterns()["period"].finditer(fold(paragraph))]
    first = found[0] if found else None
    if first is not None and first.day is None and first.year is not None:
        later = [d for d in found[1:] if d is not None and d.day is not None and d.year is not None
                 and (d.year, d.month or 0) > (first.year, first.month or 0)]
        if later:
            return later[0]
    return first


def _period_of(m: re.Match[str]) -> PartialDate | None:
    if m.group("sm"):
        year, month, day = None, int(m.group("sm")), int(m.group("sd"))
    else:
        year = to_int(m.group("y")) if m.group("y") else None
        month = to_int(m.group("m"))
        day = to_int(m.group("d")) if m.group("d") else None
    if not month or not valid(year or 2000, month, day):
        return None
    return PartialDate(year, month, day)


def opening_period(paragraphs: Sequence[str]) -> PartialDate | None:
    """The start of the first period a paragraph opens with ("2025年3月24日至5月30日。",
    "2019年8月19日开始至2019年9月底,…"): an announcement's section stating its period
    under a heading of its own ("一、巡察时间")."""
    for paragraph in paragraphs:
        m = _patterns()["opening_period"].match(fold(paragraph))
        if m:
            year = to_int(m.group("y")) if m.group("y") else None
            month, day = to_int(m.group("m")), to_int(m.group("d"))
            if month and valid(year or 2000, month, day):
                return PartialDate(year, month, day)
    return None


@functools.lru_cache(maxsize=1)
def _channels() -> re.Pattern[str]:
    return re.compile(alternation("report_channels"))


def channel_period(paragraphs: Sequence[str]) -> PartialDate | None:
    """The start of a full date range (``2031年4月6日至5月6日``) written in a paragraph
    that opens report channels (举报电话, 邮政信箱): an inspection's stay, during which
    the channels are open, that the text announces."""
    for paragraph in paragraphs:
        folded = fold(paragraph)
        if not _channels().search(to_simplified(folded)):     # 專門值班電話: the channels in traditional
            continue
        found = list(iter_dates(folded))     # a range's second date has the first's year
        for first, second in zip(found, found[1:]):
            if first.date.year is not None and second.date.year == first.date.year and \
                    (second.date.month, second.date.day) > (first.date.month, first.date.day) \
                    and not _in_aside(folded, first.start):
                return first.date
    return None


#: An aside in brackets that says something of its own (a clause mark inside them).
_ASIDE = re.compile(r"[(（][^()（）]*[，,；;][^()（）]*[)）]")


def _in_aside(text: str, at: int) -> bool:
    """Is ``at`` inside brackets that hold a clause of their own ("巡察为期两个月(另有某专项
    检查一并进行,安排在…至…)")?  The range there is another inspection's, a note beside the
    stay the text announces; a bracket holding the range alone ("(…至…)") is the stay's."""
    return any(m.start() < at < m.end() for m in _ASIDE.finditer(text))


def is_notice(draft: Draft) -> bool:
    """An announcement: its heading ends in 公告/通告/… (spaced out, or parted by a dash
    from its subject: "公 告——某区第二轮巡察"), or its text says 特此公告/公告如下."""
    p = _patterns()
    if any(p["notice_heading"].search(re.sub(r"\s+", "", fold(t))) for t in (draft.title, draft.subtitle) if t):
        return True
    return any(p["notice_formula"].search(t) for t in draft.paragraphs)


def is_progress_report(title: str | None) -> bool:
    """A report on progress since an event (关于巡视整改进展情况的通报): its opening period
    is what it follows up, not its date (``report_headings``, ``report_subjects``)."""
    if not title:
        return False
    heading = re.sub(r"\s+", "", fold(title))
    return heading.endswith(tuple(words()["report_headings"])) \
        or any(w in heading for w in words()["report_subjects"])


def day_only_lead(sentence: str) -> int | None:
    """The day of a lead that gives only the day ("13日,县人大常委会召开…", "某某今(二十八日)在…")."""
    folded = fold(sentence)
    m = _patterns()["day_only"].search(folded) or _patterns()["bracketed_day"].search(folded)
    if not m:
        return None
    day = to_int(m.group("d"))
    return day if day is not None and 1 <= day <= 31 else None


@functools.lru_cache(maxsize=1)
def _relative_days() -> tuple[re.Pattern[str], dict[str, int]]:
    offsets: dict[str, int] = {}
    for pair in words()["relative_days"]:
        word, _, offset = pair.partition(":")
        offsets[word] = int(offset)
    rx = re.compile(rf"(?P<w>{'|'.join(sorted(offsets, key=len, reverse=True))})"
                    rf"(?!\s*(?:{alternation('relative_day_not_event')}))")
    return rx, offsets


_RELATIVE_BEFORE = re.compile(r"(?:^|[,，。;；:：)）】\]]|讯|电|报道)\s*$")
#: After a relative day that dates the event: a time of day, a comma, or 在 and the place
#: ("某某主任某某昨在某地会见…").
_RELATIVE_AFTER = re.compile(r"\s*(?:[上下]午|晚上?|早上|早晨|凌晨|中午|夜间|[,，(（]|\d{1,2}\s*[时点:：]|在)")


#: A verb's first character right after a relative day: a Han character (not a mark or digit),
#: and not the rest of a longer relative word (昨 + 日获悉 is 昨日, which 获悉 rules out).
_RELATIVE_VERB = re.compile(r"(?![日天晚夜晨])[\u4e00-\u9fff]")


def relative_day_lead(sentence: str, stamped: bool = False) -> int | None:
    """Days before the publication a lead's relative day falls ("昨天上午,…" → -1,
    "本报讯 前日下午,…" → -2, "…会议前日下午在某地结束" → -2), or None; a relative day after which
    the reporter only learned of something ("记者昨日获悉") is not the event's.  Under a
    page's stamp (``stamped``) a day before it between the subject and its verb counts too
    ("某市人大会议昨日表决通过…"): the post's time is the publication it counts back from."""
    rx, offsets = _relative_days()
    text = fold(sentence)
    for m in rx.finditer(text):
        offset = offsets[m.group("w")]
        if _RELATIVE_BEFORE.search(text, 0, m.start()) or _RELATIVE_AFTER.match(text, m.end()) \
                or (stamped and offset < 0 and _RELATIVE_VERB.match(text, m.end())):
            return offset
    return None


def with_stamp_year(date: PartialDate, stamp: PartialDate) -> PartialDate:
    """A date without a year (or without year and month) completed from the page's stamp:
    the latest such date that is not long after the stamp (an event is reported after it
    happens: "12月30日" under a stamp of 2021-01-02 is 2020-12-30).  A stamp without a year
    gives none."""
    assert stamp.month is not None
    if date.month is None:
        month, year = stamp.month, stamp.year
        if date.day is not None and stamp.day is not None and date.day > stamp.day:
            month, year = (month - 1, year) if month > 1 else (12, year - 1 if year else None)
        return PartialDate(year, month, date.day)
    if stamp.year is None:
        return PartialDate(date.year, date.month, date.day)
    year = stamp.year - 1 if date.month > stamp.month + 1 else stamp.year
    return PartialDate(year, date.month, date.day)


_AHEAD = re.compile(rf"(?:{alternation('ahead_markers')})$")


def is_ahead(text: str, found: DateMatch) -> bool:
    """"某某将于10月8日带队赴…": a date the text announces an event for, still to come; or
    the day something is to be done by (6月12日前进驻…)."""
    return bool(_AHEAD.search(re.sub(r"\s+", "", text[max(0, found.start - 4):found.start]))) \
        or _BY_THE_DAY.match(text, found.end) is not None


#: 前 right after a date: by that day (6月12日前进驻); not 前往, 前来, 前夕 or 前后.
_BY_THE_DAY = re.compile(r"前(?![往来夕后])")


#: The time of day a cut-off may give after its date (截至5月20日10时, 截至6月18日下午5点).
_CUT_OFF_TIME = re.compile(r"\s*(?:[上下]午|晚上?|早上|凌晨|中午)?"
                           r"\s*(?:\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?|\d{1,2}[:：]\d{2})?\s*[,，]")


def is_as_of(text: str, found: DateMatch) -> bool:
    """"…部署,至11月1日,…全部完成进驻": a clause that opens with 至/截至 and the date (a
    time of day after it allowed: 截至5月20日10时,…)."""
    before = re.sub(r"\s+", "", text[max(0, found.start - 4):found.start])
    return bool(re.search(r"(?:^|[,，。;；])(?:截)?[至止]$", before)) and bool(_CUT_OFF_TIME.match(text, found.end))
