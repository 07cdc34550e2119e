"""search.html: the results page, rendered from templates/search.html.

The page itself holds no results: its script (static/js/search.parts/) fills it from the
data files the manifest names.  The manifest is referenced by its hashed
file name, so the HTML always pairs with the data of the same build.
"""
from __future__ import annotations

from ..config import Config
from ..render.env import make_env, render_page

PAGE = "search.html"


def render_search_page(config: Config, manifest_file: str) -> bytes:
    """UTF-8 bytes of search.html, pointing at ``manifest_file`` (site-relative)."""
    return render_page(make_env(config), config, "search.html", PAGE,
                       manifest_file=manifest_file, section="search")
