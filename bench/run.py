"""The scale benchmark: generate, build cold, touch one source, rebuild, report.

    python -m bench [--sizes 1000,10000] [--full] [--seed 1] [--workers N] [--corpus news|lexicon]
                    [--executor WHERE] [--config SITE_YAML] [--pagefind] [--json FILE]
                    [--keep DIR]

Every build runs in a child process (:mod:`bench.child`) so that its peak
memory is its own.  Figures are printed, never judged: wall-clock limits
depend on the machine, so nothing here asserts one.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

from types import ModuleType

from . import corpus as news_corpus
from . import lexicon_corpus
from .corpus import load_manifest
from . import host_check
from .sitefiles import FOLDERS, changed, fingerprints, measure

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = (1_000, 10_000)
#: The corpus generators: government news from the bench's pools, or words drawn from jieba's dictionary.
GENERATORS: dict[str, ModuleType] = {"news": news_corpus, "lexicon": lexicon_corpus}
FULL_SIZE = 100_000
#: Stage names in pipeline order; stages a build reports that are not listed come last.
STAGE_ORDER = ("read", "split", "extract", "process", "segment", "model", "render", "index", "export", "write", "wait")
#: A sentence added to one source to force an incremental rebuild.
TOUCH_TEXT = "相关工作正在有序推进。"


def code_state() -> str:
    """Hash of the code, templates and static files a build runs: a change mid-run spoils the rebuild figures."""
    h = hashlib.blake2b(digest_size=8)
    for folder in ("src/newsarchive", "templates", "static"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(ROOT).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_child(content: Path, out: Path, workers: int | None, executor: str | None = None,
              config: Path | None = None) -> dict[str, Any]:
    """Build in a fresh interpreter; return the child's figures plus the wall time seen from outside.
    ``config``: a site.yaml whose settings the build takes (its content and output are the bench's)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        result = Path(f.name)
    cmd = [sys.executable, "-m", "bench.child", str(content), str(out), str(result)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    if executor is not None:
        cmd += ["--executor", executor]
    if config is not None:
        cmd += ["--config", str(config.resolve())]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"build of {content} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
        data = json.loads(result.read_text(encoding="utf-8"))
    finally:
        result.unlink(missing_ok=True)
    data["wall_s"] = wall
    return data


def _decode(raw: bytes) -> tuple[str, str]:
    for enc in ("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable source")


def touch_source(corpus: Path, offset: int = 0) -> Path:
    """Add one sentence after the first full stop past the lead of the middle source file
    (or of the file ``offset`` places after it)."""
    files = sorted(p for p in corpus.rglob("*.txt"))
    path = files[(len(files) // 2 + offset) % len(files)]
    text, encoding = _decode(path.read_bytes())
    at = text.find("。", min(100, len(text) // 2))
    at = at + 1 if at >= 0 else len(text)
    path.write_bytes((text[:at] + TOUCH_TEXT + text[at:]).encode(encoding))
    return path


def accuracy(per_file: dict[str, int], corpus: Path, generator: ModuleType = news_corpus) -> dict[str, int]:
    """Files whose article count the build got right, against what the generator wrote."""
    manifest = load_manifest(corpus)
    right = total = 0
    for f in generator.iter_corpus(manifest["articles"], manifest["seed"]):
        total += 1
        right += per_file.get(f.rel, 0) == len(f.articles)
    return {"files": total, "files_split_right": right}


def bench_size(n: int, seed: int, work: Path, workers: int | None, pagefind: bool,
               executor: str | None = None, generator: str = "news",
               config: Path | None = None) -> dict[str, Any]:
    """Generate, build cold, touch one source, rebuild; with ``executor``, each build is
    also made through it into a site of its own, and the two sites are compared."""
    name = "" if generator == "news" else f"{generator}-"
    corpus, site = work / f"corpus-{name}{n}", work / f"site-{name}{n}"
    other = work / f"site-{n}-{_folder_name(executor)}" if executor else None
    log(f"[{n:,}] generating the corpus …")
    t0 = time.perf_counter()
    GENERATORS[generator].generate(n, seed, corpus)
    manifest = load_manifest(corpus)
    gen_s = time.perf_counter() - t0
    log(f"[{n:,}] cold build …")
    code_before = code_state()
    cold = run_child(corpus, site, workers, config=config)
    sizes = measure(site)
    before = fingerprints(site)
    runs: dict[str, Any] = {}
    if other is not None:
        log(f"[{n:,}] cold build through {executor} …")
        runs["cold"] = run_child(corpus, other, workers, executor, config)
        runs["same_site_cold"] = fingerprints(other) == before
    touched = touch_source(corpus)
    log(f"[{n:,}] rebuild after touching {touched.relative_to(corpus).as_posix()} …")
    warm = run_child(corpus, site, workers, config=config)
    after = fingerprints(site)
    delta = changed(before, after)
    if other is not None:
        log(f"[{n:,}] rebuild through {executor} …")
        runs["touch"] = run_child(corpus, other, workers, executor, config)
        runs["same_site_touch"] = fingerprints(other) == after
    # A second edit, of another file: the rebuild an editor waits for again and again
    # (the first one stages in the spare tree the cold build left, the second in the
    # tree the first replaced).
    again_file = touch_source(corpus, offset=1)
    log(f"[{n:,}] rebuild after touching {again_file.relative_to(corpus).as_posix()} …")
    again = run_child(corpus, site, workers, config=config)
    again_delta = changed(after, fingerprints(site))
    stable = code_before == code_state()
    if not stable:
        log(f"[{n:,}] warning: the code changed during the run; the rebuild did not reuse cached work")
    result: dict[str, Any] = {
        "articles": n,
        "seed": seed,
        "generator": generator,
        "generate_s": gen_s,
        "corpus": {k: v for k, v in manifest.items() if k != "queries"},
        "queries": manifest["queries"],
        "split": accuracy(cold.pop("per_file"), corpus, GENERATORS[generator]) if n <= 20_000 else None,
        "cold": cold,
        "touch": {**{k: v for k, v in warm.items() if k != "per_file"}, "file": touched.name, "outputs": delta,
                  "code_unchanged": stable},
        "again": {**{k: v for k, v in again.items() if k != "per_file"}, "file": again_file.name,
                  "outputs": again_delta},
        "site": sizes.to_json(),
    }
    if other is not None:
        for run in ("cold", "touch"):
            runs[run].pop("per_file", None)
        result["executor"] = {"name": executor, **runs}
    if pagefind:
        from .pagefind_compare import compare

        log(f"[{n:,}] search: ours against Pagefind …")
        result["search"] = compare(site, manifest["queries"])
    return result


def _folder_name(executor: str | None) -> str:
    return "".join(c if c.isalnum() or c in "-." else "-" for c in executor or "local")


def peak_stage(run: dict[str, Any]) -> str:
    """The stage in which the build's process reached its peak memory ("-" if unknown)."""
    peaks = run.get("peak_rss_kb") or {}
    return max(peaks, key=peaks.__getitem__) if peaks else "-"


def _mb(b: float) -> str:
    return f"{b / 1e6:,.1f}"


def _stages(results: list[dict[str, Any]]) -> list[str]:
    seen = {s for r in results for run in ("cold", "touch") for s in r[run]["timings"]}
    return [s for s in STAGE_ORDER if s in seen] + sorted(seen - set(STAGE_ORDER))


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def format_report(results: list[dict[str, Any]]) -> str:
    """The benchmark's tables as plain text."""
    stages = _stages(results)
    rows = []
    for r in results:
        for run in ("cold", "touch", "again"):
            if run not in r:
                continue  # a result saved before second edits were made
            d = r[run]
            t = d["timings"]
            rate = d["articles"] / d["build_s"] if d["build_s"] else 0.0
            site, built = r["site"], max(r["cold"]["articles"], 1)
            rows.append([f"{r['articles']:,}", run] + [f"{t[s]:.2f}" if s in t else "-" for s in stages]
                        + [f"{d['build_s']:.2f}", f"{d['wall_s']:.2f}", f"{rate:,.0f}",
                           f"{site['total_bytes'] / built / 1e3:,.1f}", f"{site['files'] / built:.2f}"])
        other = r.get("executor")
        for run in ("cold", "touch") if other else ():
            d = other[run]
            t = d["timings"]
            rate = d["articles"] / d["build_s"] if d["build_s"] else 0.0
            rows.append([f"{r['articles']:,}", f"{run}:{other['name']}"] + [f"{t[s]:.2f}" if s in t else "-" for s in stages]
                        + [f"{d['build_s']:.2f}", f"{d['wall_s']:.2f}", f"{rate:,.0f}", "-", "-"])
    generators = sorted({r.get("generator", "news") for r in results})
    out = [f"Build time per stage (seconds), {' and '.join(generators)} corpus; build = in-process, wall = with interpreter start-up; "
           "touch = rebuild after one edit, again = after a second edit of another file; "
           "site KB and files per article built (after the cold build)",
           _table(["size", "run"] + stages + ["build", "wall", "art/s", "KB/art", "files/art"], rows), ""]
    compared = [r for r in results if r.get("executor")]
    if compared:
        rows = [[f"{r['articles']:,}", r["executor"]["name"], f"{r['cold']['build_s']:.2f}",
                 f"{r['executor']['cold']['build_s']:.2f}", f"{r['touch']['build_s']:.2f}",
                 f"{r['executor']['touch']['build_s']:.2f}",
                 f"{r['executor']['cold']['rss_main_kb'] * 1024 / 1e6:,.0f}",
                 f"{r['executor']['cold']['rss_workers_kb'] * 1024 / 1e6:,.0f}",
                 "yes" if r["executor"]["same_site_cold"] and r["executor"]["same_site_touch"] else "NO"]
                for r in compared]
        out += ["Executors side by side (seconds in-process; RSS of the build through the executor)",
                _table(["size", "executor", "local cold", "cold", "local touch", "touch", "RSS main MB",
                        "RSS workers MB", "same site"], rows), ""]
    rows = []
    for r in results:
        c, s, o = r["cold"], r["site"], r["touch"]["outputs"]
        split = r.get("split")
        rows.append([
            f"{r['articles']:,}", f"{c['articles']:,}",
            f"{split['files_split_right']}/{split['files']}" if split else "-",
            f"{r['corpus']['people']:,}",
            f"{c['rss_main_kb'] * 1024 / 1e6:,.0f}", peak_stage(c), f"{c['rss_workers_kb'] * 1024 / 1e6:,.0f}",
            f"{s['files']:,}", _mb(s["total_bytes"]), _mb(s["by_class"].get("index", 0)), _mb(s["index_gzip_bytes"]),
            f"{s['index_files']:,}", _mb(s["largest_index_file"]),
            f"{o['changed']:,}/{o['added']:,}/{o['removed']:,}",
        ])
    spoilt = [f"{r['articles']:,}" for r in results if not r["touch"].get("code_unchanged", True)]
    if spoilt:
        out.append(f"warning: code changed during the run of size {', '.join(spoilt)}: its touch rebuild is not incremental")
    out += ["Articles, memory and output (MB = 10^6 bytes; touch = outputs changed/added/removed by the rebuild)",
            _table(["size", "built", "files split right", "people", "RSS main MB", "peak in", "RSS workers MB", "out files",
                    "out MB", "index MB", "index gz MB", "index files", "largest MB", "touch c/a/r"], rows)]
    out += ["", folder_table(results)]
    out += ["", host_check.TITLE, _table(host_check.HEADER, host_check.host_rows(results))]
    if any("search" in r for r in results):
        from .pagefind_compare import format_search

        out += ["", format_search([(r["articles"], r["search"]) for r in results if "search" in r])]
    return "\n".join(out)


def folder_table(results: list[dict[str, Any]]) -> str:
    """Bytes and files per folder of each cold-built site, in all and per article built."""
    rows = []
    for r in results:
        site, built = r["site"], max(r["cold"]["articles"], 1)
        folders = [(name, *site.get("by_folder", {}).get(name, (0, 0))) for name in FOLDERS]
        for name, size, files in [*folders, ("all", site["total_bytes"], site["files"])]:
            rows.append([f"{r['articles']:,}", name, _mb(size), f"{files:,}", f"{size / built / 1e3:,.2f}",
                         f"{files / built:.3f}"])
    return "\n".join(["Site by folder (MB = 10^6 bytes; districts include their feeds; listings = home pages and "
                      "the inspection directory; other = static files, feed, sitemap and the rest)",
                      _table(["size", "folder", "MB", "files", "KB/art", "files/art"], rows)])


def parse_sizes(text: str) -> list[int]:
    sizes = [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes are positive whole numbers, e.g. 1000,10000")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=parse_sizes, help="comma-separated article counts (default 1000,10000)")
    ap.add_argument("--full", action="store_true", help=f"also build {FULL_SIZE:,} articles")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--corpus", choices=sorted(GENERATORS), default="news",
                    help="news: government news from the bench's word pools (default); lexicon: words drawn "
                         "from jieba's dictionary, another vocabulary")
    ap.add_argument("--workers", type=int, help="processes for per-file work (default: the build's own)")
    ap.add_argument("--executor", metavar="WHERE",
                    help="also build through this executor (dask-local, dask://HOST:PORT) beside the local "
                         "build, and compare the sites (distributed extra)")
    ap.add_argument("--config", type=Path, metavar="SITE_YAML",
                    help="build with this site.yaml's settings (content and output stay the benchmark's), "
                         "e.g. export_parts_above: 0")
    ap.add_argument("--pagefind", action="store_true", help="compare the search with Pagefind (bench extra)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also save the figures as JSON")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR (new or empty) and keep it")
    a = ap.parse_args(argv)
    if a.config is not None and not a.config.is_file():
        ap.error(f"--config {a.config}: no such file")
    sizes = list(a.sizes or DEFAULT_SIZES)
    if a.full and FULL_SIZE not in sizes:
        sizes.append(FULL_SIZE)
    if a.keep is not None:
        if a.keep.exists() and any(a.keep.iterdir()):
            ap.error(f"--keep {a.keep}: not empty")
        a.keep.mkdir(parents=True, exist_ok=True)
        tmp = None
        work = a.keep
    else:
        tmp = tempfile.TemporaryDirectory(prefix="newsarchive-bench-")
        work = Path(tmp.name)
    try:
        results = [bench_size(n, a.seed, work, a.workers, a.pagefind, a.executor, a.corpus, a.config)
                   for n in sizes]
    finally:
        if tmp is not None:
            tmp.cleanup()
    print(format_report(results))
    if a.json:
        machine = {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()}
        a.json.write_text(json.dumps({"machine": machine, "results": results}, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    return 0
