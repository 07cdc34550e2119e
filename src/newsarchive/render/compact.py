"""Templates without their indentation: the pages carry none of it.

Indentation keeps a template readable, but rendered, it is bytes on every page:
about 0.4 KB of each article page, repeated on every page of a large archive.
:class:`CompactLoader` serves each template with the leading spaces and tabs of
its lines removed, and blank lines dropped, once when the template is loaded,
so rendering costs nothing more.  In HTML and XML, white space between tags
collapses to one space or none, so a line break alone renders as a line break
plus indentation did; the content put into a template (article text) is never
touched.  Lines inside ``<pre>`` and ``<textarea>``, where white space shows,
are kept as they are.
"""
from __future__ import annotations

import re
from typing import Callable

import jinja2

_KEEP_OPEN = re.compile(r"<(pre|textarea)\b", re.IGNORECASE)
_KEEP_CLOSE = re.compile(r"</(pre|textarea)\s*>", re.IGNORECASE)


def compact(source: str) -> str:
    """``source`` with lines dedented and blank lines dropped, except inside ``<pre>``/``<textarea>``."""
    out: list[str] = []
    keeping = False
    for line in source.splitlines(keepends=True):
        if keeping:
            out.append(line)
        else:
            stripped = line.lstrip(" \t")
            if stripped.strip(" \t\r\n"):
                out.append(stripped)
        opened = len(_KEEP_OPEN.findall(line))
        closed = len(_KEEP_CLOSE.findall(line))
        if opened != closed:
            keeping = opened > closed
    return "".join(out)


class CompactLoader(jinja2.BaseLoader):
    """``loader``'s templates, compacted (:func:`compact`)."""

    def __init__(self, loader: jinja2.BaseLoader) -> None:
        self.loader = loader

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.loader.get_source(environment, template)
        return compact(source), filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()
