"""The build measures the site it wrote and checks it against the chosen host's limits."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive import hosting
from newsarchive.cli import main
from newsarchive.config import ConfigError, load_config
from newsarchive.hosting import Host, SiteSize, hosts, measure, over_limits
from newsarchive.pipeline import build

ARTICLE = "某县召开春耕生产会议\n\n本报讯 3月12日，某县召开春耕生产动员会议，部署全年农业生产。\n"


def test_every_host_states_its_limits_and_where_they_come_from() -> None:
    known = hosts()
    assert {"github-pages", "gitlab-pages", "cloudflare-pages", "none"} <= set(known)
    assert known["github-pages"].site_bytes == 1_000_000_000
    assert known["gitlab-pages"].files == 200_000
    assert known["cloudflare-pages"].files == 20_000 and known["cloudflare-pages"].file_bytes == 25 * 2**20
    for key, host in known.items():
        limited = (host.site_bytes, host.file_bytes, host.files) != (None, None, None)
        assert limited == bool(host.sources), key
        assert all(url.startswith("https://") for url in host.sources)


def test_measure_counts_bytes_files_and_the_largest() -> None:
    size = measure([("b.html", 30), ("a.html", 30), ("data/x.json", 10)])
    assert size == SiteSize(70, 3, "a.html", 30)


def test_limits_exceeded_are_named_one_message_each() -> None:
    host = Host("t", "Test Pages", site_bytes=100, file_bytes=40, files=2, sources=("https://example.org",))
    assert over_limits(SiteSize(100, 2, "a", 40), host) == []
    problems = over_limits(SiteSize(101, 3, "data/big.json", 41), host,
                           [("data/big.json", 41), ("other", 41), ("small", 19)])
    assert len(problems) == 3
    assert "the site is 0.1 kB, over the 0.1 kB Test Pages accepts" in problems[0]
    assert "3 files, over the 2" in problems[1]
    assert problems[2].startswith("data/big.json is") and "(2 files are)" in problems[2]
    assert over_limits(SiteSize(10**12, 10**7, "x", 10**11), hosts()["none"]) == []


def test_an_unknown_host_fails_when_the_configuration_loads(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text("host: geocities\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="host must be one of .*github-pages"):
        load_config(tmp_path / "site.yaml")
    assert load_config(None).host == "github-pages"


def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (content / "b.txt").write_text(ARTICLE.replace("春耕", "秋收").replace("3月12日", "9月2日"), encoding="utf-8")
    return content


def _on_disk(site: Path) -> tuple[int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def test_the_build_report_holds_the_size_of_the_site_as_written(tmp_path: Path) -> None:
    out = tmp_path / "site"
    config = load_config(None, content=_content(tmp_path), output=out, base_url="https://example.org/archive/")
    for _ in range(2):  # a fresh build, then an update that keeps what did not change
        result = build(config, progress=False)
        report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
        assert (report["site"]["bytes"], report["site"]["files"]) == _on_disk(out)
        assert (result.site.bytes, result.site.files) == _on_disk(out)
        largest = max((p for p in out.rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)
        assert report["site"]["largest"] == {"file": largest.relative_to(out).as_posix(),
                                             "bytes": largest.stat().st_size}
        assert report["site"]["limits"]["host"] == "github-pages"
        assert report["warnings"] == []


def test_a_site_over_the_hosts_limits_is_a_warning_strict_counts(tmp_path: Path, monkeypatch, capsys) -> None:
    tiny = Host("tiny", "Tiny Pages", site_bytes=None, file_bytes=None, files=5, sources=("https://example.org",))
    monkeypatch.setattr(hosting, "hosts", lambda: {**hosts.__wrapped__(), "tiny": tiny})
    out = tmp_path / "site"
    argv = ["build", "--config", str(tmp_path / "site.yaml"), "--content", str(_content(tmp_path)),
            "--out", str(out), "--quiet"]
    (tmp_path / "site.yaml").write_text("base_url: https://example.org/\nhost: none\n", encoding="utf-8")
    assert main([*argv, "--strict"]) == 0
    (tmp_path / "site.yaml").write_text("base_url: https://example.org/\nhost: tiny\n", encoding="utf-8")
    assert main(argv) == 0
    assert main([*argv, "--strict"]) == 1
    printed = capsys.readouterr()
    assert "over the 5 Tiny Pages accepts" in printed.err
    assert "site: " in printed.out and "Tiny Pages" in printed.out
    report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
    assert [w["file"] for w in report["warnings"]] == ["site/"]
    assert report["site"]["files"] == _on_disk(out)[1]


def test_the_build_report_lists_each_source_file_on_a_line_of_its_own(tmp_path: Path) -> None:
    out = tmp_path / "site"
    content = _content(tmp_path)
    (content / "second.txt").write_text(ARTICLE.replace("春耕", "夏收"), encoding="utf-8")
    build(load_config(None, content=content, output=out), progress=False)
    text = (out / "data" / "build-report.json").read_text(encoding="utf-8")
    report = json.loads(text)
    lines = text.splitlines()
    for entry in report["files"]:
        assert f"    {json.dumps(entry, ensure_ascii=False)}," in lines or \
            f"    {json.dumps(entry, ensure_ascii=False)}" in lines
    assert len(report["files"]) == 3
    assert '  "site": {' in lines  # objects stay indented as the other data files are


@pytest.mark.parametrize("sizes", [
    [], [("a.html", 0)], [("b", 0), ("a", 0)], [("b", 5), ("a", 5), ("c", 9), ("d", 9), ("e", 1)],
    [("z/1", 7), ("a", 0), ("m", 7)], [(f"p/{n % 13}-{n}", n * 37 % 101) for n in range(400)]])
def test_measure_is_the_size_made_one_file_at_a_time(sizes: list[tuple[str, int]]) -> None:
    one_by_one = SiteSize(0, 0, "", 0)
    for rel, size in sorted(sizes):
        one_by_one = one_by_one.plus(rel, size)
    assert measure(sizes) == one_by_one and measure(iter(sizes)) == one_by_one
