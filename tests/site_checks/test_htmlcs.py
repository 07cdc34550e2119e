"""HTML_CodeSniffer (npm html_codesniffer, pinned; one of pa11y's two runners) with its WCAG 2 AA
standard over one page of every kind: no error.  It finds what axe-core leaves alone, such as
table cells in a table with several levels of headers and no headers attribute to say which."""
from __future__ import annotations

import pytest

from newsarchive.config import PROJECT_ROOT

from .test_axe import KINDS

pytestmark = pytest.mark.sitecheck

HTMLCS_JS = PROJECT_ROOT / "node_modules" / "html_codesniffer" / "build" / "HTMLCS.js"
#: The sniffer's message type for an error (2: warning, 3: notice).
ERROR = 1

ERRORS = """() => new Promise(done => HTMLCS.process('WCAG2AA', document, () => done(
  HTMLCS.getMessages().filter(m => m.type === %d)
    .map(m => m.code + ': ' + m.msg + ' — ' + (m.element.outerHTML || '').slice(0, 160)))))""" % ERROR


def sniffer_errors(page) -> list[str]:
    if not HTMLCS_JS.is_file():
        pytest.fail(f"{HTMLCS_JS} missing: run `npm ci`")
    page.add_script_tag(path=str(HTMLCS_JS))
    return page.evaluate(ERRORS)


@pytest.mark.parametrize("kind", KINDS)
def test_no_wcag2aa_errors(browser, checked_site, kind):
    page = browser.new_page()
    try:
        page.goto(checked_site.url + checked_site.kinds[kind])
        if kind == "search results":
            page.wait_for_selector("#search-results li")
        errors = sniffer_errors(page)
        assert errors == [], "\n".join(errors)
    finally:
        page.close()


def test_the_sniffer_finds_cells_without_their_headers(browser):
    """The check can fail: a table whose rows fall under several spanning headers (as the
    inspection directory once was) and whose cells do not name their headers."""
    page = browser.new_page()
    try:
        page.set_content('<html lang="zh-CN"><head><title>t</title></head><body><table><caption>c</caption>'
                         '<thead><tr><th scope="col">组</th><th scope="col">电话</th></tr></thead>'
                         '<tbody><tr><th scope="rowgroup" colspan="2">第一轮</th></tr>'
                         '<tr><th scope="row">一组</th><td>1</td></tr></tbody>'
                         '<tbody><tr><th scope="rowgroup" colspan="2">第二轮</th></tr>'
                         '<tr><th scope="row">二组</th><td>2</td></tr></tbody></table></body></html>')
        assert any("H43" in e for e in sniffer_errors(page))
    finally:
        page.close()
