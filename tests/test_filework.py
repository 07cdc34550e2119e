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
