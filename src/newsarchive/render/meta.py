"""Site-level files: sitemap.xml, robots.txt and 404.html.

404.html is served by GitHub Pages for a missing path at any depth, so its
links start from ``config.base_path`` instead of a relative ``root``.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

import jinja2

from ..config import Config
from .env import render_page

NOT_FOUND = "404.html"


def render_not_found(config: Config, env: jinja2.Environment,
                     common: Mapping[str, Any]) -> dict[str, bytes]:
    return {NOT_FOUND: render_page(env, config, "404.html", NOT_FOUND, **common,
                                   root=config.base_path)}


def render_sitemap(config: Config, env: jinja2.Environment, pages: Iterable[str]) -> dict[str, bytes]:
    """sitemap.xml over the given HTML pages (404.html left out), plus robots.txt pointing to it."""
    locations = sorted(p for p in pages if p.endswith(".html") and p != NOT_FOUND)
    sitemap = render_page(env, config, "sitemap.xml", "sitemap.xml", locations=locations)
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {config.absolute_url('sitemap.xml')}\n"
    return {"sitemap.xml": sitemap, "robots.txt": robots.encode("utf-8")}
