"""Where a run of headline-shaped lines goes: a new article's heading group, or not.

A run heads a new article when a lead follows it (a strong one always; a weak one, or a
notice's heading, when the article before was closed or has no section subheads).  At the
top of a file the run is the headline unless a later run over the lead is (then these
lines are captions); a page's headline list above the headline it repeats, and lines
the page's stamp stood over, are told apart from the heading group.  A run that starts
no article is the rest of a broken paragraph, a section subhead or a caption.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..repair import ends_paragraph
from .headline_echo import echo_share
from .lines import Line
from .patterns import STRONG, WEAK, introduces_list, is_name_list, is_notice_heading, restates, \
    split_run_in_byline, splits_word
from .unit_roles import (
    BYLINE, CAPTION, HEAD, MAX_HEAD, PROSE, SUBHEAD, Builder, Unit,
    SHAPE_CAND as _CAND, SHAPE_CAPTION as _CAPTION, SHAPE_ENUM_HEAD as _ENUM_HEAD, SHAPE_FIELD as _FIELD,
    SHAPE_PROSE as _PROSE,
)

__all__ = ["heading_run", "run_end"]


#: Share of a stamped headline's character pairs its lead repeats.
_STAMPED_ECHO = 0.4


def _new_head(b: Builder, lines: Sequence[Line], run: Sequence[int], k: int) -> bool:
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


def run_end(lines: Sequence[Line], shapes: Sequence[int], i: int, wide: int) -> int:
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


def heading_run(b: Builder, lines: Sequence[Line], shapes: Sequence[int], leads: Sequence[int],
                 i: int, j: int, wide: int) -> None:
    """Place the run of headline-shaped lines i..j: a new article's head, or not."""
    k, lead = _after_run(shapes, leads, j)
    body_follows = k < len(lines) and shapes[k] in (_PROSE, _FIELD, _ENUM_HEAD)
    run = list(range(i, j + 1))

    if b.at_top():
        after = _after_run(shapes, leads, run_end(lines, shapes, k, wide)) \
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
        if start and not closed and (_same_story(b, lines, run) or _stamped_section(b, lines, run, k)):
            start = False
    if start:
        items = _list_items(prev, lines, run)    # the end of a list before the new headline
        head = run[items:]
        _inside(b, lines, shapes, run[:items] + head[:-MAX_HEAD], wide, broken)
        b.new_article()
        _place_head(b, lines, head[-MAX_HEAD:], lead)
    else:
        _inside(b, lines, shapes, run, wide, broken)


#: Most characters of body text above a heading group that restates the headline: a short
#: lead the page set above the full report.
_SHORT_LEAD = 200
#: Share of a heading line's character pairs the article's headline repeats.
_SAME_STORY = 0.4


def _same_story(b: Builder, lines: Sequence[Line], run: Sequence[int]) -> bool:
    """Is the run a heading group of the same story inside the article so far: the article
    is a headline and a short lead, not closed, and a line of the run restates the headline
    ("某镇党委书记某某涉严重违纪被调查" / one-sentence lead / "某镇书记被双规" / "某某发微博称…" /
    the full report)?  A page that sets a short lead above the full report keeps them one."""
    head = " ".join(u.text for u in b.current if u.role == HEAD)
    body = sum(len(u.text) for u in b.current if u.role == PROSE)
    if not head or not b.has_body or body > _SHORT_LEAD:
        return False
    return any(restates(lines[idx].text, head, _SAME_STORY) for idx in run)


#: Fewest characters of a headline's run of words a section's lead repeats to be its own.
_SUBJECT_RUN = 4
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{%d,}" % _SUBJECT_RUN)


#: Longest line of a short section heading (攻坚克难, 打击犯罪“零懈怠”).
_SECTION_HEAD_CHARS = 12


def _stamped_section(b: Builder, lines: Sequence[Line], run: Sequence[int], k: int) -> bool:
    """Is the run a section heading of a page's one article: the page's stamp stood under
    the article's headline, and the run is one or two short lines with no stamp of their own
    (a feature's section heads: "攻坚克难" / "打击犯罪“零懈怠”"), or one line whose lead (a dated paragraph, which
    alone would open a new article) names the headline's subject, a run of four or more of
    its characters ("某某社区探索…" / "一封信…" / "7月28日,记者来到某某社区…")?"""
    heads = [u for u in b.current if u.role == HEAD]
    if not run or len(run) > 2 or not heads or not any(u.line.stamped for u in heads) or k >= len(lines):
        return False
    if all(len(lines[idx].text.strip()) <= _SECTION_HEAD_CHARS and not lines[idx].stamped for idx in run) \
            and b.has_body:
        return True             # 攻坚克难 / 打击犯罪“零懈怠”: a feature's section heads, short, with no stamp
    if len(run) != 1:
        return False
    lead = lines[k].text
    return any(word[i:i + _SUBJECT_RUN] in lead for u in heads for word in _HAN_RUN.findall(u.text)
               for i in range(len(word) - _SUBJECT_RUN + 1))


def _stamped_headline(line: Line, lead: Line) -> bool:
    """Is ``line`` a headline the page's stamp stood under and the lead echoes?  The stamp
    marks a headline's place (an account name over a forum's post bar is no headline: the
    lead repeats nothing of it)."""
    return line.stamped and echo_share(line.text, lead.text) >= _STAMPED_ECHO


def _under_stamped_head(b: Builder, lines: Sequence[Line], lead: int) -> bool:
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


def _inside(b: Builder, lines: Sequence[Line], shapes: Sequence[int], run: Sequence[int], wide: int,
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


def _place_head(b: Builder, lines: Sequence[Line], run: Sequence[int], lead: int) -> None:
    """The heading group of an article; with no lead after it, deeper Markdown headings
    at its end are the first section subheads ("# 总题" then "## 白沙镇：…"); when more
    lines than a group holds follow the one the page's stamp stood under (a poster's short
    lines), they are subheads too.  A personal name alone closing the group over a lead that
    names no reporter of its own (a blog's or an account's post: "某镇开展植树活动" / "甲某某"
    / the text) is the author's byline."""
    copies = next((k for k, idx in enumerate(run) if lines[idx].text.strip() != lines[run[0]].text.strip()), len(run))
    if copies >= 2 and len(run) > MAX_HEAD:
        # a headline printed twice or more over more lines than a group holds (…会议开幕 /
        # …会议开幕 / 某某出席 / 某某作报告): the headline, once, and the deck lines under it
        b.add(lines[run[copies - 1]], HEAD)
        for idx in run[copies:]:
            b.add(lines[idx], SUBHEAD)
        return
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
    author = run[-1] if len(run) > 1 and lead != STRONG and is_name_list(lines[run[-1]].text, least=1) else None
    for idx in run:
        b.add(lines[idx], BYLINE if idx == author else HEAD)
    for idx in tail + below:
        b.add(lines[idx], SUBHEAD)
