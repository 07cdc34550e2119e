"""Nothing on screen moves when the search page's results arrive (cumulative layout shift)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

#: Sums the page's layout shifts not caused by input, from the first paint on.
WATCH_SHIFTS = """window.__cls = 0; window.__moved = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) {
  window.__cls += e.value;
  window.__moved.push(e.sources.map(s => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?')); } } })
  .observe({type: 'layout-shift', buffered: true});"""


@pytest.fixture(scope="module")
def site_url(seed_site, serve):
    with serve(seed_site) as url:
        yield url


@pytest.mark.parametrize("viewport", [(375, 667), (412, 823), (1280, 900)])
@pytest.mark.parametrize("query", ["巡察", "张国际"])
def test_search_results_move_nothing_on_screen(browser, site_url, viewport, query):
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    try:
        page.add_init_script(WATCH_SHIFTS)
        page.goto(f"{site_url}search.html?q={query}")
        page.wait_for_selector("#search-results li")
        page.wait_for_timeout(500)  # facets and the "more" button come after the first results
        cls, moved = page.evaluate("[window.__cls, window.__moved]")
        assert cls < 0.01, f"layout shift {cls:.3f} moving {moved}"
    finally:
        page.close()
