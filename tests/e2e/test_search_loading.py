"""Results appear as their document files arrive, in rank order."""
from __future__ import annotations

import urllib.parse

import pytest

from search.pagetools import DONE, open_search, result_hrefs

pytestmark = pytest.mark.browser

QUERY = "巡察"


def test_the_first_result_shows_while_the_others_are_still_loading(browser, seed_site, serve):
    with serve(seed_site) as base:
        probe = browser.new_page()
        open_search(probe, base, QUERY)
        ranked = result_hrefs(probe)
        probe.close()
        assert len(ranked) >= 3

        held = []

        def hold_all_but_the_first(route):
            rel = urllib.parse.urlsplit(route.request.url).path.lstrip("/")
            payload = (seed_site / rel).read_text(encoding="utf-8")
            if f'"{ranked[0]}"' in payload:
                route.continue_()
            else:
                held.append(route)

        page = browser.new_page()  # a new context: nothing cached
        page.route("**/search/docs/*", hold_all_but_the_first)
        page.goto(base + "search.html?q=" + urllib.parse.quote(QUERY), wait_until="commit")
        page.wait_for_selector("#search-results a[href]", timeout=10000)
        assert result_hrefs(page) == ranked[:1]
        assert page.get_attribute("#search-results", "data-state") == "loading"
        assert len(held) == min(len(ranked), 10) - 1

        for route in held:
            route.continue_()
        page.wait_for_selector(DONE, state="attached", timeout=10000)
        assert result_hrefs(page) == ranked[:10]
        page.close()


def test_a_later_result_waits_for_the_ones_above_it(browser, seed_site, serve):
    with serve(seed_site) as base:
        probe = browser.new_page()
        open_search(probe, base, QUERY)
        ranked = result_hrefs(probe)
        probe.close()
        assert len(ranked) >= 3

        held = []

        def hold_the_first(route):
            rel = urllib.parse.urlsplit(route.request.url).path.lstrip("/")
            if f'"{ranked[0]}"' in (seed_site / rel).read_text(encoding="utf-8"):
                held.append(route)
            else:
                route.continue_()

        page = browser.new_page()
        page.route("**/search/docs/*", hold_the_first)
        page.goto(base + "search.html?q=" + urllib.parse.quote(QUERY), wait_until="commit")
        page.wait_for_function("() => performance.getEntriesByType('resource')"
                               ".filter(e => e.name.includes('/search/docs/')).length >= "
                               f"{min(len(ranked), 10) - 1}", timeout=10000)
        assert result_hrefs(page) == []
        assert len(held) == 1
        held[0].continue_()
        page.wait_for_selector(DONE, state="attached", timeout=10000)
        assert result_hrefs(page) == ranked[:10]
        page.close()
