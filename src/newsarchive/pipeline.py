"""The build, as one-way pipeline of stages over immutable records.

read sources → split/repair → extract (per file, cached, in parallel) → segment → model (articles, archive)
→ render → search index → export → write; each output part is handed to the
writer as soon as it is made, and the site is put in place at the end.  The
search index is made from the articles alone: on a machine with more than one
core it is made in a forked process while this one builds the archive and
renders (:mod:`.background`).

Extraction runs before segmentation because the segmenter's dictionary is
extended with the names and places extraction found.  A problem in one file is
recorded in the build report and never aborts the build or loses other files.
"""
from __future__ import annotations

import gc
import hashlib
import pickle
import concurrent.futures
import time
from pathlib import Path
from dataclasses import dataclass, field, replace
from typing import Callable, Mapping

from .archive import Archive, build_archive, model_inputs, skeleton, with_articles
from .readings import name_pinyin
from .articles import make_article
from .background import Background, room_to_fork, run_beside
from .collector import Collector, collect  # noqa: F401  (collect: the build's records without a cache)
from .config import Config, settle_export
from .diskstore import KeptMemo, PickleStore, code_fingerprint, kept_by_fingerprint, long_lived
from .executors import Executor, as_executor, open_executor
from .export import BUILD_REPORT, export_data
from .export_manifest import Digests, export_summary, manifest
from .extract import entity_words
from .hosting import EMPTY, SiteSize, site_report
from .filestage import config_workers, process_files, read_jobs, texts_again
from .records import Article, Draft, Metadata
from .render import render_parts
from .render.meta import missing_address
from .report import BuildReport
from .search import search_parts
from .segment import Segmenter
from .sitelock import SiteLock
from .texts import TextStore
from .siteplace import check_output_dir, check_output_place, take_site
from .writer import SiteWriter, WriteStats

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]


class BuildError(RuntimeError):
    """The build cannot start or cannot finish (bad content folder, colliding outputs, …)."""


@dataclass(frozen=True)
class BuildResult:
    articles: tuple[Article, ...]
    report: BuildReport
    files_written: int
    #: What the writer did: files written, left as they were, removed.
    written: WriteStats = WriteStats(0, 0, 0)
    #: Seconds per stage, summed over this process and a forked search process
    #: (whose stages overlap this one's); "wait" is time spent waiting for it.
    timings: Mapping[str, float] = field(default_factory=dict)
    #: Per stage that raised this process's peak resident memory, the peak it
    #: raised it to (KiB): the largest is the build's peak, and its stage where it
    #: was reached.  A forked search process is not counted here.
    peak_rss_kb: Mapping[str, int] = field(default_factory=dict)
    #: Bytes and files of the built site, and its largest file.
    site: SiteSize = EMPTY


def _peak_rss_kb() -> int:
    """This process's peak resident memory so far in KiB (0 where the OS does not say)."""
    if resource is None:
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class _Timer:
    """Seconds and peak memory per stage, summed over the stage's calls."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self.peaks: dict[str, int] = {}

    def stage(self, name: str, fn: Callable, *args, **kwargs):
        t0 = time.perf_counter()
        before = _peak_rss_kb()
        try:
            return fn(*args, **kwargs)
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0
            after = _peak_rss_kb()
            if after > before:
                self.peaks[name] = max(self.peaks.get(name, 0), after)

    def add(self, timings: Mapping[str, float]) -> None:
        """Count the seconds of stages timed elsewhere (another process)."""
        for name, seconds in timings.items():
            self.timings[name] = self.timings.get(name, 0.0) + seconds


def make_articles(drafts: list[Draft], metas: list[Metadata], fingerprints: list[str]) -> list[Article]:
    return [make_article(d, m, f) for d, m, f in zip(drafts, metas, fingerprints)]


def build(config: Config, progress: bool = True,
          executor: Executor | concurrent.futures.Executor | None = None) -> BuildResult:
    """Build the site described by ``config``; return the articles and the report.

    ``executor`` runs the per-article and per-page work (see :mod:`.executors`;
    a ``concurrent.futures`` executor runs the per-file and cutting work, pages
    are rendered here); by default the one ``config.executor`` names, started
    for this build and closed at its end.
    """
    if not config.content.is_dir():
        raise BuildError(f"{config.content}: content folder not found")
    check_output_place(config.output, config.content)
    lock = take_site(config.output)  # before any work: a second build is refused at once
    try:
        check_output_dir(config.output, config.content, _site_record(config))
        runner = open_executor(config.executor, config.workers) if executor is None else as_executor(executor)
        try:
            return _build(config, progress, runner, lock)
        finally:
            if executor is None:
                runner.close()
    finally:
        lock.release()
        # The articles and the model, and values read back from the cache, were
        # kept out of the cyclic collector's reach while the build needed them
        # (see diskstore.long_lived): hand them back to it.
        gc.unfreeze()


def _build(config: Config, progress: bool, executor: Executor, lock: SiteLock) -> BuildResult:
    t = _Timer()
    report = BuildReport()
    if (warning := missing_address(config)) is not None:
        report.warn("site.yaml", warning)
    sources = t.stage("read", read_jobs, config, report)
    collector = Collector(config.cache_dir)  # the cached outcomes' records made while workers process the others
    # The articles' texts go to the cache folder as their files are processed; the
    # model holds their metadata, and the stages that need texts ask for a batch.
    texts = TextStore(config.cache_dir / TEXTS, texts_again(config))
    try:
        outcomes = t.stage("process", process_files, sources, config, executor, progress, collector.ahead, texts)
    finally:
        texts.close()
    del sources
    # The articles, and then the model, live until the end of the build: keep
    # the cyclic garbage collector from walking their millions of objects again
    # and again as they are made and while pages and index are made (a large
    # archive spent more time there than in rendering), and from touching them
    # in a forked search process (which would copy its pages).  Reference
    # counting still frees what is dropped.
    with long_lived():
        drafts, metas, fingerprints = collector.collect(outcomes, report)
        del outcomes, collector
        texts.prune(d.text_ref for d in drafts)
        words = entity_words(*metas)
        articles = t.stage("model", make_articles, drafts, metas, fingerprints)
        del drafts, metas, fingerprints
    # every page's footer links the export, whose form the article count decides
    report.export = export_summary(config, len(articles), 0)
    config = settle_export(config, len(articles))
    try:
        return _model_render_and_write(config, t, report, articles, words, executor, lock, texts)
    finally:
        texts.release()


#: The cache folder's folder of article texts (see :mod:`.texts`).
TEXTS = "texts"


#: Code and data deciding a name's pinyin reading.
_READING_CODE, _READING_DATA = ("readings.py", "data/surname_readings.yaml"), ("pypinyin",)


#: Code deciding the archive built from the articles' model inputs.
_MODEL_CODE = ("archive.py", "records.py", "pickling.py", "person_pages.py", "data/person_pages.yaml", *_READING_CODE)


def model_archive(articles: list[Article], config: Config) -> Archive:
    """Stage model: :func:`build_archive`, kept between builds.  An edit that changes
    no article's :func:`model_inputs` (its date, district, officials, places,
    inspections) finds the archive of the last build and only puts the current
    articles in it; else the archive is built, the names' pinyin readings kept
    (reading a name costs pypinyin far more than looking it up).  Each article's
    inputs are hashed once and kept by its fingerprint."""
    code = code_fingerprint(_MODEL_CODE, _READING_DATA)
    store = PickleStore(config.cache_dir / "model", accept=lambda value: isinstance(value, Archive))
    h = hashlib.sha256(code.encode())
    for digest in kept_by_fingerprint(config.cache_dir / "model-inputs", code,
                                      sorted(articles, key=lambda a: a.id), _inputs_digest):
        h.update(digest)
    key = h.hexdigest()
    bare = store.get(key)
    if bare is not None:
        archive = with_articles(bare, articles)
    else:
        archive = replace(_build_archive(articles, config), key=key)
        store.put(key, skeleton(archive))
    store.prune()
    return archive


def _inputs_digest(article: Article) -> bytes:
    return hashlib.sha256(pickle.dumps(model_inputs(article), protocol=pickle.HIGHEST_PROTOCOL)).digest()


def _build_archive(articles: list[Article], config: Config) -> Archive:
    """:func:`build_archive`, the names' pinyin readings kept between builds."""
    readings = KeptMemo(config.cache_dir / "readings", code_fingerprint(_READING_CODE, _READING_DATA), name_pinyin)
    archive = build_archive(articles, readings)
    readings.save()
    return archive


#: From this many articles the search stage runs in a forked process beside the
#: model and render stages (when there is more than one core); below, in line.
BESIDE_MIN_ARTICLES = 200


def search_beside(config: Config, articles: list[Article]) -> bool:
    """Whether the search stage should run beside the render stage: with a core to spare,
    an archive worth it and the memory for a forked copy (:func:`.background.room_to_fork`)."""
    return config_workers(config) > 1 and len(articles) >= BESIDE_MIN_ARTICLES and room_to_fork()


def _model_render_and_write(config: Config, t: _Timer, report: BuildReport, articles: list[Article],
                            words: set[str], executor: Executor, lock: SiteLock, texts: TextStore) -> BuildResult:
    """Stages model, render, segment and index, export and write; each output part goes
    to the writer as it is made.  The search stage runs beside the others when worth
    it (see :mod:`.background`); its timings are added to this process's, so the
    stages' seconds may add up to more than the build's."""

    def index_stage(writer: SiteWriter) -> Mapping[str, float]:
        own = _Timer()
        # only this stage segments: its dictionary is loaded where it runs
        segmenter = own.stage("segment", Segmenter, words)
        parts = search_parts(articles, segmenter, config, writer.keeps, executor, texts)
        while (files := own.stage("index", next, parts, None)) is not None:
            own.stage("write", writer.add, files)
        return own.timings

    with SiteWriter(config.output, record=_site_record(config), lock=lock) as writer:
        # With a cluster's client in this process (its threads) no fork is safe: the
        # search stage then runs here first, its cutting done by the cluster.
        beside = run_beside(index_stage, writer, "search index", fork=search_beside(config, articles))
        try:
            if not isinstance(beside, Background):
                t.add(beside)
            with long_lived():
                archive = t.stage("model", model_archive, articles, config)
            parts = render_parts(archive, config, config.cache_dir / "pages", writer.keeps, executor, texts)
            while (pages := t.stage("render", next, parts, None)) is not None:
                t.stage("write", writer.add, pages)
            digests = Digests(config.cache_dir / "export", config.output)
            data = t.stage("export", export_data, articles, config, writer.keeps, texts)
            t.stage("write", writer.add, digests.watch(data))
            if report.export is not None:
                report.export["files"] = len(data) + 1  # and the manifest
            del data
            t.stage("write", writer.add, t.stage("export", manifest, articles, config, digests))
            if isinstance(beside, Background):
                t.add(t.stage("wait", beside.join))
        except BaseException:
            if isinstance(beside, Background):
                beside.cancel()
            raise
        so_far = writer.pending(coming=[BUILD_REPORT])
        report.output = {"written": so_far.written, "kept": so_far.unchanged, "removed": so_far.removed}
        body, site = t.stage("write", site_report, report, config, writer.paths, writer.stage, writer.out,
                             writer.sizes)
        t.stage("write", writer.add, {BUILD_REPORT: body})
        stats = t.stage("write", writer.finish)
    return BuildResult(tuple(articles), report, len(writer.paths), stats, t.timings, t.peaks, site)


def _site_record(config: Config) -> Path:
    """Where the writer records the files it wrote (see :class:`SiteWriter`)."""
    return config.cache_dir / "site.record"
