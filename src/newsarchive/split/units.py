"""Where articles start and what each line is: heading, body, byline, caption.

One pass over the lines of a file, in order.  A new article starts at a
heading group (one to three headline-shaped lines: kicker, main title,
subtitle) followed by a lead paragraph:

* a strong lead ("本报讯", "XX网讯", "新华社…电", a "(记者 …)" dateline) always
  starts an article — even with no headline before it;
* a weak lead (a date "3月2日…", "近日", "日前" in front) or an announcement
  heading ("…公告") starts one when the article before was closed by a byline,
  or when that article has no section subheads (an article that uses subheads
  keeps using them, so a subhead followed by a dated paragraph stays inside it);
* in a digest of short news, a paragraph closed by its reporter's credit in brackets
  ("…出席会议。(记者 某某)") is a whole item: the next one starts an article when it
  opens with a date or 近日, or with the bullet that one opened with ("●…"); under a
  digest's column name (要闻简报, 要 闻 周 报) every paragraph opening with the bullet
  the one before opened with is an item of its own, and so is one opening with that
  bullet and a date after one that did too (a chronicle: ○11月26日,… / ○11月29日,…).

Every other headline-shaped line is a section subhead (kept as its own
paragraph), a picture caption (it stands between wide blank gaps), or, right
after a paragraph that stops mid-sentence, the rest of that paragraph.

Here every line gets its shape and the pass runs; where a run of headline-shaped
lines goes is :mod:`.heading_runs`, the roles and the pass's record :mod:`.unit_roles`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Sequence

from ..repair import ends_paragraph
from .edit_stamp import split_run_in_edit_stamp
from .headed_stamp import split_dated_start, split_headed_stamp, split_run_in_stamp
from .heading_runs import heading_run, run_end
from .lines import Line
from .patterns import (
    STRONG, WEAK, closes_with_credit, headline_shaped, is_byline, is_caption_text, is_date_line, is_digest_heading,
    is_enumerated, is_field, item_bullet, item_lead_strength, lead_crosses, lead_strength, split_run_in_lead,
    split_titled_dateline, split_trailing_byline,
)
from .head_forms import restated_run_in, unit_kicker
from .titled_items import gallery_items, split_titled_item
from .unit_roles import (
    BYLINE, CAPTION, FIELD, HEAD, PROSE, SUBHEAD, Builder, Unit,
    SHAPE_BYLINE as _BYLINE, SHAPE_CAND as _CAND, SHAPE_CAPTION as _CAPTION, SHAPE_ENUM_HEAD as _ENUM_HEAD,
    SHAPE_FIELD as _FIELD, SHAPE_PROSE as _PROSE,
)

__all__ = ["Unit", "layout", "run_in_leads", "wide_gap", "HEAD", "SUBHEAD", "PROSE", "FIELD", "BYLINE", "CAPTION"]


#: An inspection group's name alone on its line (中央第一环境保护督察组, 市委第三巡察组), heading
#: the lines of its channels: a part of the notice, never a picture's caption.
_GROUP_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,12}第[一二三四五六七八九十\d]{1,3}[\u4e00-\u9fff]{0,8}?(?:巡察|巡视|督察|督导)组$")


def wide_gap(lines: Sequence[Line]) -> int:
    """Blank lines that set a caption apart: more than the file's usual paragraph gap.

    Files separate paragraphs by one blank line or by a bare newline; a caption
    stands out by more than that, and never by less than two blank lines.
    """
    gaps = Counter(line.gap_before for line in lines if not line.first)
    usual = min(gaps, key=lambda g: (-gaps[g], g)) if gaps else 0
    return max(2, usual + 1)


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
    if line.tabled or _GROUP_HEADING.match(text.strip()):
        return _ENUM_HEAD                # a table's row, or a group's name over its channels: a paragraph
                                         # of its own, never a headline
    if headline_shaped(text):
        if lead_strength(text) == STRONG:
            return _PROSE                # "本报讯 为进一步密切党群": a lead the layout broke short
        if is_enumerated(text):
            return _ENUM_HEAD
        if not line.listed:
            return _CAND
    return _PROSE


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
    before the residue is, so that every later step sees the same lines), and so does a
    gallery's item (《题目》2031年9月22日,…, see :mod:`.titled_items`)."""
    out: list[Line] = []
    gallery = gallery_items([line.text for line in lines])
    for line in lines:
        item = split_titled_item(line.text) if gallery and not line.level and not line.image else None
        if item is not None:        # a gallery's item: its title a headline of its own
            out.append(replace(line, text=item[0], level=_ITEM_LEVEL, gap_after=0, last=False))
            out.append(replace(line, text=item[1], gap_before=0, first=False, indented=False))
            continue
        parts = None if line.level or line.image else (split_run_in_lead(line.text)
                                                         or restated_run_in(line.text.strip())
                                                         or split_titled_dateline(line.text)
                                                         or split_run_in_stamp(line.text)
                                                         or split_headed_stamp(line.text)
                                                         or split_dated_start(line.text)
                                                         or split_run_in_edit_stamp(line.text)
                                                         or split_trailing_byline(line.text))
        if parts is None:
            out.append(line)
            continue
        out.append(replace(line, text=parts[0], gap_after=0, last=False))
        out.extend(replace(line, text=part, gap_before=0, gap_after=0, first=False, last=False, indented=False)
                   for part in parts[1:-1])
        out.append(replace(line, text=parts[-1], gap_before=0, first=False, indented=False))
    return out


#: The heading level a gallery item's title is given: each opens an article of its own.
_ITEM_LEVEL = 2


#: A line ending in a run of dashes ("…的重要指示———") leads into the line below: over a
#: dateline, that line is the report the summary above it introduces, not another article,
#: and a paragraph of its own.
_LEADS_INTO = ("——", "---")


def layout(lines: Sequence[Line]) -> list[list[Unit]]:
    """Group the lines of one file into articles and give every line its role."""
    shapes = [_shape(line) for line in lines]
    wide = wide_gap(lines)
    leads = _leads(lines, shapes, wide)
    _headline_over_byline(lines, shapes, leads)
    _unit_kicker_over_headline(lines, shapes, wide)
    indents = _indent_marks_paragraphs([ln for ln, s in zip(lines, shapes) if s == _PROSE])
    b = Builder()
    n = len(lines)
    digest_at = next((k for k, ln in enumerate(lines) if is_digest_heading(ln.text)), n)
    i = 0
    while i < n:
        line, shape = lines[i], shapes[i]
        if shape == _CAND:
            j = run_end(lines, shapes, i, wide)
            heading_run(b, lines, shapes, leads, i, j, wide)
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
            led_in = i > 0 and leads[i] == STRONG and lines[i - 1].text.rstrip().endswith(_LEADS_INTO)
            if b.has_body and leads[i] == STRONG and (b.has_lead or not b.has_head) and not led_in \
                    and not b.took_caption_first():
                b.new_article()          # a lead with no headline before it
            elif b.has_body and (_item_after_credit(b.last, line) or (_next_bullet(b.last, line) and (
                    i > digest_at or _dated_items(b.last, line))) or _next_dated_number(b.current, line)
                    or line.entry):
                b.new_article()          # a digest's next item: ●7月2日,… after …。(记者 某某), or
                                         # ◆… after ◆… under its column name (要闻简报), or
                                         # ○11月26日,… after ○11月26日,…, or
                                         # 2.9月23日,… after 1.近日,…, or a chronicle's entry
            # under a headline, paragraphs before the first dateline (a caption, a summary)
            # are the article's own: its dateline comes after them
            b.has_lead = b.has_lead or leads[i] == STRONG
            prev = b.current[-1] if b.current else None
            opens = line.listed or is_enumerated(line.text) or (indents and line.indented) or led_in
            glued = (indents and not line.indented and line.gap_before == 0
                     and prev is not None and prev.role == PROSE)
            b.add(line, PROSE, opens=opens, glued=glued)
        i += 1
    return [a for a in b.articles if a]


def _item_after_credit(last: Unit | None, line: Line) -> bool:
    """A paragraph opening with a date or 近日 (perhaps after a bullet), or with the bullet
    the one before opened with, right after one that closed with its reporter's credit in
    brackets: the next item of a digest of short news."""
    if last is None or last.role != PROSE or not closes_with_credit(last.text):
        return False
    bullet = item_bullet(line.text)
    return item_lead_strength(line.text) >= WEAK or (bullet is not None and bullet == item_bullet(last.text))


def _next_bullet(last: Unit | None, line: Line) -> bool:
    """A paragraph opening with the bullet the one before opened with."""
    bullet = item_bullet(line.text)
    return bullet is not None and last is not None and last.role == PROSE and bullet == item_bullet(last.text)


def _dated_items(last: Unit, line: Line) -> bool:
    """Two bulleted paragraphs that each open with a date after the bullet: a chronicle's
    items (○11月26日,… / ○11月29日,…), not points of one article."""
    return item_lead_strength(last.text) >= WEAK and item_lead_strength(line.text) >= WEAK


#: A paragraph's number ("2.", "3、").
_NUMBER = re.compile(r"^\s*(\d{1,2})[.、．]\s*(?=\D|\d{1,2}月)")
#: A column's name over the numbered items ("县域新闻:").
_COLUMN = re.compile(r"^[\u4e00-\u9fff]{2,10}[:：]$")


def _next_dated_number(units: Sequence[Unit], line: Line) -> bool:
    """Two paragraphs numbered one after the other (or the numbering begun again under a
    column's name), each opening with a date or 近日 after its number: a news round-up's
    items (1.近日,… / 2.9月23日,…), not points of one article, which state no date each."""
    now = _dated_number(line.text)
    if now is None or not units:
        return False
    if len(units) > 1 and _COLUMN.match(units[-1].text.strip()):   # 县域新闻: / 1.近日,…: the next column's first
        return now == 1 and any(u.role == PROSE and _dated_number(u.text) is not None for u in units[:-1])
    before = _dated_number(units[-1].text) if units[-1].role == PROSE else None
    return before is not None and now in (before + 1, 1)


def _dated_number(text: str) -> int | None:
    """The number of a numbered paragraph opening with a date or 近日 after it, else None."""
    m = _NUMBER.match(text)
    return int(m.group(1)) if m is not None and lead_strength(text[m.end():]) >= WEAK else None


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


def _unit_kicker_over_headline(lines: Sequence[Line], shapes: list[int], wide: int) -> None:
    """The file's first text line, a unit's name and a colon (某某村党支部:), right over a
    headline-shaped line: the headline's kicker, of its heading group, not a paragraph
    (``shapes`` is updated)."""
    first = next((i for i, shape in enumerate(shapes) if shape not in (_CAPTION, _FIELD)), None)
    if first is not None and first + 1 < len(lines) and shapes[first] == _PROSE and shapes[first + 1] == _CAND \
            and lines[first + 1].gap_before < wide and unit_kicker(lines[first].text):
        shapes[first] = _CAND


def _indent_marks_paragraphs(prose: Sequence[Line]) -> bool:
    """True when paragraphs open with an indent and wrapped lines do not (hard-wrapped text)."""
    indented = sum(1 for line in prose if line.indented)
    return 2 <= indented < len(prose) and 5 * indented >= len(prose)


def _isolated(line: Line, wide: int) -> bool:
    """A short unfinished line standing between wide gaps: a picture caption."""
    return (not line.first and not line.last and line.gap_before >= wide and line.gap_after >= wide
            and len(line.text) <= 60 and not ends_paragraph(line.text))
