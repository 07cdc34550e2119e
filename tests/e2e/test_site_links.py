"""Full builds: every in-site link resolves, every page parses, feeds and sitemap are XML.

Checked at the root (``/``), under a sub-path (``/news-archive/``) and on the
corpus of other provinces' files, whose layouts the seeds do not show.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newsarchive.config import PROJECT_ROOT

from .sitecheck import broken_links, html_errors, html_pages

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def subpath_site(build_site) -> Path:
    return build_site(base_url="/news-archive/", site_url="https://example.org/news-archive/")


def _check(root: Path, base: str) -> None:
    assert (root / "index.html").is_file()
    assert broken_links(root, base) == []


def test_links_resolve_at_root(seed_site):
    _check(seed_site, "/")


def test_links_resolve_under_a_sub_path(subpath_site):
    _check(subpath_site, "/news-archive/")
    assert 'href="/news-archive/index.html"' in (subpath_site / "404.html").read_text("utf-8")


def test_every_page_parses_without_html5lib_errors(seed_site):
    pages = html_pages(seed_site)
    assert len(pages) > 20
    errors = [e for p in pages for e in html_errors(p)]
    assert errors == []


def test_feeds_and_sitemap_are_well_formed_xml(seed_site, subpath_site):
    xml_files = sorted(subpath_site.rglob("*.xml"))
    assert subpath_site / "feed.xml" in xml_files and subpath_site / "sitemap.xml" in xml_files
    assert any(p.parent.name == "districts" for p in xml_files)
    for path in [*xml_files, *seed_site.rglob("*.xml")]:
        ET.parse(path)
    robots = (subpath_site / "robots.txt").read_text("utf-8")
    assert "Sitemap: https://example.org/news-archive/sitemap.xml" in robots
    # without an absolute address (the default base_url /) no sitemap, which would need one
    assert not (seed_site / "sitemap.xml").exists() and "Sitemap:" not in (seed_site / "robots.txt").read_text("utf-8")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_corpus_build_links_and_parses(build_site):
    root = build_site(content=CORPUS, base_url="/archive/")
    _check(root, "/archive/")
    assert [e for p in html_pages(root) for e in html_errors(p)] == []
