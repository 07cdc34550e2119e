"""The reporters of an article: every byline form, in reading order.

The forms themselves are read by :mod:`.people_bylines` (role words, brackets,
credits by slash before a name) and :mod:`.people_name_credits` (the name before
what the person did: 某某/文, 某甲 某乙 报道); this module walks the article's
lines in reading order and applies each.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from ..records import Draft
from .people_bracket_bylines import closing_names, dateline_names, inner_closing_names
from .people_bylines import (ROLE_WORDS, bare_names, byline_names, credit_names, is_byline_name, leading_names,
                             marked_names)
from .people_padded_names import join_spaced_names
from .people_byline_forms import (bracket_photo_names, filed_from_names, outlet_names, source_unit_names,
                                  stamp_author_names, trailing_names, unit_closing_names, unit_colon_names)
from .people_name_credits import name_credits
from .people_photo_credits import photo_credit_names
from .people_name_words import is_name
from .people_words import mapping, words
from ..textnorm import closed_up, without_pinyin

_FRONT_MATTER_KEYS = words("people", "front_matter_keys")
#: A line that opens with a role word, perhaps after an e-paper's mark or the paper's name (□本报记者…).
_BYLINE_LINE = re.compile(r"^[\s\u3000■□◎●]*(?:本报|本台|本网|本刊)?(?:" + "|".join(map(re.escape, ROLE_WORDS)) + ")")
#: A title line that carries the page's stamp (…事项 作者:某某 发布时间:…): its byline is read.
_STAMP_ROLE = re.compile(r"(?:作者|记者(?:[/／]编辑)?|通讯员)(?:\s*[:：]|[ \u3000]+(?=[\u4e00-\u9fff]{2}))"
                         r"|(?<![\u4e00-\u9fff])(?:记者|通讯员)(?=[\u4e00-\u9fff]{2})")   # 来源:某中心 记者某某
#: A page counter's, date's or source's label written right after the last name of a stamp (作者:某某浏览:3534,
#: 作者:某某发布时间:…, 作者:某某文章来源:…).
_COUNTER_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])((?:浏览|阅读|点击|访问)(?:次数|量)?\s*[:：]?\s*\d"
                            r"|(?:发布|更新)(?:时间|日期)\s*[:：]|(?:文章|信息|稿件)来源\s*[:：])")
#: A field's colon written with spaces around it (作者 : 某某): closed up.
_SPACED_COLON = re.compile(r"[ \u3000]+([:：])[ \u3000]*")
#: A line that is only a bracket (of names: "(某某)").
_BRACKETED_ALONE = re.compile(r"^\s*[(（][^()（）]{2,24}[)）]\s*$")
#: The font-size buttons a stamp line ends with (… 某某/文 字体:【大】【中】【小】): no credit's end.
_FONT_WIDGET = re.compile(r"[ \u3000]+(?:字体|字号|字体大小)\s*[:：].*$")
#: A backslash written for the slash of a credit (文\图:某某).
_BACKSLASH_CREDIT = re.compile(r"(?<=[文图摄])[\\＼](?=[文图摄])")
#: A credit set off by a bar (采写 | 区新闻中心 某某): the label and the role it stands for.
_BAR_LABELS = mapping("people", "bar_credit_labels")
_BAR_CREDIT = re.compile(r"(?:^|(?<=[ \u3000]))[ \u3000]*(" + "|".join(map(re.escape, sorted(_BAR_LABELS, key=len, reverse=True)))
                         + r")[ \u3000]*[|｜][ \u3000]*(?=\S)")


def extract_reporters(draft: Draft) -> tuple[str, ...]:
    """Byline names in reading order, each once.

    Front matter (``reporters``/``author``) comes first, then the dateline of
    the first paragraph, the byline lines, the rest of the text, and the
    captions' photo credits.
    """
    names: list[str] = list(_front_matter_names(draft.front_matter))
    paragraphs = draft.paragraphs
    bylines = tuple(_BACKSLASH_CREDIT.sub("/", closed_up(line)) for line in draft.bylines)   # 记 者 | 某某 赵 鑫
    text = [_BACKSLASH_CREDIT.sub("/", p) for p in paragraphs]
    sources = [*text[:1], *bylines, *text[1:], *draft.captions]
    names.extend(dateline_names(without_pinyin(paragraphs[0])) if paragraphs else [])
    stamps = [_COUNTER_GLUED.sub(r" \1", _SPACED_COLON.sub(r"\1", line))
              for line in (draft.title or "", draft.subtitle or "", *draft.page_lines)
              if _STAMP_ROLE.search(line)]      # 作者:某某浏览:3534: the counter's label set off
    for line in stamps:           # 来源:某中心 作者:某某 编辑:某某 — a page's stamp names the writer
        names.extend(byline_names(without_pinyin(line)))
    for line in draft.page_lines:  # 来源:区政府办 某某/文 — a source line crediting the writer by slash
        if "/" in line or "／" in line:
            names.extend(name_credits(without_pinyin(_FONT_WIDGET.sub("", line))))
        names.extend(stamp_author_names(without_pinyin(line)))   # 16:56 某某 来源:… — the author bare
        names.extend(source_unit_names(without_pinyin(line)))    # 来源:某镇 某某 — each writer after his unit
        if _BRACKETED_ALONE.match(line):
            names.extend(closing_names(without_pinyin(line)))    # (某某) alone under the stamp: the author
    if draft.title:               # 某站:甲 乙 报道 taken for the headline: a credit all the same
        names.extend(name_credits(without_pinyin(draft.title)))
    if draft.subtitle and _BYLINE_LINE.match(draft.subtitle):   # □记者 某某 报道 read as the subtitle
        names.extend(byline_names(without_pinyin(draft.subtitle)))
    for line in (*bylines, *((draft.subtitle,) if draft.subtitle else ())):
        names.extend(marked_names(without_pinyin(line)))     # ■某某: an e-paper's byline mark before bare names
    for line in bylines:    # 某某 alone under the headline: the author; 某甲 本报记者 某乙: 某甲 too
        names.extend(bare_names(without_pinyin(line)))
        names.extend(leading_names(without_pinyin(line)))
    for line in (*bylines, *((draft.subtitle,) if draft.subtitle else ())):
        names.extend(outlet_names(without_pinyin(line)))     # 某某晚报·某某客户端 某甲 某乙
    for line in draft.captions:   # 某甲 某 乙 alone on a line set apart at the end: the writers, no caption
        names.extend(_names_only(without_pinyin(line)))
    if text:                      # …新的动能。某甲 某乙: the writers after the last sentence
        names.extend(trailing_names(without_pinyin(text[-1])))
    for line in (*draft.captions, *bylines, *text):   # …远眺。某某 摄; a line 某甲 某乙 摄: the photographers
        names.extend(photo_credit_names(without_pinyin(line)))
    for line in sources:
        line = _bar_credit_as_role(_without_page_links(without_pinyin(line)))
        names.extend(byline_names(line))
        names.extend(inner_closing_names(line))
        names.extend(closing_names(line))
        names.extend(credit_names(line))
        names.extend(name_credits(line))
        names.extend(unit_closing_names(line))
        names.extend(unit_colon_names(line))
        names.extend(bracket_photo_names(line))
        names.extend(filed_from_names(line))
    outlets = {m.group(1) for line in draft.page_lines for m in _SOURCE_VALUE.finditer(line)}
    return tuple(n for n in dict.fromkeys(names) if n not in outlets)


#: The value of a page stamp's source label (来源:某某云): a 作者 the same as it is the outlet,
#: no writer (作者:某某云 来源:某某云).
_SOURCE_VALUE = re.compile(r"(?:来源|稿源|出处|信息来源|文章来源|稿件来源)\s*[:：]\s*([^\s:：|｜]{2,12})")


#: The page's links to the stories before and after run onto the line after its closing brackets.
_PAGE_LINKS = re.compile(r"(?<=[)）])[ \u3000]*(?:" + "|".join(map(re.escape, words("people", "page_link_labels")))
                         + r")[ \u3000]*[:：].*$")


def _names_only(line: str) -> list[str]:
    """Two to four names and nothing else on a line (a name padded to three characters
    joined again: 某 某): a byline the layout set apart."""
    if line.rstrip().endswith("摄"):
        return []             # 某甲 某乙 某丙摄: a photo credit (photo_credit_names), 某丙摄 no name
    tokens = join_spaced_names(line.split())
    return tokens if 2 <= len(tokens) <= _MOST_NAMES and all(is_byline_name(t) for t in tokens) else []


#: Most names a line of names alone holds.
_MOST_NAMES = 4


def _without_page_links(line: str) -> str:
    """``line`` without the page's links to other stories run onto it after its closing
    brackets (…(某甲)上一篇:某某召开…): the brackets close the line again."""
    return _PAGE_LINKS.sub("", line) if "篇" in line or "条" in line else line


def _front_matter_names(front_matter: Mapping[str, Any]) -> Iterable[str]:
    for key in _FRONT_MATTER_KEYS:
        value = front_matter.get(key)
        if isinstance(value, str):
            value = re.split(r"[\s,，、;；]+", value)
        if isinstance(value, (list, tuple)):
            for item in value:
                item = str(item).strip()
                if 2 <= len(item) <= 4 and is_name(item, anchored=True):
                    yield item


def _bar_credit_as_role(line: str) -> str:
    """采写 | 区新闻中心 某某 read as 采写:区新闻中心 某某 (图片 | 某某 as 摄影:某某): a
    credit line whose labels a bar sets off, as a site's footer writes them; a line may hold
    several (记者|某甲 摄影|某乙)."""
    if not _BAR_CREDIT.match(line):
        return line
    return _BAR_CREDIT.sub(lambda m: (" " if m.start() else "") + _BAR_LABELS[m.group(1)], line)
