"""The whole build: bad input never loses other articles, output is deterministic and valid."""
from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.config import PROJECT_ROOT, load_config
from newsarchive.pipeline import build

SCHEMA = PROJECT_ROOT.parent / "shared" / "spec" / "articles.schema.json"
LOCAL_SCHEMA = Path(__file__).parent / "data" / "articles.schema.json"

GOOD = "郑州市召开安全生产会议\n\n本报讯(记者 李明) 3月5日,郑州市召开安全生产工作会议。市长王刚出席会议并讲话。\n"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture()
def bad_content(tmp_path: Path) -> Path:
    c = tmp_path / "content"
    c.mkdir()
    (c / "good.txt").write_text(GOOD, encoding="utf-8")
    (c / "gbk.txt").write_bytes(GOOD.replace("郑州", "洛阳").replace("王刚", "赵强").encode("gbk"))
    (c / "empty.txt").write_bytes(b"")
    (c / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (c / "garbled.txt").write_bytes(b"\xff\xfa\xfb\xfc\xff\xfe\xfd")
    (c / "broken.md").write_text("---\ntitle: [oops\n---\n" + GOOD.replace("郑州", "开封"), encoding="utf-8")
    (c / "huge.txt").write_bytes(("新闻" * 100 + "\n").encode("utf-8") * 35_000)  # ~21 MB
    return c


def test_bad_inputs_are_reported_and_other_articles_built(bad_content: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = build(load_config(None, content=bad_content, output=out, base_url="https://example.org/"),
                   progress=False)
    report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
    reasons = {s["file"]: s["reason"] for s in report["skipped"]}
    assert set(reasons) == {"empty.txt", "binary.txt", "garbled.txt", "huge.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "cannot decode" in reasons["garbled.txt"]
    assert "MB, over the limit" in reasons["huge.txt"]
    assert [w["file"] for w in report["warnings"]] == ["broken.md"]
    assert "not valid YAML" in report["warnings"][0]["message"]
    assert report["files_read"] == 7
    built = {a["source"] for a in json.loads((out / "data" / "articles.json").read_text("utf-8"))["articles"]}
    assert built == {"good.txt", "gbk.txt", "broken.md"}
    assert result.report.articles_built == 3


def test_cli_summary_and_strict_exit(bad_content: Path, tmp_path: Path) -> None:
    cmd = [sys.executable, str(PROJECT_ROOT / "build.py"), "--content", str(bad_content),
           "--out", str(tmp_path / "s"), "--quiet", "--base-url", "https://example.org/"]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    loose = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert loose.returncode == 0, loose.stderr
    assert "7 files read, 3 articles built, 4 files skipped, 1 warnings" in loose.stdout
    assert f"site in {tmp_path / 's'}: " in loose.stdout and " kept, 0 removed" in loose.stdout
    assert "empty.txt: skipped: empty file" in loose.stderr
    strict = subprocess.run(cmd + ["--strict"], capture_output=True, text=True, env=env)
    assert strict.returncode == 1


def test_the_summary_says_what_a_rebuild_wrote_kept_and_removed(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "s"
    content.mkdir()
    (content / "a.txt").write_text(GOOD, encoding="utf-8")
    (content / "b.txt").write_text(GOOD.replace("郑州", "开封").replace("王刚", "刘强"), encoding="utf-8")
    cmd = [sys.executable, str(PROJECT_ROOT / "build.py"), "--content", str(content), "--out", str(out), "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}

    def run() -> tuple[str, dict[str, int]]:
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
        return done.stdout, json.loads((out / "data" / "build-report.json").read_text("utf-8"))["output"]

    _, first = run()
    files = len([p for p in out.rglob("*") if p.is_file()]) - 2  # not the manifest and .nojekyll
    assert first == {"written": files - 1, "kept": 0, "removed": 0}  # the report does not count itself
    stdout, again = run()  # only the report changed: it said what the first build wrote
    assert f"site in {out}: 1 file written, {files - 1} kept, 0 removed" in stdout
    assert again == {"written": 0, "kept": files - 1, "removed": 0}
    stdout, _ = run()
    assert f"site in {out}: 0 files written, {files} kept, 0 removed" in stdout
    before = {p for p in out.rglob("*") if p.is_file()}
    (content / "b.txt").unlink()
    stdout, after = run()
    gone = len(before - {p for p in out.rglob("*") if p.is_file()})
    assert gone > 0 and after["removed"] == gone and after["written"] > 0
    assert f"{after['written'] + 1} files written, {after['kept']} kept, {gone} removed" in stdout


def test_two_builds_are_byte_identical(build_site, tmp_path: Path) -> None:
    a = build_site(out=tmp_path / "a")
    b = build_site(out=tmp_path / "b")
    ta, tb = _tree(a), _tree(b)
    assert sorted(ta) == sorted(tb)
    assert [p for p in ta if ta[p] != tb[p]] == []


def test_a_build_hands_what_it_kept_back_to_the_collector(tmp_path: Path) -> None:
    import gc

    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text("市里召开会议\n\n本报讯 3月2日，市里召开会议，研究春耕工作。\n", encoding="utf-8")
    gc.unfreeze()
    build(load_config(None, content=content, output=tmp_path / "out"), progress=False)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_timer_keeps_the_peak_each_stage_raised_memory_to(monkeypatch) -> None:
    from newsarchive import pipeline

    # the process's peak so far, as the OS would say it before and after each call
    readings = iter([100, 100, 100, 250, 250, 250, 250, 400, 400, 400])
    monkeypatch.setattr(pipeline, "_peak_rss_kb", lambda: next(readings))
    t = pipeline._Timer()
    for name in ("read", "model", "render", "index", "render"):
        t.stage(name, lambda: None)
    assert t.peaks == {"model": 250, "index": 400}
    assert set(t.timings) == {"read", "model", "render", "index"}


def test_export_is_valid_against_the_schema(seed_site: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(LOCAL_SCHEMA.read_text(encoding="utf-8"))
    data = json.loads((seed_site / "data" / "articles.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == 9
    ids = [a["id"] for a in data["articles"]]
    assert len(set(ids)) == len(ids)


def test_ids_stable_when_text_changes(tmp_path: Path, build_site) -> None:
    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(GOOD, encoding="utf-8")
    first = json.loads((build_site(content=c) / "data" / "articles.json").read_text("utf-8"))
    (c / "a.txt").write_text(GOOD.replace("安全生产工作会议", "安全生产专题会议"), encoding="utf-8")
    second = json.loads((build_site(content=c) / "data" / "articles.json").read_text("utf-8"))
    assert [a["id"] for a in first["articles"]] == [a["id"] for a in second["articles"]]


def test_csv_has_one_row_per_article(seed_site: Path) -> None:
    import csv

    rows = list(csv.DictReader((seed_site / "data" / "articles.csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == 9
    assert all(r["title"] and r["url"].startswith("articles/") for r in rows)


def test_corpus_builds_with_every_file_accounted_for(build_site) -> None:
    corpus = PROJECT_ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("shared corpus not beside the checkout")
    out = build_site(content=corpus)
    report = json.loads((out / "data" / "build-report.json").read_text("utf-8"))
    files = sorted(p.name for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    assert sorted(f["file"] for f in report["files"]) == files
    assert report["skipped"] == []
    assert all(f["articles"] >= 1 for f in report["files"])


def test_failed_build_leaves_previous_site_untouched(build_site, tmp_path: Path) -> None:
    import shutil

    import jinja2

    out = build_site(out=tmp_path / "site")
    before = _tree(out)
    templates = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", templates)
    page = templates / "article.html"
    page.write_text(page.read_text(encoding="utf-8") + "\n{% if %}\n", encoding="utf-8")
    with pytest.raises(jinja2.TemplateError):
        build_site(out=out, templates=templates)
    assert _tree(out) == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith((".site.new-", ".site.old-"))]
    assert leftovers == []


def test_cli_names_the_broken_template(tmp_path: Path) -> None:
    import shutil

    templates = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", templates)
    (templates / "article.html").write_text("{% block main %}{% endfor %}", encoding="utf-8")
    cfg = tmp_path / "site.yaml"
    cfg.write_text(f"templates: {templates}\ncontent: {PROJECT_ROOT / 'seeds'}\noutput: {tmp_path / 'out'}\n",
                   encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    run = subprocess.run([sys.executable, str(PROJECT_ROOT / "build.py"), "--config", str(cfg), "--quiet"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 2
    assert "article.html" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists()


_FORKED_BUILD = """
import json, sys
from pathlib import Path
from newsarchive import pipeline
from newsarchive.config import load_config
pipeline.BESIDE_MIN_ARTICLES = 0
result = pipeline.build(load_config(None, content=Path(sys.argv[1]), output=Path(sys.argv[2]), workers=2),
                        progress=False)
print(json.dumps(sorted(result.timings)))
"""


def test_search_stage_beside_render_gives_the_same_site(build_site, tmp_path: Path) -> None:
    """The search stage in a forked process (a fresh interpreter, so no test thread
    keeps it in line) writes the same site as a build that runs it in line."""
    content = tmp_path / "content"
    content.mkdir()
    for src in [*_seed_files(), *_corpus_files()]:
        (content / src.name).write_bytes(src.read_bytes())
    in_line = build_site(content=content, out=tmp_path / "in-line", workers=1)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", _FORKED_BUILD, str(content), str(tmp_path / "beside")],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "wait" in json.loads(run.stdout)  # the main process waited for a forked search stage
    a, b = _tree(in_line), _tree(tmp_path / "beside")
    assert sorted(a) == sorted(b)
    assert [p for p in a if a[p] != b[p]] == []


def _seed_files() -> list[Path]:
    return sorted(p for p in (PROJECT_ROOT / "seeds").iterdir() if p.is_file())


def _corpus_files() -> list[Path]:
    corpus = PROJECT_ROOT.parent / "shared" / "corpus"
    return sorted(p for p in corpus.iterdir() if p.is_file()) if corpus.is_dir() else []


def test_fingerprints_follow_what_an_article_is_made_from(tmp_path: Path) -> None:
    from newsarchive.pipeline import collect, make_articles, process_files, read_jobs
    from newsarchive.report import BuildReport

    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(GOOD, encoding="utf-8")
    (c / "b.txt").write_text(GOOD + "\n\n---\n\n" + GOOD.replace("安全生产", "防汛"), encoding="utf-8")

    def prints() -> dict[tuple[str, int], str]:
        cfg = load_config(None, content=c, output=tmp_path / "site", cache=tmp_path / "cache")
        report = BuildReport()
        articles = make_articles(*collect(process_files(read_jobs(cfg, report), cfg, None, False), report))
        return {(a.source, a.ordinal): a.fingerprint for a in articles}

    first = prints()
    assert all(first.values()) and len(set(first.values())) == len(first) >= 3
    assert prints() == first  # the same sources: the same fingerprints, cached or not
    (c / "a.txt").write_text(GOOD.replace("安全生产工作会议", "安全生产专题会议"), encoding="utf-8")
    again = prints()
    assert again[("a.txt", 1)] != first[("a.txt", 1)]
    assert {k: v for k, v in again.items() if k[0] == "b.txt"} == {k: v for k, v in first.items() if k[0] == "b.txt"}


def test_names_pinyin_readings_are_kept_between_builds(tmp_path: Path, monkeypatch) -> None:
    from newsarchive import pipeline
    from newsarchive.archive import build_archive
    from newsarchive.pipeline import collect, make_articles, process_files, read_jobs
    from newsarchive.report import BuildReport

    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(GOOD, encoding="utf-8")
    cfg = load_config(None, content=c, output=tmp_path / "site", cache=tmp_path / "cache")
    report = BuildReport()
    articles = make_articles(*collect(process_files(read_jobs(cfg, report), cfg, None, False), report))
    read: list[str] = []
    real = pipeline.name_pinyin
    monkeypatch.setattr(pipeline, "name_pinyin", lambda name: read.append(name) or real(name))
    first = pipeline._build_archive(articles, cfg)
    assert read == ["王刚"] and first == build_archive(articles)
    read.clear()
    assert pipeline._build_archive(articles, cfg) == first and read == []  # looked up, not read again


def test_the_archive_is_kept_while_no_article_changes_what_it_is_built_from(tmp_path: Path, monkeypatch) -> None:
    from dataclasses import replace

    from newsarchive import pipeline
    from newsarchive.archive import build_archive, with_articles
    from newsarchive.pipeline import collect, make_articles, model_archive, process_files, read_jobs
    from newsarchive.records import Official
    from newsarchive.report import BuildReport

    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(GOOD, encoding="utf-8")
    (c / "b.txt").write_text(GOOD.replace("安全生产", "防汛").replace("王刚", "李强"), encoding="utf-8")
    cfg = load_config(None, content=c, output=tmp_path / "site", cache=tmp_path / "cache")
    report = BuildReport()
    articles = make_articles(*collect(process_files(read_jobs(cfg, report), cfg, None, False), report))
    built: list[int] = []
    real = pipeline.build_archive
    monkeypatch.setattr(pipeline, "build_archive", lambda arts, *a: built.append(len(arts)) or real(arts, *a))

    assert model_archive(articles, cfg) == build_archive(articles) and built == [2]
    # the text changes, not what the archive is built from: the kept archive holds the new articles
    # (an article made from other text has another fingerprint)
    edited = [replace(articles[0], paragraphs=articles[0].paragraphs + ("会议强调，要落到实处。",),
                      fingerprint="edited"), articles[1]]
    read: list[str] = []
    real_inputs = pipeline.model_inputs
    monkeypatch.setattr(pipeline, "model_inputs", lambda a: read.append(a.id) or real_inputs(a))
    got = model_archive(edited, cfg)
    assert built == [2]
    assert got == build_archive(edited) and got.by_id[edited[0].id] is edited[0]
    assert read == [edited[0].id]  # the other article's inputs were hashed once, kept by its fingerprint
    # another official: built again
    named = [replace(edited[0], meta=replace(edited[0].meta, officials=(Official("赵新", ("副市长",)),)),
                     fingerprint="named"), edited[1]]
    assert model_archive(named, cfg) == build_archive(named) and built == [2, 2]
    # articles without fingerprints are hashed every time
    read.clear()
    bare = [replace(a, fingerprint="") for a in named]
    assert model_archive(bare, cfg) == build_archive(bare) and built == [2, 2] and len(read) == 2
    with pytest.raises(ValueError):
        with_articles(model_archive(named, cfg), named[:1])


def _many_sources(folder: Path, n: int) -> None:
    folder.mkdir()
    for k in range(n):
        (folder / f"{k:03d}.txt").write_text(GOOD.replace("安全生产", f"第{k}次安全生产"), encoding="utf-8")


def test_changed_files_go_to_the_pool_before_the_cached_outcomes_are_read(tmp_path: Path, monkeypatch) -> None:
    from newsarchive import executors, filestage
    from newsarchive.filework import FileCache
    from newsarchive.pipeline import process_files, read_jobs
    from newsarchive.report import BuildReport

    c = tmp_path / "c"
    _many_sources(c, 12)
    cfg = load_config(None, content=c, output=tmp_path / "site", cache=tmp_path / "cache", workers=2)
    first = process_files(read_jobs(cfg, BuildReport()), cfg, None, False)
    (c / "005.txt").write_text(GOOD.replace("王刚", "赵新"), encoding="utf-8")
    events: list[str] = []

    class Recording:
        def __init__(self, max_workers: int) -> None:
            events.append(f"pool {max_workers}")

        def submit(self, fn, *args):
            events.append(f"submit {len(args[-1])}")  # run_batch(fn, shared, items)
            future = concurrent.futures.Future()
            future.set_result(fn(*args))
            return future

        def shutdown(self) -> None:
            events.append("shutdown")

    real_get = FileCache.get
    monkeypatch.setattr(FileCache, "get", lambda self, key: events.append("get") or real_get(self, key))
    monkeypatch.setattr(executors, "ProcessPoolExecutor", Recording)
    monkeypatch.setattr(filestage, "OVERLAP_MIN_HITS", 10)
    again = process_files(read_jobs(cfg, BuildReport()), cfg, None, False)
    assert events[:2] == ["pool 1", "submit 1"] and events.count("get") == 11 and events[-1] == "shutdown"
    assert [o.rel for o in again] == [o.rel for o in first]
    assert again[5] != first[5] and again[:5] == first[:5]
    # too few outcomes to read meanwhile: the file is processed here
    events.clear()
    (c / "006.txt").write_text(GOOD.replace("王刚", "安伟"), encoding="utf-8")
    monkeypatch.setattr(filestage, "OVERLAP_MIN_HITS", 100)
    process_files(read_jobs(cfg, BuildReport()), cfg, None, False)
    assert "submit 1" not in " ".join(events)


def test_a_lost_store_index_costs_reading_not_processing(tmp_path: Path, monkeypatch) -> None:
    from newsarchive import filestage
    from newsarchive.pipeline import process_files, read_jobs
    from newsarchive.report import BuildReport

    c = tmp_path / "c"
    _many_sources(c, 6)
    cfg = load_config(None, content=c, output=tmp_path / "site", cache=tmp_path / "cache", workers=1)
    first = process_files(read_jobs(cfg, BuildReport()), cfg, None, False)
    (tmp_path / "cache" / "files" / "keys.index").unlink()
    processed: list[str] = []
    real = filestage.process_file
    monkeypatch.setattr(filestage, "process_file", lambda job: processed.append(job.rel) or real(job))
    assert process_files(read_jobs(cfg, BuildReport()), cfg, None, False) == first and processed == []
    # a damaged bucket the index still lists: its files are processed again
    for bucket in (tmp_path / "cache" / "files").glob("*.pickle"):
        bucket.write_bytes(b"damaged")
    assert process_files(read_jobs(cfg, BuildReport()), cfg, None, False) == first and len(processed) == 6


def test_a_site_without_an_absolute_address_warns_and_fails_strict(tmp_path: Path) -> None:
    content = tmp_path / "c"
    content.mkdir()
    (content / "a.txt").write_text(GOOD, encoding="utf-8")
    cmd = [sys.executable, str(PROJECT_ROOT / "build.py"), "--content", str(content),
           "--out", str(tmp_path / "s"), "--quiet", "--strict"]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    bare = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert bare.returncode == 1 and "site.yaml: warning: the site's absolute address is not known" in bare.stderr
    assert not (tmp_path / "s" / "sitemap.xml").exists()
    known = subprocess.run(cmd + ["--base-url", "https://example.org/news/"], capture_output=True, text=True, env=env)
    assert known.returncode == 0, known.stderr
    assert (tmp_path / "s" / "sitemap.xml").is_file()
