"""What one line of Chinese news text is: byline, caption, lead, headline shape.

Each test looks at one line alone; how lines combine into articles is decided
in :mod:`.units`.  The patterns are the conventions of
Chinese newspapers and government sites in general ("本报讯", "(记者 …)",
"记者 X 通讯员 Y 文/图", "（…供稿）", "图为…", "… 摄"), not of one paper.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..extract.lexicon import cut as dictionary_cut
from ..repair import CLOSERS, ends_paragraph
from ..simplified import to_simplified
from ..textnorm import closed_up
from .byline_lines import is_byline, is_name_list, split_run_in_byline
from ..yamlfile import read_yaml

__all__ = [
    "is_byline", "split_run_in_byline", "is_caption_text", "lead_strength",
    "headline_shaped", "is_field", "is_date_line", "is_enumerated", "is_notice_heading", "is_event_line",
    "lead_crosses", "restates", "splits_word", "introduces_list", "is_name_list", "split_run_in_lead",
    "closes_with_credit", "item_bullet", "item_lead_strength", "split_titled_dateline", "split_trailing_byline", "STRONG", "WEAK",
]

STRONG, WEAK = 2, 1
_CJK = r"\u4e00-\u9fff"

_LISTS = Path(__file__).resolve().parent / "data" / "lists.yaml"


@functools.lru_cache(maxsize=1)
def _list_headings() -> frozenset[str]:
    """The list headings of ``data/lists.yaml``, read once per process."""
    words = read_yaml(_LISTS).get("list_headings")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{_LISTS}: list_headings must be a list of strings")
    return frozenset(words)


@functools.lru_cache(maxsize=None)
def list_words(key: str) -> tuple[str, ...]:
    """The word list ``key`` of ``data/lists.yaml``, read once per process."""
    words = read_yaml(_LISTS).get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ValueError(f"{_LISTS}: {key} must be a list of strings")
    return tuple(words)


def introduces_list(text: str) -> bool:
    """Ends in a colon ("会议决定任命：", "免去:"), or is a list heading alone ("决定任命"):
    the lines after it are the list it opens."""
    text = text.strip()
    return text.endswith((":", "：")) or text.strip("：: ") in _list_headings()


_CAPTION_START = re.compile(
    r"^(?:图为|图片为|▲|△|(?:上|下|左|右|组|题|首)?图[①-⑳\d一二三四五六七八九十]*\s*[：:]|"
    r"(?:上|下|左|右|组)图[①-⑳\d一二三四五六七八九十]*\s)")
_PHOTO_CREDIT = re.compile(
    rf"(?:(?:记者|通讯员|摄影记者|摄影|实习生)\s*[{_CJK}·]{{2,8}}(?:\s+[{_CJK}·]{{2,8}})*\s*"
    rf"|\s[{_CJK}·]{{2,4}}(?:\s+[{_CJK}·]{{2,4}})*\s+)摄影?\s*[)）]?$"
    rf"|[（(]\s*(?:(?:记者|通讯员|摄影)?\s*[{_CJK}·]{{2,4}}\s*)?摄影?\s*[)）]$"
    rf"|[（(]?(?:供图|资料图片?|图片来源[:：][^（）()]*)[)）]?$"
    # the role first, in the closing brackets: "(摄影 某某)", "(摄影:某甲 某乙)"
    rf"|[（(]\s*[摄攝]影?(?:\s*[:：]\s*|\s+)[{_CJK}·]{{2,8}}(?:\s+[{_CJK}·]{{2,8}})*\s*[)）]$")
_CAPTION_NOUN = re.compile(r"(?:现场|景观|一角|掠影|剪影|合影|风光|全景|实景|航拍图?|资料图|示意图|效果图|留影)$")


@functools.lru_cache(maxsize=1)
def _picture_link() -> re.Pattern[str]:
    links = "|".join(re.escape(w) for w in list_words("picture_links"))
    return re.compile(rf"(?:{links})[{_CJK}]{{0,4}}$")


def _may_credit(text: str) -> bool:
    """Every photo credit ends in 摄/影, a bracket, 图/片, or follows 图片来源: a quick pre-test."""
    return text[-1] in "摄影攝)）图片" or "图片来源" in text


def is_caption_text(text: str) -> bool:
    """A picture caption by its wording: "图为…", "… 记者 丁一鸣 摄", "会议现场", "…点击查看大图"."""
    text = text.strip()
    if not text:
        return False
    if len(text) <= 120 and _may_credit(text) and _PHOTO_CREDIT.search(text):
        return True
    if _CAPTION_START.match(text):
        return not _dated_item(text)
    if len(text) <= 120 and "点击" in text and _picture_link().search(text):
        return True                  # …参加劳动。点击查看高清现场: the caption of a picture
    return len(text) <= 20 and headline_shaped(text) and bool(_CAPTION_NOUN.search(text))


#: Shortest paragraph after ▲ read as a dated report rather than a photo's caption.
_DATED_ITEM_MIN = 40


def _dated_item(text: str) -> bool:
    """A paragraph after ▲ that opens with its date and runs over several clauses to a full
    stop (▲5月13日,某某一行到某街道实地督导,…。): a digest's bulleted item, not a caption."""
    body = text.lstrip("▲△ \u3000")
    return (len(body) >= _DATED_ITEM_MIN and body.rstrip().endswith("。") and body.count("，") + body.count(",") >= 2
            and _WEAK_LEAD.match(body) is not None)


_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
_STRONG_LEAD = re.compile(
    rf"^(?:本报|本刊|本台|本网)[{_CJK}]{{0,10}}讯"
    r"|^又讯(?=\s|[（(：:]|\d)"                                         # a paper's next item: 又讯 5月29日,…
    # one outlet's name, or two of one house parted by a slash (某某网/某某新闻客户端讯)
    rf"|^(?:[{_CJK}·]{{1,14}}(?:网|报|台|社|新闻|客户端|融媒|号|中心)\s*[/／]\s*)?"
    rf"[{_CJK}·]{{1,14}}(?:网|报|台|社|新闻|客户端|融媒|号|中心)讯(?=\s|[（(：:【\[]|\d|$)"
    rf"|^[{_CJK}]{{2,20}}{_DATE}(?:电|讯)"
    rf"|^[{_CJK}]{{2,10}}[ \u3000]+[{_CJK}]{{2,10}}{_DATE}(?:电|讯)"     # 某某网 某地9月27日电
    rf"|^[{_CJK}]{{1,12}}(?:网|报|台|社|新闻|客户端)消息[：:]"
    r"|^[（(【\[][^（）()【】\[\]]{0,24}(?:记者|通讯员|实习生)[^（）()【】\[\]]{1,40}[)）】\]]\s*\S")
_TIME_OF_DAY = r"(?:[上下]午|晚上?|早上|凌晨|中午)?"
_WEAK_LEAD = re.compile(
    rf"^(?:{_DATE}{_TIME_OF_DAY}|近日|日前|近期|连日来|昨日|昨天|今日|今天|前不久)"
    rf"|^(?:为了?|按照|根据|随着|围绕)[^。！？!?]{{0,60}}?[，,]\s*(?:{_DATE}{_TIME_OF_DAY}|近日|日前|近期)")


def lead_strength(text: str) -> int:
    """How surely a paragraph opens a news article: STRONG (本报讯, a dateline),
    WEAK (a date or 近日 in front), else 0.  A mirror's traditional characters (某某網訊)
    read as the simplified ones."""
    text = to_simplified(text.strip())
    if _STRONG_LEAD.match(text):
        return STRONG
    if _WEAK_LEAD.match(text):
        return WEAK
    return 0


_RUN_IN_LEAD = re.compile(rf"^(?P<head>[^。，,；;！？!?：:]{{4,60}}?)\s*(?P<lead>(?:本报|本刊)[\d{_CJK}]{{0,10}}讯.+)$")


#: Credit words a headline holds none of (记者, 通讯员, 报道组, 摄).
_CREDIT_IN_HEAD = re.compile(r"记者|通讯员|报道组|实习生|摄影|摄")
#: A headline set off by a space from a lead opening with its date (…建设发展大会 3月1日上午,省委…).
_RUN_IN_DATED_LEAD = re.compile(rf"^(?P<head>[^。，,；;！？!?：:\s()（）【】《》\[\]][^。，,；;！？!?：:()（）【】《》\[\]]{{9,40}}?)[ \u3000]+"
                                rf"(?P<lead>{_DATE}(?:[上下]午|晚上?|早上)?[,，].{{20,}})$")


#: A source's mark in black brackets opening the line (【某某电视台】).
_SOURCE_LABEL = re.compile(r"^【[^【】]{2,12}】\s*")


def split_run_in_lead(text: str) -> tuple[str, str] | None:
    """A headline with its lead run in on the same line, as e-paper pages print them
    ("某市领导调研自贸片区 本报讯（记者 某某）6月19日，…", "… 本报7月2日讯 …"): (headline, lead), else None.
    Only a newspaper's lead mark (本报讯) counts, or a lead opening with its date set off
    by a space after a headline of ten characters or more: on web pages the text before
    本网讯 is as often a picture's caption."""
    label = _SOURCE_LABEL.match(text.strip())
    if label is not None:         # 【某某电视台】某县召开… 9月11日上午,…: the station's mark, no part of either
        return split_run_in_lead(text.strip()[label.end():])
    m = _RUN_IN_LEAD.match(text.strip())
    if m is None:
        m = _RUN_IN_DATED_LEAD.match(text.strip())
        if m is not None and _CREDIT_IN_HEAD.search(m.group("head")):
            return None           # 某报业集团报道组 记者某某 4月9日,…: a byline before the lead
    if not m:
        return None
    head = m.group("head").strip()
    if not headline_shaped(head) or lead_strength(head) or is_byline(head):
        return None
    return head, m.group("lead")


#: A dateline whose report is a feature with a headline of its own after 题: (新华社某地2月26日电
#: 题:“…”——某某采访手记), as agencies send them (電 題: in a traditional text).
_TITLED_DATELINE = re.compile(rf"^(?P<dl>[{_CJK}]{{2,20}}{_DATE}(?:电|讯|電|訊))\s*[题題]\s*[:：]\s*(?P<head>\S.{{3,80}})$")


#: A headline and its byline on one line ("某某会议召开   □记者 某某 报道").
_TRAILING_BYLINE = re.compile(r"^(?P<head>\S.{5,60}?)[ \u3000]+(?P<by>(?P<mark>[□■◇])?\s*(?:本报)?(?:记者|通讯员).{2,30}?"
                              r"(?P<reported>报道)?)$")


def split_trailing_byline(text: str) -> tuple[str, str] | None:
    """(headline, byline) of a headline whose byline the page set on its line after a space,
    marked (□记者) or closed by 报道, else None: the byline is read as one and the headline
    keeps only its words (a line closed by 摄 is a photo's caption)."""
    m = _TRAILING_BYLINE.match(text.strip())
    if m is None or not (m.group("mark") or m.group("reported")) or not is_byline(m.group("by").strip()) \
            or not headline_shaped(m.group("head").strip()):
        return None       # a mark before the role or 报道 after the names: the copy may have closed up the space
    return m.group("head").strip(), m.group("by").strip()


def split_titled_dateline(text: str) -> tuple[str, str] | None:
    """(headline, dateline) of a dateline line carrying the feature's headline after 题:, else None:
    the headline heads the article and the dateline opens its report."""
    m = _TITLED_DATELINE.match(text.strip())
    return (m.group("head").strip(), m.group("dl")) if m else None


_SENTENCE_MARK = re.compile(r"[,，。；;]")


def lead_crosses(line: str, following: str) -> bool:
    """True when ``line`` is the start of a lead that the layout broke: the lead mark
    only completes in the next line ("2025年10月" / "10日下午，…", "（记者 孔育" /
    "贞）8月1日，…") and that line does not open a lead of its own."""
    line, following = line.strip(), following.strip()
    if not line or not following or lead_strength(following):
        return False
    joined = line + following
    m = _STRONG_LEAD.match(joined) or _WEAK_LEAD.match(joined)
    return m is not None and m.end() > len(line)


_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|《[^《》]*》|‘[^‘’]*’|\"[^\"]*\"")
_PROSE_MARK = re.compile(r"[。，,；;]")
_QUESTION_END = re.compile(f"[！？!?][{re.escape(CLOSERS)}]*$")


_SPACE = re.compile(r"\s")
#: Openers and their closers, half- and full-width brackets counted together.
_PAIRS = (("“", "”"), ("《", "》"), ("「", "」"), ("『", "』"), ("（(", "）)"), ("【[", "】]"))


#: A headline in two parts around one comma ("清洁家园,从我做起", "今晚,你能赏到月亮吗?").
_TWO_PART = re.compile(r"^[^，,。；;、]{2,14}[，,][^，,。；;、]{2,14}[！？!?]?$")


#: A headline whose lead names its subject and then, behind a colon, two to four short
#: clauses ("某某镇:盘活闲置资源,带动村民增收", "某某强调:锚定目标,补齐短板,奋力实现…").
_COLON_CLAUSES = re.compile(r"^[^，,。；;、:：]{2,30}[:：][^，,。；;、:：]{2,20}(?:[，,][^，,。；;、:：]{2,20}){1,3}$")


def _two_part_title(text: str) -> bool:
    flat = _QUOTED.sub("“”", _SPACE.sub("", text))
    return bool(_TWO_PART.match(flat) or _COLON_CLAUSES.match(flat))


#: A line that is all one quotation holding a clause and closing on a final mark
#: (“不知道啊,是哪里来的人啊?”): a speaker's words in a dialogue, never a headline.
_SPOKEN = re.compile(r"^[“「\"][^“”「」\"]*[，,；;][^“”「」\"]*[？！?!。…][”」\"]$")


#: A letter of any script (a Han character included): a headline holds one.
_LETTER = re.compile(r"[^\W\d_]")


def headline_shaped(text: str, limit: int = 80) -> bool:
    """Could be a headline: short, no clause punctuation outside quotes, no final mark
    (a short line ending in ！ or ？ still can be), no full stop even inside quotes,
    and every quote or bracket it opens closed (a headline is one whole line; a line
    that leaves one open is a paragraph the layout broke)."""
    text = text.strip()
    if not text or len(text) - len(_SPACE.findall(text)) > limit or not _LETTER.search(text):
        return False             # (a line of numbers alone, "12 2014", is a widget's or a page's)
    if ends_paragraph(text) and not (len(text) <= 40 and _QUESTION_END.search(text)):
        return False
    if text[-1] in "，,、" or "。" in text:
        return False
    if _PROSE_MARK.search(text) and _PROSE_MARK.search(_QUOTED.sub("", text)) and not _two_part_title(text):
        return False
    if _SPOKEN.match(text):
        return False
    return all(sum(map(text.count, opens)) == sum(map(text.count, closes)) for opens, closes in _PAIRS)


_FIELD = re.compile(
    rf"^[{_CJK}]{{0,8}}(?:电话|手机|号码|邮箱|信箱|地址|邮编|对象|时间|日期|请寄|网址|链接|传真|微信|热线|联系人|信访)\s*[:：]")


def is_field(text: str) -> bool:
    """A form line of a notice ("举报电话：0564-5027316", "电子邮箱：…"): stands alone."""
    text = text.strip()
    return bool(_FIELD.match(text)) and not ends_paragraph(text) and not _PROSE_MARK.search(text)


_DATE_LINE = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+(?:来源|作者|编辑|发布|浏览|点击|字号|责编|稿源)\S*.*)?$")
_BREADCRUMB = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置|当前页面)\s*[:：]")


def is_date_line(text: str) -> bool:
    """A date alone ("2024年4月8日") or a page stamp ("2024-04-08 10:20 来源：…"):
    the close of a notice or web-page furniture, never part of a headline."""
    text = text.strip()
    return bool(_DATE_LINE.match(text) or _BREADCRUMB.match(text))


_ENUM = re.compile(r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]{1,3}[)）]|\d{1,2}[、．](?!\d)|"
                   r"\d{1,2}\.(?!\d)|[①-⑳])")


def is_enumerated(text: str) -> bool:
    """Starts with an item number ("一、", "（二）", "3.", "①"): opens a paragraph."""
    return bool(_ENUM.match(text.strip()))


_NOTICE = re.compile(r"(?:公告|通告|公示|启事|声明|倡议书|公开信)$")


def is_notice_heading(text: str) -> bool:
    """The heading of an announcement ("中共某县委第五轮巡察公告"): a document of its own."""
    return bool(_NOTICE.search(text.strip()))


_EVENT = re.compile(r"召开|举行|举办|(?:开幕|闭幕|启动|揭牌)$")


def is_event_line(text: str) -> bool:
    """States the event ("青石县召开春耕生产推进会"): in a two-line headline this is
    the kicker or the subtitle, the other line is the main title."""
    return bool(_EVENT.search(to_simplified(text)))


_TERM_BREAK = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]+")


def _bigrams(text: str) -> set[str]:
    return {run[i:i + 2] for run in _TERM_BREAK.split(text) for i in range(len(run) - 1)}


def restates(heading: str, lead: str, share: float = 0.5) -> bool:
    """True when the lead's opening repeats most of the heading's wording, as a news
    lead repeats its headline ("灵川县优化营商环境大会召开" / "11月18日，灵川县召开优化
    营商环境大会，…"); a section subhead ("创新担当 彰显作为") is not repeated."""
    head = _bigrams(heading)
    if len(head) < 4:
        return False
    return len(head & _bigrams(lead[:120])) >= share * len(head)


def splits_word(left: str, right: str, reach: int = 6) -> bool:
    """True when a dictionary word (jieba's cut, without HMM) runs across the end of ``left`` into ``right``
    ("…党工委书" / "记翟文洁介绍": 书记): the layout broke a line inside a word, which
    never happens between a heading and the paragraph after it."""
    left, right = left.strip()[-reach:], right.strip()[:reach]
    if not left or not right:
        return False
    pos = 0
    for word in dictionary_cut(left + right):
        if pos < len(left) < pos + len(word):
            return True
        pos += len(word)
        if pos >= len(left):
            return False
    return False


#: A credit in brackets closing a paragraph of a digest's item, after its last sentence
#: (…出席会议。(记者 某某), …调研。(某某), …部署。(本报记者)).
_CLOSING_CREDIT = re.compile(r"[。！？!?][”’」』]*\s*[(（](?P<credit>[^()（）]{2,16})[)）]\s*$")
#: A bullet opening a digest's item (●7月2日,…).
ITEM_BULLET = re.compile(r"^\s*[●■◆▲★◇□○▪•▶►]+\s*")


def closes_with_credit(text: str) -> bool:
    """Does the paragraph end with its reporter's credit in brackets: a byline, a staff
    credit (本报记者) or a bare name?  Then it is a whole item of a digest of short news."""
    m = _CLOSING_CREDIT.search(text)
    if m is None:
        return False
    credit = to_simplified(m.group("credit")).strip()
    joined = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]$)", "", credit)   # 蒋 波: a name spaced out
    return any(is_byline(c) or c in _STAFF_CREDITS or is_name_list(c, least=1) for c in {credit, joined})


#: Credits of a paper's staff without a name.
_STAFF_CREDITS = frozenset(("本报记者", "记者", "本报讯", "通讯员"))


def item_bullet(text: str) -> str | None:
    """The bullet opening a paragraph (●), else None."""
    m = ITEM_BULLET.match(text)
    return m.group().strip() if m else None


#: The longest digest column name (县区新闻简报), closed up.
_DIGEST_HEADING_MAX = 10


def is_digest_heading(text: str) -> bool:
    """Is the line a digest's column name (要闻简报, 要 闻 周 报)?"""
    if len(text) > 3 * _DIGEST_HEADING_MAX:
        return False             # read for every line of a file: most are text
    name = re.sub(r"[\s·•:：]+", "", closed_up(text.strip()))
    return 2 <= len(name) <= _DIGEST_HEADING_MAX and name.endswith(list_words("digest_heading_endings"))


def item_lead_strength(text: str) -> int:
    """:func:`lead_strength` of a paragraph read past a bullet opening it (●7月2日,…)."""
    return lead_strength(ITEM_BULLET.sub("", text, count=1))
