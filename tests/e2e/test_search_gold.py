"""The gold queries, typed into the search box of the seed site in Chromium."""
from __future__ import annotations

import pytest

from search.pagetools import Watch, gold_queries, letters_by_url, open_search, result_hrefs, type_query, empty_shown

pytestmark = pytest.mark.browser

SPEC = gold_queries()


@pytest.fixture(scope="module")
def site_url(seed_site, serve):
    with serve(seed_site) as url:
        yield url


@pytest.fixture(scope="module")
def letters(seed_site):
    found = letters_by_url(seed_site, SPEC["anchors"])
    assert sorted(set(found.values())) == sorted(SPEC["anchors"]), "every gold article is in the export"
    return found


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    page = browser.new_page()
    watch = Watch().attach(page)
    open_search(page, site_url)
    yield page, watch
    page.close()


@pytest.mark.parametrize("rule", SPEC["queries"], ids=[q["q"] for q in SPEC["queries"]])
def test_gold_query(search_page, letters, rule):
    page, watch = search_page
    watch.clear()
    type_query(page, rule["q"])
    got = [letters.get(h, "?") for h in result_hrefs(page)]
    assert not watch.errors
    if rule.get("none"):
        assert [g for g in got if g != "?"] == []
        assert empty_shown(page)
        assert rule["q"] in page.inner_text("#search-empty")
    elif "first" in rule:
        assert got and got[0] == rule["first"], got
    else:
        assert set(rule["expect"]) <= set(got[:10]), got


def test_query_in_the_url_is_shareable(browser, site_url, letters):
    page = browser.new_page()
    try:
        open_search(page, site_url, "白沙镇")
        assert letters[result_hrefs(page)[0]] == "I"
        assert page.input_value("#search-input") == "白沙镇"
    finally:
        page.close()


def test_back_button_returns_to_the_previous_search(browser, site_url, letters):
    page = browser.new_page()
    try:
        open_search(page, site_url, "白沙镇")
        type_query(page, "那磊")
        assert "q=%E9%82%A3%E7%A3%8A" in page.url
        assert letters[result_hrefs(page)[0]] == "D"
        page.go_back()
        page.wait_for_function("document.getElementById('search-input').value === '白沙镇'")
        page.wait_for_selector('#search-results[data-state="done"] a', timeout=10000)
        assert letters[result_hrefs(page)[0]] == "I"
    finally:
        page.close()


def test_header_search_box_reaches_the_results(browser, site_url, letters):
    page = browser.new_page()
    try:
        page.goto(site_url + "index.html")
        page.fill("#site-search-q", "耿明燕")
        page.press("#site-search-q", "Enter")
        page.wait_for_selector('#search-results[data-state="done"]', state="attached", timeout=10000)
        assert page.url.endswith("search.html?q=%E8%80%BF%E6%98%8E%E7%87%95")
        assert letters[result_hrefs(page)[0]] == "E"
    finally:
        page.close()
