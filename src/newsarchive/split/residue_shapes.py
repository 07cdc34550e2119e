"""The shapes of dates and of e-paper page lines that page residue is told by.

A stamp's date (``2031-05-06 10:30``, ``2031年5月6日``, ``06.05.2031``) and an e-paper's
page mark (``第3版``, ``A03版:要闻``, ``《某某日报》( 2031年03月04日 05 版)``, an archive's
path ``某某日报/2031 年/11 月/16 日/第 002 版``) are shapes, not words: they are here, and
the words a page's residue is told by are data (``data/residue.yaml``).
"""
from __future__ import annotations

import re

__all__ = ["CLAUSE", "PUNCT_ANY", "YMD", "DMY", "FULL_DATE", "NUMERIC_DATE", "TIME", "MONTH_DAY", "EPAPER_WORD", "bare_stamp", "epaper_page_line"]

_CJK = "\u4e00-\u9fff"
#: A clause's marks: a page mark, a stamp or a menu holds none.
CLAUSE = re.compile(r"[。，,；;]")
#: Punctuation of running text or of a label: a menu link holds none.
PUNCT_ANY = re.compile(r"[。，,；;：:、！？!?“”\"()（）《》]")

YMD = (r"(?:(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*"
       # 日 left out before the time ("2031年10月28 17:37:53")
       r"(?:日|(?=\s+\d{1,2}:\d{2})))"
       # a wire's year, then month/day, before the time, its parts spaced out ("2031 01/ 06 12:40")
       r"|(?:19|20)\d{2}\s+\d{1,2}\s*/\s*\d{1,2}(?=\s+\d{1,2}:\d{2}))")
DMY = r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}"
FULL_DATE = re.compile(rf"{YMD}|{DMY}")
NUMERIC_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|" + DMY)
TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
#: "第3版", "第一版:要闻", "第2版(要闻)", "A03版:要闻", "00020版:今日某地", "第RB01版: 日报01版", "A1:某某*要闻总第2472期", "B02",
#: and a spread of two pages ("04-05版:某某节").
_PAGE_MARK = re.compile(r"^(?:(?:第\s*)?[A-Z]{0,2}(?:\d{1,3}|0\d{3,4})[A-Z]?(?:\s*[-—~]\s*[A-Z]{0,2}\d{1,3})?"
                        r"|第\s*[一二三四五六七八九十]{1,3})\s*版"
                        r"\s*(?:[(（][^()（）]{0,12}[)）])?(?:\s*[:：].{0,40})?$"
                        r"|^[A-Z]\d{2}$|^[A-Z]{1,2}\d{1,2}\s*[:：].{0,40}[版期]"
                        rf"|^(?:第\s*)?[A-Z]\d{{2}}\s*[:：]\s*[{_CJK}]{{2,8}}$")
#: The issue's number before the page's ("1886 期 / 第2版:2", "第1886期 第2版").
_ISSUE_PAGE = re.compile(r"^(?:第\s*)?\d{1,5}\s*期\s*[/|｜]?\s*(?:第\s*)?[A-Z]{0,2}\d{1,3}\s*版(?:\s*[:：].{0,20})?$")
_ISSUE_WORD = re.compile(r"\d\s*[版期]")
#: A paper's citation of the page: "《某某日报》( 2019年03月04日 05 版)", "《某某报》( 2020-05-06 第3版 )".
_CITED_PAGE = re.compile(rf"^《[^《》]{{2,16}}》\s*\(?\s*(?:{YMD})\s*(?:第\s*)?[A-Z]?\d{{1,3}}\s*版\s*\)?$")
EPAPER_WORD = re.compile(r"[版期]")
#: A paper's name with the issue's day and page, the year left out or not
#: ("某某日报9月2日第3版", "某某晚报 2031年9月2日 A05版"): the page the article was printed on.
_DATED_PAGE = re.compile(rf"^[{_CJK}]{{2,12}}[报刊]\s*(?:(?:19|20)\d{{2}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
                         r"\s*(?:第\s*)?[A-Z]{0,2}\d{1,3}\s*版$")
#: The issue's month and day on an e-paper's page line (the year left out).
MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*/?\s*\d{1,2}\s*日")
#: An e-paper archive's path to the page: paper, year, month, day and page parted by slashes
#: ("某某日报/2031 年/11 月/16 日/第 002 版要闻").
_PATH_PAGE = re.compile(rf"^[{_CJK}]{{2,12}}[报刊]\s*/\s*(?:19|20)\d{{2}}\s*年\s*/\s*\d{{1,2}}\s*月\s*/\s*\d{{1,2}}\s*日"
                        rf"\s*/\s*第?\s*[A-Z]{{0,2}}\d{{1,3}}\s*版[{_CJK}]{{0,6}}$")


def epaper_page_line(t: str, epaper_markers: re.Pattern[str]) -> bool:
    """An e-paper page mark ("第2版(要闻)", "03版:综合总第627期 >2023-03-10编印", a paper's
    citation "《某某日报》( 2019年03月04日 05 版)", an archive's path to the page): the
    page's, a stamp when it carries the issue's date.  ``epaper_markers``: the data's
    e-paper words (编印, 总第…)."""
    if _PAGE_MARK.match(t) or _ISSUE_PAGE.match(t) or _CITED_PAGE.match(t) or _DATED_PAGE.match(t) \
            or _PATH_PAGE.match(t):
        return True
    return bool(epaper_markers.search(t)) and bool(_ISSUE_WORD.search(t)) and not CLAUSE.search(t)


#: The parts of a bare stamp besides its names: the date, a time, counters of views and
#: comments (12次, 阅读次数: 4313), bars, an original-content badge before the date (原创).
_BARE_STAMP_PARTS = re.compile(rf"{YMD}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
                               r"|\d+\s*(?:次|条点评|条评论|人阅读|人浏览)"
                               r"|(?:阅读|浏览|点击)(?:次数|量)?\s*[:：]\s*\d+|[|｜]|^\s*原创(?=\s)")
#: What a bare stamp holds once those are gone: at most one short name (a site's, an author's),
#: after the names of up to four authors parted by spaces.
_BARE_STAMP_REST = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,4}\s+){0,4}(?:[\u4e00-\u9fff]{2,10}\s*)?$")


def bare_stamp(t: str) -> bool:
    """Is the line a date with at most a short name beside it, a time and view counters
    ("某某新闻 2031/6/25 16:03:10 132次 0条点评", "某某 2031-11-01"), or its authors' names
    ("原创 2031-06-25 甲某某 乙某某 某某网")?"""
    return _BARE_STAMP_REST.match(_BARE_STAMP_PARTS.sub(" ", t)) is not None


#: A writer's credit label (作者:, 记者:): a line holding one credits more than editors.
AUTHOR_LABEL = re.compile(r"(?:作者|记者|通讯员|撰稿|文图|图文)\s*[:：]")
#: A stamp's date and time set in brackets at the line's start.
BRACKETED_DATE = re.compile(r"^[(（]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                             r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*[)）]")
#: A stamp's verb label ending in 于 (发表于, 发布于), which needs no colon before the date
#: it governs.
DATED_BY_VERB = re.compile(r"^(?:发表于|发布于|刊发于|释出于)\s*(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}")
