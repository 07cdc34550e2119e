"""Site-level files: sitemap.xml, robots.txt and 404.html.

404.html is served by GitHub Pages for a missing path at any depth, so its
links start from ``config.base_path`` instead of a relative ``root``.

The sitemap protocol allows 50,000 URLs a file: a larger site's sitemap.xml
is a sitemap index of sitemap-1.xml, sitemap-2.xml, … (robots.txt names
sitemap.xml either way).  Sitemaps allow only absolute URLs: without the site's
absolute address (``Config.root_url``) no sitemap is written, robots.txt names
none, and the build warns (:func:`missing_address`).
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

import jinja2

from ..config import Config
from .env import render_page

NOT_FOUND = "404.html"


def render_not_found(config: Config, env: jinja2.Environment,
                     common: Mapping[str, Any]) -> dict[str, bytes]:
    # served at whatever path was missing: it has no address of its own to be canonical
    return {NOT_FOUND: render_page(env, config, "404.html", NOT_FOUND, **common,
                                   root=config.base_path, page_url=None)}


#: Most URLs in one sitemap file (the sitemap protocol's limit).
SITEMAP_URLS = 50_000


def render_sitemap(config: Config, env: jinja2.Environment, pages: Iterable[str],
                   per_file: int = SITEMAP_URLS, page_cache: PageCache | None = None) -> dict[str, bytes | Kept]:
    """sitemap.xml over the given HTML pages (404.html left out), split under a sitemap
    index when they are more than ``per_file``, plus robots.txt pointing to it; only
    robots.txt when the site's absolute address is not known."""
    out: dict[str, bytes | Kept] = {}
    if config.root_url is None:
        out["robots.txt"] = b"User-agent: *\nAllow: /\n"
        return out
    locations = sorted(p for p in pages if p.endswith(".html") and p != NOT_FOUND)
    if len(locations) <= per_file:
        out["sitemap.xml"] = render_page(env, config, "sitemap.xml", "sitemap.xml", page_cache, locations=locations)
    else:
        parts = [locations[i:i + per_file] for i in range(0, len(locations), per_file)]
        names = [f"sitemap-{k}.xml" for k in range(1, len(parts) + 1)]
        for name, part in zip(names, parts):
            out[name] = render_page(env, config, "sitemap.xml", name, page_cache, locations=part)
        out["sitemap.xml"] = render_page(env, config, "sitemap_index.xml", "sitemap.xml", page_cache, sitemaps=names)
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {config.root_url}sitemap.xml\n"
    out["robots.txt"] = robots.encode("utf-8")
    return out


#: What the site loses without an absolute address, for the build's warning.
NEEDS_ADDRESS = ("sitemap.xml and the Sitemap line of robots.txt are not written; "
                 "pages carry no canonical link or og:url; feed ids are tag: URIs")


def missing_address(config: Config) -> str | None:
    """The build's warning when the site's absolute address is unknown, else None."""
    if config.root_url is not None:
        return None
    return ("the site's absolute address is not known (set base_url or site_url in site.yaml "
            f"to https://HOST/PATH/, or pass --base-url): {NEEDS_ADDRESS}")
