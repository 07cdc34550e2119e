"""The date of the event an article reports, as far as the text fixes it.

Rule, in order:

1. Front matter ``date`` wins (``2024-06-18``, a YAML date, ``2024-06``,
   ``6月18日`` or a mapping with year/month/day).
2. An announcement or an administrative notice (heading ending in 公告/通告/通知…, or
   特此公告 / 特此通知 / 公告如下 in the text) is dated by its signature, a date alone among its last paragraphs (or
   closing the last one after 特此公告 and the signer, on a page that lost its breaks); a notice
   issuing a document (关于印发《…》的通知) by its cover's signature, under the cover's first
   paragraphs or set apart as a line of its own, not by the dates the issued document ends with.
3. The lead decides (the first paragraph, a dateline paragraph under a few summary
   paragraphs, or the dated paragraph under an editor's note or a series' opening words,
   编者按 / 开栏的话): the first date written at the start of a clause of the
   first paragraph (``3月2日,…``, ``本报讯 4月19日上午,…``, ``…于7月30日召开``,
   ``…部署,至11月1日,…``), or a dateline (``新华社北京3月2日电``,
   ``某某网沈阳3月7日消息``); a dateline whose lead opens with a date of its own
   (``某某网3月2日讯(记者 某某)3月1日下午,…``, ``某某网6月18日讯 据某某日报报道 6月17日,…``) dates the
   report, the lead's date the event, as does a date opening a later clause of the
   dateline's first sentence (``某某网3月31日讯 为…,3月26日,某某检查…``; not when a reporter
   learned of it that day: ``记者今天获悉,…3月7日,…``), and so does a day its first sentence writes alone
   (``某某网7月24日讯 (某某) 23日,…``, ``…会议8日开幕``: in the dateline's month, or the
   month before when the day is later); so does, on a page with a stamp, a day the first
   sentence writes alone after its subject (``某某巡视组24日开始…``, ``某某15日在某县调研``:
   in the stamp's month, or the month before).  A clause opening with 至/截至 and the date
   (``截至6月18日,…已完成进驻``) is a cut-off: the event's date only when the page
   prints no stamp, else the stamp dates the report; so is a date announced for an
   event still to come (``某某将于10月8日带队赴…``).  A date after 为/截至 (``受理截止日期为4月21日``)
   is a deadline, and one after 自/从/于 that opens a range or an onset
   (``自…起``, ``于…至…``) starts a stated period: neither is the event (a span of
   days written as one date, ``于4月17至18日到某区调研``, is the event's).  When the
   page prints a publication stamp, only a date in the lead's first sentence
   counts (a later one is background to an undated report).  The second
   paragraph is read only when the first neither gives a date nor says the time
   vaguely (近日, 日前): a vague lead means the text states no date, and later
   paragraphs date other events - unless a page with no stamp opens ``连日来``
   (several days reported: the next paragraph's dated step is the first of them), or the second paragraph's dated sentence
   names the very event of the vague sentence (a repost's "近日召开的某某座谈会",
   then the quoted report's "6月12日,某县召开某某座谈会"); so does one that restates a
   summary lead dating nothing, after some background, on a page with a stamp ("某镇帮助
   茶农抢收春茶。" / "…。4月8日,…帮助茶农抢收春茶。").  The lead of a page that sets
   summary paragraphs above its dateline (``某某网/某某客户端讯``) is the dateline's paragraph.
   A date opening the sentence after one that only gives the purpose (``为…。7月2日,…召开``)
   is the event's, stamp or not.  The dateline of a paragraph of quoted speech the lead's
   reading passes over (``某某晚报2月23日讯(…)“……?”``) dates the report as a stamp would.
4. The year is the one written in the date (``2023年11月5日``).  A date without
   a year takes one from strong context: the same sentence, or the title, names
   a year as part of the event it reports (``召开2018年统战工作会议``, ``2023年某某集中服务
   活动在某镇举办``); unless that puts the event after the page's stamp (``召开2031年民生实事项目
   征集座谈会`` on a page of December 2030: the year of what is planned); else from
   the page's stamp (the year before when the month is well after the stamp's); a
   full date closing the headline line (``某某参观考察(2010年06月04日)``) is the stamp of
   a page that prints no other.  On a page with no stamp, the one year the dated sentence
   writes as an attribute of what it reports (``听取我县2015年防汛工作情况``) is the event's,
   unless the paragraph writes a later one; nor is the year of a past clause
   (``通报2014年查处的案件``), a comparison, a span, or a full date of the same day further
   down (``进驻时间为2022年3月1日至…`` over ``3月1日,…``), which gives its year too.
   A review (``召开2017年工作总结会``) names no year of its own event, unless it looks back
   on part of it (``总结2015年上半年工作``, in July), and a year
   mentioned any other way (``回顾2017年工作``) says nothing.  A lead that
   gives only the day (``13日,…``) takes month and year from the stamp; without
   a stamp it is the day alone (month and year unknown).  A lead whose month and day the
   page ran together (``1128日上午,…``) is the split of the digits that falls within a month
   before the stamp.
   A lead that dates the event relative to its publication (``昨天上午,…``,
   ``本报讯 前日下午,…``) states no date of its own: the page's stamp, the day the
   report went out, dates it, as it dates a vague report; without a stamp it
   states no date, like a vague lead.  A date written out wins over a relative day
   (``昨天（3月5日）``).  A date still without a year takes the one year the whole text
   writes, when it writes one and no other (``…开展2031年工作``, ``受理时间截至2031年12月15日``):
   a report names the year it is about; not in November or December, when a meeting
   deploys the next year's work, nor when the text writes a year as another than its own:
   a target or comparison (``力争到2035年``, ``较2030年增长``), a year reckoned from
   (``2030年以来``, ``2030年底``), a past clause's (``2030年查处的案件``) or a review's
   (``回顾2030年工作``).
5. Without a lead date: a signature; an announcement's period start (a month
   when no day is given: ``从2026年3月上中旬开始``), in its first paragraph or
   else in a paragraph that opens with the period (``2025年3月24日至5月30日。``
   under the section heading 一、巡察时间); the start of a full date range in a
   paragraph that opens report channels (an inspection's stay "(2031年4月6日—5月6日)
   设立举报电话": the text announces that period, even under a vague lead); a subheading that is only a date or
   a range (``(5月20日—5月24日)`` under a weekly column's name); the page's
   stamp (a vague or undated report is dated by its publication); a period start
   when the lead is not vague (a stretch of months giving way to a later period the paragraph
   dates to the day, the step it reports: ``于2030年10月至2031年1月开展了巡察…于2031年2月1日至3日…反馈``);
   else, when the lead is not vague, the first clause-opening
   date of the next few paragraphs (a feature that opens with scenery or background);
   else the year alone of a lead that opens with it (``在二〇〇七年底,…``); else no date.  Photo captions the layout left between paragraphs (a short line that
   ends no sentence) are no paragraphs of the lead.

The page's stamp is read in :mod:`.date_stamps`, the other sources in :mod:`.date_context`, what a
paragraph's opening says in :mod:`.date_leads`.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..records import Draft, PartialDate
from ..simplified import to_simplified
from .date_context import (
    alternation, channel_period, cover_signature, is_notice, is_progress_report, opening_period, period_start, signature_date, with_stamp_year,
)
from .date_stamps import headline_stamp, page_date, published_date
from .date_forms import CN_YEAR_DIGITS, DateMatch, heading_date, iter_dates, parse_date_value, valid
from .date_leads import VAGUE, fused_with_stamp, lead_date
from .date_years import WRITTEN_YEAR, day_month, sentence_year, series_year, text_year
from .lead_paragraph import dateline_after_summary
from .folding import fold
from .numerals import to_int


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left:right.start() if right else len(text)]


#: A paragraph that is only quoted speech, after the lead mark and byline if any
#: (某某讯(记者 某某)“你看那两个人是谁啊?”): a dialogue that opens a feature, not its lead.
_SPOKEN = re.compile(r"^(?:[^“”「」。，,]{0,16}?[讯訊]\s*(?:[(（][^()（）]{0,30}[)）])?)?\s*(?:[“「][^“”「」]*[”」]\s*)+$")


#: Longest line read as a photo's caption between a lead and the next paragraph
#: ("专家们在现场讨论"): a short line that ends no sentence.
_CAPTION_LENGTH = 20
_SENTENCE_MARKS = re.compile(r"[。！？!?；;]")


def _caption_like(paragraph: str) -> bool:
    """A short line that ends no sentence and gives no date: a photo's caption the layout
    left between the paragraphs, which is not the lead's next paragraph."""
    text = paragraph.strip()
    return len(text) <= _CAPTION_LENGTH and not _SENTENCE_MARKS.search(text) and next(iter_dates(text), None) is None


def _leads(paragraphs: Sequence[str], first: int) -> list[str]:
    """The two paragraphs that may hold the lead's date, from ``first`` on, passing over
    paragraphs of quoted speech and photo captions; the first one (a date's index refers
    to it) stays first."""
    paragraphs = [p for i, p in enumerate(paragraphs) if i <= first or not _caption_like(p)]
    spoken = [i for i in range(first, len(paragraphs)) if _SPOKEN.match(paragraphs[i].strip())]
    if not spoken or spoken[0] != first:
        return list(paragraphs[first:first + 2])
    return [p for i, p in enumerate(paragraphs[first:], first) if i not in spoken][:2]


#: A lead's first sentence that says only why (为…, 为了…) or what went before (近年来, 随着…),
#: after the outlet's mark if any and the season it is written in (中秋将至,为…); not one
#: that states the work itself on its grounds (根据省委部署,第一轮巡视对…开展巡视。: its
#: later dates are steps of it).
_PURPOSE_FIRST = re.compile(r"^[^。，,]{0,24}?(?:讯|电|消息)?[\s:：]*"
                            r"(?:[^。，,]{1,12}?(?:将至|临近|来临|到来|前夕|之际)[，,])?(?:为了?|近年来|近年|随着)")


def _after_purpose(paragraph: str, found: DateMatch) -> bool:
    """Whether ``found`` opens the sentence after a first one that only gives the purpose or
    the background (为深入贯彻…,…。7月2日,某某召开…): the event's date, not a later step."""
    text = to_simplified(fold(paragraph))
    head = text[:found.start].rstrip()
    return head.endswith("。") and head.count("。") == 1 and _PURPOSE_FIRST.match(text) is not None


#: What makes a date the start of a span (2019年3月22日至5月21日).
_SPAN_AFTER = re.compile(r"\s*(?:[上下]午)?\s*(?:至|到|—|–|-|~|～)\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*[月日]")


def _followed_period(paragraph: str, found: DateMatch) -> bool:
    """Whether ``found`` starts a span of days: in a progress report, the period it follows up."""
    return _SPAN_AFTER.match(to_simplified(fold(paragraph)), found.end) is not None


def _spoken_dateline(paragraphs: Sequence[str], first: int) -> PartialDate | None:
    """The date of a dateline heading a paragraph of quoted speech that the lead's reading
    passes over (某某晚报2月23日讯(记者 某某)“……?”): the report's date, as a page's stamp."""
    if first >= len(paragraphs) or not _SPOKEN.match(paragraphs[first].strip()):
        return None
    found = lead_date(paragraphs[first]).found
    return found.date if found is not None else None


def extract_date(draft: Draft) -> PartialDate | None:
    """The event date of the article (see the module docstring for the rule)."""
    date = _extract_date(draft)
    if date is None:
        return None
    return series_year(text_year(_same_day_year(date, draft.paragraphs), draft.paragraphs), draft.title)


def _extract_date(draft: Draft) -> PartialDate | None:
    fm = draft.front_matter.get("date") if draft.front_matter else None
    if fm not in (None, ""):
        parsed = parse_date_value(fm)
        if parsed is not None:
            return parsed
    first = dateline_after_summary(draft.paragraphs, draft.subtitle)
    stamp = page_date(draft.page_lines) or published_date(draft.front_matter) or headline_stamp(draft.title) \
        or _spoken_dateline(draft.paragraphs, first)
    notice = is_notice(draft)
    report = is_progress_report(draft.title)
    signature = cover_signature(draft.title, draft.paragraphs, draft.captions) or signature_date(draft.paragraphs)
    if notice and signature:
        return signature
    vague = False
    for i, paragraph in enumerate(_leads(draft.paragraphs, first)):
        lead = lead_date(paragraph, stamp is not None)
        if lead.found is not None and report and (stamp or signature) and _followed_period(paragraph, lead.found):
            return signature or stamp     # 关于巡视整改进展情况的通报: 3月22日至5月21日 is what it follows up
        if lead.found is not None and (stamp or signature) and (lead.as_of or lead.ahead):
            return stamp or signature  # a cut-off ("截至6月18日,…完成进驻") or an event to come
                                       # ("将于10月8日带队赴…"): the page's (or signed) date is the report's
        if lead.found is not None and lead.years_back is not None:
            year = stamp.year - lead.years_back if stamp and stamp.year else None
            return PartialDate(year, lead.found.date.month, lead.found.date.day)
        if lead.found is not None and (not (stamp and not lead.first_sentence) or _after_purpose(paragraph, lead.found)):
            dated = stamp or _written_above(draft.paragraphs, paragraph)
            return _signed_year(_completed(lead.found, paragraph, draft.title, dated), signature)
        if lead.day is not None:
            return with_stamp_year(PartialDate(None, None, lead.day), stamp) if stamp \
                else PartialDate(None, day_month(lead.day, draft.paragraphs[first:]), lead.day)
        if lead.fused is not None and stamp is not None:
            fused = fused_with_stamp(lead.fused, stamp)
            if fused is not None:
                return fused
        if lead.relative is not None:
            if stamp is not None:
                return stamp      # 昨天上午,…: a day the text states only against its publication
            vague = True
            break
        if lead.found is None and i == 0 and paragraph is draft.paragraphs[first] \
                and len(draft.paragraphs) > first + 1 and (lead.vague or lead.fused is None):
            restated = _restated_date(paragraph, draft.paragraphs[first + 1])
            if restated is not None:
                return _completed(restated, draft.paragraphs[first + 1], draft.title, stamp)
        if lead.found is None and lead.vague and stamp is None and i == 0 and _spans_days(paragraph):
            vague = True          # 连日来,…: the next paragraph may date the first of those days
            continue
        if lead.found is not None or lead.vague:
            vague = lead.vague
            break
    if signature:
        return signature
    period = period_start(to_simplified(draft.paragraphs[0])) if draft.paragraphs else None
    if period and period.year is None and stamp:
        period = with_stamp_year(period, stamp)
    if notice and period:
        return period
    if notice:
        period = opening_period(draft.paragraphs)
        if period:
            return with_stamp_year(period, stamp) if period.year is None and stamp else period
    reported = channel_period(draft.paragraphs)
    if reported:
        return reported
    heading = heading_date(draft.subtitle)
    if heading:
        return _completed(heading, draft.subtitle or "", draft.title, stamp)
    if stamp:
        return stamp
    if period and not vague:
        return period
    return None if vague else _later_lead(draft.paragraphs, first, draft.title) or _year_lead(draft.paragraphs, first)


#: A lead that gives only the year, at the head of its first clause ("在二〇〇七年底,…", "2007年,…").
_YEAR_LEAD = re.compile(rf"^\s*(?:在|于)?(?P<y>\d{{4}}|[{CN_YEAR_DIGITS}]{{4}})\s*年(?:底|初|末)?\s*[,，]")


def _year_lead(paragraphs: Sequence[str], first: int) -> PartialDate | None:
    """The year alone of a lead that gives nothing finer, when nothing else dates the text."""
    for paragraph in paragraphs[first:first + 2]:
        m = _YEAR_LEAD.match(to_simplified(fold(paragraph)))
        if m:
            year = to_int(m.group("y"))
            return PartialDate(year, None, None) if year is not None and valid(year, 1, None) else None
    return None


#: How many paragraphs after the lead's two a feature's opening may run before the
#: report's first dated sentence.
_LATER_PARAGRAPHS = 4


def _spans_days(paragraph: str) -> bool:
    """Does the first sentence say it reports several days (连日来)?"""
    first = _SENTENCE_END.split(to_simplified(fold(paragraph)), 1)[0]
    return re.search(alternation("span_vague"), first) is not None


def _later_lead(paragraphs: Sequence[str], first: int, title: str | None) -> PartialDate | None:
    """The first clause-opening date of the paragraphs after the lead's two, for a text
    whose lead neither dates the event nor says it vaguely and whose page prints no
    stamp: a feature that opens with scenery or background ("仲夏时节,…。…闭幕后,6月18日,
    某某召开…") dates its event further down.  A date in an earlier year than the latest
    the text writes is a past event it recalls, passed over."""
    kept = [p for i, p in enumerate(paragraphs) if i >= first and not _caption_like(p)]
    latest = max((int(y) for y in WRITTEN_YEAR.findall(fold("\n".join(paragraphs)))), default=None)
    for paragraph in kept[2:2 + _LATER_PARAGRAPHS]:
        if _SPOKEN.match(paragraph.strip()):
            continue
        lead = lead_date(paragraph)
        if lead.vague:
            return None
        if lead.found is None or lead.years_back is not None:
            continue      # a cut-off (截至5月20日,…) counts: there is no stamp to date the report
        year = lead.found.date.year
        if year is not None and latest is not None and year < latest:
            continue      # 2019年3月5日,…: a past event the feature recalls, not its own
        return _completed(lead.found, paragraph, title, None)
    return None




#: Characters a vague lead and the next paragraph's dated sentence share when they
#: name the same event ("近日举行的某某工程验收推进会" / "6月12日,某县举行某某工程验收推进会").
_SAME_EVENT_RUN = 8
_CJK_RUN = re.compile(r"^[\u4e00-\u9fff]+$")


def _restated_date(undated_paragraph: str, next_paragraph: str) -> DateMatch | None:
    """The date of the next paragraph's lead when its sentence names the event the undated
    lead names: a repost's own lead says 近日, the report it quotes gives the day; a summary
    lead dates nothing, the report under it dates the same event after some background
    ("某镇帮助茶农抢收春茶。" / "…。4月8日,…帮助茶农抢收春茶。")."""
    lead = lead_date(next_paragraph)
    found = lead.found
    if found is None or lead.years_back is not None:
        return None       # 去年8月31日被任命为…: a past step of the story, not the vague event
    undated_text = to_simplified(fold(undated_paragraph))
    word = VAGUE.search(undated_text)
    said = _sentence(undated_text, word.start(), word.end()) if word else _sentence(undated_text, 0, 0)
    dated = _sentence(to_simplified(fold(next_paragraph)), found.start, found.end)
    n = _SAME_EVENT_RUN
    return found if any(_CJK_RUN.match(dated[j:j + n]) and dated[j:j + n] in said
                        for j in range(len(dated) - n + 1)) else None


def _written_above(paragraphs: Sequence[str], lead: str) -> PartialDate | None:
    """The first full date written in the paragraphs above the lead's ("北京时间2022年8月7日,…"
    over "8月3日下午,…"): the day of writing, which gives a lead without a year its year."""
    above = paragraphs[:next((k for k, p in enumerate(paragraphs) if p is lead), 0)]
    return next((f.date for p in above for f in iter_dates(p) if f.date.year is not None), None)


def _signed_year(date: PartialDate, signature: PartialDate | None) -> PartialDate:
    """A lead's date without a year takes the year of the date the release is signed with
    at its end ("今日(一月二十五日)…" / "二〇〇五年一月二十五日"), when that is in the same month."""
    if date.year is None and signature is not None and signature.month == date.month:
        return PartialDate(signature.year, date.month, date.day)
    return date


def _same_day_year(date: PartialDate, paragraphs: Sequence[str]) -> PartialDate:
    """A lead's date without a year takes the year of a full date of the same day written
    further down ("7月28日上午,…会议…" / "(2020年7月28日某某会议通过)"), when the text writes
    one such year and no later year: a same-day date of an earlier year is an anniversary
    the text recalls."""
    if date.year is not None or date.month is None or date.day is None:
        return date
    years = {f.date.year for p in paragraphs if "年" in p or "-" in p or "/" in p for f in iter_dates(p)
             if f.date.year is not None and (f.date.month, f.date.day) == (date.month, date.day)}
    if len(years) != 1:
        return date
    year = years.pop()
    latest = max((int(y) for y in WRITTEN_YEAR.findall(fold("\n".join(paragraphs)))), default=year)
    return PartialDate(year, date.month, date.day) if year >= latest else date


def _completed(found: DateMatch, paragraph: str, title: str | None, stamp: PartialDate | None) -> PartialDate:
    """The lead's date with the year the sentence or title names for the event, else the stamp's."""
    date = found.date
    if date.year is not None:
        return date
    sentence = to_simplified(_sentence(fold(paragraph), found.start, found.end))
    headline = to_simplified(title or "")
    year = sentence_year(sentence, headline, fold(paragraph), date, stamp is not None)
    if year is not None and not _after_stamp(PartialDate(year, date.month, date.day), stamp):
        return PartialDate(year, date.month, date.day)
    return with_stamp_year(date, stamp) if stamp else date


def _after_stamp(date: PartialDate, stamp: PartialDate | None) -> bool:
    """Would ``date`` fall after the page's stamp?  The year a sentence names is then the
    year of what the event is about (召开2031年民生实事项目征集座谈会, held the
    December before), not the event's own: a report is published after its event."""
    if stamp is None or stamp.year is None or stamp.month is None or date.year is None:
        return False
    return (date.year, date.month or 0, date.day or 0) > (stamp.year, stamp.month, stamp.day or 31)
