"""One build at a time, refused before it does any work; nothing a build started outlives it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsarchive.config import PROJECT_ROOT, load_config
from newsarchive.sitelock import SiteLock, lock_path
from newsarchive.writer import WriteError, take_site
from processes import alive

pytest.importorskip("fcntl")



def test_a_second_build_is_refused_before_it_reads_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsarchive import pipeline

    content, out = tmp_path / "content", tmp_path / "_site"
    content.mkdir()
    (content / "a.txt").write_text("标题\n\n正文一句。\n", encoding="utf-8")
    read: list[object] = []
    monkeypatch.setattr(pipeline, "read_jobs", lambda *args: read.append(args) or [])
    first = take_site(out)  # a build under way
    try:
        with pytest.raises(WriteError, match=rf"another build \(process {os.getpid()}\) is writing"):
            pipeline.build(load_config(None, content=content, output=out), progress=False)
        assert read == []
    finally:
        first.release()
    pipeline.build(load_config(None, content=content, output=out), progress=False)  # the lock free
    assert len(read) == 1


def test_a_lock_file_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    lock_path(out).write_text(dead.stdout)  # the lock file of a build that is gone
    lock = SiteLock(out)
    try:
        assert lock.held and lock_path(out).read_text() == f"{os.getpid()}\n"
    finally:
        lock.release()


_BUILD_WITH_CHILDREN = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from newsarchive.background import Background
from newsarchive.writer import SiteWriter, take_site

out = Path(sys.argv[1])
lock = take_site(out)

def pid_after(seconds):
    time.sleep(seconds)
    return os.getpid()

def stage(writer):  # the forked search stage, with a pool of its own
    with ProcessPoolExecutor(max_workers=1) as pool:
        grandchild = pool.submit(os.getpid).result()
        writer.add({"pids": f"{os.getpid()} {grandchild}".encode()})
        time.sleep(120)
    return {}

with ProcessPoolExecutor(max_workers=2) as pool, SiteWriter(out, lock=lock) as writer:
    workers = set(pool.map(pid_after, [0.5, 0.5]))
    beside = Background(stage, writer, "search index")
    deadline = time.monotonic() + 60
    while not (writer.stage / "pids").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    pids = [*workers, *map(int, (writer.stage / "pids").read_text().split())]
    print(" ".join(map(str, pids)), flush=True)
    time.sleep(120)
"""


def test_kill_9_of_a_build_ends_its_forked_processes_and_frees_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    script = tmp_path / "build_with_children.py"
    script.write_text(textwrap.dedent(_BUILD_WITH_CHILDREN), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    build = subprocess.Popen([sys.executable, str(script), str(out)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        pids = [int(p) for p in build.stdout.readline().split()]
        assert len(set(pids)) == 4 and all(alive(p) for p in pids)  # two workers, the stage and its worker
        with pytest.raises(WriteError, match="another build"):
            take_site(out)
        build.send_signal(signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 10
        while any(alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [p for p in pids if alive(p)] == []
        take_site(out).release()  # the next build is not refused
    finally:
        build.kill()
        build.wait()
        build.stdout.close()
