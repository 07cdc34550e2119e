"""Whatever a person types: lunr syntax characters, markup, stop words, nothing."""
from __future__ import annotations

import pytest

from search.pagetools import Watch, empty_shown, open_search, result_hrefs, type_query

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def search_page(browser, seed_site, serve):
    with serve(seed_site) as url:
        page = browser.new_page()
        watch = Watch().attach(page)
        open_search(page, url)
        yield page, watch
        page.close()


@pytest.mark.parametrize("typed", [":", "-", "~", "^", "*", "+", '"', "\\", "，。！", "的"])
def test_syntax_and_punctuation_alone_say_there_is_nothing_to_search(search_page, typed):
    page, watch = search_page
    watch.clear()
    type_query(page, typed)
    assert not watch.errors
    assert result_hrefs(page) == []
    assert empty_shown(page)
    assert "标点符号或常用虚词" in page.inner_text("#search-empty")


@pytest.mark.parametrize("typed", ["巡察:", "-巡察", "巡察~", "^巡察", "巡察*", "+巡察", '"巡察"', "巡察\\",
                                   "(巡察)", "巡察~2^3"])
def test_syntax_characters_around_a_word_are_ignored(search_page, typed):
    page, watch = search_page
    type_query(page, "巡察")
    plain = result_hrefs(page)
    watch.clear()
    type_query(page, typed)
    assert not watch.errors
    got = result_hrefs(page)
    assert plain and (got == plain if not typed.endswith("^3") else set(got) <= set(plain))


def test_a_labelled_number_is_found_as_typed(search_page):
    page, watch = search_page
    type_query(page, "19513343593")
    alone = result_hrefs(page)
    watch.clear()
    type_query(page, "短信手机:19513343593")
    assert not watch.errors
    assert alone and result_hrefs(page)[0] == alone[0]


def test_markup_is_echoed_as_text_and_never_runs(search_page):
    page, watch = search_page
    watch.clear()
    type_query(page, XSS)
    assert not watch.errors
    assert empty_shown(page)
    assert XSS in page.inner_text("#search-empty")
    assert page.eval_on_selector_all("main img", "els => els.length") == 0
    assert XSS in page.title()


def test_an_empty_query_asks_for_words(search_page):
    page, watch = search_page
    watch.clear()
    type_query(page, "   ")
    assert not watch.errors
    assert result_hrefs(page) == [] and not empty_shown(page)
    assert "输入关键词" in page.inner_text("#search-status")


MARKUP = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


def test_markup_in_article_records_stays_text_in_results(browser, serve, tmp_path):
    from newsarchive.config import load_config
    from newsarchive.render.assets import copy_static
    from newsarchive.search import build_search
    from search.samples import article, segmenter

    items = [article("markup", f"区委召开{MARKUP}会议", (f"区委书记{MARKUP}出席会议。", f"要加强{MARKUP}基层治理工作。"),
                     district=f"某区{MARKUP}")]
    config = load_config(None, output=tmp_path / "site")
    files = {**build_search(items, segmenter(items), config), **copy_static(config.static)}
    for rel, data in files.items():
        (tmp_path / "site" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "site" / rel).write_bytes(data)
    with serve(tmp_path / "site") as url:
        page = browser.new_page()
        watch = Watch().attach(page)
        try:
            open_search(page, url, "基层治理")
            assert len(result_hrefs(page)) == 1
            shown = page.inner_text("#search-results")
            assert MARKUP in shown
            assert page.eval_on_selector_all("#search-results img, #search-results script", "els => els.length") == 0
            assert not watch.errors
        finally:
            page.close()
