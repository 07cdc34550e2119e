"""The seeds built with tiny shards: same answers, and a query loads only its own shards."""
from __future__ import annotations

import re

import pytest

from search.pagetools import Watch, gold_queries, letters_by_url, open_search, result_hrefs, type_query

pytestmark = pytest.mark.browser

SPEC = gold_queries()


@pytest.fixture(scope="module")
def sharded_site(build_site, tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("newsarchive.search.shards.SHARD_BYTES", 2_000)
        mp.setattr("newsarchive.search.store.STORE_BYTES", 4_000)
        site = build_site(out=tmp_path_factory.mktemp("sharded"))
    assert len(list((site / "search").glob("index-*.js"))) > 10
    assert len(list((site / "search").glob("store-*.js"))) > 3
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


def test_a_query_loads_only_the_shards_of_its_characters(browser, sharded_site, serve):
    total = len(list((sharded_site / "search").glob("index-*.js")))
    with serve(sharded_site) as url:
        p = browser.new_page()
        try:
            loaded: list[str] = []
            p.on("request", lambda r: loaded.append(r.url))
            open_search(p, url, "何雄")
            shards = {u for u in loaded if re.search(r"/search/index-\d+\.", u)}
            assert 1 <= len(shards) <= 2 < total
            stores = {u for u in loaded if re.search(r"/search/store-\d+\.", u)}
            assert len(stores) == 1
        finally:
            p.close()


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


def test_sharded_and_unsharded_search_rank_alike(browser, sharded_site, seed_site, serve):
    queries = [rule["q"] for rule in SPEC["queries"]]
    sharded = _ranked(browser, sharded_site, serve, queries)
    whole = _ranked(browser, seed_site, serve, queries)
    assert len(list((seed_site / "search").glob("index-*.js"))) == 1
    assert sum(1 for hrefs in whole.values() if len(hrefs) > 1) >= 5  # orders are compared, not just sets
    assert sharded == whole
