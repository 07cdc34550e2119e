"""Crawler and reader files of the seeds build: the sitemap against the sitemap 0.9 schema,
robots.txt, the feeds through a feed parser, every address absolute, structured data valid."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import feedparser
import pytest
import xmlschema

from newsarchive.config import Config
from newsarchive.archive import build_archive
from newsarchive.records import PartialDate
from newsarchive.render import render_site

from e2e.sitecheck import structured_data_errors
from render.samples import article

pytestmark = pytest.mark.sitecheck

SCHEMA = xmlschema.XMLSchema(str(Path(__file__).with_name("sitemap-0.9.xsd")))
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)">')
OG_URL = re.compile(r'<meta property="og:url" content="([^"]*)">')


def test_the_sitemap_follows_the_sitemap_schema_and_lists_every_page(checked_site):
    sitemap = checked_site.root / "sitemap.xml"
    SCHEMA.validate(str(sitemap))
    locs = re.findall(r"<loc>(.*?)</loc>", sitemap.read_text("utf-8"))
    pages = sorted(p.relative_to(checked_site.root).as_posix() for p in checked_site.root.rglob("*.html"))
    assert sorted(locs) == sorted(checked_site.url + p for p in pages if p != "404.html")
    robots = (checked_site.root / "robots.txt").read_text("utf-8")
    assert f"Sitemap: {checked_site.url}sitemap.xml" in robots.splitlines()


@pytest.mark.parametrize("locs", [["/index.html"], ["/articles/526e421a6eeb.html"], ["ftp://example.org/a.html"],
                                  ["https://example.org/a.html"] * 2])
def test_the_schema_refuses_a_relative_non_web_or_repeated_location(tmp_path, locs):
    bad = tmp_path / "sitemap.xml"
    bad.write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>", encoding="utf-8")
    assert not SCHEMA.is_valid(str(bad))
    good = tmp_path / "good.xml"
    good.write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    "<url><loc>https://example.org/a.html</loc><priority>0.5</priority></url></urlset>", encoding="utf-8")
    assert SCHEMA.is_valid(str(good))


def test_every_canonical_og_url_sitemap_loc_and_feed_link_is_absolute(checked_site):
    root, url = checked_site.root, checked_site.url
    for page in root.rglob("*.html"):
        rel = page.relative_to(root).as_posix()
        html = page.read_text("utf-8")
        if rel == "404.html":  # served at any missing path: no single address
            assert not CANONICAL.search(html)
            continue
        assert CANONICAL.findall(html) == [url + rel], rel
        assert OG_URL.findall(html) == [url + rel], rel
    for loc in re.findall(r"<loc>(.*?)</loc>", (root / "sitemap.xml").read_text("utf-8")):
        assert loc.startswith(url)
    feeds = [root / "feed.xml", *sorted((root / "districts").glob("*.xml"))]
    assert len(feeds) > 1
    for path in feeds:
        feed = feedparser.parse(path.read_bytes())
        links = [link["href"] for link in feed.feed.links] + [
            link["href"] for e in feed.entries for link in e.links]
        ids = [feed.feed.id] + [e.id for e in feed.entries]
        assert all(h.startswith(url) for h in links + ids), path.name


def test_the_feeds_parse_and_show_only_the_articles_own_dates(checked_site):
    articles = json.loads((checked_site.root / "data" / "articles.json").read_text("utf-8"))["articles"]
    by_url = {checked_site.url + a["url"]: a for a in articles}
    dated = [a for a in articles if a["date"] and all(a["date"].values())]
    for path in [checked_site.root / "feed.xml", *sorted((checked_site.root / "districts").glob("*.xml"))]:
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path.name, feed.get("bozo_exception"))
        assert feed.version == "atom10"
        for entry in feed.entries:
            a = by_url[entry.link]
            assert entry.published_parsed and entry.updated_parsed == entry.published_parsed
            own = dt.date(a["date"]["year"], a["date"]["month"], a["date"]["day"])
            assert entry.published == f"{own.isoformat()}T00:00:00+08:00", a["title"]
    main = feedparser.parse((checked_site.root / "feed.xml").read_bytes())
    assert len(main.entries) == len(dated) and len(dated) < len(articles)  # the seeds have undated ones


def test_a_feed_parser_sees_no_invented_date_in_a_hand_built_feed():
    arts = [article("a", "完整日期", date=PartialDate(2019, 6, 1)), article("b", "缺年份", date=PartialDate(None, 3, 2)),
            article("c", "无日期")]
    feed = feedparser.parse(render_site(build_archive(arts), Config(site_url="https://example.org/"))["feed.xml"])
    assert not feed.bozo and [e.title for e in feed.entries] == ["完整日期"]
    assert feed.entries[0].published == "2019-06-01T00:00:00+08:00"


def test_structured_data_on_every_page_is_valid(checked_site):
    for page in checked_site.root.rglob("*.html"):
        assert structured_data_errors(page.read_text("utf-8")) == [], page.name
