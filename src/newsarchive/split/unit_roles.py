"""The roles a line takes in an article, and the record one layout pass builds.

:mod:`.units` gives every line of a file its shape (what it is by itself) and then,
with its neighbours, its role; :mod:`.heading_runs` places a run of headline-shaped
lines.  Both add units to one :class:`Builder`, which keeps what the pass needs to
know of the article so far in a few flags.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lines import Line
from .patterns import is_enumerated

__all__ = ["Unit", "Builder", "section_subhead", "MAX_HEAD", "HEAD", "SUBHEAD", "PROSE", "FIELD", "BYLINE",
           "CAPTION", "SHAPE_CAND", "SHAPE_BYLINE", "SHAPE_CAPTION", "SHAPE_FIELD", "SHAPE_ENUM_HEAD", "SHAPE_PROSE"]

HEAD = "head"          # in the article's heading group (title, kicker, subtitle)
SUBHEAD = "subhead"    # a section heading inside an article: a paragraph of its own
PROSE = "prose"        # body text, may continue a paragraph broken by the layout
FIELD = "field"        # a form line of a notice: a paragraph of its own
BYLINE = "byline"
CAPTION = "caption"

#: Longest sentence read as a caption over a file's first report.
_CAPTION_LONGEST = 30
#: Most lines a heading group holds (引题, 主题, 副题).
MAX_HEAD = 3


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


# Shapes: what a line is by itself, before its neighbours are considered.
SHAPE_CAND, SHAPE_BYLINE, SHAPE_CAPTION, SHAPE_FIELD, SHAPE_ENUM_HEAD, SHAPE_PROSE = range(6)


class Builder:
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
        if role == SUBHEAD and section_subhead(line, self.head_level):
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

    def took_caption_first(self) -> bool:
        """The file so far is one short sentence and nothing else of the kind that makes an
        article (no headline, no dateline): a photo's caption over the first report, its
        own when that report's dateline comes (耐心聆听某某群众的心声。/ 某某网讯 …).  It
        becomes that report's caption."""
        prose = [k for k, u in enumerate(self.current) if u.role == PROSE]
        if len(self.articles) != 1 or self.has_head or self.has_lead or len(prose) != 1 \
                or any(u.role in (SUBHEAD, FIELD) for u in self.current):
            return False
        text = self.current[prose[0]].text.strip()
        if len(text) > _CAPTION_LONGEST or text.count("。") > 1 or "，" in text or "," in text:
            return False
        self.current[prose[0]] = Unit(self.current[prose[0]].line, CAPTION)
        self.has_body = self.kept = False
        self.last = None
        return True

    def at_top(self) -> bool:
        """Nothing but captions, bylines and form lines (page stamps) seen yet in the file:
        a run here is its headline."""
        return not self.headed


def section_subhead(line: Line, head_level: int) -> bool:
    """A subhead that makes an article sectioned.  Numbered items ("（一）第一巡察组") and a
    table's rows are a list, not sections; under a Markdown headline the sections are Markdown headings
    too, so a bare headline-shaped line there is not one."""
    return not line.tabled and not is_enumerated(line.text) and (bool(line.level) or not head_level)
