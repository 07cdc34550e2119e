"""The Nu HTML Checker (npm vnu-jar, pinned in package.json, on Debian's Java) over every page."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from newsarchive.config import PROJECT_ROOT

pytestmark = pytest.mark.sitecheck

VNU_JAR = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_messages(*targets: str) -> list[dict]:
    """The checker's errors for the given files or folders (every .html file in a folder)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("java not found: install Debian's default-jre-headless (make setup does)")
    if not VNU_JAR.is_file():
        pytest.fail(f"{VNU_JAR} missing: run `npm ci`")
    done = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
                           *targets], capture_output=True, text=True, timeout=600)
    return json.loads(done.stderr or '{"messages": []}')["messages"]


def test_every_page_is_valid_html(checked_site):
    pages = sorted(checked_site.root.rglob("*.html"))
    assert len(pages) > 50
    errors = nu_messages(str(checked_site.root))
    where = [f"{m.get('url', '?').rsplit('/', 2)[-2:]}:{m.get('lastLine')}: {m['message']}" for m in errors]
    assert errors == [], "\n".join(where)


def test_the_checker_finds_an_error(tmp_path):
    """The check can fail: a figure with its caption in the middle (what the chart pages once had)."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>'
                   "<figure><p>图</p><figcaption>说明</figcaption><details><summary>表</summary></details>"
                   "</figure></body></html>", encoding="utf-8")
    assert any("figure" in m["message"] for m in nu_messages(str(bad)))
