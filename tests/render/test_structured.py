"""schema.org JSON-LD, article:published_time, theme-color and the favicon."""
from __future__ import annotations

import json

from newsarchive.config import Config
from newsarchive.records import PartialDate
from newsarchive.render.structured import script_json

from e2e.sitecheck import LD_JSON, structured_data, structured_data_errors

from .samples import article, render, sample_articles


def _of_type(html: str, kind: str) -> list[dict]:
    return [d for d in structured_data(html) if d["@type"] == kind]


def test_every_block_is_json_with_its_type_s_required_properties():
    for settings in ({}, {"site_url": ""}):
        site = render(**settings)
        for path, html in site.items():
            if path.endswith(".html"):
                assert structured_data_errors(html) == [], path


def test_news_article_states_only_what_the_article_gives():
    site = render()
    dated, no_year = sample_articles()[0], sample_articles()[2]
    news = _of_type(site[dated.url], "NewsArticle")[0]
    assert news["headline"] == "区委召开全会" and news["datePublished"] == "2021-03-02"
    assert news["url"] == "https://example.org/" + dated.url
    assert news["author"] == [{"@type": "Person", "name": "记者甲"}]
    assert news["publisher"]["name"] == Config().title
    named = {(m["@type"], m["name"]) for m in news["mentions"]}
    assert all(set(m) == {"@type", "name"} for m in news["mentions"])  # the page links each person
    assert {("Person", "王建国"), ("Person", "李红"), ("Place", "人民广场")} <= named
    assert '<meta property="article:published_time" content="2021-03-02">' in site[dated.url]
    undated = _of_type(site[no_year.url], "NewsArticle")[0]
    assert "datePublished" not in undated and "author" not in undated
    assert "article:published_time" not in site[no_year.url]


def test_the_publication_named_by_the_article_is_its_publisher():
    site = render([article("p", "报纸文章", date=PartialDate(2020, 1, 1), origin="某某日报")])
    news = _of_type(site[article("p").url], "NewsArticle")[0]
    assert news["publisher"] == {"@type": "Organization", "name": "某某日报"}


def test_no_article_text_can_close_the_script_element():
    hostile = '</script><script>alert(1)</script><!-- & "x" \u2028'
    arts = [article("h", f"标题{hostile}", paragraphs=(f"正文{hostile}",), reporters=(hostile,),
                    places=(hostile,), date=PartialDate(2020, 1, 1))]
    html = render(arts)[arts[0].url]
    block = LD_JSON.findall(html)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    news = json.loads(block)
    assert news["headline"] == f"标题{hostile}" and news["author"][0]["name"] == hostile
    assert str(script_json({"a": "</script>&"})) == '{"a":"\\u003c/script\\u003e\\u0026"}'


def test_pages_of_people_carry_one_person_per_anchor_and_their_trail():
    site = render()
    page = next(p for p, h in site.items() if p.startswith("people/") and "<h2>王建国</h2>" in h
                and "区委书记" in h)
    [listed] = _of_type(site[page], "ItemList")
    assert listed["url"] == "https://example.org/" + page
    people = [i["item"] for i in listed["itemListElement"]]
    assert [i["position"] for i in listed["itemListElement"]] == list(range(1, len(people) + 1))
    who = next(p for p in people if p["name"] == "王建国" and "区委书记" in p["jobTitle"])
    anchor = who["url"].removeprefix("https://example.org/" + page + "#")
    assert anchor != who["url"] and f'id="{anchor}"' in site[page]
    trail = _of_type(site[page], "BreadcrumbList")[0]["itemListElement"]
    assert [(i["position"], i["name"]) for i in trail][:2] == [(1, "首页"), (2, "人物索引")]
    assert trail[1]["item"] == "https://example.org/people/index.html"
    assert trail[2]["name"].startswith("人物 · Wang") and trail[2]["item"] == "https://example.org/" + page


def test_district_and_month_pages_carry_their_trail():
    site = render()
    district = next(p for p in site if p.startswith("districts/") and p != "districts/index.html"
                    and p.endswith(".html"))
    month = next(p for p in site if p.startswith("dates/") and p != "dates/index.html")
    for page, second in ((district, "地区索引"), (month, "日期归档")):
        trail = _of_type(site[page], "BreadcrumbList")[0]["itemListElement"]
        assert [i["name"] for i in trail][:2] == ["首页", second] and trail[-1]["item"].endswith(page)


def test_the_home_page_describes_the_downloadable_data():
    site = render(site_url="")
    data = _of_type(site["index.html"], "Dataset")[0]
    assert [(d["contentUrl"], d["encodingFormat"]) for d in data["distribution"]] == [
        ("data/articles.json", "application/json"), ("data/articles.csv", "text/csv")]  # relative without an address


def test_theme_colour_and_a_real_favicon():
    site = render()
    for path in ("index.html", sample_articles()[0].url):
        assert 'name="theme-color"' in site[path] and 'href="data:,"' not in site[path]
    assert 'rel="icon" href="static/img/favicon.svg"' in site["index.html"]
    assert '<link rel="icon" href="../static/img/favicon.svg"' in site[sample_articles()[0].url]
    assert (Config().static / "img" / "favicon.svg").read_text("utf-8").startswith("<svg")


def test_news_article_leaves_out_what_the_head_states():
    arts = [article("q", "某区会议", date=PartialDate(2020, 1, 1), district="东城区", places=("东城区", "人民广场"))]
    news = _of_type(render(arts)[arts[0].url], "NewsArticle")[0]
    assert "description" not in news  # search engines read the meta description
    assert news["contentLocation"] == {"@type": "Place", "name": "东城区"}
    assert news["mentions"] == [{"@type": "Place", "name": "人民广场"}]
