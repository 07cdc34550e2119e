"""Export: JSON follows the schema's shape, CSV opens in spreadsheets, output is stable."""
from __future__ import annotations

import csv
import json

from newsarchive.config import Config
from newsarchive.export import articles_csv, articles_json, export_data
from newsarchive.records import Article, Group, Inspection, Metadata, Official, PartialDate
from newsarchive.report import BuildReport


def _article(**meta) -> Article:
    return Article(
        id="0123456789ab", url="articles/0123456789ab.html", source="a/b.txt", ordinal=2,
        title="县委第二巡察组进驻", title_derived=False, subtitle=None,
        paragraphs=("第一段。", "第二段。"), bylines=("记者 李明",), captions=(),
        meta=Metadata(**meta))


def test_json_fields_and_order() -> None:
    a = _article(date=PartialDate(None, 3, 2), district="霍山县",
                 officials=(Official("司马慧", ("县委常委", "纪委书记")),), reporters=("李明",),
                 inspections=(Inspection("县委第五轮巡察", groups=(Group("县委第二巡察组", phones=("0564-5027316",)),)),),
                 kind="inspection")
    data = json.loads(articles_json([a], Config()))
    out = data["articles"][0]
    assert out["text"] == "第一段。\n第二段。"
    assert out["date"] == {"year": None, "month": 3, "day": 2}
    assert out["officials"] == [{"name": "司马慧", "titles": ["县委常委", "纪委书记"]}]
    assert out["inspections"][0]["groups"][0]["phones"] == ["0564-5027316"]
    assert data["site"]["articles"] == 1


def test_json_made_an_article_at_a_time_is_the_whole_document_dumped_at_once() -> None:
    from newsarchive import __version__
    from newsarchive.export import dumps

    a = _article(date=PartialDate(2024, 3, 2), district="霍山县", places=("白沙镇",),
                 officials=(Official("司马慧", ("县委常委",)),),
                 inspections=(Inspection("县委第五轮巡察", groups=(Group("县委第二巡察组", phones=("0564-5027316",)),)),))
    b = _article(kind="meeting")
    config = Config()
    for arts in ([], [a], [a, b, a]):
        whole = dumps({"site": {"title": config.title, "description": config.description,
                                "base_url": config.base_url, "language": config.language,
                                "generator": f"newsarchive {__version__}", "articles": len(arts)},
                       "articles": [x.to_json() for x in arts]})
        assert articles_json(arts, config) == whole


def test_csv_row_with_partial_date_and_bom() -> None:
    raw = articles_csv([_article(date=PartialDate(None, 3, 2), officials=(Official("王刚", ("市长",)),))])
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["date"] == "????-03-02" and rows[0]["year"] == "" and rows[0]["month"] == "3"
    assert rows[0]["officials"] == "王刚（市长）"


def test_export_is_deterministic() -> None:
    arts = [_article(), _article(district="金水区")]
    assert export_data(arts, BuildReport(), Config()) == export_data(arts, BuildReport(), Config())


def test_report_lists_every_file_and_problem() -> None:
    r = BuildReport()
    for f in ["b.txt", "a.txt", "c.md"]:
        r.read(f)
    r.built("a.txt", 2)
    r.skip("b.txt", "empty file")
    r.warn("c.md", "front matter is not valid YAML")
    r.built("c.md", 1)
    assert r.summary() == "3 files read, 3 articles built, 1 files skipped, 1 warnings"
    j = r.to_json()
    assert [f["file"] for f in j["files"]] == ["a.txt", "b.txt", "c.md"]
    assert j["skipped"] == [{"file": "b.txt", "reason": "empty file"}]


def test_an_articles_json_text_is_kept_under_its_fingerprint(tmp_path, monkeypatch) -> None:
    from dataclasses import replace

    from newsarchive import export

    encoded: list[str] = []
    real = export._article_text
    monkeypatch.setattr(export, "_article_text", lambda a: encoded.append(a.title) or real(a))
    a = replace(_article(district="霍山县"), fingerprint="f-a")
    b = replace(_article(kind="meeting"), title="另一篇", fingerprint="f-b")
    plain = replace(_article(), title="手工记录")  # no fingerprint: never kept
    config = Config()
    whole = articles_json([a, b, plain], config)
    texts = export.ArticleTexts(tmp_path)
    assert articles_json([a, b, plain], config, texts) == whole
    texts.prune()
    encoded.clear()
    again = export.ArticleTexts(tmp_path)
    assert articles_json([a, b, plain], config, again) == whole
    assert encoded == ["手工记录"]
    # a new fingerprint is a new text; the one no article has any more is dropped
    b2 = replace(b, title="改过的标题", fingerprint="f-b2")
    third = export.ArticleTexts(tmp_path)
    assert json.loads(articles_json([a, b2], config, third))["articles"][1]["title"] == "改过的标题"
    third.prune()
    assert len(export.ArticleTexts(tmp_path).keys()) == 2


def test_a_damaged_kept_text_is_encoded_again(tmp_path) -> None:
    from dataclasses import replace

    from newsarchive import export
    from newsarchive.diskstore import PickleStore

    a = replace(_article(district="霍山县"), fingerprint="f-a")
    whole = articles_json([a], Config())
    texts = export.ArticleTexts(tmp_path)
    articles_json([a], Config(), texts)
    (key,) = texts.used
    PickleStore.put(texts, key, b"not zlib data")
    assert articles_json([a], Config(), texts) == whole
