"""HTML rendering (stage: render): one small module per output kind.

:func:`render_site` is the stage's entry point: every page, feed and site file,
plus copies of the static assets, as site-relative path → bytes.
"""
from __future__ import annotations

from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..archive import Archive
from ..config import Config
from .article import render_articles
from .assets import copy_static
from .dates import render_dates
from .districts import render_districts
from .env import REMOTE, make_env
from .feeds import render_feeds
from .home import render_home
from .inspections import render_inspections
from .meta import render_not_found, render_sitemap
from .pagecache import PageCache
from .people import render_people
from ..executors import Executor
from ..texts import TextStore
from ..writer import Kept

__all__ = ["render_parts", "render_site"]

_PAGES = (render_home, render_articles, render_people, render_districts,
          render_dates, render_inspections, render_feeds)
#: The page functions that print articles' texts: they are given the text store.
_WITH_TEXTS = (render_articles, render_feeds)

#: Most pages in one part.  Article and person pages come one at a time and
#: go to the writer a part at a time, so a large archive's pages are never
#: all in memory at once.
PART_PAGES = 2_000


def _parts(made: Mapping[str, bytes] | Iterable[tuple[str, bytes]]) -> Iterator[dict[str, bytes]]:
    """A page function's output in parts of at most PART_PAGES pages."""
    pages = iter(made.items() if isinstance(made, Mapping) else made)
    while part := dict(islice(pages, PART_PAGES)):
        yield part


def render_parts(archive: Archive, config: Config, cache: Path | None = None,
                 keeps: Callable[[str, str], bool] | None = None,
                 executor: Executor | None = None,
                 texts: TextStore | None = None) -> Iterator[dict[str, bytes | Kept]]:
    """Every output of the render stage, keyed by site-relative POSIX path, one part at a time.

    ``cache``: folder keeping page keys and compiled templates between builds
    (None: render all); ``keeps``: the writer's ``keeps``, to hand it
    :class:`Kept` for pages whose file is still the one the previous build wrote.
    Pages that show the whole archive receive it as ``archive``; the others
    receive only what they show, so that they can be kept.  Two parts never
    share a path (the writer checks).  ``executor``: where pages are rendered, when it
    renders remotely (:mod:`.remote`); else here.  ``texts``: where the texts of the
    archive's bare articles are (see :mod:`..texts`): article pages and the archive's
    feed read them a batch at a time (None: the articles hold them).
    """
    env = make_env(config, cache / "templates" if cache is not None else None)
    pages = PageCache(cache, config, keeps, archive)
    common: dict[str, Any] = {
        "page_cache": pages,
        "district_urls": {d.name: d.url for d in archive.districts},
    }
    made = _made_parts(archive, config, env, common, texts)
    if executor is not None and executor.renders_remotely:
        from .remote import RemotePages

        remote = RemotePages(archive, config, {k: v for k, v in common.items() if k != "page_cache"}, executor)
        env.extend(**{REMOTE: remote})
        made = remote.parts(made)
    yield from made
    pages.save()


def _made_parts(archive: Archive, config: Config, env: Any, common: dict[str, Any],
                texts: TextStore | None) -> Iterator[dict[str, bytes | Kept]]:
    paths: list[str] = []
    for render in _PAGES:
        pages = partial(render, texts=texts) if render in _WITH_TEXTS else render
        for part in _parts(pages(archive, config, env, common)):
            paths += part
            yield part
    part = render_not_found(config, env, common)
    yield part
    yield render_sitemap(config, env, [*paths, *part, "search.html"], page_cache=common["page_cache"])
    yield copy_static(config.static)


def render_site(archive: Archive, config: Config, cache: Path | None = None) -> dict[str, bytes]:
    """:func:`render_parts` in one mapping, sorted by path."""
    out: dict[str, bytes] = {}
    for part in render_parts(archive, config, cache):
        for path, data in part.items():
            if path in out:
                raise ValueError(f"two pages want the same path {path!r}")
            out[path] = data
    return dict(sorted(out.items()))
