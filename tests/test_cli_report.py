"""What the build prints after the summary: the site's size, and what a large archive's search
leaves to the article pages."""
from __future__ import annotations

from pathlib import Path

from newsarchive.cli import run_build
from newsarchive.config import load_config

ARTICLE = "某县召开安全生产会议\n\n本报讯(记者 李明) 3月5日，某县召开安全生产工作会议。\n"


def test_the_report_says_when_snippets_need_the_article_pages(tmp_path: Path, capsys) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run_build(load_config(None, content=content, output=tmp_path / "a")) == 0
    assert "offline_snippets_up_to" not in capsys.readouterr().out
    assert run_build(load_config(None, content=content, output=tmp_path / "b", offline_snippets_up_to=0)) == 0
    out = capsys.readouterr().out
    assert "search: 1 article, more than offline_snippets_up_to (0)" in out and "from disk" in out
