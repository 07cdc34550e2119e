"""Drive the search page in Chromium the way a reader does, and read its answer."""
from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

QUERIES = Path(__file__).with_name("queries.yaml")
DONE = '#search-results[data-state="done"]'


def flat(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def gold_queries() -> dict[str, Any]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def letters_by_url(site: Path, anchors: dict[str, str]) -> dict[str, str]:
    """Article url → anchor letter, by the anchor phrase in the exported text."""
    data = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    out = {}
    for art in data["articles"]:
        for letter, anchor in anchors.items():
            if flat(anchor) in flat(art.get("text")):
                out[art["url"]] = letter
    return out


@dataclass
class Watch:
    """Page errors, console errors and dialogs seen since the last ``clear``."""

    errors: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> "Watch":
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("console", self._console)
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("response", lambda r: self.errors.append(f"http {r.status}: {r.url}") if r.status >= 400 else None)
        return self

    def _console(self, message: Any) -> None:
        # the browser's own /favicon.ico probe is not a request the page makes
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            self.errors.append(f"console: {message.text} {message.location.get('url', '')}")

    def clear(self) -> None:
        self.errors.clear()


def type_query(page: Any, query: str) -> None:
    """Type ``query`` into the page's search box, press Enter, wait for the answer."""
    page.evaluate("document.getElementById('search-results').removeAttribute('data-state')")
    box = page.locator("#search-input")
    box.fill("")
    box.type(query)
    box.press("Enter")
    page.wait_for_selector(DONE, state="attached", timeout=10000)


def result_hrefs(page: Any) -> list[str]:
    """The result links' href attributes, in rank order."""
    return page.eval_on_selector_all("#search-results a[href]", "els => els.map(e => e.getAttribute('href'))")


def empty_shown(page: Any) -> bool:
    return page.query_selector("#search-empty") is not None and page.is_visible("#search-empty")


def open_search(page: Any, base: str, query: str | None = None) -> None:
    url = base + "search.html" + (("?q=" + urllib.parse.quote(query)) if query is not None else "")
    page.goto(url)
    page.wait_for_selector(DONE, state="attached", timeout=10000)
