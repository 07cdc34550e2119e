"""kill -9 of a rebuild at any instant leaves the old site or the new one, byte for byte,
and the next build writes the new one.

A generated archive of a few hundred articles is built, then rebuilt after an
edit (articles changed, a file deleted, one added); the rebuild is killed with
SIGKILL at 26 instants spread over its duration, more densely over its end,
where the site is written; and at moments seen from outside: once the staging
folder appears, once the publication's journal does, once the output is the
new folder (the old tree is being removed).  The output holds a .git/ folder and a CNAME the
build did not write: they are there after every kill and every build.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsarchive.config import PROJECT_ROOT

ROOT = PROJECT_ROOT
if str(ROOT) not in sys.path:  # the bench package (the corpus generator) lives at the repository root
    sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402

pytestmark = pytest.mark.slow

ARTICLES = 300
SPREAD = 20  # kills spread over the rebuild's duration (that of the build before: it follows the load) …
LATE = 6     # … and over its end
#: and kills when something is seen beside the output
EVENTS = ("staged", "journal", "swapped") * 3
FOREIGN = {".git/HEAD": b"ref: refs/heads/gh-pages\n", ".git/objects/ab/cdef": b"an object", "CNAME": b"news.example.org\n"}


def _tree(root: Path) -> dict[str, bytes]:
    """Every file and link below ``root`` with its bytes (a link: its target)."""
    found = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            found[p.relative_to(root).as_posix()] = b"-> " + os.readlink(p).encode()
        elif p.is_file():
            found[p.relative_to(root).as_posix()] = p.read_bytes()
    return found


def _site(tree: dict[str, bytes]) -> dict[str, bytes]:
    """``tree`` without what the writer did (in the build report) nor the site's bytes,
    which count the report's own and so the length of those figures: a rebuild and a
    cold build of the same content differ there and only there."""
    report = json.loads(tree["data/build-report.json"])
    report.pop("output")
    report["site"].pop("bytes")
    return {**tree, "data/build-report.json": json.dumps(report).encode()}


def _command(content: Path, out: Path) -> list[str]:
    return [sys.executable, str(PROJECT_ROOT / "build.py"), "--content", str(content), "--out", str(out), "--quiet"]


_ENV = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}


def _build(content: Path, out: Path) -> None:
    done = subprocess.run(_command(content, out), env=_ENV, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _session_alive(session: int) -> list[int]:
    """Processes of the session ``session`` still running (not zombies)."""
    alive = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(") ", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z" and int(fields[3]) == session:
                alive.append(int(entry))
    return alive


def _is_utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


@pytest.fixture(scope="module")
def contents(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two versions of an archive: A, and B with articles edited, a file deleted and one added."""
    a = tmp_path_factory.mktemp("kill") / "content-a"
    generate(ARTICLES, 11, a)
    b = a.with_name("content-b")
    shutil.copytree(a, b)
    files = sorted(b.rglob("*.txt"))
    edited = [f for f in files[:-1] if _is_utf8(f)][:6]
    assert len(edited) == 6
    for f in edited:
        f.write_text(f.read_text("utf-8").rstrip() + "\n\n会议强调，要把各项工作落到实处，确保取得实效。\n",
                     encoding="utf-8")
    files[-1].unlink()
    (b / "added.txt").write_text("新城区召开防汛工作会议\n\n本报讯(记者 赵晓东) 6月2日，新城区召开防汛工作会议。"
                                 "副区长孙立军出席会议并讲话。\n", encoding="utf-8")
    return a, b


def test_a_rebuild_killed_at_any_instant_leaves_the_old_or_the_new_site(contents: tuple[Path, Path],
                                                                      tmp_path: Path) -> None:
    a, b = contents
    expected = {}
    for name, content in (("a", a), ("b", b)):  # cold builds: what each content's site is
        _build(content, tmp_path / f"cold-{name}" / "_site")
        expected[content] = _site({**_tree(tmp_path / f"cold-{name}" / "_site"), **FOREIGN})

    out = tmp_path / "live" / "_site"
    _build(a, out)
    for rel, data in FOREIGN.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    started = time.monotonic()
    _build(b, out)  # how long a rebuild takes here and now
    duration = time.monotonic() - started
    assert _site(_tree(out)) == expected[b]
    _build(a, out)

    # instants as shares of the rebuild's duration, which follows the machine's load
    instants: list[float | str] = [0.9 * (k + 0.5) / SPREAD for k in range(SPREAD)]
    instants += [0.75 + 0.2 * (k + 0.5) / LATE for k in range(LATE)]
    instants += EVENTS
    outcomes = []
    for k, instant in enumerate(instants):
        target = b if k % 2 == 0 else a  # the output holds the other one's site
        before = _tree(out)
        folder = out.stat().st_ino
        run = subprocess.Popen(_command(target, out), env=_ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
        at = instant * duration if isinstance(instant, float) else instant
        if _killed(run, at, lambda: _seen(out, folder)):
            now = _tree(out)
            if now == before:
                outcomes.append("old")
            elif _site(now) == expected[target]:
                outcomes.append("new")
            else:  # only while the journal's moves go on: the old site, foreign entries moving
                _assert_moving(out, now, before, instant)
                outcomes.append("old, moving")
        else:
            outcomes.append("finished")
        deadline = time.monotonic() + 10
        while _session_alive(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _session_alive(run.pid) == [], f"processes of the build killed at {instant} live on"
        started = time.monotonic()
        _build(target, out)  # the next build is not refused and writes the new site
        duration = time.monotonic() - started
        assert _site(_tree(out)) == expected[target]
        assert sorted(p.name for p in out.parent.iterdir()) == ["._site.cache", "._site.lock", "_site"]
    print("kill sweep:", list(zip(instants, outcomes)), f"rebuild {duration:.1f} s at the end")
    assert len(outcomes) - outcomes.count("finished") >= 20, outcomes
    assert "old" in outcomes and "new" in outcomes, outcomes


def _assert_moving(out: Path, now: dict[str, bytes], before: dict[str, bytes], instant: object) -> None:
    """The state a kill leaves while the publication moves the entries the build did not
    write into the staged tree (see newsarchive.publish): the old site's files exactly,
    and each foreign entry either in place or in the staging folder the journal names."""
    journal = out.parent / "._site.publish"
    assert journal.exists(), f"kill at {instant} left a mixed site"
    staged = out.parent / json.loads(journal.read_text("utf-8"))["stage"]
    assert {r: d for r, d in now.items() if r not in FOREIGN} == {r: d for r, d in before.items() if r not in FOREIGN}
    for rel, data in FOREIGN.items():
        assert now.get(rel) == data or (staged / rel).read_bytes() == data, rel


def _seen(out: Path, folder: int) -> set[str]:
    """What of the publication can be seen beside ``out`` (whose folder's inode was ``folder``)."""
    seen = set()
    if any(p.name.startswith("._site.staged-") for p in out.parent.iterdir()):
        seen.add("staged")
    if (out.parent / "._site.publish").exists():
        seen.add("journal")
    try:
        if out.stat().st_ino != folder:
            seen.add("swapped")
    except FileNotFoundError:
        pass
    return seen


def _killed(run: subprocess.Popen, instant: float | str, seen) -> bool:
    """Kill ``run`` with SIGKILL after ``instant`` seconds, or once ``seen()`` holds ``instant``;
    False if it finished first."""
    if isinstance(instant, float):
        try:
            run.wait(timeout=instant)
            return False
        except subprocess.TimeoutExpired:
            pass
    else:
        while instant not in seen():
            if run.poll() is not None:
                return False
            time.sleep(0.0002)
    run.send_signal(signal.SIGKILL)
    run.wait()
    return True
