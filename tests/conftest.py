"""Shared fixtures: build a site into a temporary folder, serve it, drive Chromium.

Browser tests use Debian's Chromium (/usr/bin/chromium) through Playwright;
they fail loudly when it is missing rather than skipping, because CI installs it.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import threading
import urllib.parse
from pathlib import Path
from typing import Any, Iterator

import pytest

from newsarchive.config import PROJECT_ROOT, load_config

SEEDS = PROJECT_ROOT / "seeds"
SHARED = PROJECT_ROOT.parent / "shared"
CHROMIUM = os.environ.get("NEWSARCHIVE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="session")
def build_site(tmp_path_factory: pytest.TempPathFactory):
    """Return a function that builds ``content`` (default: the seeds) and returns the site folder."""

    def _build(content: Path | None = None, out: Path | None = None, **overrides: Any) -> Path:
        from newsarchive.pipeline import build

        out = out or tmp_path_factory.mktemp("site")
        cfg = load_config(None, content=content or SEEDS, output=out, **overrides)
        build(cfg, progress=False)
        return out

    return _build


@pytest.fixture(scope="session")
def seed_site(build_site) -> Path:
    """The bundled seeds, built once per test session with base URL '/'."""
    return build_site()


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        p = urllib.parse.urlsplit(path).path
        if p.startswith(self.prefix):
            p = "/" + p[len(self.prefix):]
        return super().translate_path(p)

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass


@contextlib.contextmanager
def serve_dir(root: Path, prefix: str = "/") -> Iterator[str]:
    """Serve ``root`` under ``prefix`` on 127.0.0.1 (a free port); yield the base URL."""
    handler = type("H", (_Handler,), {"prefix": prefix})
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def serve():
    """The :func:`serve_dir` context manager, as a fixture."""
    return serve_dir


@pytest.fixture(scope="session")
def browser():
    """A headless Debian Chromium driven by Playwright, shared by the session."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (see .ci/run)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
