"""Absolute addresses: sitemap, robots.txt, canonical links, og:url and feeds.

The sitemap and robots formats and canonical links allow only absolute URLs:
with the site's address known every one of them is absolute; without it none is
written relative (the build warns instead).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from newsarchive.config import Config
from newsarchive.render.meta import missing_address

from .samples import render

ATOM = {"a": "http://www.w3.org/2005/Atom"}
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ADDRESSES = re.compile(r'<link rel="canonical" href="([^"]*)"|<meta property="og:url" content="([^"]*)"')


def absolute_addresses(site: dict[str, str]) -> dict[str, list[str]]:
    """Every canonical, og:url, sitemap loc and feed link or id, by file."""
    found: dict[str, list[str]] = {}
    for path, text in site.items():
        if path.endswith(".html"):
            found[path] = [a or b for a, b in ADDRESSES.findall(text)]
        elif path.endswith(".xml") and path.startswith("sitemap"):
            found[path] = [e.text or "" for e in ET.fromstring(text).iter(f"{{{SITEMAP['s']}}}loc")]
        elif path.endswith(".xml"):
            feed = ET.fromstring(text)
            found[path] = ([link.get("href", "") for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
                           + [i.text or "" for i in feed.iter("{http://www.w3.org/2005/Atom}id")])
    return found


@pytest.mark.parametrize("settings, root", [
    ({"base_url": "https://example.org/news/"}, "https://example.org/news/"),
    ({"base_url": "/news/", "site_url": "https://example.org/news/"}, "https://example.org/news/"),
    ({"site_url": "http://127.0.0.1:8000/"}, "http://127.0.0.1:8000/"),
])
def test_every_address_is_absolute_when_the_site_address_is_known(settings, root):
    site = render(**settings)
    found = absolute_addresses(site)
    pages = [p for p in site if p.endswith(".html") and p != "404.html"]
    assert all(len(found[p]) == 2 for p in pages), [p for p in pages if len(found[p]) != 2]
    assert found["index.html"] == [root + "index.html"] * 2
    assert found["404.html"] == []  # served at any missing path: no address of its own
    locs = found["sitemap.xml"]
    assert len(locs) == len(pages) + ("search.html" not in pages)  # search.html is written by the search stage
    assert all(a.startswith(root) for addresses in found.values() for a in addresses), found
    assert f"Sitemap: {root}sitemap.xml" in site["robots.txt"]
    assert missing_address(Config(**settings)) is None


def test_without_the_site_address_nothing_relative_is_written():
    site = render(site_url="")
    assert "sitemap.xml" not in site and "Sitemap" not in site["robots.txt"]
    assert "User-agent: *" in site["robots.txt"]
    for path, text in site.items():
        if path.endswith(".html"):
            assert 'rel="canonical"' not in text and "og:url" not in text, path
    feed = ET.fromstring(site["feed.xml"])
    assert all(not link.get("href", "/").startswith("/") for link in feed.iter("{http://www.w3.org/2005/Atom}link"))
    assert all(i.text.startswith("tag:") for i in feed.iter("{http://www.w3.org/2005/Atom}id"))
    warning = missing_address(Config())
    assert warning and "sitemap.xml" in warning and "canonical" in warning


def test_the_pages_workflow_builds_with_the_absolute_address():
    """GitHub Pages publishes the build its workflow makes: it must pass the site's address."""
    from newsarchive.config import PROJECT_ROOT

    workflow = (PROJECT_ROOT / ".github" / "workflows" / "pages.yml").read_text("utf-8")
    build = re.search(r"run: python build\.py (.*)", workflow)
    assert build and '--base-url "${{ steps.pages.outputs.base_url }}/"' in build.group(1)
