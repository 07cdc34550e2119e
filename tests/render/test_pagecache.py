"""Rendered pages come from the cache when nothing they show changed, and equal fresh ones."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import jinja2
import pytest

from newsarchive.archive import build_archive
from newsarchive.config import Config, load_config
from newsarchive.diskstore import PickleStore
from newsarchive.render import render_site
from newsarchive.render.pagecache import PageCache

from .samples import sample_articles


@pytest.fixture()
def rendered(monkeypatch):
    """Counts of templates actually rendered, by name."""
    counts: dict[str, int] = {}
    original = jinja2.Template.render

    def counting(self, *args, **kwargs):
        counts[self.name] = counts.get(self.name, 0) + 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", counting)
    return counts


def test_cached_pages_equal_fresh_ones_and_are_not_rendered_again(tmp_path: Path, rendered) -> None:
    archive = build_archive(sample_articles())
    fresh = render_site(archive, Config())
    first = render_site(archive, Config(), tmp_path)
    assert first == fresh
    rendered.clear()
    again = render_site(build_archive(sample_articles()), Config(), tmp_path)
    assert again == fresh
    assert "article.html" not in rendered and "person.html" not in rendered and "index.html" not in rendered
    assert "inspections.html" not in rendered
    assert rendered.get("districts_index.html")  # pages showing the whole archive are always rendered


def test_an_edited_article_renders_its_page_again(tmp_path: Path, rendered) -> None:
    items = sample_articles()
    render_site(build_archive(items), Config(), tmp_path)
    edited = [replace(items[0], paragraphs=items[0].paragraphs + ("新增的一段。",)), *items[1:]]
    rendered.clear()
    got = render_site(build_archive(edited), Config(), tmp_path)
    assert 1 <= rendered.get("article.html", 0) < len(items)
    assert "新增的一段" in got[edited[0].url].decode("utf-8")
    assert got == render_site(build_archive(edited), Config())


def test_other_settings_do_not_reuse_pages(tmp_path: Path) -> None:
    items = sample_articles()
    render_site(build_archive(items), Config(), tmp_path)
    other = render_site(build_archive(items), Config(base_url="https://example.org/news/"), tmp_path)
    assert other == render_site(build_archive(items), Config(base_url="https://example.org/news/"))


def test_pages_are_kept_compressed_and_a_damaged_one_is_a_miss(tmp_path: Path) -> None:
    cache = PageCache(tmp_path, load_config(None))
    page = "<html>焦作市</html>".encode() * 100
    cache.put("ab" * 32, page)
    cache.put("ac" * 32, b"x")
    cache.prune()
    again = PageCache(tmp_path, load_config(None))
    assert again.get("ab" * 32) == page
    assert sum(p.stat().st_size for p in tmp_path.glob("*.pickle")) < len(page) / 4
    PickleStore.put(again, "ac" * 32, b"not zlib data")
    assert again.get("ac" * 32) is None
