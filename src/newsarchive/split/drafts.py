"""Drafts: the units of each article of a file made into a :class:`Draft`.

Body units become paragraphs (layout breaks joined by :mod:`..repair`, except in
a source whose paragraphs are real — ``SourceFile.real_paragraphs``: HTML, Word —
where each line stays the paragraph it was), byline
and caption units are kept apart (so are lines above the text that end in a photo's
credit, ``某某介绍情况。某某网记者 某某 摄``: captions, unless they are all the text), the heading group gives title and subtitle
(:mod:`.titles`), and the page residue of the file gives each article its page
lines and, when it has no headline, the headline a "原标题" line names.  Front
matter ``title`` is not applied here: the draft reports the headline the text
has, and the article stage lets front matter win (the headline then becomes the
subtitle).
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from ..records import Draft, SourceFile
from ..repair import Block, clean_text, join_broken_paragraphs
from ..simplified import to_simplified
from .crumb_title import crumb_headline
from .dash_headline import dash_headline, ends_with_credit, is_photo_credit, lead_in_headline, series_headline
from .headline_echo import echoed_headline, joined_headline, labelled_title, site_banner
from .lines import Line, read_lines
from .byline_lines import is_name_list
from .patterns import split_run_in_byline
from .pinyin_noise import without_pinyin_noise
from .residue import CRUMB, EDITOR, PAGE_KINDS, RETITLE, line_kind, markers, retitle_text
from .residue_page import residue_kinds, without_residue
from .scramble_noise import without_scramble_noise
from .chronicle import chronicle_dated
from .textless import textless_joined
from .titles import headline, names_attendance, title_text, trailing_date, without_leading_bullet
from .units import BYLINE, CAPTION, FIELD, HEAD, PROSE, SUBHEAD, Unit, layout, run_in_leads

__all__ = ["split_source"]


def split_source(src: SourceFile) -> list[Draft]:
    """Every article of ``src`` in file order, ordinals from 1; [] when there is no text."""
    lines = run_in_leads(chronicle_dated(read_lines(without_pinyin_noise(without_scramble_noise(src.text)), src.fmt)))
    kinds = residue_kinds(lines)
    body = without_residue(lines, kinds)
    articles = textless_joined(layout(body))
    page = _page_lines(lines, kinds, body, articles)
    drafts: list[Draft] = []
    for n, units in enumerate(articles):
        draft = _draft(src, len(drafts) + 1, units, page[n], alone=len(articles) == 1)
        if draft is not None:
            drafts.append(draft)
    return drafts


#: A breadcrumb line by its own shape, kept as a page line.
PATH = "path"


class _Residue(NamedTuple):
    page_lines: tuple[str, ...] = ()
    retitle: str | None = None
    crumbs: tuple[str, ...] = ()


def _page_lines(lines: Sequence[Line], kinds: Sequence[str | None], body: Sequence[Line],
                articles: Sequence[Sequence[Unit]]) -> list[_Residue]:
    """What the residue of the file gives each article: the page lines (stamps, sources,
    footers) and an original headline ("原标题:…").

    Residue above the first article and below the last is the page's and goes to every
    article of the file; residue between two articles goes to the one after it, and an
    article with none of its own shares the first article's (the page's stamp printed under
    the first headline of a page of items).  A
    breadcrumb's own line (not the site's menus above it) is a page line too: its columns
    may name the site's place ("首页 > 政务信息 > 某县动态").
    """
    kinds = [PATH if k == CRUMB and line_kind(line.text) == CRUMB else k for line, k in zip(lines, kinds)]
    if not any(k in PAGE_KINDS or k in (RETITLE, PATH) for k in kinds):
        return [_Residue()] * len(articles)
    valued = _label_values(lines, kinds)
    article_of = {id(u.line): n for n, units in enumerate(articles) for u in units}
    body_at = iter(body)              # the body lines are the lines without a kind, in order
    kept_order = [None if k is not None else article_of.get(id(next(body_at))) for k in kinds]
    shared: list[tuple[int, str, str]] = []
    own: list[list[tuple[int, str, str]]] = [[] for _ in articles]
    after: list[int | None] = [None] * len(kinds)   # article of the next body line
    following = None
    for i in range(len(kinds) - 1, -1, -1):
        after[i] = following
        following = kept_order[i] if kept_order[i] is not None else following
    seen_body = False
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        seen_body = seen_body or kept_order[i] is not None
        if kind not in PAGE_KINDS and kind not in (RETITLE, PATH):
            continue
        text = valued.get(i, line.text)
        if after[i] is None or not seen_body:
            shared.append((i, kind, text))
        else:
            own[after[i]].append((i, kind, text))
    out = []
    for n, items in enumerate(own):
        if n and not items and not shared:
            items = own[0]       # 本报讯 … 又讯 …: the page's stamp under the first headline is every item's
        merged = sorted(shared + items)
        page = tuple(dict.fromkeys(text for _, kind, text in merged if kind in PAGE_KINDS or kind == PATH))
        retitle = next((retitle_text(text) for _, kind, text in merged if kind == RETITLE), None)
        out.append(_Residue(page, retitle or None, tuple(text for _, kind, text in merged if kind == PATH)))
    return out


def _label_values(lines: Sequence[Line], kinds: Sequence[str | None]) -> dict[int, str]:
    """Page lines that end in an empty source label ("时间:2023-10-13 稿件来源:") with the
    editor's line under them that starts with the label's value ("某县融媒体中心 编辑:某某"),
    joined on: by line index."""
    out: dict[int, str] = {}
    for i in range(len(lines) - 1):
        if kinds[i] not in PAGE_KINDS or kinds[i + 1] != EDITOR:
            continue
        text = to_simplified(lines[i].text)
        found = list(markers().source_label.finditer(text))
        if found and not text[found[-1].end():].strip():
            out[i] = lines[i].text.rstrip() + lines[i + 1].text.strip()
    return out


#: Longest line read as a photo's caption above the text when a photo credit ends it.
_CREDITED_CAPTION = 120

#: A unit of prose at least this long holding a comma or stop opens the article's text.
_LEAD_LEAST = 30
_LEAD_MARKS = ("，", ",", "。")


def _text_start(units: Sequence[Unit]) -> int:
    """Index of the unit that opens the article's running text (len(units) when none does)."""
    return next((n for n, u in enumerate(units) if u.role == PROSE and len(u.text) >= _LEAD_LEAST
                 and any(mark in u.text for mark in _LEAD_MARKS)), len(units))


def _page_headline(units: Sequence[Unit], title: str | None) -> tuple[str, int] | None:
    """(headline, index of the text's start) when a line above the text names the headline
    better than the heading group's choice: a metadata table's title field, or the line the
    lead echoes (see :mod:`.headline_echo`)."""
    start = _text_start(units)
    above = [u.text for u in units[:start] if u.role != BYLINE and not u.gallery]
    if not above:
        return None
    named = labelled_title(above)
    if named:
        return title_text(named), start
    lead = "".join(u.text for u in units[start:start + 12] if u.role == PROSE)
    echoed = echoed_headline(title, [title_text(t) for t in above], lead)
    return (echoed, start) if echoed else None


def _above_head(units: Sequence[Unit]) -> list[str]:
    """The texts of the units above the article's heading group."""
    first = next((n for n, u in enumerate(units) if u.role == HEAD), 0)
    return [u.text for u in units[:first]]


def _draft(src: SourceFile, ordinal: int, units: Sequence[Unit], residue: _Residue = _Residue(),
           alone: bool = False) -> Draft | None:
    head = [u.text for u in units if u.role == HEAD]
    levels = [u.line.level for u in units if u.role == HEAD]
    provisional, _ = headline(head, levels)
    page_head = _page_headline(units, provisional)
    if page_head is not None:      # the heading group held page residue: the headline stood above
        units = [u for n, u in enumerate(units) if n >= page_head[1] or title_text(u.text) != page_head[0]]
        head = [u.text for u in units if u.role == HEAD]
    blocks: list[Block] = []
    bylines: list[str] = []
    captions: list[str] = []
    credited: list[str] = []        # captions above the text, known by their photo credit
    for u in units:
        if u.role == PROSE:
            text, byline = split_run_in_byline(u.text)
            if byline and not blocks and is_photo_credit(byline) and len(text) <= _CREDITED_CAPTION:
                credited.append(clean_text(text))    # 某某介绍情况。某某网记者 某某 摄: a photo's caption
                bylines.append(clean_text(byline))
                continue
            after_caption = bool(blocks) and not blocks[-1].fixed and ends_with_credit(blocks[-1].text)
            blocks.append(Block(text, opens=u.opens or src.real_paragraphs or after_caption,
                                glued=u.glued and not src.real_paragraphs and not after_caption))
            if byline:
                bylines.append(clean_text(byline))
        elif u.role in (SUBHEAD, FIELD):
            blocks.append(Block(u.text, fixed=True))
        elif u.role == BYLINE:
            bylines.append(clean_text(u.text))
        elif u.role == CAPTION:
            captions.append(clean_text(u.text))
    paragraphs = join_broken_paragraphs(blocks)
    if not paragraphs:      # nothing but credited photos: their captions are the text
        paragraphs = credited
    else:
        captions = credited + captions
    if not paragraphs and (head or alone) and captions:
        # a picture story: a headline over a captioned picture, or a file holding only the
        # captioned picture, the caption its only text
        paragraphs, captions = list(captions), []
    if not paragraphs:
        return None
    joined = joined_headline([title_text(t) for t in head], _above_head(units)) if page_head is None else None
    if page_head is not None:
        title, subtitle = page_head[0], (" ".join(title_text(t) for t in head
                                                  if not site_banner(t) and not labelled_title([t])) or None)
    elif joined is not None:
        title, subtitle = joined
    else:
        title, subtitle = headline(head, levels, body="".join(paragraphs))
    if title is None and residue.retitle:
        title = title_text(residue.retitle)
    elif title is not None and subtitle is None and residue.retitle and names_attendance(title):
        # 原标题:某某考察团来我市考察 / 某某等一同考察: the line left is the headline's subtitle
        title, subtitle = title_text(residue.retitle), title
    if title is None and residue.crumbs:   # 视频首页>>某某网>>某某大会 2031-05-31: the page's only headline
        title = crumb_headline(residue.crumbs, paragraphs)
    below = (dash_headline(paragraphs) or series_headline(paragraphs) or lead_in_headline(paragraphs)) \
        if title is None else None
    if below is not None:       # 某某村民进城"走亲戚" / ——记…: a headline under the photo's caption
        title, paragraphs = title_text(below[0]), below[1]
    page_lines = residue.page_lines
    if title is not None:
        title = without_leading_bullet(title)     # • 某某带队赴某县…: a list item's bullet, the layout's
    if title is not None and (dated := trailing_date(title)) is not None:
        title, page_lines = dated[0], (*page_lines, dated[1])   # 某某揭牌启用 2031年04月10日: the page's stamp
    if title is not None and subtitle is None and not bylines and is_name_list(title):
        bylines, title = [title], None      # 某甲 某乙 alone over the text: its writers, no headline
    return Draft(
        source=src.path,
        ordinal=ordinal,
        title=title,
        subtitle=subtitle,
        paragraphs=tuple(paragraphs),
        bylines=tuple(b for b in bylines if b),
        captions=tuple(dict.fromkeys(c for c in captions if c)),  # a picture's alt text and its caption line
        front_matter=src.front_matter,
        page_lines=page_lines,
    )
