"""Where articles start and what each line is: heading, body, byline, caption.

One pass over the lines of a file, in order.  A new article starts at a
heading group (one to three headline-shaped lines: kicker, main title,
subtitle) followed by a lead paragraph:

* a strong lead ("本报讯", "XX网讯", "新华社…电", a "(记者 …)" dateline) always
  starts an article — even with no headline before it;
* a weak lead (a date "3月2日…", "近日", "日前" in front) or an announcement
  heading ("…公告") starts one when the article before was closed by a byline,
  or when that article has no section subheads (an article that uses subheads
  keeps using them, so a subhead followed by a dated paragraph stays inside it).

Every other headline-shaped line is a section subhead (kept as its own
paragraph), a picture caption (it stands between wide blank gaps), or, right
after a paragraph that stops mid-sentence, the rest of that paragraph.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from ..repair import ends_paragraph
from .headed_stamp import split_headed_stamp
from .headline_echo import echo_share
from .lines import Line
from .patterns import (
    STRONG, WEAK, headline_shaped, introduces_list, is_byline, is_caption_text, is_date_line, is_enumerated,
    is_field, is_name_list, is_notice_heading, lead_crosses, lead_strength, restates, split_run_in_byline,
    split_run_in_lead, split_run_in_stamp, splits_word,
)

__all__ = ["Unit", "layout", "run_in_leads", "wide_gap", "HEAD", "SUBHEAD", "PROSE", "FIELD", "BYLINE", "CAPTION"]

HEAD = "head"          # in the article's heading group (title, kicker, subtitle)
SUBHEAD = "subhead"    # a section heading inside an article: a paragraph of its own
PROSE = "prose"        # body text, may continue a paragraph broken by the layout
FIELD = "field"        # a form line of a notice: a paragraph of its own
BYLINE = "byline"
CAPTION = "caption"

#: Most lines a heading group holds (引题, 主题, 副题).
MAX_HEAD = 3
#: Share of a stamped headline's character pairs its lead repeats.
_STAMPED_ECHO = 0.4


@dataclass(frozen=True)
class Unit:
    line: Line
    role: str
    opens: bool = False    # prose that starts a paragraph whatever came before (list items)
    glued: bool = False    # prose that continues the paragraph before (unindented wrap line)
    gallery: bool = False  # a caption of a gallery above the report: never its headline

    @property
    def text(self) -> str:
        return self.line.text


def wide_gap(lines: Sequence[Line]) -> int:
    """Blank lines that set a caption apart: more than the file's usual paragraph gap.

    Files separate paragraphs by one blank line or by a bare newline; a caption
    stands out by more than that, and never by less than two blank lines.
    """
    gaps = Counter(line.gap_before for line in lines if not line.first)
    usual = min(gaps, key=lambda g: (-gaps[g], g)) if gaps else 0
    return max(2, usual + 1)


# Shapes: what a line is by itself, before its neighbours are considered.
_CAND, _BYLINE, _CAPTION, _FIELD, _ENUM_HEAD, _PROSE = range(6)


def _shape(line: Line) -> int:
    text = line.text
    if line.image:
        return _CAPTION
    if line.level:
        return _CAND
    if is_byline(text):
        return _BYLINE
    if is_caption_text(text):
        return _CAPTION
    if is_field(text) or is_date_line(text):
        return _FIELD
    if line.tabled:
        return _ENUM_HEAD                # a table's row: a paragraph of its own, never a headline
    if headline_shaped(text):
        if lead_strength(text) == STRONG:
            return _PROSE                # "本报讯 为进一步密切党群": a lead the layout broke short
        if is_enumerated(text):
            return _ENUM_HEAD
        if not line.listed:
            return _CAND
    return _PROSE


class _Builder:
    """Collects units article by article while the pass runs (state kept in O(1) flags)."""

    def __init__(self) -> None:
        self.articles: list[list[Unit]] = [[]]
        self.has_subheads = False    # the current article has section subheads
        self.head_level = 0          # Markdown level of the current article's headline (0: bare)
        self.has_body = False        # the current article has body text
        self.has_head = False        # the current article opens with a headline
        self.has_lead = False        # the current article has had a dateline lead (本报讯, 某某网讯)
        self.kept = False            # the current article has more than captions
        self.headed = False          # the file has a headline, subhead or body text so far
        self.last: Unit | None = None  # the last unit that is not a caption

    @property
    def current(self) -> list[Unit]:
        return self.articles[-1]

    def add(self, line: Line, role: str, opens: bool = False, glued: bool = False) -> None:
        unit = Unit(line, role, opens, glued)
        self.current.append(unit)
        if role == HEAD and line.level:
            self.head_level = min(self.head_level or line.level, line.level)
        if role == SUBHEAD and _section_subhead(line, self.head_level):
            self.has_subheads = True
        if role in (PROSE, SUBHEAD, FIELD):
            self.has_body = True
        if role == HEAD and not self.has_body:
            self.has_head = True
        if role in (HEAD, PROSE, SUBHEAD):
            self.headed = True
        if role != CAPTION:
            self.kept = True
            self.last = unit             # captions float between paragraphs

    def new_article(self) -> None:
        if self.kept:
            self.articles.append([])
        self.has_subheads = self.has_body = self.kept = self.has_head = self.has_lead = False
        self.head_level = 0
        self.last = None

    def at_top(self) -> bool:
        """Nothing but captions, bylines and form lines (page stamps) seen yet in the file:
        a run here is its headline."""
        return not self.headed


def _leads(lines: Sequence[Line], shapes: list[int], wide: int) -> list[int]:
    """Lead strength of every prose line as a paragraph opening (0 for other lines).

    A lead the layout broke ("2025年10月" / "10日下午，…") is read across the break,
    and a headline-shaped line that starts one becomes prose (``shapes`` is updated).
    """
    n = len(lines)
    leads = [0] * n
    for i in range(n - 1, -1, -1):       # backwards: the next line's shape is final
        line, shape = lines[i], shapes[i]
        if shape not in (_PROSE, _CAND) or line.level:
            continue
        lead = lead_strength(line.text) if shape == _PROSE else 0
        if not lead and i + 1 < n and shapes[i + 1] == _PROSE and lines[i + 1].gap_before < wide:
            after = lines[i + 1].text
            # prose that stops mid-sentence runs on into the next line ("为进一步…关系，" / "近日，…");
            # a headline-shaped line only when its lead mark does
            runs_on = not ends_paragraph(line.text) if shape == _PROSE else lead_crosses(line.text, after)
            if runs_on:
                shapes[i] = _PROSE
                lead = lead_strength(line.text + after)
        leads[i] = lead
    return leads


def run_in_leads(lines: Sequence[Line]) -> list[Line]:
    """A line holding a headline and the lead run in after it becomes the two lines (read
    before the residue is, so that every later step sees the same lines)."""
    out: list[Line] = []
    for line in lines:
        parts = None if line.level or line.image else (split_run_in_lead(line.text)
                                                         or split_run_in_stamp(line.text)
                                                         or split_headed_stamp(line.text))
        if parts is None:
            out.append(line)
            continue
        out.append(replace(line, text=parts[0], gap_after=0, last=False))
        out.extend(replace(line, text=part, gap_before=0, gap_after=0, first=False, last=False, indented=False)
                   for part in parts[1:-1])
        out.append(replace(line, text=parts[-1], gap_before=0, first=False, indented=False))
    return out


def layout(lines: Sequence[Line]) -> list[list[Unit]]:
    """Group the lines of one file into articles and give every line its role."""
    shapes = [_shape(line) for line in lines]
    wide = wide_gap(lines)
    leads = _leads(lines, shapes, wide)
    _headline_over_byline(lines, shapes, leads)
    indents = _indent_marks_paragraphs([ln for ln, s in zip(lines, shapes) if s == _PROSE])
    b = _Builder()
    n = len(lines)
    i = 0
    while i < n:
        line, shape = lines[i], shapes[i]
        if shape == _CAND:
            j = _run_end(lines, shapes, i, wide)
            _heading_run(b, lines, shapes, leads, i, j, wide)
            i = j + 1
            continue
        if shape == _BYLINE:
            b.add(line, BYLINE)
        elif shape == _CAPTION or (shape == _PROSE and _isolated(line, wide)):
            b.add(line, CAPTION)
        elif shape == _FIELD:
            b.add(line, FIELD)
        elif shape == _ENUM_HEAD:
            b.add(line, SUBHEAD)
        else:
            if b.has_body and leads[i] == STRONG and (b.has_lead or not b.has_head):
                b.new_article()          # a lead with no headline before it
            # under a headline, paragraphs before the first dateline (a caption, a summary)
            # are the article's own: its dateline comes after them
            b.has_lead = b.has_lead or leads[i] == STRONG
            prev = b.current[-1] if b.current else None
            opens = line.listed or is_enumerated(line.text) or (indents and line.indented)
            glued = (indents and not line.indented and line.gap_before == 0
                     and prev is not None and prev.role == PROSE)
            b.add(line, PROSE, opens=opens, glued=glued)
        i += 1
    return [a for a in b.articles if a]


#: The longest line read as a headline for the byline under it.
_HEADLINE_OVER_BYLINE_MAX = 40


def _headline_over_byline(lines: Sequence[Line], shapes: list[int], leads: Sequence[int]) -> None:
    """The file's first text line, unfinished, short and no lead, with a byline right under
    it (某地走出了一条新路 / 作者 | 某某), or with the page's stamp under it, is the headline
    though it holds a comma: a lead or a paragraph never stands between a headline and its
    byline or stamp (``shapes`` is updated)."""
    for i, shape in enumerate(shapes[:-1]):
        if shape in (_CAPTION, _FIELD, _BYLINE):
            continue
        if (shape == _PROSE and (shapes[i + 1] == _BYLINE or lines[i].stamped) and not leads[i]
                and not lines[i].listed and len(lines[i].text) <= _HEADLINE_OVER_BYLINE_MAX
                and not ends_paragraph(lines[i].text)):
            shapes[i] = _CAND
        return


def _section_subhead(line: Line, head_level: int) -> bool:
    """A subhead that makes an article sectioned.  Numbered items ("（一）第一巡察组") and a
    table's rows are a list, not sections; under a Markdown headline the sections are Markdown headings
    too, so a bare headline-shaped line there is not one."""
    return not line.tabled and not is_enumerated(line.text) and (bool(line.level) or not head_level)


def _new_head(b: _Builder, lines: Sequence[Line], run: Sequence[int], k: int) -> bool:
    """Does the run before lead line ``k`` head a new article even inside a sectioned one?
    Yes when it is a heading group of two or more lines (a subhead is one line), a Markdown
    heading no deeper than the article's headline, or a headline the lead repeats."""
    if len(run) >= 2:
        return True
    last = lines[run[-1]]
    if last.level and b.head_level and last.level <= b.head_level:
        return True
    if last.level and b.head_level and last.level > b.head_level:
        return False
    lead = lines[k].text
    if k + 1 < len(lines) and not ends_paragraph(lead):
        lead += lines[k + 1].text
    return restates(last.text, lead)


def _indent_marks_paragraphs(prose: Sequence[Line]) -> bool:
    """True when paragraphs open with an indent and wrapped lines do not (hard-wrapped text)."""
    indented = sum(1 for line in prose if line.indented)
    return 2 <= indented < len(prose) and 5 * indented >= len(prose)


def _isolated(line: Line, wide: int) -> bool:
    """A short unfinished line standing between wide gaps: a picture caption."""
    return (not line.first and not line.last and line.gap_before >= wide and line.gap_after >= wide
            and len(line.text) <= 60 and not ends_paragraph(line.text))


def _run_end(lines: Sequence[Line], shapes: Sequence[int], i: int, wide: int) -> int:
    """Last line of the run of headline-shaped lines that starts at ``i``."""
    j = i
    while j + 1 < len(lines) and shapes[j + 1] == _CAND and lines[j + 1].gap_before < wide:
        j += 1
    return j


def _after_run(shapes: Sequence[int], leads: Sequence[int], j: int) -> tuple[int, int]:
    """(index of the first line after run end ``j`` that is not a caption, its lead strength)."""
    k = j + 1
    while k < len(shapes) and shapes[k] == _CAPTION:
        k += 1
    return k, (leads[k] if k < len(shapes) else 0)


def _heading_run(b: _Builder, lines: Sequence[Line], shapes: Sequence[int], leads: Sequence[int],
                 i: int, j: int, wide: int) -> None:
    """Place the run of headline-shaped lines i..j: a new article's head, or not."""
    k, lead = _after_run(shapes, leads, j)
    body_follows = k < len(lines) and shapes[k] in (_PROSE, _FIELD, _ENUM_HEAD)
    run = list(range(i, j + 1))

    if b.at_top():
        after = _after_run(shapes, leads, _run_end(lines, shapes, k, wide)) \
            if k == j + 1 and k < len(lines) and shapes[k] == _CAND else None
        if after is not None and after[1] and not _stamped_headline(lines[j], lines[after[0]]):
            for idx in run:              # the headline comes after a wide gap: these are captions
                b.add(lines[idx], CAPTION)
            return
        _place_head(b, lines, run, lead)
        return
    if lines[i].gap_before >= wide and _under_stamped_head(b, lines, k):
        for idx in run:                  # a photo's caption between the headline and the lead
            b.add(lines[idx], CAPTION)
        return

    prev = b.last
    closed = prev is not None and (prev.role == BYLINE
                                   or (prev.role == PROSE and split_run_in_byline(prev.text)[1] is not None))
    broken = (prev is not None and prev.role == PROSE and not closed and not ends_paragraph(prev.text)
              and lines[i].gap_before < wide and not lines[i].level)
    start = lead == STRONG
    if not start and body_follows and (lead == WEAK or is_notice_heading(lines[j].text)) and not broken \
            and not _in_list(prev, lines, run):
        start = closed or not b.has_subheads or _new_head(b, lines, run[-MAX_HEAD:], k)
    if start:
        items = _list_items(prev, lines, run)    # the end of a list before the new headline
        head = run[items:]
        _inside(b, lines, shapes, run[:items] + head[:-MAX_HEAD], wide, broken)
        b.new_article()
        _place_head(b, lines, head[-MAX_HEAD:], lead)
    else:
        _inside(b, lines, shapes, run, wide, broken)


def _stamped_headline(line: Line, lead: Line) -> bool:
    """Is ``line`` a headline the page's stamp stood under and the lead echoes?  The stamp
    marks a headline's place (an account name over a forum's post bar is no headline: the
    lead repeats nothing of it)."""
    return line.stamped and echo_share(line.text, lead.text) >= _STAMPED_ECHO


def _under_stamped_head(b: _Builder, lines: Sequence[Line], lead: int) -> bool:
    """Is the article so far only a headline the page's stamp stood under, one the lead
    at ``lead`` echoes?  A run set apart below it before any text is a photo's caption,
    never a new article's headline."""
    return b.has_head and not b.has_body and b.last is not None and b.last.role == HEAD \
        and lead < len(lines) and _stamped_headline(b.last.line, lines[lead])


def _in_list(prev: Unit | None, lines: Sequence[Line], run: Sequence[int]) -> bool:
    """Is the run part of a list inside the article: the lines after one that ends in a colon
    ("会议决定任命：" / "甲某某 乙某某"), a list heading ("免去:") or names only?  A list
    never starts an article unless a strong lead follows it."""
    if prev is not None and prev.role != CAPTION and introduces_list(prev.text):
        return True
    return any(introduces_list(lines[idx].text) for idx in run) or is_name_list(lines[run[-1]].text)


def _list_items(prev: Unit | None, lines: Sequence[Line], run: Sequence[int]) -> int:
    """How many lines at the start of the run are items of a list (names only, a list heading,
    the line after one that ends in a colon); the last line of a run is never counted."""
    n = 0
    opened = prev is not None and prev.role != CAPTION and introduces_list(prev.text)
    while n < len(run) - 1:
        text = lines[run[n]].text
        if not (is_name_list(text) or introduces_list(text) or (n == 0 and opened)):
            break
        opened = introduces_list(text)
        n += 1
    return n


def _inside(b: _Builder, lines: Sequence[Line], shapes: Sequence[int], run: Sequence[int], wide: int,
            broken: bool) -> None:
    """Headline-shaped lines that do not start an article."""
    for n, idx in enumerate(run):
        line = lines[idx]
        if n == 0 and broken:
            b.add(line, PROSE)           # the rest of a paragraph the layout broke
        elif len(run) == 1 and _paragraph_start(lines, shapes, idx, wide):
            b.add(line, PROSE)
        elif not line.level and ((line.gap_before >= wide and not line.first)
                                 or (line.gap_after >= wide and not line.last)):
            b.add(line, CAPTION)
        else:
            b.add(line, SUBHEAD)


def _paragraph_start(lines: Sequence[Line], shapes: Sequence[int], i: int, wide: int) -> bool:
    """Is the lone headline-shaped line ``i`` the start of a paragraph the layout broke?

    Yes when it stands closer to the text before it than to the text after it (a
    heading stands nearer the section it opens: "信宁镇还依托新时代" / blank line /
    "文明实践站，…"), or when the break falls inside a word ("…党工委书" / "记…").
    """
    line = lines[i]
    if line.level or line.first or line.last or i + 1 >= len(lines) or shapes[i + 1] != _PROSE:
        return False
    after = lines[i + 1]
    if after.gap_before >= wide:
        return False
    return line.gap_before < line.gap_after or splits_word(line.text, after.text)


def _listed_headline(lines: Sequence[Line], run: Sequence[int]) -> int:
    """Where the article's heading group starts in a run that holds an e-paper page's
    headline list above it: at the line of the group's last lines that repeats a line of
    the list (the list names the story by its main line), or just after the page's stamp
    when that stands between the list and the repeat (a kicker over the main line); 0 when
    no line repeats but the one right above it."""
    texts = [re.sub(r"\s+", "", lines[idx].text) for idx in run]
    for n in range(len(run) - 1, max(len(run) - MAX_HEAD, 0) - 1, -1):
        if texts[n] in texts[:n - 1]:    # (a headline written twice in a row is no list)
            first = texts.index(texts[n])
            stamps = [k for k in range(first + 1, n) if lines[run[k]].stamped]
            return max(stamps[-1] + 1, n - MAX_HEAD + 1) if stamps else n
    return 0


def _place_head(b: _Builder, lines: Sequence[Line], run: Sequence[int], lead: int) -> None:
    """The heading group of an article; with no lead after it, deeper Markdown headings
    at its end are the first section subheads ("# 总题" then "## 白沙镇：…"); when more
    lines than a group holds follow the one the page's stamp stood under (a poster's short
    lines), they are subheads too."""
    listed = _listed_headline(lines, run)
    for idx in run[:listed]:             # the page's headline list above the article's own headline
        b.add(lines[idx], SUBHEAD)
    run = run[listed:]
    stamped = [n for n, idx in enumerate(run) if lines[idx].stamped]
    # a headline the page's stamp follows is not left out of its group for the lines after it
    below = list(run[stamped[-1] + 1:]) if stamped and stamped[-1] < len(run) - MAX_HEAD else []
    run = list(run[:len(run) - len(below)])
    extra = list(run[:-MAX_HEAD])
    run = list(run[-MAX_HEAD:])
    for idx in extra:
        b.add(lines[idx], SUBHEAD)
    levels = [lines[idx].level for idx in run if lines[idx].level]
    tail: list[int] = []
    if not lead and levels:
        top = min(levels)
        while len(run) > 1 and lines[run[-1]].level > top:
            tail.insert(0, run.pop())
    for idx in run:
        b.add(lines[idx], HEAD)
    for idx in tail + below:
        b.add(lines[idx], SUBHEAD)
