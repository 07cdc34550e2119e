"""The search page with a keyboard and with axe-core: WCAG 2.1 A/AA, focus order, facets."""
from __future__ import annotations

import urllib.parse

import pytest

from e2e.axe import format_violations, wcag_violations
from search.pagetools import DONE, Watch, empty_shown, open_search, result_hrefs

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_url(seed_site, serve):
    with serve(seed_site) as url:
        yield url


@pytest.mark.parametrize("query", ["巡察", "巡察 经开区", "足球联赛", "，", ""])
def test_no_wcag_violations(browser, site_url, query):
    page = browser.new_page()
    try:
        open_search(page, site_url, query)
        violations = wcag_violations(page)
        assert not violations, format_violations(violations)
    finally:
        page.close()


def test_no_wcag_violations_with_a_facet_chosen(browser, site_url):
    page = browser.new_page()
    try:
        open_search(page, site_url, "巡察")
        page.click("#search-facets a:has-text('巡察巡视公告')")
        page.wait_for_selector(DONE, state="attached")
        assert "kind=inspection" in page.url
        violations = wcag_violations(page)
        assert not violations, format_violations(violations)
    finally:
        page.close()


def focused(page) -> str:
    return page.evaluate("document.activeElement ? (document.activeElement.id || document.activeElement.getAttribute('href') || document.activeElement.tagName) : ''")


def test_keyboard_only_search(browser, site_url):
    page = browser.new_page()
    watch = Watch().attach(page)
    try:
        open_search(page, site_url)
        # from the top of the page, Tab reaches the page's own search box
        for _ in range(15):
            page.keyboard.press("Tab")
            if focused(page) == "search-input":
                break
        assert focused(page) == "search-input"
        page.keyboard.type("统战")
        page.evaluate("document.getElementById('search-results').removeAttribute('data-state')")
        page.keyboard.press("Enter")
        page.wait_for_selector(DONE, state="attached")
        hrefs = result_hrefs(page)
        assert len(hrefs) >= 3
        # Tab from the box goes through the button to the results, first result first
        seen = []
        for _ in range(6):
            page.keyboard.press("Tab")
            seen.append(focused(page))
            if seen[-1] == hrefs[0]:
                break
        assert hrefs[0] in seen
        # the facets come after the results and are links a keyboard can follow
        for _ in range(40):
            page.keyboard.press("Tab")
            href = focused(page)
            if href and "kind=" in href:
                break
        assert "kind=" in href
        page.evaluate("document.getElementById('search-results').removeAttribute('data-state')")
        page.keyboard.press("Enter")
        page.wait_for_selector(DONE, state="attached")
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)
        assert params["q"] == ["统战"] and "kind" in params
        assert result_hrefs(page) and len(result_hrefs(page)) <= len(hrefs)
        assert not watch.errors
    finally:
        page.close()


def test_facets_narrow_and_the_url_keeps_them(browser, site_url):
    page = browser.new_page()
    try:
        open_search(page, site_url, "统战")
        everything = result_hrefs(page)
        page.click("#search-facets a:has-text('中原区')")
        page.wait_for_selector(DONE, state="attached")
        narrowed = result_hrefs(page)
        assert narrowed and set(narrowed) < set(everything)
        assert page.get_attribute("#search-facets a[aria-current]:has-text('中原区')", "href")
        shared = page.url
        other = browser.new_page()
        try:
            other.goto(shared)
            other.wait_for_selector(DONE, state="attached")
            assert result_hrefs(other) == narrowed
        finally:
            other.close()
        page.go_back()
        page.wait_for_function("!location.search.includes('district=')")
        page.wait_for_selector(DONE + " a", state="attached")
        assert result_hrefs(page) == everything
    finally:
        page.close()


def test_no_result_message_is_visible_and_announced(browser, site_url):
    page = browser.new_page()
    try:
        open_search(page, site_url, "足球联赛")
        assert empty_shown(page)
        assert "足球联赛" in page.inner_text("#search-empty")
        # the live region announces the outcome too
        assert page.get_attribute("#search-status", "role") == "status"
        assert "没有找到" in page.inner_text("#search-status")
    finally:
        page.close()
