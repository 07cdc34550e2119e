"""What the built site weighs, and whether the chosen static host accepts it.

A host refuses a site that is too large, holds too many files or one file too
large (GitHub Pages: 1 GB; GitLab Pages: 1 GB and 200,000 files; Cloudflare
Pages: 20,000 files, 25 MiB a file).  The limits are data
(``data/hosts.yaml``, each with the page stating it); the build measures what
it wrote and warns when the site would not be accepted, before anyone tries
to publish it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .config import Config
from .export import BUILD_REPORT, export_report
from .manifest import MANIFEST, MARKER, manifest_bytes
from .report import WARNING, BuildReport, Problem
from .yamlfile import read_yaml


HOSTS_FILE = Path(__file__).resolve().parent / "data" / "hosts.yaml"
DEFAULT_HOST = "github-pages"


@dataclass(frozen=True)
class Host:
    key: str
    name: str
    site_bytes: int | None
    file_bytes: int | None
    files: int | None
    sources: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"host": self.key, "name": self.name, "site_bytes": self.site_bytes,
                "file_bytes": self.file_bytes, "files": self.files, "sources": list(self.sources)}


@lru_cache(maxsize=1)
def hosts() -> dict[str, Host]:
    """Every known host by its key (as written in site.yaml)."""
    raw = read_yaml(HOSTS_FILE)
    return {key: Host(key, v["name"], v.get("site_bytes"), v.get("file_bytes"), v.get("files"),
                      tuple(v.get("sources") or ())) for key, v in raw.items()}


@dataclass(frozen=True)
class SiteSize:
    """Bytes and files of the built site, and its largest file."""

    bytes: int
    files: int
    largest: str
    largest_bytes: int

    def plus(self, rel: str, size: int) -> "SiteSize":
        """This size with one more file."""
        bigger = size > self.largest_bytes or (size == self.largest_bytes and rel < self.largest)
        return SiteSize(self.bytes + size, self.files + 1, rel if bigger else self.largest,
                        size if bigger else self.largest_bytes)

    def to_json(self) -> dict[str, Any]:
        return {"bytes": self.bytes, "files": self.files,
                "largest": {"file": self.largest, "bytes": self.largest_bytes}}


EMPTY = SiteSize(0, 0, "", 0)


def measure(sizes: Iterable[tuple[str, int]]) -> SiteSize:
    """:class:`SiteSize` of (site-relative path, bytes) pairs: as :meth:`SiteSize.plus`
    would make it one file at a time (of equal sizes the first path in order is the
    largest, and none is while every file is empty), in one pass over tens of
    thousands of files."""
    pairs = list(sizes)
    largest_bytes = max((size for _, size in pairs), default=0)
    if largest_bytes <= 0:
        return SiteSize(sum(size for _, size in pairs), len(pairs), "", 0)
    largest = min(rel for rel, size in pairs if size == largest_bytes)
    return SiteSize(sum(size for _, size in pairs), len(pairs), largest, largest_bytes)


def staged_sizes(paths: Iterable[str], stage: Path, out: Path,
                 known: Mapping[str, int] | None = None) -> Iterator[tuple[str, int]]:
    """(path, bytes) of each output a writer was given: as ``known`` (the writer's own
    count) says, else the staged file when it wrote one, else the one the previous
    build left in ``out`` (unchanged or kept)."""
    stage_s, out_s = str(stage), str(out)
    known = known or {}
    for rel in paths:
        if (size := known.get(rel)) is not None:
            yield rel, size
            continue
        parts = rel.split("/")
        try:
            size = os.stat(os.path.join(stage_s, *parts)).st_size
        except OSError:
            try:
                size = os.stat(os.path.join(out_s, *parts)).st_size
            except OSError:
                continue
        yield rel, size


def _mb(n: int) -> str:
    """Bytes for people: MB (10^6 bytes) from one MB, else kB."""
    return f"{n / 1e6:,.1f} MB" if n >= 1_000_000 else f"{n / 1e3:,.1f} kB"


def describe(size: SiteSize) -> str:
    """One line for the console: bytes, files and the largest file."""
    line = f"site: {_mb(size.bytes)} in {size.files:,} files"
    return line + (f", largest {size.largest} ({_mb(size.largest_bytes)})" if size.largest else "")


def over_limits(size: SiteSize, host: Host, file_sizes: Iterable[tuple[str, int]] = ()) -> list[str]:
    """What about ``size`` the host would refuse, one message per limit exceeded.
    ``file_sizes``: every file's size, to count the files over the per-file limit."""
    problems = []
    if host.site_bytes is not None and size.bytes > host.site_bytes:
        problems.append(f"the site is {_mb(size.bytes)}, over the {_mb(host.site_bytes)} {host.name} accepts")
    if host.files is not None and size.files > host.files:
        problems.append(f"the site has {size.files:,} files, over the {host.files:,} {host.name} accepts")
    if host.file_bytes is not None and size.largest_bytes > host.file_bytes:
        over = sum(1 for _, n in file_sizes if n > host.file_bytes) or 1
        more = f" ({over:,} files are)" if over > 1 else ""
        problems.append(f"{size.largest} is {_mb(size.largest_bytes)}, over the {_mb(host.file_bytes)} a file "
                        f"{host.name} accepts{more}")
    return problems


def site_report(report: BuildReport, config: Config, paths: Iterable[str], stage: Path,
                out: Path, counted: Mapping[str, int] | None = None) -> tuple[bytes, SiteSize]:
    """The build report's bytes with the site's size in it, and that size.

    Every output but the report is measured where the writer put it (or as the
    writer counted it, ``counted``), plus the
    writer's marker and manifest; the host's limits are checked and what they
    refuse is added to ``report`` as warnings.  The report is a file of the site
    too: it is made again until its own size, counted in the totals it holds,
    stays put.
    """
    written = set(paths)
    listed = manifest_bytes({*written, BUILD_REPORT, MARKER})
    sizes = [*staged_sizes(sorted(written), stage, out, counted), (MARKER, 0), (MANIFEST, len(listed))]
    base = measure(sizes)
    host = hosts()[config.host]
    where = f"{out.name}/"
    guess = 0
    for _ in range(8):
        total = base.plus(BUILD_REPORT, guess)
        trial = replace(report, problems=[*report.problems,
                                          *(Problem(where, WARNING, m) for m in
                                            over_limits(total, host, [*sizes, (BUILD_REPORT, guess)]))],
                        site={**total.to_json(), "limits": host.to_json()})
        body = export_report(trial)[BUILD_REPORT]
        if len(body) == guess:
            break
        guess = len(body)
    report.problems[:] = trial.problems
    report.site = trial.site
    return body, total
