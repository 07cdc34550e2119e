"""An archive past ``offline_snippets_up_to``: the search data holds no texts, and a result's
snippet is cut from its article page over http (seed site, Chromium)."""
from __future__ import annotations

import pytest

from newsarchive.search.store import unpack_rows
from search.pagetools import Watch, gold_queries, letters_by_url, open_search, result_hrefs, type_query
from search.test_bundle import payload_of

pytestmark = pytest.mark.browser

SNIPPETS = "els => els.map(e => e.querySelector('.search-snippet') ? e.querySelector('.search-snippet').textContent : null)"
QUERIES = ["何雄", "巡察 经开区", "0371-69385963", "统一战线"]


@pytest.fixture(scope="module")
def bare_site(build_site, tmp_path_factory):
    return build_site(out=tmp_path_factory.mktemp("bare"), offline_snippets_up_to=0)


def shown(page) -> list[str | None]:
    return page.eval_on_selector_all("#search-results li.search-hit", SNIPPETS)


def scroll_through(page) -> None:
    """Bring every result into the window in turn and wait for no snippet to be pending."""
    for hit in page.query_selector_all("#search-results li.search-hit"):
        hit.scroll_into_view_if_needed()
    page.wait_for_function("!document.querySelector('#search-results [data-pending]')", timeout=10000)
    page.evaluate("window.scrollTo(0, 0)")


def test_the_document_files_hold_no_text_and_many_documents_each(bare_site, seed_site):
    def rows(site):
        files = sorted((site / "search" / "docs").glob("*.js"), key=lambda p: int(p.stem))
        return files, [row for f in files for row in unpack_rows(payload_of(f.read_bytes())[1])]

    bare_files, bare_rows = rows(bare_site)
    full_files, full_rows = rows(seed_site)
    assert [r[:5] for r in full_rows] == bare_rows and all(len(r) == 6 for r in full_rows)
    assert len(bare_files) == 1 < len(full_files)    # the nine seeds fit one file of 32


def test_over_http_snippets_come_from_the_article_pages(browser, bare_site, seed_site, serve):
    """The same results with the same marked snippets as the site whose files hold the texts."""
    page = browser.new_page()
    watch = Watch().attach(page)
    try:
        seen = {}
        for site in (seed_site, bare_site):
            with serve(site) as url:
                open_search(page, url)
                for q in QUERIES:
                    type_query(page, q)
                    scroll_through(page)
                    marks = page.eval_on_selector_all("#search-results .search-snippet mark",
                                                      "els => els.map(e => e.textContent)")
                    seen.setdefault(q, []).append((result_hrefs(page), shown(page), marks))
        for q, (full, bare) in seen.items():
            assert full[0] and bare == full, q
            assert all(s for s in bare[1]) and bare[2], q
        assert "摘要" not in page.inner_text("#search-status")
        assert not watch.errors
    finally:
        page.close()


def test_from_file_urls_results_show_without_snippets(browser, bare_site):
    letters = letters_by_url(bare_site, gold_queries()["anchors"])
    page = browser.new_page()
    watch = Watch().attach(page)
    try:
        open_search(page, bare_site.resolve().as_uri() + "/", "何雄")
        assert letters.get(result_hrefs(page)[0]) == "A"
        assert shown(page) and all(s is None for s in shown(page))
        assert "不显示正文摘要" in page.inner_text("#search-status")
        assert not watch.errors
    finally:
        page.close()


def test_a_query_fetches_the_pages_of_the_results_in_the_window_and_the_rest_on_scrolling(
        browser, bare_site, serve):
    """The answer is done with the snippets of the results on screen; a result below the
    window has its snippet's room kept, and its page is fetched as it comes near."""
    page = browser.new_page(viewport={"width": 1000, "height": 600})
    watch = Watch().attach(page)
    pages: list[str] = []
    page.on("request", lambda r: pages.append(r.url.rsplit("/", 1)[-1]) if "/articles/" in r.url else None)
    try:
        with serve(bare_site) as url:
            open_search(page, url, "巡察")
            hits = page.query_selector_all("#search-results li.search-hit")
            in_window = [h for h in hits if h.bounding_box()["y"] < 600]
            assert 1 <= len(in_window) < len(hits)
            assert all(h.query_selector(".search-snippet:not([data-pending])") for h in in_window)
            pending = page.query_selector_all("#search-results [data-pending]")
            assert pending and all(p.bounding_box()["height"] > 0 for p in pending)
            fetched = len(set(pages))
            assert fetched < len(hits)
            scroll_through(page)
            assert len(set(pages)) == len(hits) and all(s for s in shown(page))
        assert not watch.errors
    finally:
        page.close()
