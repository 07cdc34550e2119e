"""The Jinja environment and the context every page template receives.

All internal links are relative, built from ``root`` (the way back from the
page to the site root), so the same output works at ``/``, under a sub-path
and from ``file://``.  StrictUndefined turns a misspelt variable into a build
error instead of an empty string on a page.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Mapping

import jinja2

from .. import __version__
from ..config import Config
from . import structured
from .compact import CompactLoader
from .pagecache import PageCache
from ..records import PartialDate
from ..writer import Kept, tagged

_TEL_KEEP = re.compile(r"[^0-9+]")


def root_of(path: str) -> str:
    """Relative prefix from the page at site-relative ``path`` back to the site root."""
    return "../" * path.strip("/").count("/")


def tel_href(phone: str) -> str:
    """``tel:`` URI of a printed number: digits and a leading + only (0371-69385963 → tel:037169385963)."""
    from ..textnorm import fold

    digits = _TEL_KEEP.sub("", fold(phone))
    return "tel:" + digits


def mailto_href(email: str) -> str:
    """``mailto:`` URI of a printed address (width-folded, spaces removed)."""
    from ..textnorm import fold

    return "mailto:" + re.sub(r"\s+", "", fold(email))


def date_label(date: PartialDate | None, unknown: str = "日期不详") -> str:
    """Chinese display form of a date, or ``unknown`` when the text gives none."""
    if date is None:
        return unknown
    return date.label() or unknown


def web_href(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: front matter never yields javascript: links."""
    if url and re.match(r"^https?://[^\s\"'<>]+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


@jinja2.pass_context
def href(context: Any, target: str) -> str:
    """Link from the page being rendered to site-relative ``target``: the bare file name when
    both are in one folder (``x.html``, not ``../articles/x.html``), else through ``root``."""
    root, here = context["root"], context["page_path"]
    folder, _, name = target.rpartition("/")
    if folder == here.rpartition("/")[0] and root == root_of(here):
        return name
    return root + target


def make_env(config: Config, compiled: Path | None = None,
             loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """Jinja environment over ``config.templates``: autoescaped HTML/XML, strict, deterministic.

    ``compiled``: a folder keeping the compiled templates between builds (Jinja's
    bytecode cache, checked against each template's source): compiling them
    again is a tenth of a rebuild after a small edit.  ``loader``: where the
    templates come from instead (a worker receives their sources).  Either way
    they are served without their indentation (:mod:`.compact`)."""
    env = jinja2.Environment(
        loader=CompactLoader(loader or jinja2.FileSystemLoader(str(config.templates))),
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(_folder(compiled))) if compiled is not None else None,
        autoescape=jinja2.select_autoescape(["html", "htm", "xml", "svg"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["tel"] = tel_href
    env.filters["mailto"] = mailto_href
    env.filters["date_label"] = date_label
    env.filters["web_href"] = web_href
    env.filters["href"] = href
    env.globals["absolute_url"] = config.absolute_url
    env.globals["schema"] = structured
    env.filters["script_json"] = structured.script_json
    return env


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def page_context(config: Config, path: str, **extra: Any) -> dict[str, Any]:
    """Context shared by every page written at site-relative ``path``.

    ``extra`` is merged last, so a page may override ``root`` (404.html uses
    ``config.base_path`` because it is served at any depth).
    """
    ctx: dict[str, Any] = {
        "root": root_of(path),
        "config": config,
        "page_path": path,
        "page_url": config.absolute_url(path),
        "version": __version__,
    }
    ctx.update(extra)
    return ctx


def render_page(env: jinja2.Environment, config: Config, template: str, path: str,
                page_cache: PageCache | None = None, lazy: Callable[[], Mapping[str, Any]] | None = None,
                **extra: Any) -> bytes | Kept:
    """UTF-8 bytes of ``template`` rendered for the page at site-relative ``path``.

    With a ``page_cache``, a page whose template, settings and context are those
    of the previous build, its file still as that build wrote it, is
    :class:`~newsarchive.writer.Kept` instead of being rendered; rendered bytes
    carry the page's key as their tag.  ``lazy()`` gives the rest of the context,
    made only when the page is not kept so (a month chart, a feed's entries: most
    pages of a rebuild).
    """
    if page_cache is not None and (kept := page_cache.as_before(path, template)) is not None:
        return kept
    context = page_context(config, path, **extra, **(lazy() if lazy is not None else {}))
    key = page_cache.key(template, context) if page_cache is not None else None
    if key is not None and page_cache is not None and page_cache.kept(path, key):
        return Kept(key)
    remote = getattr(env, REMOTE, None)
    if remote is not None:  # rendered by the executor's workers (see render/remote.py)
        return remote.defer(template, context, key)
    page = env.get_template(template).render(context).encode("utf-8")
    return tagged(page, key) if key is not None else page


#: The environment's attribute holding the :class:`~.remote.RemotePages` its pages go to, if any.
REMOTE = "remote_pages"
