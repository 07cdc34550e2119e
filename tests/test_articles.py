"""Stage model: finished Article records from drafts and metadata."""
from __future__ import annotations

from newsarchive.articles import article_id, make_article
from newsarchive.records import Draft, Metadata


def _draft(**kw) -> Draft:
    base = dict(source="2024/a.md", ordinal=1, title="安吉：以高质量党建引领共富乡村建设", subtitle=None,
                paragraphs=("6月17日下午，安吉县召开全县基层党建工作推进会，总结上半年工作。",))
    base.update(kw)
    return Draft(**base)


def test_front_matter_title_wins_and_headline_becomes_subtitle() -> None:
    a = make_article(_draft(front_matter={"title": "安吉县召开全县基层党建工作推进会", "tags": ("党建",),
                                          "url": "https://example.org/a", "source": "湖州日报"}), Metadata())
    assert a.title == "安吉县召开全县基层党建工作推进会"
    assert a.subtitle == "安吉：以高质量党建引领共富乡村建设"
    assert a.tags == ("党建",) and a.source_url == "https://example.org/a" and a.origin == "湖州日报"
    assert not a.title_derived


def test_the_source_a_page_names_stands_where_front_matter_names_none() -> None:
    assert make_article(_draft(), Metadata(origin="青禾日报")).origin == "青禾日报"
    assert make_article(_draft(front_matter={"source": "湖州日报"}), Metadata(origin="青禾日报")).origin == "湖州日报"
    assert make_article(_draft(), Metadata()).origin is None


def test_missing_headline_gets_a_derived_title() -> None:
    a = make_article(_draft(title=None), Metadata())
    assert a.title_derived and 0 < len(a.title) <= 40
    assert a.title.replace("，", "") in _draft().paragraphs[0].replace("，", "")


def test_ids_are_stable_short_and_distinct() -> None:
    assert article_id("a.txt", 1) == article_id("a.txt", 1)
    assert len({article_id("a.txt", 1), article_id("a.txt", 2), article_id("b.txt", 1)}) == 3
    a = make_article(_draft(), Metadata())
    assert a.url == f"articles/{a.id}.html" and len(a.id) == 12
