"""The seeds built as CI publishes them, with an absolute base URL, served on 127.0.0.1.

Every check in this folder (marked ``sitecheck``; ``make site-checks``) looks at
this one build: the Nu HTML Checker, axe-core, HTML_CodeSniffer, Lighthouse, a
feed parser and the sitemap schema.  The server is bound before the build so that the site's
address, which canonical links, the sitemap and the feeds carry, is the one it
is served at.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from newsarchive.config import PROJECT_ROOT, load_config

SEEDS = PROJECT_ROOT / "seeds"
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "site-checks"


@dataclass(frozen=True)
class CheckedSite:
    root: Path      # the built folder
    url: str        # where it is served, ending with '/'

    def find(self, pattern: str, under: str) -> str:
        """Site-relative path of the first page under ``under`` whose HTML matches ``pattern``."""
        for page in sorted((self.root / under).glob("*.html")):
            if page.name != "index.html" and re.search(pattern, page.read_text("utf-8")):
                return page.relative_to(self.root).as_posix()
        raise AssertionError(f"no page under {under}/ matches {pattern!r}")

    @property
    def kinds(self) -> dict[str, str]:
        """One page of every kind the site has (a query for the search page)."""
        month = next(p for p in sorted((self.root / "dates").glob("*.html")) if p.name != "index.html")
        return {
            "home": "index.html",
            "article": self.find("市委第一巡察组", "articles"),
            "undated article": self.find("日期不详", "articles"),
            "person": self.find(r"<h2>张国际</h2>", "people"),
            "people index": "people/index.html",
            "district": self.find("<h1>", "districts"),
            "districts index": "districts/index.html",
            "month": month.relative_to(self.root).as_posix(),
            "dates index": "dates/index.html",
            "inspections": "inspections.html",
            "search": "search.html",
            "search results": "search.html?q=%E5%B7%A1%E5%AF%9F",
            "not found": "404.html",
        }


@contextlib.contextmanager
def _bound_server(root: Path) -> Iterator[tuple[http.server.ThreadingHTTPServer, str]]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    try:
        yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.server_close()


@pytest.fixture(scope="session")
def checked_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CheckedSite]:
    from newsarchive.pipeline import build

    root = tmp_path_factory.mktemp("checked-site")
    with _bound_server(root) as (httpd, url):
        result = build(load_config(None, content=SEEDS, output=root, base_url=url), progress=False)
        assert not result.report.problems, [str(p) for p in result.report.problems]
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield CheckedSite(root, url)
        finally:
            httpd.shutdown()
