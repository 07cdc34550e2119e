"""Stage 2, split: one :class:`Draft` per article of a source file.

A newsroom file may hold several articles (a newspaper page), one article
with section subheads, or a bare article with no headline.  The work is done
in three small steps, each in its own module:

* :mod:`.split_markup` reads the body line by line, taking Markdown markup off
  and keeping the layout (blank-line gaps, headings);
* :mod:`.split_layout` decides where articles start and what every line is;
* :mod:`.repair` joins paragraphs that the page layout broke mid-sentence.

Headings: the main title is the Markdown heading of the group when there is
one, else the first line — or the second, when the first only states the
event ("樊城区召开民营企业家座谈会") and the second does not.  Kicker and
subtitle lines both go to ``subtitle``, in reading order.  Front matter
``title`` is not applied here: the draft reports the headline the text has,
and the article stage lets front matter win (the headline then becomes the
subtitle).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from .records import Draft, SourceFile
from .repair import Block, clean_text, join_broken_paragraphs
from .split_layout import BYLINE, CAPTION, FIELD, HEAD, PROSE, SUBHEAD, Unit, layout
from .split_markup import Line, read_lines
from .split_residue import PAGE_KINDS, RETITLE, residue_kinds, retitle_text, without_residue
from .split_patterns import is_event_line, split_run_in_byline

__all__ = ["split_source", "derive_title", "headline"]


def split_source(src: SourceFile) -> list[Draft]:
    """Every article of ``src`` in file order, ordinals from 1; [] when there is no text."""
    lines = read_lines(src.text, src.fmt)
    kinds = residue_kinds(lines)
    body = without_residue(lines, kinds)
    articles = layout(body)
    page = _page_lines(lines, kinds, body, articles)
    drafts: list[Draft] = []
    for n, units in enumerate(articles):
        draft = _draft(src, len(drafts) + 1, units, page[n])
        if draft is not None:
            drafts.append(draft)
    return drafts


class _Residue(NamedTuple):
    page_lines: tuple[str, ...] = ()
    retitle: str | None = None


def _page_lines(lines: Sequence[Line], kinds: Sequence[str | None], body: Sequence[Line],
                articles: Sequence[Sequence[Unit]]) -> list[_Residue]:
    """What the residue of the file gives each article: the page lines (stamps, sources,
    footers) and an original headline ("原标题:…").

    Residue above the first article and below the last is the page's and goes to every
    article of the file; residue between two articles goes to the one after it.
    """
    if not any(k in PAGE_KINDS or k == RETITLE for k in kinds):
        return [_Residue()] * len(articles)
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
        if kind not in PAGE_KINDS and kind != RETITLE:
            continue
        if after[i] is None or not seen_body:
            shared.append((i, kind, line.text))
        else:
            own[after[i]].append((i, kind, line.text))
    out = []
    for items in own:
        merged = sorted(shared + items)
        page = tuple(dict.fromkeys(text for _, kind, text in merged if kind in PAGE_KINDS))
        retitle = next((retitle_text(text) for _, kind, text in merged if kind == RETITLE), None)
        out.append(_Residue(page, retitle or None))
    return out


def _draft(src: SourceFile, ordinal: int, units: Sequence[Unit], residue: _Residue = _Residue()) -> Draft | None:
    head = [u.text for u in units if u.role == HEAD]
    levels = [u.line.level for u in units if u.role == HEAD]
    blocks: list[Block] = []
    bylines: list[str] = []
    captions: list[str] = []
    for u in units:
        if u.role == PROSE:
            text, byline = split_run_in_byline(u.text)
            blocks.append(Block(text, opens=u.opens, glued=u.glued))
            if byline:
                bylines.append(clean_text(byline))
        elif u.role in (SUBHEAD, FIELD):
            blocks.append(Block(u.text, fixed=True))
        elif u.role == BYLINE:
            bylines.append(clean_text(u.text))
        elif u.role == CAPTION:
            captions.append(clean_text(u.text))
    paragraphs = join_broken_paragraphs(blocks)
    if not paragraphs:
        return None
    title, subtitle = headline(head, levels)
    if title is None and residue.retitle:
        title = _title_text(residue.retitle)
    return Draft(
        source=src.path,
        ordinal=ordinal,
        title=title,
        subtitle=subtitle,
        paragraphs=tuple(paragraphs),
        bylines=tuple(b for b in bylines if b),
        captions=tuple(c for c in captions if c),
        front_matter=src.front_matter,
        page_lines=residue.page_lines,
    )


_SPACED = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff])+$")
#: A site's name after a headline ("…考察学习|某某资讯", "…_新闻中心_某某网").
_SITE_SUFFIX = re.compile(r"(?:\s*[|｜_]\s*|\s+-\s+)[^|｜_\s]{2,12}$")


def _title_text(text: str) -> str:
    """A headline line as a title: spaces collapsed, a title spaced out letter by letter
    ("巡 察 公 告") joined, a site's name after it cut off."""
    title = re.sub(r"\s+", " ", text).strip()
    if _SPACED.match(title):
        return title.replace(" ", "")
    while (m := _SITE_SUFFIX.search(title)) and len(title[: m.start()]) >= 6:
        title = title[: m.start()]
    return title


def headline(lines: Sequence[str], levels: Sequence[int] = ()) -> tuple[str | None, str | None]:
    """(title, subtitle) of a heading group of up to three lines, top to bottom.

    ``levels`` are the lines' Markdown heading levels (0: a bare line).
    """
    texts = [_title_text(t) for t in lines if _title_text(t)]
    levels = list(levels) + [0] * (len(lines) - len(levels))
    levels = [lv for t, lv in zip(lines, levels) if _title_text(t)]
    if not texts:
        return None, None
    marked = [lv for lv in levels if lv]
    if marked:
        main = levels.index(min(marked))
    elif len(texts) == 2:
        main = 1 if is_event_line(texts[0]) and not is_event_line(texts[1]) else 0
    elif len(texts) >= 3:
        main = 1
    else:
        main = 0
    rest = texts[:main] + texts[main + 1:]
    return texts[main], (" ".join(rest) or None)


_LEAD_MARK = re.compile(
    r"^(?:本报|本刊|本台|本网)[\u4e00-\u9fff]{0,10}讯\s*"
    r"|^[\u4e00-\u9fff·]{1,14}(?:网|报|台|社|新闻|客户端|融媒|号|中心)讯\s*"
    r"|^[\u4e00-\u9fff]{2,20}(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)\s*")
_BRACKET = re.compile(r"^[（(【\[][^（）()【】\[\]]{0,60}[)）】\]]\s*")
_WHEN = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|近期|昨日|昨天|今天|今日)"
                   r"(?:[上下]午|晚上?|早上|凌晨|中午)?\s*[，,]\s*")
_SENTENCE = re.compile(r"[。！？!?]")
_CLAUSE = re.compile(r"[，,；;：:、]")
_TRIM = " \t，,、；;：:“‘「《（("


def derive_title(paragraphs: Sequence[str], limit: int = 40) -> str:
    """A title for an article without a headline: its first sentence, cut at a natural
    boundary to at most ``limit`` characters; never empty when there is text.

    Lead marks ("本报讯", a "(记者 …)" dateline, a leading date clause) carry no
    meaning for a title and are left out; so are paragraphs with no full sentence
    (form lines, page stamps) when a later one has one.
    """
    texts = [clean_text(p) for p in paragraphs if p.strip()]
    if not texts:
        return ""
    # the first paragraph with a full sentence: form lines and page stamps make poor titles
    text = next((t for t in texts if _SENTENCE.search(t)), texts[0])
    limit = max(limit, 2)
    body = _LEAD_MARK.sub("", text, count=1)
    body = _BRACKET.sub("", body, count=1) if body != text or _BRACKET.match(body) else body
    body = _WHEN.sub("", body, count=1) or text
    m = _SENTENCE.search(body)
    sentence = (body[: m.start()] if m else body).strip(_TRIM) or body
    if len(sentence) <= limit:
        return sentence
    cut = _cut_at_clause(sentence, limit)
    if cut:
        return cut
    return sentence[: limit - 1].rstrip(_TRIM) + "…"


def _cut_at_clause(sentence: str, limit: int) -> str | None:
    """The longest run of whole clauses within ``limit`` whose quotes are balanced."""
    for m in reversed([m for m in _CLAUSE.finditer(sentence) if m.start() <= limit]):
        head = sentence[: m.start()].rstrip(_TRIM)
        if len(head) >= min(8, limit) and head.count("“") == head.count("”") \
                and head.count("《") == head.count("》"):
            return head
    return None
