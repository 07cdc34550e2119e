"""Results appear as their document files arrive, in rank order; the first
result's file travels alone and the others follow once it is shown.

The site is built with one document a file, so that each result's arrival
can be held back on its own."""
from __future__ import annotations

import urllib.parse
from typing import Any, Callable

import pytest

from newsarchive.search.store import unpack_rows
from search.pagetools import DONE, open_search, result_hrefs
from search.test_bundle import payload_of

pytestmark = pytest.mark.browser

QUERY = "巡察"


@pytest.fixture(scope="module")
def one_a_file_site(build_site, tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("newsarchive.search.DOCS_PER_FILE", 1)
        return build_site(out=tmp_path_factory.mktemp("one-a-file"))


def ranked(browser: Any, base: str) -> list[str]:
    """The query's result links, loaded without interference."""
    probe = browser.new_page()
    open_search(probe, base, QUERY)
    hrefs = result_hrefs(probe)
    probe.close()
    assert len(hrefs) >= 3
    return hrefs


def open_holding(browser: Any, base: str, site, hold: Callable[[str], bool]) -> tuple[Any, list[Any]]:
    """A fresh page searching QUERY whose document requests wait while ``hold(urls)`` is true
    (``urls``: the file's document urls, each in quotes)."""
    held: list[Any] = []

    def route(r: Any) -> None:
        rel = urllib.parse.urlsplit(r.request.url).path.lstrip("/")
        _, packed = payload_of((site / rel).read_bytes())
        if hold(" ".join(f'"{row[1]}"' for row in unpack_rows(packed))):
            held.append(r)
        else:
            r.continue_()

    page = browser.new_page()  # a new context: nothing cached
    page.route("**/search/docs/*", route)
    page.goto(base + "search.html?q=" + urllib.parse.quote(QUERY), wait_until="commit")
    return page, held


def wait_until(page: Any, done: Callable[[], bool], ms: int = 10000) -> None:
    """Let the page run until ``done()`` holds (route events reach the test between waits)."""
    for _ in range(ms // 20):
        if done():
            return
        page.wait_for_timeout(20)
    raise AssertionError("the page did not get there in time")


#: How many search document files the page has fetched so far.
DOCS_FETCHED = "performance.getEntriesByType('resource').filter(e => e.name.includes('/search/docs/')).length"


def release_and_finish(page: Any, held: list[Any], hrefs: list[str]) -> None:
    """Let the held document files through; the whole first page of results follows."""
    for route in held:
        route.continue_()
    page.wait_for_selector(DONE, state="attached", timeout=10000)
    assert result_hrefs(page) == hrefs[:10]
    page.close()


def test_the_first_result_shows_while_the_others_are_still_loading(browser, one_a_file_site, serve):
    with serve(one_a_file_site) as base:
        hrefs = ranked(browser, base)
        page, held = open_holding(browser, base, one_a_file_site, lambda payload: f'"{hrefs[0]}"' not in payload)
        page.wait_for_selector("#search-results a[href]", timeout=10000)
        assert result_hrefs(page) == hrefs[:1]
        wait_until(page, lambda: len(held) == min(len(hrefs), 10) - 1)
        assert page.get_attribute("#search-results", "data-state") == "loading"
        release_and_finish(page, held, hrefs)


def test_the_other_files_are_asked_for_once_the_first_result_is_shown(browser, one_a_file_site, serve):
    with serve(one_a_file_site) as base:
        hrefs = ranked(browser, base)
        page, held = open_holding(browser, base, one_a_file_site, lambda payload: f'"{hrefs[0]}"' in payload)
        wait_until(page, lambda: len(held) == 1)
        page.wait_for_timeout(300)
        assert len(held) == 1 and page.evaluate(f"() => {DOCS_FETCHED}") == 0 and result_hrefs(page) == []
        release_and_finish(page, held, hrefs)


def test_a_later_result_waits_for_the_ones_above_it(browser, one_a_file_site, serve):
    with serve(one_a_file_site) as base:
        hrefs = ranked(browser, base)
        assert len(hrefs) >= 3
        page, held = open_holding(browser, base, one_a_file_site, lambda payload: f'"{hrefs[1]}"' in payload)
        # the first result and every file after the second arrive; the second is held
        page.wait_for_function(f"() => {DOCS_FETCHED} >= {min(len(hrefs), 10) - 1}", timeout=10000)
        assert result_hrefs(page) == hrefs[:1]
        assert len(held) == 1
        release_and_finish(page, held, hrefs)


def test_the_address_and_title_follow_the_first_result(browser, one_a_file_site, serve):
    with serve(one_a_file_site) as base:
        hrefs = ranked(browser, base)
        page = browser.new_page()
        page.goto(base + "search.html")
        page.wait_for_selector(DONE, state="attached", timeout=10000)
        held: list[Any] = []
        page.route("**/search/docs/*", lambda r: r.continue_() if held else held.append(r))
        page.fill("#search-input", QUERY)
        page.press("#search-input", "Enter")
        wait_until(page, lambda: len(held) == 1)
        page.wait_for_timeout(200)
        assert page.evaluate("() => location.search") == "" and QUERY not in page.title()
        held[0].continue_()
        page.wait_for_selector("#search-results a[href]", timeout=10000)
        page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=QUERY, timeout=10000)
        assert QUERY in page.title() and result_hrefs(page)[0] == hrefs[0]
        page.close()


def test_a_query_asks_for_its_index_chunks_in_the_submit_itself(browser, seed_site, serve):
    with serve(seed_site) as base:
        page = browser.new_page()
        page.goto(base + "search.html")
        page.wait_for_selector(DONE, state="attached", timeout=10000)
        asked = page.evaluate("""q => {
          const asked = [];
          const fetch = window.fetch;
          window.fetch = function (url) { asked.push(String(url)); return fetch.apply(this, arguments); };
          document.getElementById('search-input').value = q;
          document.getElementById('search-form').requestSubmit();
          return asked.filter(u => u.includes('/index/')).length;
        }""", QUERY)
        assert asked > 0
        page.wait_for_selector(DONE, state="attached", timeout=10000)
        page.close()


def test_over_http_the_data_files_are_fetched_not_run(browser, seed_site, serve):
    with serve(seed_site) as base:
        page = browser.new_page()
        open_search(page, base, QUERY)
        kinds = page.evaluate("""() => performance.getEntriesByType('resource')
          .filter(e => e.name.includes('/search/index/') || e.name.includes('/search/docs/'))
          .map(e => e.initiatorType)""")
        assert kinds and set(kinds) == {"fetch"}
        assert page.evaluate("() => document.querySelectorAll('script[src*=\"/search/docs/\"]').length") == 0
        assert result_hrefs(page)
        page.close()


def test_typing_loads_the_index_chunks_before_the_query_is_sent(browser, seed_site, serve):
    chunks = "() => performance.getEntriesByType('resource').filter(e => e.name.includes('/search/index/')).length"
    with serve(seed_site) as base:
        page = browser.new_page()
        page.goto(base + "search.html")
        page.wait_for_selector(DONE, state="attached", timeout=10000)
        assert page.evaluate(chunks) == 0
        page.type("#search-input", QUERY)
        page.wait_for_function(chunks + " > 0", timeout=10000)
        assert result_hrefs(page) == [] and page.evaluate("() => location.search") == ""
        page.close()
