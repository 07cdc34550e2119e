"""build_search: the files it returns, the page, lunr.js, determinism."""
from __future__ import annotations

import importlib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from newsarchive.config import load_config
from newsarchive.search import LUNR_OUT, SearchDataError, build_search
from newsarchive.search.store import unpack_rows
from newsarchive.search.shards import file_of, read_tables
from newsarchive.search.weights import unpack_row

from .samples import articles, segmenter
from .test_bundle import payload_of


@pytest.fixture(scope="module")
def items():
    return articles()


@pytest.fixture(scope="module")
def outputs(items, tmp_path_factory):
    cfg = load_config(None, output=tmp_path_factory.mktemp("site"))
    return build_search(items, segmenter(items), cfg)


def test_outputs_are_the_page_data_and_lunr(outputs):
    names = sorted(re.sub(r"\.[0-9a-f]{10}\.js$", ".js", p) for p in outputs
                   if not p.startswith(("search/pinyin/", "search/index/")))
    assert names == sorted(["search.html", LUNR_OUT, "search/docs/0.js", "search/docs/1.js",
                            "search/facets.js", "search/t2s.js", "search/manifest.js"])  # three documents, two a file
    assert any(p.startswith("search/index/") for p in outputs)
    _, manifest = manifest_of(outputs)
    assert sorted(p for p in outputs if p.startswith("search/pinyin/")) == [
        f"search/pinyin/{letter}.js" for letter in manifest["pinyin"]]
    assert outputs[LUNR_OUT].startswith(b"/**") and b"lunr" in outputs[LUNR_OUT][:200]


def manifest_of(outputs):
    return payload_of(outputs[next(p for p in outputs if p.startswith("search/manifest."))])


def test_manifest_names_files_that_exist(outputs, items):
    name, manifest = manifest_of(outputs)
    assert name == "manifest"
    for ref in (manifest["facets"], manifest["t2s"]):
        assert ref["file"] in outputs
        assert payload_of(outputs[ref["file"]])[0] == ref["name"]
    assert manifest["docs"] == 3 == manifest["index"]["docs"]
    firsts, split = read_tables(unpack_row(manifest["index"]["first"]), manifest["index"]["split"])
    assert list(split) == [""] and split[""] >= 1  # nothing split: the terms are in a few shared files
    index = {path: payload_of(body) for path, body in outputs.items() if path.startswith("search/index/")}
    assert all(name == "index-" + Path(path).stem for path, (name, _) in index.items())
    assert {Path(path).stem for path in index} == {f"shared-{b}" for b in range(split[""])}
    assert all(file_of(t, firsts, split) == Path(path).stem for path, (_, chunk) in index.items() for t in chunk["terms"])
    assert {t[0] for _, (_, chunk) in index.items() for t in chunk["terms"]} == firsts
    files = [payload_of(outputs[f"search/docs/{k}.js"]) for k in range(2)]
    assert [name for name, _ in files] == ["docs-0", "docs-1"] and manifest["store"]["perFile"] == 2
    assert sorted(row[1] for _, file in files for row in unpack_rows(file)) == sorted(a.url for a in items)
    assert "chars" not in manifest["index"]  # the page loads the t2s pairs when a word finds nothing
    assert manifest["docs"] == payload_of(outputs[manifest["facets"]["file"]])[1]["docs"] == 3


def test_build_token_follows_the_numbered_files(items, outputs, tmp_path):
    _, manifest = manifest_of(outputs)
    changed = [replace(items[0], title=items[0].title + "（续）"), *items[1:]]
    again = build_search(changed, segmenter(changed), load_config(None, output=tmp_path))
    _, other = manifest_of(again)
    assert other["token"] != manifest["token"]
    assert re.fullmatch(r"[0-9a-f]{10}", manifest["token"])


def test_page_loads_lunr_with_the_manifest_and_scripts_in_order(outputs):
    """lunr.min.js is a script element of the page: fetched with the manifest, no round trip of its own."""
    html = outputs["search.html"].decode("utf-8")
    manifest_path = next(p for p in outputs if p.startswith("search/manifest."))
    srcs = re.findall(r'<script src="([^"]+)"', html)
    assert srcs == [LUNR_OUT, manifest_path, "static/js/search-core.js", "static/js/search.js"]
    for needed in ('id="search-results"', 'id="search-empty"', 'id="search-input"', 'id="search-status"'):
        assert needed in html


def test_variants_cover_the_archive_names(outputs):
    pinyin = {}
    for path in sorted(p for p in outputs if p.startswith("search/pinyin/")):
        name, keys = payload_of(outputs[path])
        letter = path.rsplit("/", 1)[1][:-3]
        assert name == f"pinyin-{letter}" and all(k.startswith(letter) for k in keys)
        pinyin.update(keys)
    assert pinyin["cengfanyu"] == ["曾凡宇"]
    assert pinyin["zengfanyu"] == ["曾凡宇"]
    assert pinyin["ouyangjianming"] == ["欧阳建明"]
    _, pairs = payload_of(outputs[next(p for p in outputs if p.startswith("search/t2s."))])
    t2s = dict(zip(pairs[0::2], pairs[1::2]))
    assert t2s["組"] == "组" and t2s["會"] == "会"


def test_same_input_gives_identical_bytes(items, outputs, tmp_path):
    again = build_search(list(reversed(items)), segmenter(items), load_config(None, output=tmp_path))
    assert again == outputs


def test_missing_lunr_names_the_path_and_npm_ci(items, tmp_path):
    cfg = load_config(None, output=tmp_path / "site", node_modules=tmp_path / "nm")
    with pytest.raises(SearchDataError) as err:
        build_search(items, segmenter(items), cfg)
    assert str(tmp_path / "nm" / "lunr" / "lunr.min.js") in str(err.value)
    assert "npm ci" in str(err.value)


def test_parallel_documents_equal_serial(items, monkeypatch):
    docs_module = importlib.import_module("newsarchive.search.documents")

    seg = segmenter(items)
    serial = docs_module.documents(items, seg, workers=1)
    monkeypatch.setattr(docs_module, "PARALLEL_MIN_DOCS", 2)
    assert docs_module.documents(items, seg, workers=2) == serial


def test_search_files_come_in_bounded_parts_that_add_up_to_the_whole(items, outputs, monkeypatch, tmp_path):
    import newsarchive.search as stage

    monkeypatch.setattr(stage, "PART_FILES", 2)
    parts = list(stage.search_parts(items, segmenter(items), load_config(None, output=tmp_path)))
    assert len(parts) >= 4 and all(len(p) <= 3 for p in parts)  # a part may close with search.html
    joined = {path: body for p in parts for path, body in p.items()}
    assert sum(len(p) for p in parts) == len(joined)
    assert dict(sorted(joined.items())) == outputs


def test_documents_come_a_few_consecutive_ones_a_file(items, monkeypatch, tmp_path):
    import newsarchive.search as stage

    monkeypatch.setattr(stage, "DOCS_PER_FILE", 2)
    out = build_search(items, segmenter(items), load_config(None, output=tmp_path))
    _, manifest = manifest_of(out)
    assert manifest["store"]["perFile"] == 2 and manifest["docs"] == 3
    files = [payload_of(out[f"search/docs/{k}.js"]) for k in range(2)]
    assert [name for name, _ in files] == ["docs-0", "docs-1"] and "search/docs/2.js" not in out
    assert [len(unpack_rows(file)) for _, file in files] == [2, 1]
    ordered = stage.archive_order(items)
    assert [row[1] for _, file in files for row in unpack_rows(file)] == [a.url for a in ordered]


@pytest.mark.parametrize("up_to, text", [(3, True), (2, False), (0, False)])
def test_past_offline_snippets_up_to_the_documents_hold_no_text(items, tmp_path, up_to, text):
    """Up to the setting the rows carry the texts, two a file; past it they carry the rest only,
    many a file, and the manifest says which columns the rows hold."""
    import newsarchive.search as stage

    out = build_search(items, segmenter(items), load_config(None, output=tmp_path, offline_snippets_up_to=up_to))
    _, manifest = manifest_of(out)
    store = manifest["store"]
    rows = [row for p in sorted(out) if p.startswith("search/docs/") for row in unpack_rows(payload_of(out[p])[1])]
    assert [row[1] for row in rows] == [a.url for a in stage.archive_order(items)]
    if text:
        assert store["columns"][-1] == "text" and store["perFile"] == stage.DOCS_PER_FILE
        assert all(len(row) == 6 and row[5] for row in rows)
    else:
        assert "text" not in store["columns"] and store["perFile"] == stage.BARE_DOCS_PER_FILE
        assert all(len(row) == len(store["columns"]) == 5 for row in rows)
        assert sorted(p for p in out if p.startswith("search/docs/")) == ["search/docs/0.js"]


def test_bare_document_files_never_read_the_texts(items, tmp_path):
    """Without texts a document file is made from the bare records: the text store is not asked."""
    import newsarchive.search as stage

    class NoTexts:
        def __getattr__(self, name):
            raise AssertionError(f"texts read: {name}")

    files = list(stage.document_files(stage.archive_order(items), texts=NoTexts(), with_text=False))
    assert [f.path for f in files] == ["search/docs/0.js"]


def test_document_files_the_site_still_holds_are_kept_unmade(items, tmp_path, monkeypatch):
    import newsarchive.search as stage
    from newsarchive.writer import Kept, SiteWriter

    monkeypatch.setattr(stage, "DOCS_PER_FILE", 2)

    printed = [replace(a, fingerprint=f"f{n}") for n, a in enumerate(items)]
    cfg = load_config(None, output=tmp_path / "site", cache=tmp_path / "cache")
    record = tmp_path / "site.record"

    def build(arts) -> dict:
        with SiteWriter(cfg.output, record=record) as writer:
            parts = list(stage.search_parts(arts, segmenter(arts), cfg, writer.keeps))
            for part in parts:
                writer.add(part)
            writer.finish()
        return {path: body for part in parts for path, body in part.items()}

    first = build(printed)
    assert not any(isinstance(body, Kept) for body in first.values())
    again = build(printed)
    docs = sorted(p for p in again if p.startswith("search/docs/"))
    assert len(docs) == 2 and all(isinstance(again[p], Kept) for p in docs)  # three documents, two a file
    assert manifest_of(again) == manifest_of(first)  # the same build token
    # the file of an edited article's document is made again, and the token follows it
    edited = [replace(printed[0], title=printed[0].title + "（续）", fingerprint="f0-edited"), *printed[1:]]
    third = build(edited)
    made = [p for p in docs if not isinstance(third[p], Kept)]
    assert len(made) == 1 and any("（续）" in row[0] for row in unpack_rows(payload_of(third[made[0]])[1]))
    assert manifest_of(third)[1]["token"] != manifest_of(first)[1]["token"]
    fresh = build_search(edited, segmenter(edited), load_config(None, output=tmp_path / "other"))
    assert {p: (cfg.output / p).read_bytes() for p in fresh} == fresh
