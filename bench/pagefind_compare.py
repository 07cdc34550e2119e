"""Our search beside Pagefind, over the same built site.

Pagefind (PyPI ``pagefind[extended]``, the build that segments Chinese with
jieba; ``pagefind[bin]`` alone indexes whole phrases between punctuation) is
run over the article pages of the site.  Both engines are then driven in
headless Chromium on 127.0.0.1 with the same query list:

* cold: a fresh browser context per query (empty cache), from navigation to
  the first result on screen (or the answer that there is none) — bytes
  fetched and latency;
* warm: one page, queries asked one after another, timed inside the page with
  ``performance.now()`` so the driver's round trips are not counted: to the
  first result (both engines) and to the whole first page of results on
  screen (ours; Pagefind's API returns no page, its two times are equal) —
  latency and new bytes.

Bytes are counted from Playwright response events, each fetched file counted
once per page at its gzip -6 size (or raw size when smaller: Pagefind's
files are already compressed), the way GitHub Pages would serve it.
"""
from __future__ import annotations

import math
import re
import resource
import statistics
import subprocess
import time
import urllib.parse
from pathlib import Path
from typing import Any, Callable

from .search_bench import serve
from .sitefiles import INDEX, classify, served_size, site_files

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
BUNDLE = "pagefind"
BENCH_PAGE = "pagefind-bench.html"
#: Pagefind's optional UI files: not needed by the JS API, left out of its index size.
UI_PREFIXES = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui", "pagefind-highlight")
TIMEOUT_MS = 180_000
#: Between warm queries, as a reader pauses: what a query loads after its answer does not overlap the next.
PAUSE_MS = 300

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body data-state="loading"><script type="module">
const pagefind = await import("./pagefind/pagefind.js");
window.runQuery = async (q) => {
  const found = await pagefind.search(q);
  const first = found.results.length ? await found.results[0].data() : null;
  document.body.dataset.results = String(found.results.length);
  document.body.dataset.first = first ? first.url : "";
  return found.results.length;
};
await window.runQuery(new URLSearchParams(location.search).get("q") || "");
document.body.dataset.state = "done";
</script></body></html>
"""


def pagefind_executable() -> tuple[Path, bool]:
    """(binary, segments Chinese): the extended build when installed, else the plain one."""
    try:
        from pagefind_bin_extended import get_executable
        return Path(get_executable()), True
    except ImportError:
        pass
    try:
        from pagefind_bin import get_executable
        return Path(get_executable()), False
    except ImportError:
        raise RuntimeError("Pagefind is not installed: pip install 'pagefind[extended]==1.5.2'") from None


def run_pagefind(site: Path) -> dict[str, Any]:
    """Index the site's article pages into ``site/pagefind``; write the bench page beside it.

    When Pagefind itself fails (it can run out of memory on a large site), the
    result says how (``failed``) and the comparison goes on with ours alone.
    """
    exe, extended = pagefind_executable()
    cmd = [str(exe), "--site", str(site), "--output-subdir", BUNDLE, "--glob", "articles/**/*.html",
           "--root-selector", "article"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out: dict[str, Any] = {"seconds": seconds, "extended": extended,
                           "rss_kb": peak if peak > before else None}
    if proc.returncode != 0:
        how = f"killed by signal {-proc.returncode}" if proc.returncode < 0 else f"exit code {proc.returncode}"
        tail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-1:] or [""]
        return {**out, "failed": f"{how} after {seconds:,.0f} s {tail[0]}".strip(), "pages": None}
    pages = re.search(r"Indexed (\d+) pages", proc.stdout)
    (site / BENCH_PAGE).write_text(PAGE, encoding="utf-8")
    return {**out, "pages": int(pages.group(1)) if pages else None}


def index_sizes(site: Path) -> dict[str, dict[str, int]]:
    """Search data and search code on disk for both engines, raw and as served."""
    sizes = {e: {"data": 0, "data_served": 0, "code": 0, "code_served": 0} for e in ("ours", "pagefind")}
    for rel, path in site_files(site):
        parts = rel.split("/")
        if parts[0] == BUNDLE:
            if parts[-1].startswith(UI_PREFIXES):
                continue
            kind = "data" if len(parts) > 2 or rel.endswith((".pf_meta", ".json")) else "code"
            engine = "pagefind"
        elif classify(rel) == INDEX:
            engine, kind = "ours", "data"
        elif parts[0] == "static" and ("search" in parts[-1] or "lunr" in parts[-1]) and rel.endswith(".js"):
            engine, kind = "ours", "code"
        else:
            continue
        sizes[engine][kind] += path.stat().st_size
        sizes[engine][kind + "_served"] += served_size(path)
    return sizes


class Fetches:
    """Files a page fetched from the site, each counted once, at its served size.

    The response handler only notes the path: it runs in the driver's process,
    beside the test server's threads, so gzipping a file there would hold the
    interpreter while the page waits for its next response and slow the very
    query being timed.  Sizes are computed when asked for, between queries.
    """

    def __init__(self, site: Path, base: str) -> None:
        self.site, self.base = site, base
        self.seen: dict[str, Path] = {}
        self._sizes: dict[str, int] = {}

    def on_response(self, response: Any) -> None:
        url = response.url
        if not url.startswith(self.base) or response.status != 200:
            return
        rel = urllib.parse.unquote(urllib.parse.urlsplit(url).path).lstrip("/") or "index.html"
        path = self.site / rel
        if rel not in self.seen and path.is_file():
            self.seen[rel] = path

    def total(self) -> int:
        for rel, path in self.seen.items():
            if rel not in self._sizes:
                self._sizes[rel] = served_size(path)
        return sum(self._sizes.values())


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else 0.0


class Engine:
    """How to ask one engine a query in the browser and know it has answered."""

    def __init__(self, name: str, url: Callable[[str], str], first: str, again: str,
                 count: Callable[[Any], int]) -> None:
        #: ``first``: selector present once the first result (or "none found") is on screen;
        #: ``again``: a page function of the query resolving to {first, done} milliseconds.
        self.name, self.url, self.first, self.again, self.count = name, url, first, again, count


OURS_AGAIN = """q => new Promise(resolve => {
  const results = document.getElementById('search-results');
  results.setAttribute('data-state', 'stale');
  document.getElementById('search-input').value = q;
  let first = null;
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    const now = performance.now() - t0;
    if (first === null && results.querySelector('a[href]')) first = now;
    if (results.getAttribute('data-state') === 'done') {
      observer.disconnect();
      resolve({first: first === null ? now : first, done: now});
    }
  });
  observer.observe(results, {childList: true, attributes: true, attributeFilter: ['data-state']});
  document.getElementById('search-form').requestSubmit();
})"""

PAGEFIND_AGAIN = """async q => {
  const t0 = performance.now();
  await window.runQuery(q);
  const ms = performance.now() - t0;
  return {first: ms, done: ms};
}"""


def engines(base: str) -> list[Engine]:
    quote = urllib.parse.quote
    return [
        Engine("ours", lambda q: f"{base}search.html?q={quote(q)}",
               '#search-results a[href], #search-results[data-state="done"]', OURS_AGAIN,
               lambda page: len(page.query_selector_all("#search-results a[href]"))),
        Engine("pagefind", lambda q: f"{base}{BENCH_PAGE}?q={quote(q)}", 'body[data-state="done"]', PAGEFIND_AGAIN,
               lambda page: int(page.get_attribute("body", "data-results") or 0)),
    ]


def cold_query(browser: Any, site: Path, base: str, engine: Engine, query: str
               ) -> tuple[float, int, int, int, list[str]]:
    """One query in a fresh browser context: ms from navigation to the first result on
    screen, bytes fetched, requests, results found and the files fetched."""
    context = browser.new_context()
    page = context.new_page()
    fetches = Fetches(site, base)
    page.on("response", fetches.on_response)
    t0 = time.perf_counter()
    page.goto(engine.url(query), wait_until="commit")
    page.wait_for_selector(engine.first, state="attached", timeout=TIMEOUT_MS)
    ms = (time.perf_counter() - t0) * 1000
    found = engine.count(page)
    total, requests = fetches.total(), len(fetches.seen)
    context.close()
    return ms, total, requests, found, sorted(fetches.seen)


def drive(browser: Any, site: Path, base: str, engine: Engine, queries: list[str]) -> dict[str, Any]:
    """Cold and warm runs of ``queries`` against one engine."""
    cold_ms, cold_bytes, cold_requests, answered = [], [], [], []
    for q in queries:
        ms, total, requests, found, _ = cold_query(browser, site, base, engine, q)
        cold_ms.append(ms)
        cold_bytes.append(total)
        cold_requests.append(requests)
        answered.append(found)
    context = browser.new_context()
    page = context.new_page()
    fetches = Fetches(site, base)
    page.on("response", fetches.on_response)
    page.goto(engine.url(queries[0]))
    page.wait_for_load_state("networkidle")
    warm_ms, warm_page_ms, warm_bytes = [], [], []
    for q in queries[1:]:
        before = fetches.total()
        took = page.evaluate(engine.again, q)
        page.wait_for_timeout(PAUSE_MS)
        warm_ms.append(took["first"])
        warm_page_ms.append(took["done"])
        warm_bytes.append(fetches.total() - before)
    context.close()
    return {
        "cold_ms": cold_ms, "cold_bytes": cold_bytes, "cold_requests": cold_requests,
        "warm_ms": warm_ms, "warm_page_ms": warm_page_ms, "warm_bytes": warm_bytes, "results": answered,
    }


def compare(site: Path, queries: list[str]) -> dict[str, Any]:
    """Index the site with Pagefind and measure both engines on ``queries``."""
    from playwright.sync_api import sync_playwright

    indexing = run_pagefind(site)
    out: dict[str, Any] = {"queries": queries, "pagefind_index": indexing, "sizes": index_sizes(site)}
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for engine in engines(base):
                if engine.name == "pagefind" and "failed" in indexing:
                    continue
                out[engine.name] = drive(browser, site, base, engine, queries)
        finally:
            browser.close()
    return out


def spread(values: list[float]) -> str:
    """Median/p95 of a list of milliseconds, or "-"."""
    return f"{statistics.median(values):,.0f}/{percentile(values, 95):,.0f}" if values else "-"


def format_search(rows: list[tuple[int, dict[str, Any]]]) -> str:
    """One table: per corpus size and engine, index size, first-query bytes and latency."""
    header = ["size", "engine", "data MB", "data gz MB", "code KB gz", "1st query KB gz (med/max)", "requests",
              "cold ms (med/p95)", "warm ms (med/p95)", "warm page ms (med/p95)", "warm KB (med)", "answered", "absent word"]
    body = []
    failures: list[str] = []
    for size, s in rows:
        for name in ("ours", "pagefind"):
            z = s["sizes"][name]
            label = name if name == "ours" else ("pagefind" + ("" if s["pagefind_index"]["extended"] else " (plain)"))
            if name not in s:
                failures.append(f"{label} at {size:,} articles: failed, "
                                + s["pagefind_index"].get("failed", "not run"))
                continue
            d = s[name]
            body.append([
                f"{size:,}", label, f"{z['data'] / 1e6:,.2f}", f"{z['data_served'] / 1e6:,.2f}",
                f"{z['code_served'] / 1e3:,.0f}",
                f"{statistics.median(d['cold_bytes']) / 1e3:,.0f}/{max(d['cold_bytes']) / 1e3:,.0f}",
                f"{statistics.median(d['cold_requests']):.0f}",
                spread(d["cold_ms"]),
                spread(d["warm_ms"]),
                spread(d.get("warm_page_ms", [])),
                f"{statistics.median(d['warm_bytes']) / 1e3:,.0f}" if d["warm_bytes"] else "-",
                f"{sum(1 for r in d['results'][:-1] if r)}/{len(d['results']) - 1}",
                f"{d['results'][-1]} results",
            ])
    widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.rjust(w) if i > 1 else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    note = ("Search, ours against Pagefind (cold = fresh browser per query, navigation to first result; "
            "warm = next query in the same page, timed in the page to the first result; "
            "warm page = to the whole first page of results; answered = queries with at least one result; "
            "the last query is a word the corpus never uses)")
    return "\n".join([note, line(header), line(["-" * w for w in widths])] + [line(r) for r in body] + failures)
