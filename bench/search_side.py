"""Our search on two (or more) built sites, side by side in one run.

    python -m bench.search_side SITE_A SITE_B [--labels before,after] --queries CORPUS/.corpus.json

To compare two versions of the search (say, before and after a change to its
data layout) over the same corpus, each query is asked of every site in turn,
cold (a fresh browser context: bytes fetched and time to the first result on
screen) and then warm (one page per site, the next query typed into it, timed
in the page), alternating between the sites so that a busy machine slows both
alike.  The figures are those of :mod:`bench.pagefind_compare`, for our engine.

With ``--pagefind``, Pagefind indexes the last site's articles and is asked
the same queries in the same turns, as one more row; with ``--pagefind-kept``
too, the Pagefind index the last site already holds (from an earlier
``--pagefind``, or ``python -m bench --pagefind --keep DIR``) is asked
without indexing again (a minute and gigabytes at 10,000 articles).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
from pathlib import Path
from typing import Any, Sequence

from .pagefind_compare import (BENCH_PAGE, BUNDLE, CHROMIUM, CHROMIUM_ARGS, PAUSE_MS, Engine, Fetches, cold_query,
                               engines, percentile, run_pagefind)
from .search_bench import load_queries, serve


def pagefind_kept(site: Path) -> bool:
    """Does ``site`` hold a Pagefind index and the page that asks it (written by run_pagefind)?"""
    return (site / BUNDLE / "pagefind.js").is_file() and (site / BENCH_PAGE).is_file()


def _engine(base: str, name: str) -> Engine:
    return next(e for e in engines(base) if e.name == name)


def _cold(browser: Any, site: Path, base: str, query: str, engine: str = "ours"
          ) -> tuple[float, int, int, int, list[str]]:
    return cold_query(browser, site, base, _engine(base, engine), query)


def compare(sites: Sequence[Path], queries: list[str], kinds: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Cold and warm figures of every site, the queries asked of each in turn; ``kinds``:
    the engine asked of each site ("ours" or "pagefind"; default ours everywhere)."""
    from playwright.sync_api import sync_playwright

    kinds = list(kinds) if kinds is not None else ["ours"] * len(sites)

    runs: list[dict[str, Any]] = [{"cold_ms": [], "cold_bytes": [], "cold_requests": [], "results": [],
                                   "cold_files": [], "warm_ms": [], "warm_page_ms": [], "warm_bytes": []}
                                  for _ in sites]
    with contextlib.ExitStack() as stack, sync_playwright() as p:
        bases = [stack.enter_context(serve(site)) for site in sites]
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for i, q in enumerate(queries):
                order = range(len(sites)) if i % 2 == 0 else reversed(range(len(sites)))
                for s in order:
                    figures = _cold(browser, sites[s], bases[s], q, kinds[s])
                    for key, value in zip(("cold_ms", "cold_bytes", "cold_requests", "results", "cold_files"),
                                          figures):
                        runs[s][key].append(value)
            pages = []
            for site, base, kind in zip(sites, bases, kinds):
                ours = _engine(base, kind)
                page = browser.new_context().new_page()
                fetches = Fetches(site, base)
                page.on("response", fetches.on_response)
                page.goto(ours.url(queries[0]))
                page.wait_for_load_state("networkidle")
                pages.append((page, fetches, ours))
            for q in queries[1:]:
                for s, (page, fetches, ours) in enumerate(pages):
                    before = fetches.total()
                    took = page.evaluate(ours.again, q)
                    page.wait_for_timeout(PAUSE_MS)
                    runs[s]["warm_ms"].append(took["first"])
                    runs[s]["warm_page_ms"].append(took["done"])
                    runs[s]["warm_bytes"].append(fetches.total() - before)
        finally:
            browser.close()
    return runs


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):,.0f}/{percentile(values, 95):,.0f}" if values else "-"


def format_side(labels: Sequence[str], runs: list[dict[str, Any]]) -> str:
    header = ["site", "1st query KB gz (med/max)", "requests", "cold ms (med/p95)", "warm ms (med/p95)",
              "warm page ms (med/p95)", "warm KB (med)", "answered", "absent word"]
    rows = []
    for label, d in zip(labels, runs):
        rows.append([
            label,
            f"{statistics.median(d['cold_bytes']) / 1e3:,.1f}/{max(d['cold_bytes']) / 1e3:,.1f}",
            f"{statistics.median(d['cold_requests']):.0f}",
            _spread(d["cold_ms"]), _spread(d["warm_ms"]), _spread(d["warm_page_ms"]),
            f"{statistics.median(d['warm_bytes']) / 1e3:,.1f}" if d["warm_bytes"] else "-",
            f"{sum(1 for r in d['results'][:-1] if r)}/{len(d['results']) - 1}",
            f"{d['results'][-1]} results",
        ])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.search_side", description=__doc__.split("\n\n")[0])
    ap.add_argument("sites", type=Path, nargs="+", help="built sites to compare")
    ap.add_argument("--labels", help="comma-separated names of the sites (default: their folders)")
    ap.add_argument("--queries", type=Path, required=True,
                    help="a generated corpus's .corpus.json, or YAML with a `queries: [{q: …}]` list")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--pagefind", action="store_true",
                    help="also index the last site with Pagefind and ask it the same queries")
    ap.add_argument("--pagefind-kept", action="store_true",
                    help="with --pagefind: ask the Pagefind index the last site already holds, without indexing")
    a = ap.parse_args(argv)
    labels = a.labels.split(",") if a.labels else [str(s) for s in a.sites]
    if len(labels) != len(a.sites):
        ap.error("one label per site")
    queries = (json.loads(a.queries.read_text(encoding="utf-8"))["queries"] if a.queries.suffix == ".json"
               else load_queries(a.queries))
    sites, kinds = list(a.sites), ["ours"] * len(a.sites)
    if a.pagefind_kept and not a.pagefind:
        ap.error("--pagefind-kept goes with --pagefind")
    if a.pagefind:
        if not a.pagefind_kept:
            indexing = run_pagefind(sites[-1])
        elif pagefind_kept(sites[-1]):
            indexing = {}
        else:
            ap.error(f"{sites[-1]}: no Pagefind index (run once with --pagefind alone)")
        if "failed" in indexing:
            print(f"pagefind: {indexing['failed']}", file=sys.stderr)
        else:
            sites.append(sites[-1])
            kinds.append("pagefind")
            labels.append("pagefind")
    runs = compare(sites, queries, kinds)
    print(format_side(labels, runs))
    if a.json:
        a.json.write_text(json.dumps(dict(zip(labels, runs)), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
