"""Per-file work: pure, cached by content, runs through any Executor."""
from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from newsarchive.diskstore import PickleStore
from newsarchive.config import load_config
from newsarchive.filework import FileCache, FileJob, process_file
from newsarchive.pipeline import build, process_files
from newsarchive.report import BuildReport

TEXT = "洛阳市召开安全生产会议\n\n本报讯(记者 李明) 3月5日,洛阳市召开安全生产工作会议。市长王刚出席会议并讲话。\n"


def test_process_file_never_raises_and_reports() -> None:
    bad = process_file(FileJob("x.txt", b"\x00\x01binary\x00", "txt"))
    assert bad.skipped and "binary" in bad.skipped
    good = process_file(FileJob("a.txt", TEXT.encode("gb18030"), "txt"))
    assert good.skipped is None and len(good.drafts) == len(good.metas) >= 1
    assert pickle.loads(pickle.dumps(good)) == good  # can cross process boundaries


def test_cache_hits_unchanged_files_and_prunes_deleted(tmp_path: Path) -> None:
    content = tmp_path / "c"
    content.mkdir()
    (content / "a.txt").write_text(TEXT, encoding="utf-8")
    (content / "b.txt").write_text(TEXT.replace("洛阳", "开封"), encoding="utf-8")
    cfg = load_config(None, content=content, output=tmp_path / "site")
    build(cfg, progress=False)
    entries = PickleStore(cfg.cache_dir / "files").keys()
    assert len(entries) == 2
    calls = []
    cache_get = FileCache.get

    def spy(self, key):  # count misses
        hit = cache_get(self, key)
        calls.append(hit is not None)
        return hit

    FileCache.get = spy
    try:
        (content / "b.txt").unlink()
        from newsarchive.pipeline import read_jobs
        process_files(read_jobs(cfg, BuildReport()), cfg, None, False)
    finally:
        FileCache.get = cache_get
    assert calls == [True]
    assert len(PickleStore(cfg.cache_dir / "files").keys()) == 1


def test_any_executor_gives_the_same_site(tmp_path: Path) -> None:
    content = tmp_path / "c"
    content.mkdir()
    for i in range(5):
        (content / f"{i}.txt").write_text(TEXT.replace("3月5日", f"3月{i + 1}日"), encoding="utf-8")
    a = build(load_config(None, content=content, output=tmp_path / "a", cache=tmp_path / "ca"), progress=False)
    with ThreadPoolExecutor(2) as ex:
        b = build(load_config(None, content=content, output=tmp_path / "b", cache=tmp_path / "cb"),
                  progress=False, executor=ex)
    assert a.articles == b.articles
    assert (tmp_path / "a" / "data" / "articles.json").read_bytes() == (tmp_path / "b" / "data" / "articles.json").read_bytes()


def test_a_file_of_several_source_records_numbers_its_articles_through() -> None:
    from newsarchive.filework import split_and_extract
    from newsarchive.records import SourceFile

    one = SourceFile(path="page.html", text=TEXT, encoding="utf-8", fmt="txt", front_matter={"title": "甲"})
    two = SourceFile(path="page.html", text=TEXT.replace("洛阳", "开封"), encoding="utf-8", fmt="txt",
                     front_matter={"title": "乙"})
    out = split_and_extract((one, two))
    assert [d.ordinal for d in out.drafts] == [1, 2]
    assert [d.front_matter["title"] for d in out.drafts] == ["甲", "乙"]
    assert out.rel == "page.html" and len(out.metas) == 2


MARK = "防汛抗旱"


def _three_files(tmp_path: Path) -> Path:
    content = tmp_path / "c"
    content.mkdir()
    (content / "a.txt").write_text(TEXT, encoding="utf-8")
    (content / "b.txt").write_text(TEXT.replace("安全生产", MARK), encoding="utf-8")
    (content / "c.txt").write_text(TEXT.replace("洛阳", "开封"), encoding="utf-8")
    return content


def _break_reading_and_extracting(monkeypatch) -> None:
    """Reading b.txt raises, as does extracting places from c.txt's article."""
    from newsarchive import extract
    from newsarchive.readers import base

    real_normalise, real_places = base.normalise, extract.extract_places

    def normalise(text: str) -> str:
        if MARK in text:
            raise RuntimeError("unforeseen input\nsecond line")
        return real_normalise(text)

    def places(draft):
        if any("开封" in p for p in draft.paragraphs):
            raise KeyError("开封")
        return real_places(draft)

    monkeypatch.setattr(base, "normalise", normalise)
    monkeypatch.setattr(extract, "extract_places", places)


def _assert_one_file_each_reported(result) -> None:
    report = result.report
    assert sorted(a.source for a in result.articles) == ["a.txt", "c.txt"]
    assert [(p.path, p.message) for p in report.skipped] == [
        ("b.txt", "could not be read as txt (RuntimeError: unforeseen input)")]
    assert [p.path for p in report.warnings] == ["c.txt"]
    assert "places extraction failed (KeyError: '开封'); built without it" in report.warnings[0].message
    assert [path for path, _ in report.traces] == ["b.txt", "c.txt"]
    assert all(t.startswith("Traceback") for _, t in report.traces)
    data = report.to_json()
    assert data["skipped"] == [{"file": "b.txt", "reason": "could not be read as txt (RuntimeError: unforeseen input)"}]
    assert "Traceback" not in repr(data)


def test_an_extractor_raising_costs_its_field_only(monkeypatch) -> None:
    """The article keeps its date, district and people when the places extractor trips."""
    from newsarchive import extract
    from newsarchive.filework import split_and_extract
    from newsarchive.records import SourceFile

    def places(draft):
        raise KeyError("开封")

    whole = split_and_extract(SourceFile(path="c.txt", text=TEXT, encoding="utf-8", fmt="txt"))
    monkeypatch.setattr(extract, "extract_places", places)
    out = split_and_extract(SourceFile(path="c.txt", text=TEXT, encoding="utf-8", fmt="txt"))
    [meta], [expected] = out.metas, whole.metas
    assert meta.places == () and expected.places
    assert (meta.date, meta.district, meta.officials, meta.reporters) == \
        (expected.date, expected.district, expected.officials, expected.reporters)
    assert expected.date is not None and expected.district and expected.officials
    assert out.warnings == ("article 1: places extraction failed (KeyError: '开封'); built without it",)
    assert len(out.traces) == 1


def test_an_exception_in_one_file_is_reported_and_the_others_built(tmp_path: Path, monkeypatch) -> None:
    content = _three_files(tmp_path)
    _break_reading_and_extracting(monkeypatch)
    cfg = load_config(None, content=content, output=tmp_path / "site", base_url="https://example.org/")
    from dataclasses import replace
    cfg = replace(cfg, workers=1)
    _assert_one_file_each_reported(build(cfg, progress=False))
    # the failure is not cached: once the cause is gone, the file builds
    monkeypatch.undo()
    assert sorted(a.source for a in build(cfg, progress=False).articles) == ["a.txt", "b.txt", "c.txt"]


def test_an_exception_in_one_file_in_a_process_pool_is_reported(tmp_path: Path, monkeypatch) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    content = _three_files(tmp_path)
    _break_reading_and_extracting(monkeypatch)  # forked workers inherit the patches
    cfg = load_config(None, content=content, output=tmp_path / "site", base_url="https://example.org/")
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        result = build(cfg, progress=False, executor=pool)
    _assert_one_file_each_reported(result)


def test_cli_counts_it_under_strict_and_shows_the_traceback_when_verbose(tmp_path: Path, monkeypatch,
                                                                         capsys) -> None:
    from newsarchive.cli import main

    content = _three_files(tmp_path)
    _break_reading_and_extracting(monkeypatch)
    args = ["--content", str(content), "--out", str(tmp_path / "site"), "--quiet", "--base-url", "https://example.org/"]
    assert main(["build", *args, "--strict"]) == 1
    err = capsys.readouterr().err
    assert "b.txt: skipped: could not be read as txt (RuntimeError: unforeseen input)" in err
    assert "Traceback" not in err
    assert main(["build", *args, "--verbose"]) == 0
    err = capsys.readouterr().err
    assert "b.txt: traceback:\nTraceback" in err and "RuntimeError: unforeseen input" in err

