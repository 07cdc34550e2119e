"""One build in its own process, so its peak memory can be measured alone.

    python -m bench.child CONTENT OUT RESULT.json [--workers N] [--executor WHERE] [--config SITE_YAML]

Writes the stage timings, counts and peak resident memory of this process
(and, separately, of the worker processes it started) as JSON.  Run by
:mod:`bench.run`; not meant to be called by hand.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Sequence


def build_once(content: Path, out: Path, workers: int | None = None, executor: str | None = None,
               config: Path | None = None) -> dict:
    """Build ``content`` into ``out`` (with the settings of the site.yaml ``config``) and
    return what the benchmark reports."""
    t0 = time.perf_counter()
    from newsarchive.config import load_config
    from newsarchive.pipeline import build

    imported = time.perf_counter()
    cfg = load_config(config, content=content, output=out, workers=workers, executor=executor)
    result = build(cfg, progress=False)
    done = time.perf_counter()
    report = result.report
    return {
        "import_s": imported - t0,
        "build_s": done - imported,
        "timings": dict(result.timings),
        "peak_rss_kb": dict(result.peak_rss_kb),
        "articles": len(result.articles),
        "files_read": len(report.files_read),
        "files_skipped": len(report.skipped),
        "warnings": len(report.warnings),
        "files_written": result.files_written,
        "per_file": dict(report.articles_per_file),
        # ru_maxrss is in KiB on Linux
        "rss_main_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rss_workers_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.child")
    ap.add_argument("content", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("result", type=Path)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--executor", default=None)
    ap.add_argument("--config", type=Path, default=None)
    a = ap.parse_args(argv)
    a.result.write_text(json.dumps(build_once(a.content, a.out, a.workers, a.executor, a.config), ensure_ascii=False),
                        encoding="utf-8")
    return 0


if __name__ == "__main__":
    from newsarchive.cli import exit_now

    exit_now(main())  # as build.py ends
