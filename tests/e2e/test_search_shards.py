"""The seeds built with tiny index files (many prefixes split): same answers, and a query loads
only its own files."""
from __future__ import annotations

import contextlib
import re
from typing import Iterator

import pytest

from newsarchive.search.shards import read_split
from newsarchive.search.store import unpack_rows
from search.test_bundle import payload_of
from search.pagetools import Watch, gold_queries, letters_by_url, open_search, result_hrefs, type_query

pytestmark = pytest.mark.browser

SPEC = gold_queries()


def document_files_of(site, hrefs: list[str]) -> set[int]:
    """Numbers of the search/docs/ files holding the documents of the pages ``hrefs``."""
    where = {}
    for path in (site / "search" / "docs").glob("*.js"):
        _, packed = payload_of(path.read_bytes())
        where.update((row[1], int(path.stem)) for row in unpack_rows(packed))
    return {where[re.sub(r"^(\.\.?/)+", "", href)] for href in hrefs}


def chunks_of(site) -> int:
    return len(list((site / "search" / "index").glob("*.js")))


def split_of(site) -> dict[str, int]:
    """The manifest's split prefixes → buckets."""
    return read_split(payload_of(next((site / "search").glob("manifest.*.js")).read_bytes())[1]["index"]["split"])


@pytest.fixture(scope="module")
def sharded_site(build_site, tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("newsarchive.search.shards.CHUNK_BYTES", 200)
        mp.setattr("newsarchive.search.shards.BUCKET_BYTES", 60)
        site = build_site(out=tmp_path_factory.mktemp("sharded"))
    assert len(split_of(site)) > 10 and any(len(key) > 1 for key in split_of(site))
    return site


@pytest.fixture(scope="module")
def whole_site(build_site, tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("newsarchive.search.shards.CHUNK_BYTES", 10 ** 9)
        site = build_site(out=tmp_path_factory.mktemp("whole"))
    assert set(split_of(site)) <= {""}  # nothing split: large first characters alone, the rest shared
    return site


@pytest.fixture(scope="module")
def page(browser, sharded_site, serve):
    with serve(sharded_site) as url:
        p = browser.new_page()
        watch = Watch().attach(p)
        loaded: list[str] = []
        p.on("request", lambda r: loaded.append(r.url))
        open_search(p, url)
        yield p, watch, loaded
        p.close()


@pytest.mark.parametrize("rule", SPEC["queries"], ids=[q["q"] for q in SPEC["queries"]])
def test_gold_query_over_shards(page, sharded_site, rule):
    p, watch, _ = page
    letters = letters_by_url(sharded_site, SPEC["anchors"])
    watch.clear()
    type_query(p, rule["q"])
    got = [letters.get(h, "?") for h in result_hrefs(p)]
    assert not watch.errors
    if rule.get("none"):
        assert got == []
    elif "first" in rule:
        assert got and got[0] == rule["first"], got
    else:
        assert set(rule["expect"]) <= set(got[:10]), got


@contextlib.contextmanager
def recording(browser, site, serve, query: str) -> Iterator[tuple[object, list[str]]]:
    """The search page open on ``query``, with the URLs it requested (in order)."""
    with serve(site) as url:
        p = browser.new_page()
        try:
            loaded: list[str] = []
            p.on("request", lambda r: loaded.append(r.url))
            open_search(p, url, query)
            yield p, loaded
        finally:
            p.close()


def test_a_query_loads_only_its_files_and_shown_documents(browser, sharded_site, serve):
    with recording(browser, sharded_site, serve, "何雄") as (p, loaded):
        p.wait_for_selector("#search-facets[data-state=done]", state="attached")
        chunks = [u for u in loaded if re.search(r"/search/index/([0-9a-f]+|shared)(-\d+)?\.js\?v=[0-9a-f]{10}$", u)]
        assert 1 <= len(chunks) <= 4 < chunks_of(sharded_site)
        docs = [u for u in loaded if re.search(r"/search/docs/\d+\.js\?v=", u)]
        numbers = {int(re.search(r"/search/docs/(\d+)\.js", u).group(1)) for u in docs}
        assert len(docs) == len(numbers) == len(document_files_of(sharded_site, result_hrefs(p))) >= 1
        assert numbers == document_files_of(sharded_site, result_hrefs(p))
        # the facet table comes after the results it counts
        facets = [i for i, u in enumerate(loaded) if "/search/facets." in u]
        assert len(facets) == 1 and facets[0] > max(loaded.index(u) for u in docs)


def _ranked(browser, site, serve, queries: list[str]) -> dict[str, list[str]]:
    """Every query's result links, in rank order, as the page shows them."""
    with serve(site) as url:
        p = browser.new_page()
        try:
            open_search(p, url)
            ranked = {}
            for q in queries:
                type_query(p, q)
                ranked[q] = result_hrefs(p)
            return ranked
        finally:
            p.close()


def test_sharded_and_unsharded_search_rank_alike(browser, sharded_site, whole_site, serve):
    queries = [rule["q"] for rule in SPEC["queries"]]
    sharded = _ranked(browser, sharded_site, serve, queries)
    whole = _ranked(browser, whole_site, serve, queries)
    assert sum(1 for hrefs in whole.values() if len(hrefs) > 1) >= 5  # orders are compared, not just sets
    assert sharded == whole


def test_results_come_a_page_at_a_time_and_load_only_their_documents(browser, build_site, tmp_path_factory, serve):
    site = build_site(out=tmp_path_factory.mktemp("paged"), search_page_size=2)
    with recording(browser, site, serve, "巡察") as (p, loaded):
        docs = lambda: {int(re.search(r"/search/docs/(\d+)\.js", u).group(1))  # noqa: E731
                        for u in loaded if "/search/docs/" in u}
        assert len(result_hrefs(p)) == 2 and docs() == document_files_of(site, result_hrefs(p))
        p.click("#search-more button")
        # results show one by one: wait for the whole page, when the button comes back
        p.wait_for_function("document.querySelectorAll('#search-results > li').length > 2"
                            " && !document.querySelector('#search-more button').disabled")
        shown = result_hrefs(p)
        assert 2 < len(shown) <= 4 and docs() == document_files_of(site, shown)


def test_a_second_click_while_a_page_loads_shows_no_result_twice(browser, build_site, tmp_path_factory, serve):
    site = build_site(out=tmp_path_factory.mktemp("paged2"), search_page_size=2)
    with recording(browser, site, serve, "巡察") as (p, _):
        assert len(result_hrefs(p)) == 2
        p.eval_on_selector("#search-more button", "b => { b.click(); b.click(); }")
        p.wait_for_function("document.querySelectorAll('#search-results > li').length > 2")
        p.wait_for_timeout(300)
        shown = result_hrefs(p)
        assert len(shown) == len(set(shown)) and 2 < len(shown) <= 4
