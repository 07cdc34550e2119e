"""The index (Python, jieba) and the page's query splitter (JavaScript) agree.

For every article of a built site, its title and each official's name are
cut by the page's splitter (search-core.js, run in Node, over the built
index's own vocabulary); every piece must be a term the build indexed for
that article, and a name must stay one piece.  So typing a title or a name
always finds the article.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.search.store import unpack_rows
from newsarchive.search.weights import unpack_row
from newsarchive.search.tokens import STOP_WORDS, normalise

from .node import run_js
from .test_bundle import payload_of

SPLIT_ALL = """
const vocab = new core.Vocabulary(data.terms);
const stop = {}; data.stop.forEach(c => stop[c] = true);
return data.strings.map(s => s.split(/\\s+/).filter(Boolean).map(chunk => {
  const alts = core.splitChunk(core.normalise(chunk, null), vocab, stop);
  return alts.length ? alts[0].pieces.map(p => p.term + (p.prefix ? '*' : '')) : [];
}));
"""


def site_index(site: Path) -> tuple[dict, list[str]]:
    """The packed index and the url of each document number, read from the built files."""
    manifest_file = next((site / "search").glob("manifest.*.js"))
    _, manifest = payload_of(manifest_file.read_bytes())
    terms: list[str] = []
    postings: list = []
    for path in (site / "search" / "index").glob("*.js"):
        _, chunk = payload_of(path.read_bytes())
        terms += chunk["terms"]
        postings += [unpack_row(p) for p in chunk["postings"]]
    order = sorted(range(len(terms)), key=lambda n: terms[n].encode("utf-16-be"))
    terms, postings = [terms[n] for n in order], [postings[n] for n in order]
    assert len(set(terms)) == len(terms)
    index = {**manifest["index"], "terms": terms, "postings": postings}
    per = manifest["store"]["perFile"]
    urls = [unpack_rows(payload_of((site / "search" / "docs" / f"{k}.js").read_bytes())[1])[n % per][1]
            for k, n in ((n // per, n) for n in range(manifest["docs"]))]
    return index, urls


def doc_terms(index: dict) -> dict[int, set[str]]:
    """Document number → the terms the build indexed for it."""
    out: dict[int, set[str]] = {}
    for term, row in zip(index["terms"], index["postings"]):
        ref = 0
        for gap in row[1::2]:
            ref += gap
            out.setdefault(ref, set()).add(term)
    return out


def disagreements(site: Path) -> list[str]:
    index, urls = site_index(site)
    articles = {a["url"]: a for a in json.loads((site / "data" / "articles.json").read_text("utf-8"))["articles"]}
    terms_of = doc_terms(index)
    cases: list[tuple[str, str, set[str]]] = []
    for n, url in enumerate(urls):
        art = articles[url]
        cases.append(("title", art["title"], terms_of.get(n, set())))
        cases += [("official", o["name"], terms_of.get(n, set())) for o in art["officials"]]
    pieces = run_js(SPLIT_ALL, {"terms": index["terms"], "stop": sorted(STOP_WORDS),
                                "strings": [text for _, text, _ in cases]})
    problems = []
    for (kind, text, terms), chunks in zip(cases, pieces):
        flat = [p for chunk in chunks for p in chunk]
        missing = [p for p in flat if p not in terms]
        if kind == "official" and flat != [normalise(text).replace(" ", "")]:
            problems.append(f"official {text!r}: split {flat}")
        elif missing or not flat:
            problems.append(f"{kind} {text!r}: {missing or 'nothing'} not among its terms")
    return problems


def test_titles_and_names_of_the_seeds_split_into_their_own_terms(seed_site):
    assert disagreements(seed_site) == []


def test_titles_and_names_of_the_corpus_split_into_their_own_terms(build_site):
    from conftest import SHARED

    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} not present")
    assert disagreements(build_site(content=corpus)) == []
