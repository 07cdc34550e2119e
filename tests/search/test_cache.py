"""Article terms kept between builds: keys, hits, misses, pruning."""
from __future__ import annotations

import importlib
from dataclasses import replace

import pytest

from newsarchive.search.cache import EntityFinder, TermCache
from newsarchive.search.index import document, inputs
from newsarchive.search.tokens import Terms
from newsarchive.diskstore import PickleStore
from newsarchive.segment import Segmenter

from .samples import articles, segmenter

docs_module = importlib.import_module("newsarchive.search.documents")

#: Entity words of other articles, none occurring in the samples.
UNRELATED = ["张家界市", "永定区", "武陵源区", "王建国", "李秀英", "天门山镇", "市委第九巡察组"]


def test_finder_finds_words_as_written_and_normalised():
    finder = EntityFinder(["焦作市", "ＡＢ区", "乾隆", "无关词"])
    assert finder.find("焦作市ab区乾隆年间") == ["乾隆", "焦作市", "ＡＢ区"]
    assert finder.find("焦作") == []
    assert finder.find("") == []


def test_terms_do_not_depend_on_entities_absent_from_the_text():
    items = articles()
    own = segmenter(items)
    more = Segmenter([*own.words, *UNRELATED])
    for n, a in enumerate(items):
        assert document(n, a, Terms(more)) == document(n, a, Terms(own))


def test_key_follows_the_inputs_only():
    items = articles()
    words = list(segmenter(items).words)
    given = inputs(items[0])
    base = TermCache(None, words).key(given)
    assert TermCache(None, [*words, *UNRELATED]).key(given) == base
    assert TermCache(None, words).key(inputs(replace(items[0], title="另一个标题"))) != base
    # fields are told apart: moving text from one field to the next changes the key
    moved = given._replace(title=given.title[:-1], officials=(given.title[-1] + given.officials[0], *given.officials[1:]))
    assert TermCache(None, words).key(moved) != base


def cached(tmp_path, items, words):
    """Which articles a cache written with the samples' own entities still holds for ``words``."""
    own = segmenter(items)
    docs_module.documents(items, own, 1, TermCache(tmp_path, own.words))
    cache = TermCache(tmp_path, words)
    return [cache.get(cache.key(inputs(a)), inputs(a)) is not None for a in items]


def test_entities_absent_from_an_article_keep_its_entry(tmp_path):
    items = articles()
    assert cached(tmp_path, items, [*segmenter(items).words, *UNRELATED]) == [True, True, True]


def test_an_entity_added_or_removed_in_an_article_drops_its_entry(tmp_path):
    items = articles()
    words = set(segmenter(items).words)
    assert "民营经济" in inputs(items[0]).body and "民营经济" not in words
    assert cached(tmp_path / "added", items, [*words, "民营经济"]) == [False, True, True]
    assert cached(tmp_path / "removed", items, words - {"马小军"}) == [True, True, False]


def test_many_changed_entities_are_found_the_same_way(tmp_path, monkeypatch):
    items = articles()
    words = set(segmenter(items).words)
    monkeypatch.setattr("newsarchive.search.cache.DIRECT_FORMS", 0)
    assert cached(tmp_path, items, [*words, "民营经济", *UNRELATED]) == [False, True, True]


@pytest.fixture
def cut_counter(monkeypatch):
    cut = []
    real = docs_module._cut

    def counting(given, seg, workers, *made):
        cut.extend(g.title for g in given)
        return real(given, seg, workers, *made)

    monkeypatch.setattr(docs_module, "_cut", counting)
    return cut


def test_cached_terms_equal_fresh_ones_and_are_not_cut_again(tmp_path, cut_counter):
    items = articles()
    seg = segmenter(items)
    first = docs_module.documents(items, seg, 1, TermCache(tmp_path, seg.words))
    assert len(cut_counter) == 3
    again = docs_module.documents(items, seg, 1, TermCache(tmp_path, seg.words))
    assert len(cut_counter) == 3
    assert first == again == docs_module.documents(items, seg, workers=1)


def test_a_changed_article_alone_is_cut_and_stale_entries_pruned(tmp_path, cut_counter):
    items = articles()
    seg = segmenter(items)
    docs_module.documents(items, seg, 1, TermCache(tmp_path, seg.words))
    changed = [items[0], replace(items[1], title=items[1].title + "（更新）"), items[2]]
    got = docs_module.documents(changed, seg, 1, TermCache(tmp_path, seg.words))
    assert cut_counter[3:] == [changed[1].title]
    assert got == docs_module.documents(changed, seg, workers=1)
    assert len(PickleStore(tmp_path).keys()) == 3 + 1  # and the entity words


def test_a_damaged_entry_is_cut_again(tmp_path, cut_counter):
    items = articles()[:1]
    seg = segmenter(items)
    docs_module.documents(items, seg, 1, TermCache(tmp_path, seg.words))
    for p in tmp_path.glob("*.pickle"):
        p.write_bytes(b"not a pickle")
    got = docs_module.documents(items, seg, 1, TermCache(tmp_path, seg.words))
    assert len(cut_counter) == 2
    assert got == docs_module.documents(items, seg, workers=1)


def test_changed_documents_are_the_edited_ones_and_those_a_changed_entity_occurs_in(tmp_path):
    items = articles()
    seg = segmenter(items)
    cache = TermCache(tmp_path, seg.words)
    before = docs_module.document_keys(items, cache)
    old = docs_module.documents(items, seg, 1, cache)
    edited = [items[0], replace(items[1], title=items[1].title + "（更新）"), items[2]]
    # one entity word more, occurring in the first article only
    words = [*seg.words, "民营经济"]
    cache = TermCache(tmp_path, words)
    keys = docs_module.document_keys(edited, cache)
    found = docs_module.changed_documents(edited, keys, before, Segmenter(words), 1, cache, limit=3)
    assert found is not None
    was, now = found
    assert sorted(was) == sorted(now) == [0, 1]
    assert was == {n: {k: v for k, v in old[n].items() if k != "ref"} for n in (0, 1)}
    fresh = docs_module.documents(edited, Segmenter(words), workers=1)
    assert now == {n: {k: v for k, v in fresh[n].items() if k != "ref"} for n in (0, 1)}
    cache.prune()  # the unchanged article's entry is kept unread, the edited one's old entry dropped
    assert set(PickleStore(tmp_path).keys()) == {*keys, "words"}
    again = TermCache(tmp_path, words)
    assert docs_module.changed_documents(edited, keys, before, Segmenter(words), 1, again, limit=0) is None
    # the edited article's previous entry is gone: its old terms cannot be taken out
    assert docs_module.changed_documents(edited, keys, before, Segmenter(words), 1, again, limit=3) is None


def test_document_keys_are_kept_by_fingerprint(tmp_path, monkeypatch):
    from newsarchive.search import documents

    items = [replace(a, fingerprint=f"f{n}") for n, a in enumerate(articles())]
    cache = TermCache(tmp_path / "terms", [])
    want = documents.document_keys(items, cache)
    made: list[str] = []
    real_inputs = documents.inputs
    monkeypatch.setattr(documents, "inputs", lambda a: made.append(a.id) or real_inputs(a))
    assert documents.document_keys(items, cache, tmp_path / "keys") == want and len(made) == len(items)
    made.clear()
    edited = [replace(items[0], title=items[0].title + "（续）", fingerprint="f0-edited"), *items[1:]]
    keys = documents.document_keys(edited, cache, tmp_path / "keys")
    assert made == [items[0].id]  # the others' keys were looked up
    assert keys == documents.document_keys(edited, cache) and keys[0] != want[0]
    made.clear()
    unprinted = [replace(a, fingerprint="") for a in items]
    assert documents.document_keys(unprinted, cache, tmp_path / "keys") == want and len(made) == len(items)


def test_an_articles_inputs_are_made_only_when_it_is_cut(monkeypatch):
    items = articles()
    seg = segmenter(items)
    made = []
    real = docs_module.inputs
    monkeypatch.setattr(docs_module, "inputs", lambda a: made.append(a.title) or real(a))
    found = docs_module.iter_documents(items, seg, 1)
    next(found)
    assert made == [items[0].title]  # the others' texts are not copied yet
    list(found)
    assert made == [a.title for a in items]


def test_entries_go_to_disk_as_they_come_and_are_found_again(tmp_path, monkeypatch, cut_counter):
    cache_module = importlib.import_module("newsarchive.search.cache")
    monkeypatch.setattr(cache_module, "SPILL_BYTES", 1)
    spills = []
    real = PickleStore.spill
    monkeypatch.setattr(PickleStore, "spill", lambda self: spills.append(1) or real(self))
    items = articles()
    seg = segmenter(items)
    first = docs_module.documents(items, seg, 1, TermCache(tmp_path, seg.words))
    assert len(spills) == len(items)
    again = docs_module.documents(items, seg, 1, TermCache(tmp_path, seg.words))
    assert len(cut_counter) == len(items)  # the second build cut nothing
    assert first == again == docs_module.documents(items, seg, workers=1)
