"""The build, as one-way pipeline of stages over immutable records.

read sources → split/repair → extract → segment → model (articles, archive)
→ render → search index → export → write.

Extraction runs before segmentation because the segmenter's dictionary is
extended with the names and places extraction found.  A problem in one file is
recorded in the build report and never aborts the build or loses other files.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Mapping

from .archive import build_archive
from .articles import make_article
from .config import Config
from .export import export_data
from .extract import entity_words, extract
from .progress import track
from .records import Article, Draft, Metadata
from .render import render_site
from .report import BuildReport
from .search import build_search
from .segment import Segmenter
from .sources import SourceError, read_all
from .split import split_source
from .writer import check_output_dir, write_site


class BuildError(RuntimeError):
    """The build cannot start or cannot finish (bad content folder, colliding outputs, …)."""


@dataclass(frozen=True)
class BuildResult:
    articles: tuple[Article, ...]
    report: BuildReport
    files_written: int
    timings: Mapping[str, float] = field(default_factory=dict)


class _Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    def stage(self, name: str, fn: Callable, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0


def read_stage(config: Config, report: BuildReport, show: bool) -> list:
    from .sources import discover

    total = len(discover(config.content))
    sources = []
    for rel, res in track(read_all(config.content, config.max_file_bytes), total, "read", show):
        report.read(rel)
        if isinstance(res, SourceError):
            report.skip(rel, str(res))
            continue
        for w in res.warnings:
            report.warn(rel, w)
        sources.append(res.source)
    return sources


def split_stage(sources: list, report: BuildReport, show: bool) -> list[Draft]:
    drafts: list[Draft] = []
    for src in track(sources, len(sources), "split", show):
        try:
            found = split_source(src)
        except Exception as e:  # a bug on one odd file must not stop the archive
            report.skip(src.path, f"could not be split into articles ({type(e).__name__}: {e})")
            continue
        if not found:
            report.skip(src.path, "no article text found")
            continue
        report.built(src.path, len(found))
        drafts.extend(found)
    return drafts


def extract_stage(drafts: list[Draft], report: BuildReport, show: bool) -> list[Metadata]:
    metas = []
    for d in track(drafts, len(drafts), "extract", show):
        try:
            metas.append(extract(d))
        except Exception as e:
            report.warn(d.source, f"article {d.ordinal}: metadata extraction failed "
                                  f"({type(e).__name__}: {e}); built without metadata")
            metas.append(Metadata())
    return metas


def merge_outputs(*parts: Mapping[str, bytes]) -> dict[str, bytes]:
    """Union of stage outputs; two stages writing the same path is a build error."""
    merged: dict[str, bytes] = {}
    for part in parts:
        for path, data in part.items():
            if path in merged:
                raise BuildError(f"two outputs want the same path {path!r}")
            merged[path] = data
    return merged


def build(config: Config, progress: bool = True) -> BuildResult:
    """Build the site described by ``config``; return the articles and the report."""
    if not config.content.is_dir():
        raise BuildError(f"{config.content}: content folder not found")
    check_output_dir(config.output, config.content)
    t = _Timer()
    report = BuildReport()
    sources = t.stage("read", read_stage, config, report, progress)
    drafts = t.stage("split", split_stage, sources, report, progress)
    metas = t.stage("extract", extract_stage, drafts, report, progress)
    words = set().union(*(entity_words(m) for m in metas)) if metas else set()
    segmenter = t.stage("segment", Segmenter, words)
    articles = t.stage("model", lambda: [make_article(d, m) for d, m in zip(drafts, metas)])
    archive = t.stage("model", build_archive, articles)
    pages = t.stage("render", render_site, archive, config)
    search = t.stage("index", build_search, articles, segmenter, config)
    data = t.stage("export", export_data, articles, report, config)
    outputs = merge_outputs(pages, search, data)
    t.stage("write", write_site, outputs, config.output)
    return BuildResult(tuple(articles), report, len(outputs), t.timings)
