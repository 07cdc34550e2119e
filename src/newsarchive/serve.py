"""``build.py serve``: build, serve on 127.0.0.1, rebuild when inputs change.

Changes are found by polling modification times (no extra dependency, works
on every platform); a failed rebuild keeps serving the last good site because
the writer swaps folders atomically.
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from .config import Config
from .console import printable


def snapshot(roots: Iterable[Path]) -> dict[str, float]:
    """Path → mtime for every file under the watched roots."""
    state: dict[str, float] = {}
    for root in roots:
        if root.is_file():
            state[str(root)] = root.stat().st_mtime
        elif root.is_dir():
            for p in root.rglob("*"):
                if p.is_file():
                    try:
                        state[str(p)] = p.stat().st_mtime
                    except FileNotFoundError:
                        pass
    return state


def watched(config: Config, config_file: Path | None = None) -> list[Path]:
    roots = [config.content, config.templates, config.static]
    if config_file:
        roots.append(config_file)
    return roots


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False,
          poll_seconds: float = 1.0, config_file: Path | None = None, verbose: bool = False) -> int:
    from .cli import run_build

    # The handler serves whatever folder is at config.output at request time,
    # so an atomic swap on rebuild is picked up without restarting.
    handler = functools.partial(_QuietHandler, directory=str(config.output))
    httpd = http.server.ThreadingHTTPServer((host, port), handler)
    url = f"http://{host}:{httpd.server_address[1]}/"
    # The pages are built for the address they are served at, so that their
    # canonical links, sitemap and feeds point at it.
    config = replace(config, base_url=url, site_url="")
    status = run_build(config, quiet=quiet, verbose=verbose)
    if status == 2:
        httpd.server_close()
        return status
    print(f"serving {printable(config.output)} at {url} (Ctrl+C to stop)", flush=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    roots = watched(config, config_file)
    before = snapshot(roots)
    try:
        while True:
            time.sleep(poll_seconds)
            try:
                now = snapshot(roots)
            except OSError as e:  # a folder removed while it was walked: look again
                print(f"cannot watch for changes: {e}", file=sys.stderr, flush=True)
                continue
            if now != before:
                before = now
                print("change detected, rebuilding…", flush=True)
                if run_build(config, quiet=True, verbose=verbose) == 2:
                    print("rebuild failed; still serving the last site built", flush=True)
    except KeyboardInterrupt:
        print("stopped")
    finally:
        httpd.shutdown()
        httpd.server_close()
    return 0
