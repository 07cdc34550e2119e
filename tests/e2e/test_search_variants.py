"""Search from file://, in traditional characters and in pinyin (seed site, Chromium)."""
from __future__ import annotations

import pytest

from search.pagetools import Watch, gold_queries, letters_by_url, open_search, result_hrefs, type_query

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def letters(seed_site):
    return letters_by_url(seed_site, gold_queries()["anchors"])


@pytest.fixture(scope="module")
def page_over_http(browser, seed_site, serve):
    with serve(seed_site) as url:
        page = browser.new_page()
        watch = Watch().attach(page)
        open_search(page, url)
        yield page, watch
        page.close()


def ranked(page, letters) -> list[str]:
    return [letters.get(h, "?") for h in result_hrefs(page)]


def test_search_works_from_file_urls(browser, seed_site, letters):
    page = browser.new_page()
    watch = Watch().attach(page)
    try:
        open_search(page, seed_site.resolve().as_uri() + "/", "何雄")
        assert page.url.startswith("file://")
        assert ranked(page, letters)[0] == "A"
        # the snippet, inflated from its document file with no fetch, marks the name
        marks = page.eval_on_selector_all("#search-results li:first-child .search-snippet mark",
                                          "els => els.map(e => e.textContent)")
        assert "何雄" in marks
        type_query(page, "巡察 经开区")       # a second search from the page itself
        assert ranked(page, letters)[0] == "G"
        page.click("#search-facets a:has-text('经开区')")
        page.wait_for_selector('#search-results[data-state="done"]', state="attached")
        assert "district=" in page.url
        assert set(ranked(page, letters)) <= {"E", "F", "G", "H"}
        assert not watch.errors
    finally:
        page.close()


@pytest.mark.parametrize("traditional, simplified", [
    ("鄭州", "郑州"),
    ("巡視組", "巡视组"),
    ("巡視組進駐金水區", "巡视组进驻金水区"),
    ("統一戰線", "统一战线"),
])
def test_traditional_characters_find_simplified_text(page_over_http, letters, traditional, simplified):
    page, watch = page_over_http
    type_query(page, simplified)
    expected = result_hrefs(page)
    type_query(page, traditional)
    assert expected and result_hrefs(page) == expected
    assert not watch.errors


def test_traditional_query_marks_the_simplified_words(page_over_http):
    page, _ = page_over_http
    type_query(page, "巡視組")
    marks = page.eval_on_selector_all("#search-results mark", "els => els.map(e => e.textContent)")
    assert "巡视组" in marks or "巡视" in marks


@pytest.mark.parametrize("typed, letter", [
    ("hexiong", "A"),
    ("anwei", "A"),
    ("an wei", "A"),
    ("AnWei", "A"),
    ("gengmingyan", "E"),
    ("nalei", "D"),
])
def test_pinyin_finds_the_person(page_over_http, letters, typed, letter):
    page, watch = page_over_http
    type_query(page, typed)
    assert ranked(page, letters)[0] == letter
    assert not watch.errors


def test_pinyin_and_chinese_mix(page_over_http, letters):
    page, _ = page_over_http
    type_query(page, "anwei 讲话")
    assert ranked(page, letters)[0] == "A"


@pytest.mark.parametrize("typed, wanted", [
    ("足球联赛", {"t2s"}),              # characters no index term uses: the pairs, no pinyin keys
    ("hexiong", {"pinyin/h"}),          # plain letters: the keys of their first letter alone
    ("an wei", {"pinyin/a", "pinyin/w"}),
    ("巡察", set()),                     # neither
])
def test_each_variant_map_loads_only_when_the_query_needs_it(browser, seed_site, serve, typed, wanted):
    with serve(seed_site) as url:
        page = browser.new_page()
        fetched: list[str] = []
        page.on("request", lambda r: fetched.append(r.url.split("?")[0]))
        open_search(page, url, typed)
        page.close()
    got = {"t2s" for f in fetched if "/search/t2s." in f}
    got |= {f.split("/search/")[1][:-3] for f in fetched if "/search/pinyin/" in f}
    assert got == wanted
