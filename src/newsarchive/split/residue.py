"""Page residue: the lines of a copied web page or e-paper that are not the article.

Archive keepers copy whole pages: breadcrumbs and banners above the headline,
a publication stamp under it ("发布时间:2023-05-06 10:30 来源:某某日报"), share
bars, picture placeholders, e-paper navigation and calendars, editor lines and
a copyright footer.  Left in, a breadcrumb becomes the headline and the stamp a
paragraph.  Each line is given a kind here, before articles are cut out, so that
the layout never sees residue; the kinds that carry facts (stamp, source,
footer) stay beside the article as its page lines, where extraction reads the
publication date and the publisher.

The markers are data (``data/residue.yaml``); this module says how they are
applied: a line is residue by its own shape (a label at its start, a marker in a
short line with no sentence), and a few kinds by their neighbours (a label whose
value stands on the next line, the lines of a breadcrumb broken one item a line,
site chrome above a breadcrumb, the rows of an e-paper calendar).
"""
from __future__ import annotations

import functools
import re

from ..simplified import to_simplified
from ..textnorm import fold, without_pinyin
from .dated_headline import dated_headline
from .edit_stamp import is_edit_stamp
from .patterns import list_words
from .residue_forum import forum_furniture
from .residue_markers import Markers as _Markers, markers
from .residue_shapes import (
    AUTHOR_LABEL, BRACKETED_DATE, CLAUSE, DATED_BY_VERB, DMY, EPAPER_WORD, FULL_DATE, MONTH_DAY, NUMERIC_DATE, TIME,
    YMD, bare_stamp, epaper_page_line,
)
from .residue_site import (
    back_link, back_link_site, channel_row, crumb_path, crumb_tail, domain_only, logo_alt, nav_bar, site_blurb, site_welcome,
    spaced_out_joined, sponsors_line, title_labelled,
)

__all__ = ["CRUMB", "STAMP", "SOURCE", "FOOTER", "EDITOR", "CHROME", "IMAGE", "EPAPER", "RETITLE",
           "PAGE_KINDS", "line_kind", "retitle_text"]

CRUMB = "crumb"        # breadcrumb and the site chrome above it
STAMP = "stamp"        # a publication stamp with a date
SOURCE = "source"      # a source line without a date ("来源:某某日报")
FOOTER = "footer"      # copyright, registration, technical credits
EDITOR = "editor"      # 编辑 / 责编 / 审核 / 一审 lines
CHROME = "chrome"      # banners, font-size and print links, share bars, navigation
IMAGE = "image"        # picture placeholders and photo file names
EPAPER = "epaper"      # e-paper page marks and calendar rows
RETITLE = "retitle"    # "原标题:…", the headline as first printed

#: Kinds whose lines carry facts about the article: kept beside it as page lines.
PAGE_KINDS = frozenset({STAMP, SOURCE, FOOTER})

_CJK = "\u4e00-\u9fff"
#: Marks before a line's words that say nothing of its kind: bullets, rules, and a closing
#: quote the layout left at the start of the line after a quotation's end (”编辑:某某).
_DECORATION = re.compile(r"^[•·●○◎□■◆◇★☆▪▶►\-—–*\s”’」』]+")
_SENTENCE = re.compile(r"[。！？!?]")
#: A line the page cut short: a link's title or another story's opening ("…人...", "…的……").
CUT_SHORT = re.compile(r"(?:\.{3,}|…+|。{3})\s*$")
#: A site's or paper's name, then the date it printed ("某某网/ 2012.12.06 00:00").
_SITE_STAMP = re.compile(rf"^[\u4e00-\u9fffA-Za-z]{{2,16}}(?:网|报|社|台|新闻|客户端|联播|频道)\s*[/|:：]?\s*(?:{YMD})\s*(?:{TIME})?$")
#: A line opening with a date, after the page's address or the close of a comment whose
#: opening the copy lost ("--> 2031-01-20 1 1 某某日报 c2031.html …": a publishing system's
#: property line).
_DATE_FIRST = re.compile(rf"^(?:(?:https?://|www\.)\S+\s*|-*>\s*)?(?:{YMD}|{DMY})\s*(?P<time>{TIME})?(?P<rest>.*)$")
#: A weak label's value that is a full date and nothing else ("日期：2023年4月12日 10:20").
_DATE_ALONE = re.compile(rf"^\s*(?:{YMD})\s*(?:{TIME})?\s*$")
#: The page's own file name in a publishing system's property line ("c20931.html").
_PAGE_FILE = re.compile(r"(?<![\w.])[A-Za-z_]*\d+[\w-]*\.s?html?\b", re.I)
_SHORT_STAMP = re.compile(rf"(?<!\d)\d{{1,2}}-\d{{1,2}}\s+{TIME}")
#: An e-paper archive's row for the article, ending in its issue's date twice, with the
#: page or the record's number between ("… 标题 2031-08-14 2 2031年08月14日 星期二").
_ARCHIVE_ROW = re.compile(r"(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,8}){0,3}\s+"
                          r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]\s*$")
_PHOTO_FILE = re.compile(r"^[A-Za-z_]*\d{6,}(?:_\d+)+$|^\S+\.(?:jpe?g|png|gif|bmp|webp)$", re.I)
#: A gallery's counter of its pictures ("/5", "1/5", "1 / 12", "7 张"): where the pictures were.
_GALLERY_COUNTER = re.compile(r"^\d{0,2}\s*/\s*\d{1,2}$|^\d{1,3}\s*张$")
#: Links named in two languages, each Chinese name run into its English one ("返回return
#: 专题活动information"): a site's menu.
_BILINGUAL_LINKS = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[A-Za-z]{3,}\s*){2,}$")
#: Different spam words a line holds to be that spam.
_SPAM_WORDS = 2
#: A picture's file name opening a line, an icon the page set before it.
_ICON_FIRST = re.compile(r"^[A-Za-z0-9_\-]+\.(?:png|gif|jpe?g|svg)[ \u3000]+", re.I)
#: A body's or site's name and its web address, nothing else.
_NAMED_ADDRESS = re.compile(r"^[\u4e00-\u9fff]{4,20}[ \u3000]+[(（]?(?:https?://)?www\.[A-Za-z0-9.\-]+\.(?:cn|com|net|org)/?[)）]?$")
#: A site's switch between its regional editions ("吉林切换", "某市 切换城市").
_REGION_SWITCH = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*切换(?:城市|地区|站点)?$")
#: A page's record id or hash printed as a line of its own ("5bdcfa9…", "a3f09e21"): hexadecimal
#: digits holding both letters and digits, never a word of the article.
_HEX_ID = re.compile(r"^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,40}$")
_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
#: A weekday alone on its line: a page's clock, never text.
_WEEKDAY_ALONE = re.compile(r"^(?:星期|礼拜)[一二三四五六日天]$")
_DIGITS = re.compile(r"^\d+$")
_BRACKETS = "()（）[]【】<>《》 "
#: Dashes a link is set between ("—分享—").
_DASHES = "—–-"
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


def _norm(text: str) -> str:
    # a mirror site's pinyin after a character ("頁(yè)", "鎮(zhèn)") is no part of the line's words
    text = without_pinyin(fold(text))
    return _TRAILING_STARS.sub("", _DECORATION.sub("", to_simplified(text))).strip()


#: Stars closing a label a page sets between them ("★新闻提要★").
_TRAILING_STARS = re.compile(r"[★☆]+\s*$")


#: A letter, digit or character of any script: a line without one is layout, not text.
_WORD_CHAR = re.compile(r"[^\W_]")


def line_kind(text: str) -> str | None:
    """The residue kind of one line by itself, or None when it may be article text."""
    return kind_of(text, _norm(text))


def kind_of(text: str, normalised: str) -> str | None:
    """:func:`line_kind` of ``text`` already normalised: a line that was nothing but
    decoration ("• -", "★ ★") is layout."""
    return CHROME if not normalised and text.strip() else _kind(normalised)


#: Longest link a layout repeats on one line (a headline printed twice stays a headline).
_REPEATED_LINK = 6


def _kind(t: str) -> str | None:
    """:func:`line_kind` of a line already folded, simplified and undecorated."""
    if not t or title_labelled(t):
        return None
    if markers().summary_label.match(t):
        return CHROME                # a summary box repeating the article's opening
    if len(t) > 200:
        return None
    if len({w.group() for w in markers().spam.finditer(t)}) >= _SPAM_WORDS and not _SENTENCE.search(t):
        return CHROME                # a hijacked mirror's video-site spam
    icon = _ICON_FIRST.match(t)
    if icon and icon.end() < len(t):
        return _kind(t[icon.end():])   # "ico-crumb.png 首页 > …": the icon's file, then the line
    if not _WORD_CHAR.search(t):
        return CHROME                # "|", "||": a table's or layout's rule with nothing in it
    words = t.split()
    if len(words) >= 2 and len(set(words)) == 1 and len(words[0]) <= _REPEATED_LINK:
        return CHROME                # "旅游咨询 旅游咨询": one short link repeated, a layout's buttons
    m = markers()
    short = len(t) <= 60 and "。" not in t
    if short and is_edit_stamp(t):
        return CHROME                # a forum's edit stamp: the day of an edit, not of the report
    if ":" in t:                     # every label ends in a colon (folded from "：")
        if m.retitle_label.match(t):
            return RETITLE
        if m.crumb_label.match(t) or _crumb_after_site(t, m):
            # the page's stamp written in the breadcrumb's row ("您的位置:某网 > 正文 | 2023-02-02
            # 阅读量:") dates the page, and what stands above that row is the headline
            return STAMP if FULL_DATE.search(t) else CRUMB
        if _editor_line(t, m):
            # "编辑:某某 时间:2031-07-09": the editor's line that dates the page is its stamp
            return STAMP if FULL_DATE.search(t) and m.any_label.search(t) else EDITOR
    if crumb_path(t, m.crumb_home, m.crumb_separators):
        return CRUMB
    if ":" in t and (_link_row(t, m) or m.search_box.match(t)):
        return CHROME
    if short and m.tag_label.match(t):
        return CHROME                # the page's tags ("标签: 某某 某某", "Tag Archives: 某某")
    if short and (epaper_page_line(t, m.epaper) or m.epaper_field.match(t)):
        if FULL_DATE.search(t) or MONTH_DAY.search(t):
            return STAMP
        return SOURCE if t.startswith(m.epaper_paper_fields) else EPAPER   # 当前报纸名称:某某日报
    stamp = _stamp(t, m)
    if stamp:
        return stamp
    if (len(t) <= 150 and m.footer.search(t)) or (short and m.footer_weak.search(t)):
        return FOOTER
    if len(t) <= 150 and all(p.search(t) for p in m.consent):
        return CHROME                # a privacy or cookie banner asking the reader to agree
    if channel_row(t):
        return CHROME                # a portal's menu, however many channels it lists
    if len(t) <= _INSTRUCTION and m.chrome_sentence.search(t):
        return CHROME                # the site's instructions to share or log in
    if len(t) <= _INSTRUCTION and (site_blurb(t) or sponsors_line(t)):
        return FOOTER                # "某某网,是…的网站。", "某州委 某州政府主管 某州委宣传部主办"
    if not short:
        return None
    dated = _dated_line(t, m)
    if dated:
        return dated
    if crumb_tail(t):
        return CRUMB
    bare = t.strip(_BRACKETS)
    if bare.lower() in m.image_lines or _PHOTO_FILE.match(t) or _PHOTO_FILE.match(bare) or logo_alt(t) \
            or _GALLERY_COUNTER.match(t):
        return IMAGE
    if FULL_DATE.search(t) and _only_links(FULL_DATE.sub(" ", t), m):
        return STAMP                 # e-paper navigation beside the date: "前一版 2023年09月14日"
    if _TITLE_BAR.match(t) or m.lone_paper.match(t):
        # "某区人大常委会_新闻中心": the page's title, the site and its section; "某某特区报": a paper's name
        return SOURCE
    if back_link(bare):              # "返回某某新闻网" names the site: a source line
        return SOURCE if back_link_site(bare) else CHROME
    if site_welcome(bare):           # "你好,欢迎光临某某网" names it too
        return SOURCE
    if _NAMED_ADDRESS.match(t):
        return SOURCE                # "某区人民政府 www.….gov.cn": the site, by its owner's name and address
    if m.counter.match(t) or _digit_stuck_link(bare, m) or _HEX_ID.match(t) or m.publications.match(t) \
            or _BILINGUAL_LINKS.match(t) or _REGION_SWITCH.match(t):
        return CHROME
    if forum_furniture(t):
        return CHROME                # a post's floor (楼主), its poster's card, the thread's pager
    if bare in m.chrome_lines or bare.strip(_DASHES) in m.chrome_lines or m.chrome.search(t) or nav_bar(t, m.crumb_home) \
            or _WEEKDAY_ALONE.match(bare) \
            or domain_only(t) or (" " in t and _only_links(t, m)) or _WEATHER.match(t) or _MORE_LINK.match(t) \
            or _TODAY.match(t):
        # e-paper navigation with the date ("前一版 后一版 2024年06月20日") dates the page
        return STAMP if FULL_DATE.search(t) and EPAPER_WORD.search(t) else CHROME
    return None


#: Longest line read as the site's instructions to the reader.
_INSTRUCTION = 80
#: A column's link with the mark of "more" after it ("领导动态>>", "要闻 »").
_MORE_LINK = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*(?:>>|»|>{3,}|→)$")
#: A page's title as a browser shows it, the site (a body's or a portal's name) and its
#: section parted by an underscore ("某区人大常委会_新闻中心"); a headline before a site's
#: name ("…奔小康_某某网某某频道") is a headline.
_TITLE_BAR = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,16}(?:常委会|委员会|人民政府|政府|政协|人大|委|局|办公室|门户|网)"
                        r"\s*_\s*[\u4e00-\u9fff]{2,8}(?<![网道站])$")
#: A site's date widget, its date often lost in the copy ("某某网 今天是", "今天是2031年5月1日 星期三").
_TODAY = re.compile(r"^[\u4e00-\u9fffA-Za-z]{0,16}\s*今天是\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?"
                    r"\s*(?:星期[一二三四五六日天])?$")
#: A site's or app's weather widget ("某县天气:今天白天阴,东风1级,气温9~20℃").
_WEATHER = re.compile(r"^[\u4e00-\u9fff]{0,8}天气\s*[:：].{0,40}?(?:气温|\d\s*(?:℃|°C?))")


#: Longest line read as a site link with a stray digit stuck to it.
_STUCK_LINK = 8


def _digit_stuck_link(bare: str, m: _Markers) -> bool:
    """A site link with a digit stuck to it, an arrow icon copied as text ("3上一期", "下一版4")."""
    link = bare.strip("0123456789 ")
    return len(bare) <= _STUCK_LINK and link != bare and link in m.chrome_lines


def _only_links(t: str, m: _Markers) -> bool:
    """Whether ``t`` holds site links alone ("前一版", "后一版", "返回目录"), one or more, their
    characters perhaps spaced out ("分 享", "评 论")."""
    items = t.split()
    return any(bool(links) and all(item.strip(_BRACKETS) in m.chrome_lines or m.chrome.fullmatch(item.strip(_BRACKETS))
                                   or _digit_stuck_link(item.strip(_BRACKETS), m) for item in links)
               for links in (items, spaced_out_joined(items)))


def _dated_line(t: str, m: _Markers) -> str | None:
    """A site banner's date ("今天是2018年1月5日 星期五": CHROME, the day the page was viewed)
    or a dated masthead ("某某日报 2024年06月20日 星期四": STAMP); None for other lines."""
    if not FULL_DATE.search(t) or CLAUSE.search(t):
        return None
    if m.banner.match(t):
        return CHROME
    return STAMP if len(t) <= 40 and _WEEKDAY.search(t) else None


def _editor_line(t: str, m: _Markers) -> bool:
    """Only editor credits: "编辑:刘某 审核:杨某", "(责任编辑:曾某)", "一审:甲 二审:乙",
    "某某日报编辑:张某"; role words spaced out ("编 辑:") count."""
    if len(t) > 90:
        return False
    s = _CJK_SPACE.sub("", t.strip(_BRACKETS))
    if len(s) > 80:
        return False
    roles = list(m.editor_role.finditer(s))
    if not roles or AUTHOR_LABEL.search(s):
        return False                  # "编辑:某甲 作者:某乙": the writer's credit too, a byline
    lead = s[: roles[0].start()]
    if lead and (":" in lead or not (len(lead) <= 14 and re.search(r"报|网|台|新闻|中心|融媒|客户端", lead))):
        return False                  # "报道:某某 监制:某某": a credit of its own before the editor's
    ends = [r.start() for r in roles[1:]] + [len(s)]
    for role, end in zip(roles, ends):
        value = s[role.end(): end].strip(" ,，;；")
        if not value or len(value) > 20 or CLAUSE.search(value.replace("、", "")):
            return False
    return True


#: The site's name opening the breadcrumb's row ("某某网-某某频道 您的位置:首页 > …").
_SITE_FIRST = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9\-_|·]{2,20}(?:网|频道|在线|门户|网站)\s+")


def _site_before_date(t: str, m: _Markers) -> bool:
    """The site named by its address or as a site before the line's date, labels after it
    ("某某网站 www.… 2031年04月06日 10时11分 来源:某报"), and no clause."""
    date = FULL_DATE.search(t)
    return date is not None and _SITE_BEFORE.search(t[:date.start()]) is not None \
        and m.any_label.search(t, date.end()) is not None and not CLAUSE.search(t)


def _crumb_after_site(t: str, m: _Markers) -> bool:
    site = _SITE_FIRST.match(t)
    return site is not None and m.crumb_label.match(t[site.end():]) is not None


#: A column's name, then a full date and perhaps the time, and nothing else.
_COLUMN_DATED = re.compile(rf"^(\S{{2,8}})\s+(?:{YMD})\s*(?:{TIME})?$")


@functools.lru_cache(maxsize=1)
def _column_names() -> frozenset[str]:
    return frozenset(list_words("column_labels"))


def _stamp(t: str, m: _Markers) -> str | None:
    """STAMP or SOURCE for a publication stamp or source line, else None."""
    if "。" in t or len(t) > 160:
        return None
    t = BRACKETED_DATE.sub(r"\1 ", t)     # "(2031/5/19 16:59:09) 来源:某某": the date in brackets
    dated = bool(FULL_DATE.search(t))
    if m.stamp_label.match(t) or m.disclosure.match(t):
        return STAMP if dated else SOURCE
    if DATED_BY_VERB.match(t):
        return STAMP                  # a forum's post bar: "发表于 2031-9-7 07:32:08 | 显示全部楼层 |阅读模式"
    if m.weak_label.match(t):
        rest = t[m.weak_label.match(t).end():]
        if NUMERIC_DATE.match(rest.strip()) or _DATE_ALONE.match(rest) or m.any_label.search(rest):
            return STAMP if dated else SOURCE
        return None
    column = _COLUMN_DATED.match(t)
    if column and column.group(1) in _column_names():
        return STAMP                  # the page's column and its date: "简讯 2031年04月23日"
    if dated and len(t) <= 60 and len(m.any_label.findall(t)) >= 2 and not _SENTENCE.search(t):
        return STAMP                  # a column word first, then the labels: "要闻 时间:2019年06月02日 来源:某报"
    if dated and len(t) <= _LABELLED_BAR and _labelled_date_inside(t, m):
        return STAMP                  # a forum's post bar: "只看楼主 倒序阅读 0 发表于: 1982-10-02"
    if dated and len(t) <= _LABELLED_BAR and _site_before_date(t, m):
        return STAMP                  # the site's name, the date, then its labels: "某某网站 www.… 2031年04月06日 10时11分 来源:某报"
    first = _DATE_FIRST.match(t)
    if first and (first.group("time") or NUMERIC_DATE.search(t) or first.group("rest").strip()):
        rest = first.group("rest")
        if (len(rest) <= 60 or _PAGE_FILE.search(rest)) and not CLAUSE.search(rest) \
                and not dated_headline(t[:first.start("rest")], rest, bool(first.group("time"))):
            return STAMP              # an e-paper system's line: "2017-08-26 标题 1 1 某某日报 c20931.html …"
    if _ARCHIVE_ROW.search(t) and not CLAUSE.search(t):
        return STAMP              # "某某日报 要闻 00003 标题 2031-02-08 3357242 2 2031年02月08日 星期六"
    if len(t) <= 40 and (_SHORT_STAMP.search(t) or _SITE_STAMP.match(t)) and not CLAUSE.search(t):
        return STAMP                  # "某某网/ 2012.12.06 00:00": the site's name and the date
    if len(t) <= 48 and first is None and (NUMERIC_DATE.search(t) or _TIME_RE.search(t)) \
            and bare_stamp(t):
        return STAMP                  # "某某新闻 2031/6/25 16:03:10 132次 0条点评", "某某 2031-11-01",
                                      # "某某网 2031年11月07日 19:42"
    return None


_TIME_RE = re.compile(TIME)
#: A site named by its address or as a site, before a stamp's date.
_SITE_BEFORE = re.compile(r"(?:www\.|\.(?:cn|com|net|org)\b|网站|門戶網站|门户网站)")
#: Longest bar with a labelled date inside it ("某某网: www.… 发布时间:2031-03-02 发布者:… 字号:[大] [中] [小]").
_LABELLED_BAR = 100


def _labelled_date_inside(t: str, m: _Markers) -> bool:
    """A stamp label after other words of a bar, a full date right after it, no clause."""
    label = m.stamp_label_anywhere.search(t)
    return (label is not None and label.start() > 0 and t[label.start() - 1].isspace()
            and FULL_DATE.match(t, label.end() + len(t[label.end():]) - len(t[label.end():].lstrip()))
            is not None and not CLAUSE.search(t))


#: Fewest items of a labelled row of site links, and the longest item.
_LINK_ROW_ITEMS = 5
_LINK_ROW_ITEM = 6


def _link_row(t: str, m: _Markers) -> bool:
    """A labelled row of site links ("各地新闻标签: 北京 上海 广州 …"): the label, then five or
    more short items parted by spaces or bars and nothing else."""
    row = m.link_row.match(t)
    if not row or CLAUSE.search(row.group("items")):
        return False
    items = [i for i in re.split(r"[\s|｜]+", row.group("items")) if i]
    return len(items) >= _LINK_ROW_ITEMS and all(len(i) <= _LINK_ROW_ITEM for i in items)


#: A column's name in lenticular brackets opening a headline (【网络中国节•春节】…).
_COLUMN_LABEL = re.compile(r"^【[^【】]{1,16}】")


def retitle_text(text: str) -> str:
    """The headline a RETITLE line names ("原标题:…" → "…", "(原标题:【某某专栏】…)" → "…")."""
    t = fold(text).strip()
    m = markers().retitle_label.match(to_simplified(t))
    if not m:
        return t
    title = t[m.end():].strip()
    if t[:1] in "(（" and title[-1:] in ")）":
        title = title[:-1].strip()
    label = _COLUMN_LABEL.match(title)
    return title[label.end():].strip() if label and len(title) - label.end() >= 6 else title
