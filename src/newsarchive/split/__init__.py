"""Stage 2, split: one :class:`~newsarchive.records.Draft` per article of a source file.

A newsroom file may hold several articles (a newspaper page), one article
with section subheads, or a bare article with no headline; a file copied from
a web page also holds the page's residue.  The flow runs one way, one module a
step:

lines → units → drafts

* :mod:`.lines` reads the body line by line, taking Markdown markup off and
  keeping the layout (blank-line gaps, headings);
* :mod:`.residue` gives page residue (breadcrumbs, stamps, chrome, editor
  lines, footers) its kind, and the lines without one go on;
* :mod:`.units` decides where articles start and what every line is
  (heading, body, byline, caption), with the line tests of :mod:`.patterns`;
* :mod:`.drafts` makes each article's units a draft: paragraphs joined where
  the layout broke them (:mod:`..repair`), title and subtitle (:mod:`.titles`),
  the page lines the residue gives it.
"""
from __future__ import annotations

from ..lazy import lazy_names

__all__ = ["split_source", "derive_title", "headline"]

#: Where each name lives: imported on first use, so that a process that only needs a
#: title (a rebuild's main process) does not load the splitting rules and their tables.
__getattr__ = lazy_names(__name__, {"split_source": ".drafts", "derive_title": ".titles", "headline": ".titles"})
