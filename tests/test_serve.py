"""build.py serve: serves on 127.0.0.1 and rebuilds when content changes."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

from newsarchive.config import PROJECT_ROOT

TEXT = "洛阳市召开安全生产会议\n\n本报讯 3月5日,洛阳市召开安全生产工作会议。\n"


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode("utf-8")


def test_serve_rebuilds_on_change(tmp_path: Path) -> None:
    content = tmp_path / "c"
    content.mkdir()
    (content / "a.txt").write_text(TEXT, encoding="utf-8")
    cmd = [sys.executable, str(PROJECT_ROOT / "build.py"), "serve", "--port", "0", "--quiet",
           "--content", str(content), "--out", str(tmp_path / "site")]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src"), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        url = None
        deadline = time.monotonic() + 120
        lines = []
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            m = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            url = m.group(1) if m else None
        assert url, "".join(lines)
        assert "安全生产" in _get(url + "data/articles.json")
        assert f'<link rel="canonical" href="{url}index.html">' in _get(url + "index.html")  # built for its address
        (content / "b.txt").write_text(TEXT.replace("安全生产", "防汛抗旱").replace("洛阳", "开封"), encoding="utf-8")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if "防汛抗旱" in _get(url + "data/articles.json"):
                break
            time.sleep(0.5)
        else:
            raise AssertionError("site was not rebuilt after the content changed")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_rebuild_that_raises_leaves_the_server_serving(tmp_path: Path, monkeypatch, capsys) -> None:
    """A build that raises something unforeseen is a printed error; the loop goes on watching."""
    from newsarchive import pipeline, serve as serving
    from newsarchive.config import load_config

    content = tmp_path / "c"
    content.mkdir()
    (content / "a.txt").write_text(TEXT, encoding="utf-8")
    real_build = pipeline.build
    builds: list[str] = []

    def build(config, progress=True, executor=None):
        builds.append("x")
        if len(builds) == 2:
            raise RuntimeError("template engine fell over")
        return real_build(config, progress, executor)

    printed: list[tuple[str, str]] = []
    seen: list[str] = []

    def tick(seconds: float) -> None:  # one poll: change the content, or stop once built thrice
        printed.append(capsys.readouterr())
        if len(builds) >= 3:
            url = re.search(r"at (http://127\.0\.0\.1:\d+/)", printed[0].out).group(1)
            seen.append(_get(url + "data/articles.json"))
            raise KeyboardInterrupt
        later = time.time() + len(builds)
        (content / f"{len(builds)}.txt").write_text(TEXT.replace("洛阳", "开封"), encoding="utf-8")
        os.utime(content / f"{len(builds)}.txt", (later, later))

    monkeypatch.setattr(pipeline, "build", build)
    monkeypatch.setattr(serving, "time", SimpleNamespace(sleep=tick))  # this loop's clock only
    config = load_config(None, content=content, output=tmp_path / "site")
    assert serving.serve(config, port=0, quiet=True, poll_seconds=0) == 0
    printed.append(capsys.readouterr())
    out, err = "".join(p.out for p in printed), "".join(p.err for p in printed)
    assert len(builds) == 3
    assert "error: the build failed: RuntimeError: template engine fell over" in err
    assert "rebuild failed; still serving the last site built" in out
    assert "开封" in seen[0]  # the third build, after the failed one, was served
