"""render_site as a whole, on hand-built articles: every output, parse, links, escaping."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from e2e.sitecheck import broken_links, html_errors, write_site
from newsarchive.archive import build_archive
from newsarchive.config import Config
from newsarchive.render import render_site

from .samples import XSS_ATTR, XSS_SCRIPT, dom, render, sample_articles

OTHER_STAGES = frozenset({"search.html", "data/articles.json", "data/articles.csv"})


@pytest.fixture(scope="module")
def site() -> dict[str, str]:
    return render()


def test_every_kind_of_page_is_produced(site):
    paths = set(site)
    for must in ("index.html", "people/index.html", "districts/index.html", "dates/index.html",
                 "inspections.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html"):
        assert must in paths
    archive = build_archive(sample_articles())
    assert {a.url for a in archive.articles} <= paths
    assert {p.page for p in archive.people} <= paths
    assert all(f'id="{p.slug}"' in site[p.page] for p in archive.people)
    assert {d.url for d in archive.districts} <= paths
    dated = {d.feed_url for d in archive.districts if any(archive.article(i).date.iso() for i in d.article_ids
                                                          if archive.article(i).date)}
    assert dated and dated == {p for p in paths if p.startswith("districts/") and p.endswith(".xml")}
    assert {m.url for m in archive.months} <= paths


def test_static_files_are_copied(tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "a.css").write_text("a{}")
    (tmp_path / ".hidden").write_text("x")
    files = render_site(build_archive(sample_articles()), Config(static=tmp_path))
    assert files["static/css/a.css"] == b"a{}"
    assert not any(p.startswith("static/.") for p in files)


@pytest.mark.parametrize("base", ["/", "/news-archive/"])
def test_links_resolve_and_pages_parse(tmp_path, base):
    files = render_site(build_archive(sample_articles()), Config(base_url=base))
    root = write_site(files, tmp_path)
    assert broken_links(root, base, allow=OTHER_STAGES) == []
    for page in root.rglob("*.html"):
        assert html_errors(page) == [], page
    for xml in [*root.rglob("*.xml")]:
        ET.parse(xml)


def test_output_is_deterministic():
    a = render_site(build_archive(sample_articles()), Config())
    b = render_site(build_archive(list(reversed(sample_articles()))), Config())
    assert a == b
    assert list(a) == sorted(a)


def test_article_text_is_escaped_everywhere(site):
    for path, text in site.items():
        assert "<script>alert" not in text, path
        assert "<img src=x" not in text, path
    article = next(t for p, t in site.items() if p.startswith("articles/") and "副题" in t)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    tree = dom(article)
    assert not [s for s in tree.iter("script") if s.get("type") != "application/ld+json"]  # data, not code
    assert not [i for i in tree.iter("img")]
    assert 'href="javascript:' not in article


def test_xss_survives_as_text_in_feeds(site):
    feed = ET.fromstring(site["feed.xml"])
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert f"标题{XSS_SCRIPT}{XSS_ATTR}" in titles
    content = [e.findtext("a:content", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert any("&lt;script&gt;" in c for c in content)  # HTML content: markup stays escaped
    assert not any("<script>" in c for c in content)


def test_not_found_page_uses_base_path_links():
    files = render(base_url="https://example.org/news-archive/")
    page = files["404.html"]
    assert 'href="/news-archive/index.html"' in page
    assert 'href="/news-archive/static/css/site.css"' in page
    assert 'action="/news-archive/search.html"' in page
    assert "404.html" not in files["sitemap.xml"]


def test_sitemap_and_robots_use_absolute_urls():
    files = render(base_url="https://example.org/news-archive/")
    locs = re.findall(r"<loc>(.*?)</loc>", files["sitemap.xml"])
    assert "https://example.org/news-archive/index.html" in locs
    assert all(loc.startswith("https://example.org/news-archive/") for loc in locs)
    assert locs == sorted(locs)
    assert "Sitemap: https://example.org/news-archive/sitemap.xml" in files["robots.txt"]


def test_every_page_has_title_description_and_open_graph_title(site):
    for path, text in site.items():
        if not path.endswith(".html"):
            continue
        tree = dom(text)
        assert tree.find(".//title").text.strip(), path
        metas = {m.get("name") or m.get("property"): m.get("content") for m in tree.iter("meta")}
        for key in ("description", "og:title"):
            assert metas.get(key), (path, key)
        # link previews fall back to the description: no second copy of it
        assert "og:description" not in metas, path
        assert re.search(r'<html lang="zh-CN">', text), path


def test_pages_come_in_bounded_parts_that_add_up_to_the_site(monkeypatch):
    from newsarchive import render as stage

    archive = build_archive(sample_articles())
    whole = render_site(archive, Config())
    monkeypatch.setattr(stage, "PART_PAGES", 2)
    parts = list(stage.render_parts(archive, Config()))
    assert all(len(p) <= 2 for p in parts[:-1])  # the last part is the static assets, copied as one
    assert len(parts) > len(stage._PAGES) + 3
    joined = {path: data for p in parts for path, data in p.items()}
    assert sum(len(p) for p in parts) == len(joined)
    assert dict(sorted(joined.items())) == whole


def test_a_large_sitemap_is_split_under_a_sitemap_index():
    import xml.etree.ElementTree as ET

    from newsarchive.config import Config
    from newsarchive.render.env import make_env
    from newsarchive.render.meta import render_sitemap

    cfg = Config(base_url="https://example.org/a/")
    pages = [f"articles/{i}.html" for i in range(5)] + ["404.html", "feed.xml"]
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    files = render_sitemap(cfg, make_env(cfg), pages, per_file=2)
    assert sorted(files) == ["robots.txt", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    index = ET.fromstring(files["sitemap.xml"])
    assert index.tag == "{%s}sitemapindex" % ns["s"]
    assert [e.text for e in index.findall("s:sitemap/s:loc", ns)] == [
        f"https://example.org/a/sitemap-{k}.xml" for k in (1, 2, 3)]
    locs = [e.text for name in ("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")
            for e in ET.fromstring(files[name]).findall("s:url/s:loc", ns)]
    assert locs == [f"https://example.org/a/articles/{i}.html" for i in range(5)]
    single = render_sitemap(cfg, make_env(cfg), pages)
    assert sorted(single) == ["robots.txt", "sitemap.xml"]
