"""Search benchmark: index size, bytes before the first result, query latency in Chromium.

    python -m bench.search_bench [--site DIR | --content DIR] [--queries FILE] [--runs N] [--json FILE]

Without ``--site`` the content folder (default: the bundled seeds) is built
into a temporary folder first.  Figures, printed:

* index: the index chunks, and all search data files (chunks, documents,
  facets, t2s pairs, pinyin keys, manifest), raw and gzip -6 bytes;
* first result: what a browser with an empty cache fetches, over http on
  127.0.0.1, from opening ``search.html?q=…`` to the first result on screen
  (every response counted once, raw and gzip -6), and how long that took;
* latency: each query typed into the page's search box ``--runs`` times
  (warm: data already loaded), from submit to ``data-state="done"`` —
  median, p95 and max over all runs.

Nothing is asserted: the figures depend on the machine.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import math
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any, Iterator

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "search" / "queries.yaml"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
DONE = '#search-results[data-state="done"]'

#: Types a query into the page's own box and resolves with the milliseconds until the answer is shown.
TIME_QUERY = """
async (q) => {
  const results = document.getElementById('search-results');
  const input = document.getElementById('search-input');
  const form = document.getElementById('search-form');
  results.removeAttribute('data-state');
  const done = new Promise(resolve => {
    const seen = new MutationObserver(() => {
      if (results.getAttribute('data-state') === 'done') { seen.disconnect(); resolve(); }
    });
    seen.observe(results, {attributes: true, attributeFilter: ['data-state']});
  });
  input.value = q;
  const t0 = performance.now();
  form.requestSubmit();
  await done;
  return performance.now() - t0;
}
"""


def load_queries(path: Path) -> list[str]:
    """Query strings from the gold YAML (``{q: …}`` items) or a corpus manifest (plain strings)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [q["q"] if isinstance(q, dict) else str(q) for q in data["queries"]]


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, math.ceil(p / 100 * len(ordered)) - 1)
    return ordered[k]


def build(content: Path, out: Path) -> Path:
    from newsarchive.config import load_config
    from newsarchive.pipeline import build as build_site

    build_site(load_config(None, content=content, output=out), progress=False)
    return out


def index_sizes(site: Path) -> dict[str, Any]:
    """Raw and gzip bytes of the index chunks and of all search data files."""
    files = sorted((site / "search").rglob("*.js"))
    index = sorted((site / "search" / "index").glob("*.js"))
    manifest = next(f for f in files if f.name.startswith("manifest."))
    text = manifest.read_text(encoding="utf-8")
    info = json.loads(text[text.index(",") + 1:text.rindex("]")])
    raw_index = b"".join(f.read_bytes() for f in index)
    raw_all = b"".join(f.read_bytes() for f in files)
    return {
        "docs": info["docs"],
        "index_chunks": len(index),
        "index_raw": len(raw_index), "index_gzip": sum(gz(f.read_bytes()) for f in index),
        "data_raw": len(raw_all), "data_gzip": sum(gz(f.read_bytes()) for f in files),
        "files": len(files),
    }


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # a page closed while its files were still coming (the benchmark stops
        # at the first result) is not an error of the server
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 (any free port); yield the base URL."""
    httpd = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def first_result(browser: Any, base: str, query: str) -> dict[str, Any]:
    """Cold load of search.html?q=query: bytes fetched until the first result is on screen."""
    context = browser.new_context()
    page = context.new_page()
    fetched: dict[str, bytes] = {}

    def on_response(response: Any) -> None:
        if response.url.startswith(base) and response.status == 200 and response.url not in fetched:
            with contextlib.suppress(Exception):
                fetched[response.url] = response.body()

    page.on("response", on_response)
    t0 = time.perf_counter()
    page.goto(base + "search.html?q=" + urllib.parse.quote(query))
    page.wait_for_selector(DONE, state="attached", timeout=120000)
    elapsed = (time.perf_counter() - t0) * 1000
    hits = page.eval_on_selector_all("#search-results a[href]", "els => els.length")
    context.close()
    return {
        "query": query,
        "hits": hits,
        "ms": elapsed,
        "raw": sum(len(b) for b in fetched.values()),
        "gzip": sum(gz(b) for b in fetched.values()),
        "files": {urllib.parse.urlsplit(u).path.lstrip("/"): len(b) for u, b in sorted(fetched.items())},
    }


def latencies(browser: Any, base: str, queries: list[str], runs: int) -> dict[str, Any]:
    """Warm in-page latency of every query, ``runs`` times each."""
    page = browser.new_page()
    page.goto(base + "search.html?q=" + urllib.parse.quote(queries[0]))
    page.wait_for_selector(DONE, state="attached", timeout=120000)
    times: list[float] = []
    per_query: dict[str, float] = {}
    for q in queries:
        mine = [page.evaluate(TIME_QUERY, q) for _ in range(runs)]
        per_query[q] = statistics.median(mine)
        times += mine
    page.close()
    return {"runs": len(times), "median_ms": statistics.median(times), "p95_ms": percentile(times, 95),
            "max_ms": max(times), "per_query_median_ms": per_query}


def report(sizes: dict[str, Any], first: dict[str, Any], lat: dict[str, Any]) -> str:
    lines = [
        f"documents:            {sizes['docs']}",
        f"lunr index:           {sizes['index_raw']:>10,} B raw   {sizes['index_gzip']:>9,} B gzip"
        f"   ({sizes['index_chunks']} chunks)",
        f"all search data:      {sizes['data_raw']:>10,} B raw   {sizes['data_gzip']:>9,} B gzip"
        f"   ({sizes['files']} files)",
        f"first result (cold):  {first['raw']:>10,} B raw   {first['gzip']:>9,} B gzip"
        f"   {len(first['files'])} files, {first['ms']:.0f} ms for {first['query']!r} ({first['hits']} shown)",
    ]
    for path, size in first["files"].items():
        lines.append(f"    {size:>10,} B  {path}")
    lines.append(f"query latency (warm): median {lat['median_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms, "
                 f"max {lat['max_ms']:.1f} ms over {lat['runs']} runs")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--site", type=Path, help="an already built site")
    where.add_argument("--content", type=Path, default=ROOT / "seeds", help="content folder to build first")
    ap.add_argument("--queries", type=Path, default=QUERIES,
                    help="YAML with a `queries: [{q: …}]` list, or a generated corpus's .corpus.json")
    ap.add_argument("--runs", type=int, default=5, help="repetitions of each query for the latency figures")
    ap.add_argument("--json", type=Path, help="also write the figures here as JSON")
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    queries = load_queries(args.queries)
    with tempfile.TemporaryDirectory(prefix="search-bench-") as tmp:
        site = args.site or build(args.content, Path(tmp) / "site")
        sizes = index_sizes(site)
        first_query = next(q for q in queries if q.strip())
        with serve(site) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                first = first_result(browser, base, first_query)
                lat = latencies(browser, base, queries, args.runs)
            finally:
                browser.close()
    print(report(sizes, first, lat))
    if args.json:
        args.json.write_text(json.dumps({"sizes": sizes, "first_result": first, "latency": lat},
                                        ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
