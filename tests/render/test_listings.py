"""Home pagination, district pages, date archive, inspection directory, feeds."""
from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

from newsarchive.archive import build_archive
from newsarchive.config import Config
from newsarchive.records import Inspection, PartialDate
from newsarchive.render.feeds import (DISTRICT_FEED_LIMIT, DISTRICT_SUMMARY_CHARS, EPOCH, FEED_LIMIT,
                                      SUMMARY_CHARS, make_feed)
from newsarchive.render.home import Pager, page_path

from .samples import article, dom, entry_texts, hrefs, render, round_with_groups, sample_articles, texts

ATOM = {"a": "http://www.w3.org/2005/Atom"}
SVG = "{http://www.w3.org/2000/svg}"


def test_home_is_paginated_in_home_order():
    arts = [article(f"a{i}", f"第{i}篇", date=PartialDate(2020, 1, i + 1)) for i in range(5)]
    site = render(arts, page_size=2)
    assert [p for p in site if p == "index.html" or p.startswith("page/")] == [
        "index.html", "page/2.html", "page/3.html"]
    first = dom(site["index.html"])
    assert entry_texts(first, "title") == ["第4篇", "第3篇"]
    assert entry_texts(dom(site["page/3.html"]), "title") == ["第0篇"]
    assert "3.html" in hrefs(dom(site["page/2.html"]))  # the next page, beside this one
    assert "../index.html" in hrefs(dom(site["page/2.html"]))
    assert Pager(2, 3).prev == "index.html" and Pager(2, 3).next == "page/3.html"
    # the directory, the generator and the locale head the home page only
    for path, once in (("index.html", True), ("page/2.html", False)):
        assert ('class="directory-links"' in site[path]) is once, path
        assert ('name="generator"' in site[path] and 'property="og:locale"' in site[path]) is once, path


def test_pagination_links_a_window_of_pages_not_every_page() -> None:
    numbers = lambda pager: [p[0] if p else None for p in pager.pages]  # noqa: E731
    assert numbers(Pager(1, 3)) == [1, 2, 3]
    assert numbers(Pager(1, 5000)) == [1, 2, 3, None, 5000]
    assert numbers(Pager(2500, 5000)) == [1, None, 2498, 2499, 2500, 2501, 2502, None, 5000]
    assert numbers(Pager(4, 5000)) == [1, 2, 3, 4, 5, 6, None, 5000]
    assert numbers(Pager(5000, 5000)) == [1, None, 4998, 4999, 5000]
    assert Pager(2500, 5000).pages[3] == (2499, "page/2499.html")
    assert page_path(1) == "index.html"
    assert Pager(2, 3, "inspections.html", "inspections/{}.html").prev == "inspections.html"
    assert Pager(2, 3, "inspections.html", "inspections/{}.html").next == "inspections/3.html"


def test_home_entries_show_date_district_and_excerpt():
    a = article("a", "标题", paragraphs=("很长的正文" * 40,), date=PartialDate(None, 3, 2), district="东城区")
    tree = dom(render([a])["index.html"])
    meta = entry_texts(tree, "line")[0]
    assert "3月2日" in meta and "东城区" in meta
    excerpt = texts(tree, "p", "entry-excerpt")[0]
    assert excerpt.endswith("…") and len(excerpt) == 80
    month = next(p for p in render([a]) if p.startswith("dates/") and p != "dates/index.html")
    assert len(texts(dom(render([a])[month]), "p", "entry-excerpt")[0]) == 60  # a line under the title


def test_district_page_has_chart_articles_and_feed():
    site = render()
    archive = build_archive(sample_articles())
    d = archive.district("东城区")
    tree = dom(site[d.url])
    svg = tree.find(f".//{SVG}svg")
    assert svg.get("role") == "img" and svg.find(f"{SVG}title").text == "东城区每月文章数"
    assert len(entry_texts(tree, "title")) == len(d.article_ids) == 3
    assert d.feed_url.rpartition("/")[2] in hrefs(tree)  # beside the page
    assert all(d.name not in t for t in entry_texts(tree, "line"))  # the page's own district, not on every entry
    index = dom(site["districts/index.html"])
    assert any("东城区" in t and "3 篇" in t for t in texts(index, "li"))


def test_a_district_without_a_full_date_has_no_feed_nor_a_link_to_one():
    arts = [article("a", "有日期", date=PartialDate(2020, 5, 1), district="东城区"),
            article("b", "无年份", date=PartialDate(None, 5, 1), district="西城区")]
    site = render(arts)
    archive = build_archive(arts)
    east, west = archive.district("东城区"), archive.district("西城区")
    assert east.feed_url in site and west.feed_url not in site
    feed_links = [h for h in hrefs(dom(site["districts/index.html"])) if h.endswith(".xml") and "/" not in h]
    assert feed_links == [east.feed_url.rpartition("/")[2]]
    assert west.feed_url.rpartition("/")[2] not in site[west.url] and east.feed_url.rpartition("/")[2] in site[east.url]


def test_date_archive_marks_unknown_years_and_charts_months():
    site = render()
    tree = dom(site["dates/index.html"])
    assert "年份不详" in texts(tree, "h2")
    assert "日期不详" in texts(tree, "h2")
    assert tree.find(f".//{SVG}svg/{SVG}desc").text.startswith("每月文章数")
    bars = [g.find(f"{SVG}title").text for g in tree.iter(f"{SVG}g")]
    assert "7月（年份不详）：1 篇" in bars and "2021年3月：2 篇" in bars
    month = site["dates/unknown-year-07.html"]
    assert "没有写年份" in month and "街道调研" in month


def test_inspection_directory_rows_link_to_their_articles():
    old = article("old", "旧巡察", date=PartialDate(2019, 1, 1), district="西城区",
                  inspections=(round_with_groups(),))
    new = article("new", "新巡察", date=PartialDate(2021, 1, 1), district="东城区",
                  inspections=(round_with_groups(),))
    tree = dom(render([old, new])["inspections.html"])
    rounds = [s for s in tree.iter("section") if s.get("class") == "round"]
    assert len(rounds) == 2
    head = "".join(rounds[0].find("p").itertext())
    assert "东城区" in head   # newest first
    group_rows = [tr for tr in rounds[0].iter("tr") if tr.find("th[@scope='row']") is not None]
    assert len(group_rows) == 2
    assert "每天 9:00-17:00" in "".join(group_rows[1].itertext())
    assert "工作日:08:30~12:00" in head and "0371-12388" in head
    assert rounds[0].find(".//a[@href='../" + new.url + "']") is None  # relative from site root
    assert rounds[0].find(".//a[@href='" + new.url + "']") is not None
    # the closing date once, in the round's line, not again in every group's row
    assert [t.get("datetime") for t in rounds[0].find("p").iter("time")] == ["2021-01-01", "2021-04-30"]
    assert not [t for row in group_rows for t in row.iter("time")]
    # contacts carry no class: styled by their tel:/mailto: link or their column
    assert not [el for row in group_rows for el in row.iter() if el.tag in ("a", "span") and el.get("class")]
    assert "tel:037166668888" in hrefs(tree)
    assert "mailto:second@example.cn" in hrefs(tree)


def test_each_round_is_a_table_with_one_level_of_headers():
    """A cell has one column header and one row header: no heading row spans the table."""
    arts = [article(f"r{i}", f"第{i}轮", date=PartialDate(2020, i + 1, 1), inspections=(round_with_groups(),))
            for i in range(3)]
    tree = dom(render(arts)["inspections.html"])
    rounds = [s for s in tree.iter("section") if s.get("class") == "round"]
    assert len(rounds) == 3 and len(list(tree.iter("table"))) == 3
    for r in rounds:
        assert r.find("h2").text == "十届区委第三轮巡察" and r.get("aria-labelledby") == r.find("h2").get("id")
        table = r.find(".//table")
        assert [th.get("scope") for th in table.find("thead").iter("th")] == ["col"] * 7
        for tr in table.find("tbody").iter("tr"):
            assert [c.tag for c in tr] == ["th"] + ["td"] * 6 and tr[0].get("scope") == "row"
    assert not [th for th in tree.iter("th") if th.get("colspan") or th.get("scope") == "rowgroup"]


def test_rounds_carry_their_known_dates_for_the_browser():
    """data-close only with a year; the start is the round's opening, else the announcement's date."""
    no_open = Inspection(round="第二轮", close=PartialDate(2021, 6, 30), groups=round_with_groups().groups)
    no_year = Inspection(round="第三轮", open=PartialDate(2021, 3, 1), close=PartialDate(None, 4, 30))
    arts = [article("a", "甲", date=PartialDate(2021, 3, 5), inspections=(round_with_groups(),)),
            article("b", "乙", date=PartialDate(2021, 5, 2), inspections=(no_open,)),
            article("c", "丙", date=PartialDate(2021, 1, 2), inspections=(no_year,))]
    tree = dom(render(arts)["inspections.html"])
    dates = {s.find("h2").text: (s.get("data-open"), s.get("data-close"))
             for s in tree.iter("section") if s.get("class") == "round"}
    assert dates == {"十届区委第三轮巡察": ("2021-03-01", "2021-04-30"), "第二轮": ("2021-05-02", "2021-06-30"),
                     "第三轮": (None, None)}
    assert tree.find(".//script[@src='static/js/inspections.js']") is not None


def test_inspection_directory_is_paged_newest_first():
    arts = [article(f"r{i}", f"第{i}轮", date=PartialDate(2020, i + 1, 1), district="东城区",
                    inspections=(round_with_groups(),)) for i in range(5)]
    site = render(arts, directory_page_size=2)
    assert sorted(p for p in site if p.startswith("inspections")) == [
        "inspections.html", "inspections/2.html", "inspections/3.html"]
    first, last = dom(site["inspections.html"]), dom(site["inspections/3.html"])
    assert len(first.findall(".//section")) == 2 and len(last.findall(".//section")) == 1
    assert "共 5 轮" in site["inspections.html"] and "第 1–2 轮" in site["inspections.html"]
    assert "第 5–5 轮" in site["inspections/3.html"]
    assert any(h.endswith(arts[4].url) for h in hrefs(first))       # newest round on the first page
    assert any(h.endswith(arts[0].url) for h in hrefs(last))        # oldest on the last
    assert "inspections/2.html" in hrefs(first) and "../inspections.html" in hrefs(dom(site["inspections/2.html"]))
    assert "inspections/3.html" in site["sitemap.xml"]


def test_a_short_directory_is_one_page_without_pager():
    site = render([article("r", "一轮", inspections=(round_with_groups(),))])
    assert [p for p in site if p.startswith("inspections")] == ["inspections.html"]
    assert 'class="pager"' not in site["inspections.html"] and "本页为" not in site["inspections.html"]


def test_district_and_month_pages_are_paged():
    arts = [article(f"a{i}", f"第{i}篇", date=PartialDate(2020, 5, i + 1), district="东城区") for i in range(5)]
    site = render(arts, list_page_size=2)
    archive = build_archive(arts)
    d, month = archive.district("东城区"), archive.months[0]
    stem = d.url[:-len(".html")]
    assert sorted(p for p in site if p.startswith(stem + "/")) == [stem + "/2.html", stem + "/3.html"]
    first, last = dom(site[d.url]), dom(site[stem + "/3.html"])
    assert entry_texts(first, "title") == ["第4篇", "第3篇"] and entry_texts(last, "title") == ["第0篇"]
    assert "5 篇文章" in site[d.url] and "第 5–5 篇" in site[stem + "/3.html"]
    assert first.find(f".//{SVG}svg") is not None and last.find(f".//{SVG}svg") is None  # chart on page one
    assert "../" + stem + "/2.html" in hrefs(first)
    mstem = month.url[:-len(".html")]
    assert [p for p in site if p.startswith(mstem)] == [month.url, mstem + "/2.html", mstem + "/3.html"]
    assert entry_texts(dom(site[mstem + "/2.html"]), "title") == ["第2篇", "第1篇"]
    assert "../../" + month.url in hrefs(dom(site[mstem + "/2.html"]))  # back to the month's first page
    for path in (stem + "/2.html", mstem + "/3.html"):
        assert path in site["sitemap.xml"]


def test_feed_is_valid_atom_with_stable_dates():
    site = render(base_url="https://example.org/a/")
    feed = ET.fromstring(site["feed.xml"])
    assert feed.findtext("a:updated", namespaces=ATOM) == "2021-03-05T00:00:00+08:00"
    entries = feed.findall("a:entry", ATOM)
    assert len(entries) == 3  # the articles with a full date
    assert entries[0].find("a:link", ATOM).get("href").startswith("https://example.org/a/articles/")
    assert all(e.findtext("a:id", namespaces=ATOM).startswith("https://example.org/a/") for e in entries)
    assert [e.findtext("a:published", namespaces=ATOM) for e in entries] == [
        "2021-03-05T00:00:00+08:00", "2021-03-02T00:00:00+08:00", "2020-12-01T00:00:00+08:00"]
    assert all(e.findtext("a:updated", namespaces=ATOM) == e.findtext("a:published", namespaces=ATOM)
               for e in entries)


def test_feed_shows_no_date_an_article_lacks():
    """An article without year, month and day is left out, never given a neighbour's date."""
    arts = [article("full", "有完整日期", date=PartialDate(2019, 6, 1)),
            article("noyear", "缺年份", date=PartialDate(None, 3, 2)),
            article("none", "无日期")]
    site = render(arts)
    feed = ET.fromstring(site["feed.xml"])
    assert [e.findtext("a:title", namespaces=ATOM) for e in feed.findall("a:entry", ATOM)] == ["有完整日期"]
    assert re.findall(r"\d{4}-\d\d-\d\d", site["feed.xml"]) == ["2019-06-01"] * 3  # published, updated, feed
    assert all(a.url in site for a in build_archive(arts).articles)  # still on the site


def test_district_feeds_carry_the_newest_summaries_the_archive_feed_full_texts():
    arts = [article(f"a{i}", f"第{i}篇", paragraphs=(f"正文第{i}段，内容较长。" * 20,),
                    date=PartialDate(2020, 1 + i // 28, 1 + i % 28), district="东城区") for i in range(FEED_LIMIT + 5)]
    site = render(arts)
    d = build_archive(arts).district("东城区")
    local = ET.fromstring(site[d.feed_url]).findall("a:entry", ATOM)
    whole = ET.fromstring(site["feed.xml"]).findall("a:entry", ATOM)
    assert len(local) == DISTRICT_FEED_LIMIT < len(whole) == FEED_LIMIT
    assert [e.findtext("a:title", namespaces=ATOM) for e in local] == \
        [e.findtext("a:title", namespaces=ATOM) for e in whole[:DISTRICT_FEED_LIMIT]]
    assert all(e.find("a:content", ATOM) is None and e.findtext("a:summary", namespaces=ATOM) for e in local)
    assert all("正文第" in e.findtext("a:content", namespaces=ATOM) for e in whole)
    # a district's summary is a listing's excerpt long, and names no district: the feed is the district's
    assert {len(e.findtext("a:summary", namespaces=ATOM)) for e in local} == {DISTRICT_SUMMARY_CHARS}
    assert {len(e.findtext("a:summary", namespaces=ATOM)) for e in whole} == {SUMMARY_CHARS}
    assert all(e.find("a:category", ATOM) is None for e in local)
    assert all(e.find("a:category", ATOM).get("term") == "东城区" for e in whole)


def test_feed_without_any_full_date_uses_the_epoch_and_tag_ids():
    feed = make_feed(Config(), "feed.xml", "index.html", "t", "s", [article("a")])
    assert feed.updated == EPOCH and feed.entries == ()
    assert feed.id.startswith("tag:")
    dated = make_feed(Config(), "districts/x.xml", "districts/x.html", "t", "s",
                      [article("b", date=PartialDate(2020, 1, 2))])
    assert dated.entries[0].id.startswith("tag:") and dated.entries[0].href.startswith("../articles/")
    assert dated.self_href == "x.xml" and dated.page_href == "x.html"  # relative to the feed, not to /


def test_a_long_pagination_shows_its_gaps():
    arts = [article(f"a{i}", f"第{i}篇", date=PartialDate(2020, 1, i + 1)) for i in range(9)]
    site = render(arts, page_size=1)
    page = dom(site["index.html"])
    assert hrefs(page).count("page/9.html") == 1 and "page/5.html" not in hrefs(page)
    assert "…" in site["index.html"] and 'class="gap"' in site["index.html"]


def test_a_round_announced_half_a_year_before_the_newest_article_is_listed_without_its_table():
    unclosed = dataclasses.replace(round_with_groups(), close=None)
    rounds = [article(f"r{m}", f"第{m}月巡察", date=PartialDate(2020, m, 1), inspections=(unclosed,))
              for m in (1, 6, 7)]
    later = article("n", "新闻", date=PartialDate(2020, 12, 31))
    tree = dom(render([*rounds, later])["inspections.html"])
    sections = [s for s in tree.iter("section") if s.get("class") == "round"]
    links = ["".join(s.find("p").itertext()) for s in sections]
    assert [("2020年7月1日" in t, "2020年6月1日" in t, "2020年1月1日" in t) for t in links] == [
        (True, False, False), (False, True, False), (False, False, True)]
    # 7 → 12 is five months: a table; 6 and 1 are six months or more before December: none
    assert [s.find(".//table") is not None for s in sections] == [True, False, False]
    assert all("2 个巡察组的巡察对象与联系方式见原文" in "".join(s.itertext()) for s in sections[1:])
    assert all(s.find(".//a[@href]") is not None for s in sections)  # the article holds the table


def test_past_rounds_need_a_known_year_and_no_later_closing_date():
    from newsarchive.archive import InspectionEntry
    from newsarchive.render.inspections import is_past

    def entry(date, close=None):
        return InspectionEntry("a", 0, dataclasses.replace(round_with_groups(), close=close), None, date)
    assert is_past(entry(PartialDate(2020, 6, 1)), (2020, 12))
    assert not is_past(entry(PartialDate(2020, 7, 1)), (2020, 12))
    assert not is_past(entry(PartialDate(None, 1, 1)), (2020, 12))  # year unknown
    assert not is_past(entry(PartialDate(2020, 1, 1), PartialDate(2021, 1, 10)), (2020, 12))
    assert not is_past(entry(PartialDate(2020, 1, 1)), None)


def test_the_group_hours_column_is_there_only_when_a_group_states_its_hours():
    with_hours = round_with_groups()
    without = dataclasses.replace(with_hours, groups=tuple(dataclasses.replace(g, hours=None) for g in with_hours.groups))
    arts = [article("h", "有时间", date=PartialDate(2021, 2, 1), inspections=(with_hours,)),
            article("n", "无时间", date=PartialDate(2021, 1, 1), inspections=(without,))]
    site = render(arts)
    for path in ("inspections.html", arts[0].url, arts[1].url):
        tables = list(dom(site[path]).iter("table"))
        heads = [[th.text for th in t.find("thead").iter("th")] for t in tables]
        widths = {len(tr.findall("td")) for t in tables for tr in t.find("tbody").iter("tr")}
        if path == "inspections.html":
            assert [h[-1] for h in heads] == ["本组受理时间", "邮政信箱"]  # newest first
        else:
            assert heads[0][-1] == ("本组受理时间" if path == arts[0].url else "邮政信箱"), path
            assert widths == ({6} if path == arts[0].url else {5}), path
