"""Export: JSON follows the schema's shape, CSV opens in spreadsheets, output is stable."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

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


def test_json_made_an_article_at_a_time_is_the_whole_document_one_article_a_line() -> None:
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
        made = articles_json(arts, config)
        assert json.loads(made) == json.loads(whole)
        lines = made.decode("utf-8").splitlines()
        assert len(lines) == len(whole.decode("utf-8").splitlines()) - sum(len(dumps(x.to_json()).splitlines()) - 1
                                                                            for x in arts)  # one line an article
        assert [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("    {")] == \
            [x.to_json() for x in arts]


def test_csv_row_with_partial_date_and_bom() -> None:
    raw = articles_csv([_article(date=PartialDate(None, 3, 2), officials=(Official("王刚", ("市长",)),))])
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["date"] == "????-03-02" and rows[0]["year"] == "" and rows[0]["month"] == "3"
    assert rows[0]["officials"] == "王刚（市长）"


def test_export_is_deterministic() -> None:
    arts = [_article(), _article(district="金水区")]
    assert export_data(arts, Config()) == export_data(arts, Config())


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


class _Exports:
    """Data files exported into a site through a writer, noting each article piece made."""

    def __init__(self, tmp_path, monkeypatch) -> None:
        from newsarchive import export

        self.made: list[str] = []
        self.config = Config(output=tmp_path / "site", cache=tmp_path / "cache")
        self.record = tmp_path / "site.record"
        real_json, real_row = export.article_bytes, export.csv_row
        monkeypatch.setattr(export, "article_bytes", lambda a, texts=None: self.made.append(a.title) or real_json(a, texts))
        monkeypatch.setattr(export, "csv_row", lambda a: self.made.append(a.title) or real_row(a))

    def build(self, arts) -> dict:
        from newsarchive.writer import SiteWriter

        self.made.clear()
        with SiteWriter(self.config.output, record=self.record) as writer:
            out = export_data(arts, self.config, writer.keeps)
            writer.add(out)
            writer.finish()
        return out


def test_article_files_are_spliced_from_the_previous_ones(tmp_path, monkeypatch) -> None:
    from dataclasses import replace

    from newsarchive.writer import Kept, Streamed

    exports = _Exports(tmp_path, monkeypatch)
    build, made, config = exports.build, exports.made, exports.config
    a = replace(_article(district="霍山县"), fingerprint="f-a")
    b = replace(_article(kind="meeting"), id="b", title="另一篇", fingerprint="f-b")
    c = replace(_article(), id="c", title="第三篇", fingerprint="f-c")

    first = build([a, b, c])
    assert sorted(made) == sorted(["县委第二巡察组进驻", "另一篇", "第三篇"] * 2)
    # written piece by piece, never whole in memory
    assert isinstance(first["data/articles.json"], Streamed) and isinstance(first["data/articles.csv"], Streamed)
    # nothing changed: both files kept unmade
    out = build([a, b, c])
    assert made == [] and isinstance(out["data/articles.json"], Kept) and isinstance(out["data/articles.csv"], Kept)
    # one article edited, one gone, one without a fingerprint: only those made, the rest copied
    b2 = replace(b, title="改过的标题", fingerprint="f-b2")
    plain = replace(c, id="p", title="手工记录", fingerprint="")
    arts = [b2, a, plain]
    out = build(arts)
    assert sorted(made) == sorted(["改过的标题", "手工记录"] * 2)
    for rel in ("data/articles.json", "data/articles.csv"):
        assert (config.output / rel).read_bytes() == export_data(arts, Config())[rel]
    # no fingerprint on every article: never kept whole, but the others are still copied
    build(arts)
    assert sorted(made) == sorted(["手工记录"] * 2)


def test_an_article_file_changed_by_hand_or_damaged_spans_are_made_in_full(tmp_path, monkeypatch) -> None:
    import os
    from dataclasses import replace

    exports = _Exports(tmp_path, monkeypatch)
    build, made, config = exports.build, exports.made, exports.config
    a = replace(_article(district="霍山县"), fingerprint="f-a")
    b = replace(_article(kind="meeting"), id="b", title="另一篇", fingerprint="f-b")

    build([a, b])
    site_file = config.output / "data" / "articles.json"
    damaged = site_file.read_bytes().replace("另一篇".encode(), "另二篇".encode())
    site_file.write_bytes(damaged)
    os.utime(site_file, ns=(1, 1))
    a2 = replace(a, title="新标题", fingerprint="f-a2")
    build([a2, b])
    # the JSON is not as written: nothing copied from it; the CSV still is
    assert sorted(made) == ["另一篇", "新标题", "新标题"]
    assert site_file.read_bytes() == export_data([a2, b], Config())["data/articles.json"]
    for spans in (tmp_path / "cache" / "export").glob("*.spans"):
        spans.write_bytes(b"not a pickle")
    build([a, b])
    assert sorted(made) == ["县委第二巡察组进驻", "县委第二巡察组进驻", "另一篇", "另一篇"]
    assert site_file.read_bytes() == export_data([a, b], Config())["data/articles.json"]


def test_report_says_where_each_articles_metadata_came_from() -> None:
    r = BuildReport()
    for f in ["a.txt", "p.html"]:
        r.read(f)
        r.built(f, 1)
    r.sourced("a.txt", [{}])
    r.sourced("p.html", [{"date": "<meta PubDate>", "url": "<link rel=canonical>"}])
    files = {f["file"]: f for f in r.to_json()["files"]}
    assert "metadata_from" not in files["a.txt"]
    assert files["p.html"]["metadata_from"] == [{"title": "text", "date": "<meta PubDate>",
                                                 "url": "<link rel=canonical>"}]


def test_csv_carries_the_original_address_and_publication() -> None:
    a = _article()
    a = replace(a, source_url="https://news.example.cn/2023-05/06/c_1.htm", origin="某某日报")
    rows = list(csv.DictReader(articles_csv([a]).decode("utf-8-sig").splitlines()))
    assert rows[0]["source_url"] == "https://news.example.cn/2023-05/06/c_1.htm" and rows[0]["origin"] == "某某日报"


def test_csv_cells_that_would_be_formulas_are_text_json_keeps_the_true_text() -> None:
    from dataclasses import replace

    title = '=HYPERLINK("http://example.invalid","点击")'
    a = replace(_article(district="@SUM(1+1)", reporters=("+王明",), places=("\t白沙镇",),
                         officials=(Official("－张三", ()),)),
                title=title, subtitle="\r副标题", source="＝cmd.txt", origin="@某某日报")
    plain = _article(district="霍山县", places=("白沙镇", "A=B"))
    raw = articles_csv([a, plain])
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0]["title"] == "'" + title
    assert rows[0]["district"] == "'@SUM(1+1)"
    assert rows[0]["reporters"] == "'+王明"
    assert rows[0]["places"] == "'\t白沙镇"
    assert rows[0]["officials"] == "'－张三"
    assert rows[0]["source"] == "'＝cmd.txt"
    assert rows[0]["subtitle"] == "'\r副标题"
    assert rows[0]["origin"] == "'@某某日报"
    # ordinary cells, and formula characters inside a cell, are left alone
    assert rows[1]["title"] == "县委第二巡察组进驻" and rows[1]["district"] == "霍山县"
    assert rows[1]["places"] == "白沙镇、A=B" and rows[1]["month"] == ""
    out = json.loads(articles_json([a], Config()))["articles"][0]
    assert out["title"] == title and out["district"] == "@SUM(1+1)"
    assert out["subtitle"] == "\r副标题" and out["reporters"] == ["+王明"]
