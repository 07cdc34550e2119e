"""The built site in headless Chromium: accessibility, phone layout, screenshots, XSS, file://."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsarchive.archive import build_archive
from newsarchive.config import PROJECT_ROOT, Config
from newsarchive.render import render_site

from render.samples import sample_articles
from .axe import format_violations, wcag_violations
from .sitecheck import html_pages, write_site

pytestmark = pytest.mark.browser

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
WIDTHS = (1280, 375)

XSS_SOURCE = (
    '标题<script>alert(1)</script>"><img src=x onerror=alert(1)>\n\n'
    '本报讯(记者 张三) 3月2日,区委书记"><img src=x onerror=alert(1)>出席会议并讲话。'
    '会议指出<script>alert(1)</script>要加强"><img src=x onerror=alert(1)>工作。\n\n'
    '市委副书记、市长<script>alert(1)</script>主持会议。\n'
)


def _find(root: Path, pattern: str, under: str = "articles") -> str:
    """Site-relative path of the first page under ``under`` whose HTML matches ``pattern``."""
    for page in sorted((root / under).glob("*.html")):
        html = page.read_text("utf-8")
        if page.name != "index.html" and re.search(pattern, html):
            return page.relative_to(root).as_posix()
    raise AssertionError(f"no page under {under}/ matches {pattern!r}")


@pytest.fixture(scope="module")
def key_pages(seed_site) -> dict[str, str]:
    return {
        "home": "index.html",
        "article": _find(seed_site, "市委第一巡察组"),
        "person": _find(seed_site, r"<h2>张国际</h2>", "people"),
        "inspections": "inspections.html",
        "dates": "dates/index.html",
    }


@pytest.fixture(scope="module")
def site_url(seed_site, serve):
    with serve(seed_site) as url:
        yield url


@pytest.mark.parametrize("name", ["home", "article", "person", "inspections", "dates"])
def test_no_wcag_violations(browser, site_url, key_pages, name):
    page = browser.new_page()
    try:
        page.goto(site_url + key_pages[name])
        violations = wcag_violations(page)
        assert not violations, format_violations(violations)
    finally:
        page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_layout_fits_and_screenshots(browser, site_url, key_pages, width):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        for name in ("home", "article", "person", "inspections"):
            page.goto(site_url + key_pages[name])
            page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
            scroll, client = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            assert scroll <= client, f"{name} scrolls sideways at {width}px ({scroll} > {client})"
            assert page.evaluate("getComputedStyle(document.body).display") == "flex"  # CSS loaded
    finally:
        page.close()


def _assert_inert(browser, url: str, dialogs: list[str]) -> None:
    page = browser.new_page()
    page.on("dialog", lambda d: (dialogs.append(f"{url}: {d.message}"), d.dismiss()))
    try:
        page.goto(url)
        page.wait_for_load_state("load")
        injected = page.evaluate(
            "() => document.querySelectorAll('img[src=\"x\"], img[onerror], [onerror]').length"
            " + [...document.scripts].filter(s => s.type !== 'application/ld+json'"
            " && s.textContent.includes('alert(1)')).length"
            # structured data (JSON, never run) may quote the text, but never with a '<' that could end it
            " + [...document.scripts].filter(s => s.type === 'application/ld+json'"
            " && s.textContent.includes('<')).length")
        assert injected == 0, url
    finally:
        page.close()


def test_markup_in_article_data_is_inert_on_every_page(browser, serve, tmp_path):
    """Hand-built records put markup in a title, body, subtitle and an official's name and titles."""
    root = write_site(render_site(build_archive(sample_articles()), Config()), tmp_path / "site")
    shown = [p for p in html_pages(root) if "alert(1)" in p.read_text("utf-8")]
    assert len(shown) >= 5  # home, article, person, district, month pages all show it
    dialogs: list[str] = []
    with serve(root) as url:
        for page in shown:
            _assert_inert(browser, url + page.relative_to(root).as_posix(), dialogs)
    assert dialogs == []


def test_markup_in_a_source_file_is_inert_after_a_full_build(browser, serve, build_site, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "xss.txt").write_text(XSS_SOURCE, encoding="utf-8")
    root = build_site(content=content, out=tmp_path / "site")
    pages = [p.relative_to(root).as_posix() for p in html_pages(root)]
    dialogs: list[str] = []
    with serve(root) as url:
        for rel in [*pages, "search.html?q=alert", "search.html?q=%3Cscript%3E"]:
            _assert_inert(browser, url + rel, dialogs)
    assert dialogs == []


def test_a_person_link_lands_on_their_anchor_on_a_page_of_people(browser, site_url, seed_site):
    page = browser.new_page()
    try:
        page.goto(site_url + _find(seed_site, r'<aside[^>]*>[\s\S]*href="\.\./people/[a-z0-9-]+\.html#'))
        link = page.locator("aside a[href*='people/'][href*='#']").first
        name = link.inner_text()
        link.click()
        page.wait_for_load_state("load")
        assert "/people/" in page.url and "#" in page.url
        assert page.locator("section.person:target > h2").inner_text() == name
    finally:
        page.close()


def test_site_works_from_file_urls(browser, seed_site, key_pages):
    page = browser.new_page()
    try:
        page.goto((seed_site / "index.html").as_uri())
        page.click(f"a[href='{key_pages['article']}']")
        assert page.url.endswith(key_pages["article"])
        assert page.evaluate("getComputedStyle(document.body).display") == "flex"
        page.click("nav.site-nav a[href='../inspections.html']")
        assert page.url.endswith("/inspections.html")
    finally:
        page.close()
