"""The export of a large archive: gzip parts per month listed by data/index.json."""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from newsarchive.config import WHOLE_EXPORT, Config, ConfigError, load_config, settle_export
from newsarchive.export import export_data
from newsarchive.export_manifest import INDEX, Digests, manifest
from newsarchive.records import Article, Metadata, PartialDate
from newsarchive.writer import Kept, SiteWriter

SCHEMA = Path(__file__).parent / "data" / "articles.schema.json"


def _article(n: int, date: PartialDate | None, text: str = "会议在县委召开。") -> Article:
    return Article(
        id=f"{n:012x}", url=f"articles/{n:012x}.html", source=f"f{n}.txt", ordinal=1,
        title=f"第{n}篇：乡镇会议", title_derived=False, subtitle=None,
        paragraphs=(text, "第二段。"), bylines=(), captions=(),
        meta=Metadata(date=date), fingerprint=f"print-{n}-{hash(text) & 0xffff}")


def _archive() -> list[Article]:
    return [_article(1, PartialDate(2024, 3, 2)), _article(2, PartialDate(2024, 4, 9)),
            _article(3, PartialDate(2024, 3, 20)), _article(4, PartialDate(2024, None, None)),
            _article(5, PartialDate(None, 5, 1)), _article(6, None)]


PARTS = Config(export_parts_above=0)


def test_parts_by_month_valid_against_the_schema_when_decompressed() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    out = export_data(_archive(), PARTS)
    assert sorted(out) == sorted(f"data/articles-{p}.{k}.gz" for p in ("2024", "2024-03", "2024-04", "undated-3", "undated-8")
                                 for k in ("csv", "json"))
    ids = {}
    for rel, data in out.items():
        if rel.endswith(".json.gz"):
            doc = json.loads(gzip.decompress(data))
            jsonschema.validate(doc, schema)
            ids[rel] = [a["id"] for a in doc["articles"]]
            assert doc["site"]["articles"] == len(doc["articles"])
    # archive order kept within a month; month unknown and year unknown apart
    assert ids["data/articles-2024-03.json.gz"] == ["000000000001", "000000000003"]
    assert ids["data/articles-2024.json.gz"] == ["000000000004"]
    # year unknown: in one of 16 parts by a hash of the id, whatever the article says
    assert ids["data/articles-undated-3.json.gz"] == ["000000000005"]
    assert ids["data/articles-undated-8.json.gz"] == ["000000000006"]
    moved = replace(_archive()[4], meta=Metadata(date=None), title="别的标题")
    assert json.loads(gzip.decompress(export_data([moved], PARTS)["data/articles-undated-3.json.gz"]))
    rows = list(csv.reader(io.StringIO(gzip.decompress(out["data/articles-2024-03.csv.gz"]).decode("utf-8-sig"))))
    assert rows[0][0] == "id" and [r[0] for r in rows[1:]] == ["000000000001", "000000000003"]


def test_parts_are_the_same_bytes_every_time_and_carry_no_name_or_time() -> None:
    first = export_data(_archive(), PARTS)
    assert first == export_data(_archive(), PARTS)
    data = first["data/articles-2024-03.json.gz"]
    assert data[:4] == b"\x1f\x8b\x08\x00"  # deflate, no flags: no file name, no comment
    assert data[4:8] == b"\0\0\0\0"  # modification time 0
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
        f.read()
        assert f.mtime == 0


def test_the_threshold_decides_the_form() -> None:
    arts = _archive()
    assert sorted(export_data(arts, Config(export_parts_above=len(arts)))) == \
        ["data/articles.csv", "data/articles.json"]
    assert "data/articles-undated-8.json.gz" in export_data(arts, Config(export_parts_above=len(arts) - 1))
    assert Config().export_parts_above == 5000


def test_threshold_setting_is_read_checked_and_settled(tmp_path: Path) -> None:
    yaml = tmp_path / "site.yaml"
    yaml.write_text("export_parts_above: 0\n", encoding="utf-8")
    assert load_config(yaml).export_parts_above == 0
    yaml.write_text("export_parts_above: -1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="export_parts_above"):
        load_config(yaml)
    # pages are keyed by the decision, not by the threshold
    small, large = Config(export_parts_above=100), Config(export_parts_above=200)
    assert settle_export(small, 50).shown_settings() == settle_export(large, 50).shown_settings()
    assert settle_export(small, 150).shown_settings() != settle_export(large, 150).shown_settings()
    assert settle_export(small, 150).export_in_parts and not settle_export(large, 150).export_in_parts
    assert settle_export(small, 50).export_parts_above == WHOLE_EXPORT
    assert not settle_export(Config(export_parts_above=0), 0).export_in_parts  # nothing to split


class _Site:
    """Exports written through a writer, as a build does, noting each article made."""

    def __init__(self, tmp_path: Path, monkeypatch, config: Config) -> None:
        from newsarchive import export_parts

        self.config = replace(config, output=tmp_path / "site", cache=tmp_path / "cache")
        self.record = tmp_path / "site.record"
        self.made: list[str] = []
        real = export_parts.article_bytes
        monkeypatch.setattr(export_parts, "article_bytes", lambda a, texts=None: self.made.append(a.id) or real(a, texts))

    def build(self, arts: list[Article]) -> dict:
        self.made.clear()
        with SiteWriter(self.config.output, record=self.record) as writer:
            digests = Digests(self.config.cache_dir / "export", self.config.output)
            out = export_data(arts, self.config, writer.keeps)
            writer.add(digests.watch(out))
            writer.add(manifest(arts, self.config, digests))
            writer.finish()
        return out

    def files(self) -> dict[str, bytes]:
        return {p.relative_to(self.config.output).as_posix(): p.read_bytes()
                for p in sorted((self.config.output / "data").iterdir())}


def test_touching_one_article_changes_only_its_months_part(tmp_path: Path, monkeypatch) -> None:
    site = _Site(tmp_path, monkeypatch, PARTS)
    arts = _archive()
    site.build(arts)
    before = site.files()
    out = site.build(arts)
    assert site.made == [] and all(isinstance(v, Kept) for v in out.values())
    assert site.files() == before
    arts[1] = replace(_article(2, PartialDate(2024, 4, 9), text="会议在县委召开，补充一句。"), title="改过的标题")
    out = site.build(arts)
    assert site.made == ["000000000002"]
    after = site.files()
    changed = sorted(rel for rel in after if after[rel] != before.get(rel))
    assert changed == ["data/articles-2024-04.csv.gz", "data/articles-2024-04.json.gz", INDEX]
    assert after == {rel: export_data(arts, PARTS).get(rel, after[rel]) for rel in after}


def test_the_manifest_lists_every_file_with_its_count_size_and_hash(tmp_path: Path, monkeypatch) -> None:
    site = _Site(tmp_path, monkeypatch, PARTS)
    site.build(_archive())
    files = site.files()
    index = json.loads(files[INDEX])
    assert index["site"]["articles"] == 6 and index["compression"] == "gzip"
    assert [p["period"] for p in index["parts"]] == ["2024", "2024-03", "2024-04", "undated-3", "undated-8"]
    assert [p["articles"] for p in index["parts"]] == [1, 2, 1, 1, 1]
    listed = set()
    for part in index["parts"]:
        for kind in ("json", "csv"):
            entry = part[kind]
            data = files["data/" + entry["file"]]
            assert entry["bytes"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest()
            listed.add("data/" + entry["file"])
    assert listed == set(files) - {INDEX}
    # kept files: their digests come from the cache, or from the file when the cache lost them
    (site.config.cache_dir / "export" / "digests").unlink()
    site.build(_archive())
    assert site.files() == files


def test_the_manifest_of_an_ordinary_archive_lists_the_two_files(tmp_path: Path, monkeypatch) -> None:
    site = _Site(tmp_path, monkeypatch, Config())
    site.build(_archive())
    files = site.files()
    assert sorted(files) == ["data/articles.csv", "data/articles.json", INDEX]
    index = json.loads(files[INDEX])
    assert index["compression"] is None
    [part] = index["parts"]
    assert part["period"] is None and part["articles"] == 6
    assert part["json"] == {"file": "articles.json", "bytes": len(files["data/articles.json"]),
                            "sha256": hashlib.sha256(files["data/articles.json"]).hexdigest()}
    site.build(_archive())  # kept, streamed before: the same manifest
    assert site.files() == files


def _source(folder: Path, name: str, month: int, sentence: str) -> Path:
    path = folder / name
    path.write_text(f"# 第{month}月的乡镇会议\n\n2023年{month}月5日，某镇召开会议。{sentence}\n", encoding="utf-8")
    return path


def test_a_build_over_the_threshold_links_lists_and_rewrites_only_the_touched_month(tmp_path: Path) -> None:
    from newsarchive.pipeline import build

    content = tmp_path / "content"
    content.mkdir()
    for month in (1, 2, 3):
        _source(content, f"m{month}.txt", month, "会上布置了工作。")
    config = load_config(None, content=content, output=tmp_path / "site", export_parts_above=2)
    build(config, progress=False)
    data = config.output / "data"
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    assert not (data / "articles.json").exists() and "articles-2023-02.json.gz" in before
    index = json.loads(before["index.json"])
    assert [p["period"] for p in index["parts"]] == ["2023-01", "2023-02", "2023-03"]
    assert json.loads(before["build-report.json"])["export"] == {
        "form": "gzip parts by month", "export_parts_above": 2, "manifest": INDEX, "files": 7}
    home = (config.output / "index.html").read_text(encoding="utf-8")
    assert 'href="data/index.json"' in home and "data/articles.json" not in home
    assert 'href="data/index.json"' in (config.output / "search.html").read_text(encoding="utf-8")
    _source(content, "m2.txt", 2, "会上布置了新的工作。")
    build(config, progress=False)
    after = {p.name: p.read_bytes() for p in data.iterdir()}
    assert sorted(n for n in after if after[n] != before.get(n)) == \
        ["articles-2023-02.json.gz", "build-report.json", "index.json"]
    # below the threshold: the two files again, linked as before
    build(replace(config, export_parts_above=3), progress=False)
    assert sorted(p.name for p in data.iterdir()) == ["articles.csv", "articles.json", "build-report.json",
                                                      "index.json"]
    for page in ("index.html", "search.html"):
        assert 'href="data/articles.json"' in (config.output / page).read_text(encoding="utf-8")


def test_the_home_pages_dataset_points_at_the_manifest_when_in_parts() -> None:
    from newsarchive.render.structured import dataset

    parts = dataset(settle_export(Config(export_parts_above=10), 11), "", 11)
    assert [(d["contentUrl"], d["encodingFormat"]) for d in parts["distribution"]] == \
        [("data/index.json", "application/json")]
    assert "按月分卷" in parts["description"]
    whole = dataset(settle_export(Config(export_parts_above=10), 10), "", 10)
    assert [d["contentUrl"] for d in whole["distribution"]] == ["data/articles.json", "data/articles.csv"]


def test_an_edit_in_a_large_month_encodes_only_its_block_and_its_neighbours(tmp_path: Path, monkeypatch) -> None:
    from newsarchive.export_parts import blocks_of

    site = _Site(tmp_path, monkeypatch, PARTS)
    arts = [_article(n, PartialDate(2024, 5, 1 + n % 28), text=f"第{n}次会议在县委召开。" * 20) for n in range(1, 301)]
    blocks = blocks_of(arts)
    assert 3 < len(blocks) < 60 and sum(map(len, blocks)) == 300
    site.build(arts)
    before = site.files()
    arts[150] = replace(arts[150], paragraphs=("会议改在镇里召开。", "第二段。"), fingerprint="print-edited")
    site.build(arts)
    blocks = blocks_of(arts)
    [k] = [n for n, b in enumerate(blocks) if arts[150] in b]
    # its block and the next, primed with its end, are compressed again; the one
    # before is encoded for the end that primes it
    near = [a.id for b in blocks[max(k - 1, 0):k + 2] for a in b]
    assert sorted(site.made) == sorted(near) and len(near) < 300
    after = site.files()
    assert after["data/articles-2024-05.json.gz"] != before["data/articles-2024-05.json.gz"]
    fresh = export_data(arts, PARTS)  # made whole, in memory: the same bytes as spliced
    for rel in ("data/articles-2024-05.json.gz", "data/articles-2024-05.csv.gz"):
        assert after[rel] == fresh[rel]
    doc = json.loads(gzip.decompress(after["data/articles-2024-05.json.gz"]))
    assert [a["id"] for a in doc["articles"]] == [a.id for a in arts]
    assert doc["articles"][150]["text"].startswith("会议改在镇里召开")


def test_an_added_article_moves_no_other_blocks_bounds() -> None:
    from newsarchive.export_parts import blocks_of

    arts = [_article(n, PartialDate(2024, 5, 1)) for n in range(1, 400)]
    before = [tuple(a.id for a in b) for b in blocks_of(arts)]
    grown = arts[:200] + [_article(1000, PartialDate(2024, 5, 1))] + arts[200:]
    after = [tuple(a.id for a in b) for b in blocks_of(grown)]
    assert len(set(before) - set(after)) == 1 and len(set(after) - set(before)) == 1


def test_a_part_whose_articles_kept_their_fingerprints_is_kept_without_cutting_it_into_blocks(
        tmp_path: Path, monkeypatch) -> None:
    from newsarchive import export_parts

    site = _Site(tmp_path, monkeypatch, PARTS)
    arts = [_article(n, PartialDate(2024, 3 + n % 2, 1 + n % 28), text=f"第{n}次会议在县委召开。" * 20)
            for n in range(1, 121)]
    site.build(arts)
    cut: list[int] = []
    real = export_parts.blocks_of
    monkeypatch.setattr(export_parts, "blocks_of", lambda group: cut.append(len(group)) or real(group))
    before = site.files()
    out = site.build(arts)
    assert cut == [] and all(isinstance(out[rel], Kept) for rel in out if rel != INDEX)
    assert site.files() == before
    # an edit cuts its own month only; the other month's blocks stay in use, so an
    # edit there later still copies them
    arts[1] = replace(arts[1], paragraphs=("会议改在镇里召开。", "第二段。"), fingerprint="print-edited")
    site.build(arts)
    assert cut == [60]
    arts[0] = replace(arts[0], paragraphs=("会议改在乡里召开。", "第二段。"), fingerprint="print-edited-too")
    site.made.clear()
    cut.clear()
    site.build(arts)
    assert cut == [60] and 0 < len(site.made) < 60
    fresh = export_data(arts, PARTS)
    assert {rel: data for rel, data in site.files().items() if rel != INDEX} == \
        {rel: data for rel, data in fresh.items() if rel in site.files() and rel != INDEX}
    # a part changed by hand is made again
    part = site.config.output / "data" / "articles-2024-03.csv.gz"
    part.write_bytes(b"changed by hand")
    out = site.build(arts)
    assert not isinstance(out["data/articles-2024-03.csv.gz"], Kept)
    assert part.read_bytes() == fresh["data/articles-2024-03.csv.gz"]
