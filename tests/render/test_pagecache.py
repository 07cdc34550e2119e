"""Pages are kept as the last build wrote them when nothing they show changed, and equal fresh ones."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import jinja2
import pytest

from newsarchive.archive import build_archive
from newsarchive.config import Config
from newsarchive.render import render_parts, render_site
from newsarchive.render.pagecache import PageCache
from newsarchive.writer import Kept, SiteWriter

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


def write_through(archive, config: Config, tmp_path: Path) -> dict:
    """Render into a site through a writer, as a build does; the outputs handed to it."""
    out, record, pages = tmp_path / "site", tmp_path / "site.record", tmp_path / "pages"
    with SiteWriter(out, record=record) as writer:
        parts = list(render_parts(archive, config, pages, writer.keeps))
        for part in parts:
            writer.add(part)
        writer.finish()
    return {path: value for part in parts for path, value in part.items()}


def site_files(tmp_path: Path, paths) -> dict[str, bytes]:
    return {p: (tmp_path / "site" / p).read_bytes() for p in paths}


def test_kept_pages_equal_fresh_ones_and_are_not_rendered_again(tmp_path: Path, rendered) -> None:
    fresh = render_site(build_archive(sample_articles()), Config())
    write_through(build_archive(sample_articles()), Config(), tmp_path)
    assert site_files(tmp_path, fresh) == fresh
    rendered.clear()
    write_through(build_archive(sample_articles()), Config(), tmp_path)
    assert site_files(tmp_path, fresh) == fresh
    assert "article.html" not in rendered and "people_page.html" not in rendered and "index.html" not in rendered
    assert "inspections.html" not in rendered
    assert rendered.get("districts_index.html")  # pages showing the whole archive are always rendered


def test_an_edited_article_renders_its_page_again(tmp_path: Path, rendered) -> None:
    items = sample_articles()
    write_through(build_archive(items), Config(), tmp_path)
    edited = [replace(items[0], paragraphs=items[0].paragraphs + ("新增的一段。",)), *items[1:]]
    rendered.clear()
    write_through(build_archive(edited), Config(), tmp_path)
    assert 1 <= rendered.get("article.html", 0) < len(items)
    fresh = render_site(build_archive(edited), Config())
    assert "新增的一段" in fresh[edited[0].url].decode("utf-8")
    assert site_files(tmp_path, fresh) == fresh


def test_other_settings_do_not_reuse_pages(tmp_path: Path) -> None:
    items = sample_articles()
    write_through(build_archive(items), Config(), tmp_path)
    other = Config(base_url="https://example.org/news/")
    write_through(build_archive(items), other, tmp_path)
    fresh = render_site(build_archive(items), other)
    assert site_files(tmp_path, fresh) == fresh


def test_settings_no_page_depends_on_reuse_every_page(tmp_path: Path, rendered) -> None:
    archive = build_archive(sample_articles())
    write_through(archive, Config(), tmp_path)
    fresh = render_site(archive, Config())
    rendered.clear()
    moved = Config(output=tmp_path / "elsewhere", content=tmp_path / "in", cache=tmp_path / "c", workers=3,
                   max_file_bytes=1000, templates=Config().templates.resolve())
    write_through(archive, moved, tmp_path)
    assert site_files(tmp_path, fresh) == fresh
    assert "article.html" not in rendered and "people_page.html" not in rendered
    # while a setting pages show renders them again
    rendered.clear()
    write_through(archive, Config(title="另一个档案"), tmp_path)
    assert rendered.get("article.html") == len(archive.articles)


def test_pages_deleted_or_changed_in_the_output_are_rendered_again(tmp_path: Path, rendered) -> None:
    items = [replace(a, fingerprint=f"f{n}") for n, a in enumerate(sample_articles())]
    fresh = render_site(build_archive(items), Config())
    write_through(build_archive(items), Config(), tmp_path)
    (tmp_path / "site" / items[0].url).unlink()
    (tmp_path / "site" / items[1].url).write_bytes(b"<html>edited by hand</html>")
    rendered.clear()
    outputs = write_through(build_archive(items), Config(), tmp_path)
    assert rendered.get("article.html") == 2
    assert not isinstance(outputs[items[0].url], Kept) and not isinstance(outputs[items[1].url], Kept)
    assert site_files(tmp_path, fresh) == fresh
    # with the whole output gone, every page is rendered again, as in a first build
    shutil.rmtree(tmp_path / "site")
    rendered.clear()
    write_through(build_archive(items), Config(), tmp_path)
    assert rendered.get("article.html") == len(items)
    assert site_files(tmp_path, fresh) == fresh


def test_the_cache_holds_page_keys_not_pages(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "ab.pickle").write_bytes(b"pages an older version kept")
    (folder / "keys.index").write_bytes(b"its index")
    write_through(replace(build_archive(sample_articles()), key="k1"), Config(), tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == ["page.prints", "templates"]  # and compiled templates
    assert (folder / "page.prints").stat().st_size < sum(
        p.stat().st_size for p in (tmp_path / "site").rglob("*.html")) / 20


def test_an_article_with_a_fingerprint_is_keyed_by_it_alone(tmp_path: Path) -> None:
    item = sample_articles()[0]
    cache = PageCache(None, Config())
    printed = replace(item, fingerprint="f1")

    def key(article) -> str | None:
        return PageCache(None, Config()).key("article.html", {"article": article, "related": [article]})

    # the fingerprint says what the article was made from: its text is not read
    assert key(printed) == key(replace(printed, paragraphs=("别的文字。",)))
    assert key(printed) != key(replace(printed, fingerprint="f2"))
    # without one, the article's content decides
    assert key(item) != key(replace(item, paragraphs=("别的文字。",)))
    assert key(item) == key(replace(item))
    assert cache.key("districts_index.html", {"archive": build_archive([item])}) is None


def test_a_page_cache_holds_no_article_with_a_fingerprint_it_hashed() -> None:
    """A page's article may be a copy whole with its text, read for that page alone: the
    cache must not keep it to the end of the build (an article without a fingerprint,
    hashed from its content, is held to be hashed once)."""
    cache = PageCache(None, Config())
    printed = replace(sample_articles()[0], fingerprint="f1")
    bare = sample_articles()[1]
    cache.key("article.html", {"article": printed, "prev": bare})
    held = [value for value, _, _ in cache._shared.values()]
    assert not any(v is printed for v in held) and any(v is bare for v in held)


def test_plain_values_of_different_types_never_share_a_key() -> None:
    cache = PageCache(None, Config())
    values = ["1", 1, True, None, "", [], (), {}, ["1"], ("1",), {"1": 1}, 1.0, "s1:x", ["a", "b"], ["ab"]]
    keys = {cache.key("t.html", {"v": v}) for v in values}
    assert len(keys) == len(values)


def test_a_page_whose_file_is_as_the_writer_left_it_is_kept_unread(tmp_path: Path, rendered) -> None:
    archive = build_archive([replace(a, fingerprint=f"f{n}") for n, a in enumerate(sample_articles())])
    out, record, pages = tmp_path / "site", tmp_path / "site.record", tmp_path / "pages"
    for _ in range(2):
        with SiteWriter(out, record=record) as writer:
            parts = list(render_parts(archive, Config(site_url="https://example.org/"), pages, writer.keeps))
            for part in parts:
                writer.add(part)
            writer.finish()
    outputs = {path: value for part in parts for path, value in part.items()}
    kept = sorted(p for p, v in outputs.items() if isinstance(v, Kept))
    assert "index.html" in kept and archive.articles[0].url in kept and "sitemap.xml" in kept
    assert "districts/index.html" not in kept  # shows the whole archive: made every time
    fresh = render_site(archive, Config(site_url="https://example.org/"))
    assert {p: (out / p).read_bytes() for p in fresh} == fresh


def test_records_of_an_archive_with_a_key_stand_for_their_place_in_it() -> None:
    archive = build_archive(sample_articles())
    person = archive.people[0]
    renamed = replace(person, name=person.name + "某")

    def key(arch, value) -> str | None:
        return PageCache(None, Config(), archive=arch).key("people_page.html", {"person": value, "people": [value]})

    # no key: the record's content decides
    assert key(archive, person) != key(archive, renamed)
    keyed = replace(archive, key="k1")
    assert key(keyed, keyed.people[0]) == key(replace(archive, people=(renamed, *archive.people[1:]), key="k1"),
                                               renamed)  # the place, not the content (the key vouches for it)
    assert key(keyed, keyed.people[0]) != key(replace(archive, key="k2"), person)
    assert key(keyed, renamed) != key(keyed, keyed.people[0])  # not a record of that archive: its content


def test_a_page_whose_articles_kept_their_fingerprints_keeps_its_key_unhashed(tmp_path: Path, monkeypatch) -> None:
    from newsarchive.render import pagecache

    items = [replace(a, fingerprint=f"f{n}") for n, a in enumerate(sample_articles())]
    hashed: list[object] = []
    real_hash = pagecache._hash
    monkeypatch.setattr(pagecache, "_hash", lambda value, dispatch: (hashed.append(value), real_hash(value, dispatch))[1])

    def context(archive, a) -> dict:
        return {"page_path": a.url, "article": a, "related": [archive.by_id[items[2].id]], "n": len(a.title)}

    def keys(articles, archive_key: str, folder: Path | None = tmp_path) -> tuple[dict[str, str | None], int]:
        archive = replace(build_archive(articles), key=archive_key)
        cache = PageCache(folder, Config(), archive=archive)
        hashed.clear()
        got = {a.url: cache.key("article.html", context(archive, a)) for a in archive.articles}
        cache.save()
        return got, len(hashed)

    first, n_first = keys(items, "k1")
    assert n_first > 0
    again, n_again = keys(items, "k1")
    assert again == first and n_again == 0  # nothing hashed: every article kept its fingerprint
    # an edited article (a new fingerprint) is hashed again on the pages holding it
    edited = [items[0], replace(items[1], title=items[1].title + "（更新）", fingerprint="f1-edited"), *items[2:]]
    after, n_after = keys(edited, "k1")
    assert n_after > 0
    assert {url for url in after if after[url] != first.get(url)} == {edited[1].url}
    assert after == keys(edited, "k1", folder=None)[0]  # as hashing every page gives
    edited = [*edited[:2], replace(items[2], fingerprint="f2-edited"), *items[3:]]  # on every page
    assert all(after[url] != key for url, key in keys(edited, "k1")[0].items())
    # another archive key, or articles without fingerprints: hashed again
    assert keys(edited, "k2")[1] > 0
    assert keys(edited, "k2")[1] == 0
    assert keys([replace(a, fingerprint="") for a in items], "k2")[1] > 0
    assert keys([replace(a, fingerprint="") for a in items], "k2")[1] > 0


def test_pages_as_before_are_kept_before_their_context_is_made(tmp_path: Path, monkeypatch) -> None:
    items = [replace(a, fingerprint=f"f{n}") for n, a in enumerate(sample_articles())]
    out, record, pages = tmp_path / "site", tmp_path / "site.record", tmp_path / "pages"
    keyed: list[str] = []
    real_key = PageCache.key
    monkeypatch.setattr(PageCache, "key", lambda self, template, context: keyed.append(template)
                        or real_key(self, template, context))

    def render(articles) -> dict:
        keyed.clear()
        archive = replace(build_archive(articles), key="k1")
        with SiteWriter(out, record=record) as writer:
            parts = list(render_parts(archive, Config(site_url="https://example.org/"), pages, writer.keeps))
            for part in parts:
                writer.add(part)
            writer.finish()
        return {path: value for part in parts for path, value in part.items()}

    from newsarchive.render import districts, feeds

    made: list[str] = []
    real_chart, real_feed = districts.month_chart, feeds.make_feed
    monkeypatch.setattr(districts, "month_chart", lambda *a, **k: made.append("chart") or real_chart(*a, **k))
    monkeypatch.setattr(feeds, "make_feed", lambda *a, **k: made.append("feed") or real_feed(*a, **k))
    render(items)
    assert "article.html" in keyed and "people_page.html" in keyed
    assert "chart" in made and "feed" in made
    made.clear()
    outputs = render(items)
    assert "article.html" not in keyed and "people_page.html" not in keyed and "index.html" not in keyed
    assert made == []  # no district's month chart, no feed's entries: their pages are kept
    assert all(isinstance(outputs[a.url], Kept) for a in items)
    # an article's text edited: its own page is made again; the article pages linking
    # to it show only its address, title and date, and are kept
    edited = [replace(items[0], paragraphs=items[0].paragraphs + ("新增的一段。",), fingerprint="f0-edited"),
              *items[1:]]
    outputs = render(edited)
    assert {a.id for a in edited if not isinstance(outputs[a.url], Kept)} == {edited[0].id}
    named = {p.page for p in build_archive(edited).people if any(pa.article_id == edited[0].id for pa in p.articles)}
    assert named and all(isinstance(outputs[page], Kept) for page in named)  # they list it by title and date
    fresh = render_site(build_archive(edited), Config(site_url="https://example.org/"))
    assert {p: (out / p).read_bytes() for p in fresh} == fresh
    # its title edited: the pages linking to it are made again too, with the new title
    retitled = [replace(edited[0], title="改过的标题", fingerprint="f0-retitled"), *edited[1:]]
    outputs = render(retitled)
    links = build_archive(retitled).links[retitled[0].id]
    holding = {retitled[0].id, links.prev_id, links.next_id, *links.related_ids}
    assert len(holding) > 1
    assert {a.id for a in retitled if not isinstance(outputs[a.url], Kept)} == holding
    fresh = render_site(build_archive(retitled), Config(site_url="https://example.org/"))
    assert {p: (out / p).read_bytes() for p in fresh} == fresh
    assert all("改过的标题" in fresh[a.url].decode() for a in retitled if a.id in holding)
