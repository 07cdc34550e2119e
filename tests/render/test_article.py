"""Article pages: metadata, officials with titles, contacts, prev/next, related, source."""
from __future__ import annotations

from newsarchive.archive import build_archive
from newsarchive.records import Official, PartialDate

from .samples import article, dom, hrefs, render, round_with_groups, texts


def page_of(site, art):
    return dom(site[art.url])


def test_article_page_shows_text_meta_and_officials_with_their_titles():
    a = article("a", "区委召开全会", paragraphs=("第一段。", "第二段。"), date=PartialDate(2021, 3, 2),
                district="东城区", reporters=("记者甲", "记者乙"),
                officials=(Official("王建国", ("区委书记", "区长")),), subtitle="副标题")
    site = render([a])
    tree = page_of(site, a)
    assert texts(tree, "h1") == ["区委召开全会"]
    assert "副标题" in texts(tree, "p", "subtitle")
    body = tree.find(".//div[@class='article-body']")
    assert ["".join(p.itertext()) for p in body.iter("p")] == ["第一段。", "第二段。"]
    assert tree.find(".//time").get("datetime") == "2021-03-02"
    assert any("记者甲、记者乙" in t for t in texts(tree, "dd"))
    person = build_archive([a]).people[0]
    item = next(li for li in tree.iter("li") if li.find("a") is not None
                and li.find("a").get("href") == f"../{person.url}")
    assert "".join(item.itertext()).strip() == "王建国区委书记、区长"
    assert "a.txt" in "".join(tree.find(".//p[@class='source-file']").itertext())


def test_year_unknown_date_is_marked_and_undated_article_says_so():
    a = article("a", date=PartialDate(None, 7, 30))
    b = article("b")
    site = render([a, b])
    assert "原文未写年份" in site[a.url]
    assert "日期不详" in "".join(page_of(site, b).find(".//dl").itertext())


def test_inspection_contacts_are_links_in_a_table():
    a = article("a", district="东城区", inspections=(round_with_groups(),))
    tree = page_of(render([a]), a)
    links = hrefs(tree)
    assert "tel:037166668888" in links and "tel:037112388" in links
    assert "mailto:second@example.cn" in links
    rows = [tr for tr in tree.iter("tr") if tr.find("th[@scope='row']") is not None]
    assert [texts(r, "th")[0] for r in rows] == ["区委第一巡察组", "区委第二巡察组"]
    first = "".join(rows[0].itertext())
    for fact in ("区教育局党组", "13800000001", "A100号专用邮政信箱"):
        assert fact in first
    assert "工作日" not in first                                  # round hours are shown once
    assert "每天 9:00-17:00" in "".join(rows[1].itertext())   # a group's own hours are shown
    facts = "".join(tree.find(".//dl[@class='facts']").itertext())
    for fact in ("2021年4月30日", "2个月", "工作日:08:30~12:00"):
        assert fact in facts


def test_prev_next_and_related_links():
    shared = Official("王五")
    new = article("new", "新", date=PartialDate(2021, 1, 1), district="东城区", officials=(shared,))
    mid = article("mid", "中", date=PartialDate(2020, 1, 1), district="东城区")
    old = article("old", "旧", date=PartialDate(2019, 1, 1), district="东城区", officials=(shared,))
    site = render([old, new, mid])
    tree = page_of(site, mid)
    nav = tree.find(".//nav[@class='prevnext']")
    sibling = lambda a: a.url.rpartition("/")[2]  # articles link to each other by file name  # noqa: E731
    assert nav.find("a[@rel='prev']").get("href") == sibling(new)
    assert nav.find("a[@rel='next']").get("href") == sibling(old)
    related = page_of(site, new).find(".//ul[@class='related']")
    assert [a.get("href") for a in related.iter("a")] == [sibling(old)]
    assert page_of(site, mid).find(".//ul[@class='related']") is None


def test_front_matter_link_only_when_http():
    good = article("g", source_url="https://example.org/x")
    bad = article("b", source_url="javascript:alert(1)")
    site = render([good, bad])
    assert "https://example.org/x" in hrefs(page_of(site, good))
    assert not [h for h in hrefs(page_of(site, bad)) if "javascript" in h]


def test_the_head_states_the_description_once_and_the_aside_leaves_out_the_district():
    text = "".join(chr(0x4E00 + i) for i in range(200))  # no phrase twice
    a = article("d", "标题甲", paragraphs=(text,), date=PartialDate(2021, 3, 2),
                district="东城区", places=("东城区", "人民广场"))
    html = render([a])[a.url]
    tree = dom(html)
    metas = {m.get("name") or m.get("property"): m.get("content") for m in tree.iter("meta")}
    assert len(metas["description"]) == 80 and metas["og:title"] == "标题甲"
    assert html.count(metas["description"][:-1]) == 2  # the description and the text itself
    places = next(s for s in tree.iter("section") if s.findtext("h2") == "地点")
    assert "".join(places.itertext()).split() == ["地点", "人民广场"]
    assert tree.find(".//p[@class='kicker']") is None  # the district is in the meta list, once
