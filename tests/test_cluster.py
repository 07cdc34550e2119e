"""Builds through a Dask cluster (two process workers on 127.0.0.1) give the local build's site, byte for byte.

The cluster runs in a process of its own (tests/cluster_helpers/cluster.py) and
the builds run as ``build.py`` commands, as a user runs them.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

pytest.importorskip("distributed", reason="the 'distributed' extra is not installed")

from newsarchive.config import PROJECT_ROOT  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the bench package (the corpus generator) lives at the repository root
    sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402

HELPERS = Path(__file__).parent / "cluster_helpers"
ARTICLES = 300


def _env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(PROJECT_ROOT / "src"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, **extra}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(ARTICLES, 3, out)
    return out


def _build(content: Path, out: Path, *options: str) -> None:
    run = subprocess.run([sys.executable, str(PROJECT_ROOT / "build.py"), "--content", str(content), "--out",
                          str(out), "--quiet", *options], capture_output=True, text=True, env=_env(), timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]


@pytest.fixture(scope="module")
def local_site(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "site"
    _build(corpus, out)
    return out


def _cluster(*preload: str, **env: str) -> Iterator[str]:
    """A running cluster's address as ``dask://HOST:PORT``."""
    proc = subprocess.Popen([sys.executable, str(HELPERS / "cluster.py"), *preload], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=_env(**env))
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        assert address.startswith("tcp://"), address
        yield "dask://" + address[len("tcp://"):]
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _same_site(got: Path, want: Path) -> None:
    a, b = _files(got), _files(want)
    assert sorted(a) == sorted(b)
    differing = [path for path in a if a[path] != b[path]]
    assert not differing, differing[:10]
    assert any(path.startswith("articles/") for path in a) and "search.html" in a


def test_a_build_on_a_dask_cluster_is_the_local_build(corpus: Path, local_site: Path, tmp_path: Path) -> None:
    for address in _cluster():
        _build(corpus, tmp_path / "site", "--executor", address)
    _same_site(tmp_path / "site", local_site)


@pytest.mark.parametrize("at", ["page", "docs", "rows"])
def test_a_worker_killed_mid_build_costs_nothing_but_time(corpus: Path, local_site: Path, tmp_path: Path,
                                                         at: str) -> None:
    """The first page a worker renders, search document file or index row it makes kills
    it (tests/cluster_helpers/kill_once.py): the scheduler gives its tasks to the other
    worker and the site is the same."""
    marker = tmp_path / "killed"
    for address in _cluster(str(HELPERS / "kill_once.py"), NEWSARCHIVE_KILL_MARKER=str(marker),
                            NEWSARCHIVE_KILL_AT=at):
        _build(corpus, tmp_path / "site", "--executor", address)
    assert marker.exists()  # a worker did die
    _same_site(tmp_path / "site", local_site)
