"""axe-core (pinned in package.json, injected by Playwright into Debian's Chromium): every
rule axe runs by default, WCAG 2 A/AA and its best practices, over one page of every kind."""
from __future__ import annotations

import pytest

from e2e.axe import AXE_JS, format_violations

pytestmark = pytest.mark.sitecheck

KINDS = ["home", "article", "undated article", "person", "people index", "district", "districts index",
         "month", "dates index", "inspections", "search", "search results", "not found"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("width", [1280, 375])
def test_no_axe_violations(browser, checked_site, kind, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(checked_site.url + checked_site.kinds[kind])
        if kind == "search results":
            page.wait_for_selector("#search-results li")
        page.add_script_tag(path=str(AXE_JS))
        violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
        assert not violations, format_violations(violations)
    finally:
        page.close()
