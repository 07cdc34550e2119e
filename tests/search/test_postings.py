"""Kept index rows: patching the rows of changed documents gives the rows weighing gives."""
from __future__ import annotations

import random

import pytest

from newsarchive.search import postings
from newsarchive.search.index import FIELDS, weigh_postings
from newsarchive.search.weights import AVERAGE_STEPS, average_length, average_step, steps

NAMES = [name for name, _ in FIELDS]
WORDS = ["北京", "会议", "曾凡宇", "0391-3568801", "xcz1@163.com", "巡察", "民营", "经济", "发展", "Σigma"]


def random_doc(rng: random.Random, size: int = 40) -> dict[str, list[str]]:
    return {name: [rng.choice(WORDS) for _ in range(rng.randint(0, size if name == "text" else 4))]
            for name in NAMES}


def weighed(docs: list[dict[str, list[str]]]) -> tuple[postings.Header, dict[str, str]]:
    _, rows, lengths = weigh_postings(enumerate(docs), len(docs))
    texts = dict(postings.json_rows(rows))
    keys = tuple(f"k{n}-{hash(repr(d))}" for n, d in enumerate(docs))
    return postings.Header("salt", keys, tuple(lengths), steps(lengths, len(docs))), texts


def test_the_average_is_on_a_grid_of_steps():
    assert average_length(0, 10) == 0.0 and average_length(10, 0) == 0.0
    assert average_length(640, 10) == 64.0  # a power of two is on the grid
    for total in (1, 7, 333, 10_000, 123_457):
        avg = average_length(total, 97)
        assert abs(avg / (total / 97) - 1) <= 2 ** (0.5 / AVERAGE_STEPS) - 1 + 1e-12
    # one more short document hardly ever moves a long-field average off its step
    assert average_step(600_000, 1000) == average_step(600_015, 1000)


@pytest.mark.parametrize("seed", range(8))
def test_patching_changed_documents_gives_the_rows_of_weighing_them(seed: int):
    rng = random.Random(seed)
    docs = [random_doc(rng) for _ in range(300)]
    header, texts = weighed(docs)
    changed = rng.sample(range(len(docs)), 3)
    new_docs = list(docs)
    for n in changed:  # an edit: terms swapped, one added or dropped; sometimes a new term
        fields = {name: list(terms) for name, terms in docs[n].items()}
        text = fields["text"]
        for _ in range(rng.randint(1, 3)):
            if text:
                text[rng.randrange(len(text))] = rng.choice([*WORDS, f"新词{seed}{n}"])
        if text and rng.random() < 0.5:
            text.pop()
        else:
            fields["title"].append(rng.choice(WORDS))
        new_docs[n] = fields
    want_header, want = weighed(new_docs)
    state = postings.update(postings.State(header, dict(texts)), "salt", list(want_header.keys),
                            {n: docs[n] for n in changed}, {n: new_docs[n] for n in changed})
    if want_header.steps != header.steps:  # an average moved off its step: weigh everything
        assert state is None
        return
    assert state is not None
    assert list(postings.ordered_rows(state.texts, state.added)) == list(postings.ordered_rows(want))
    assert list(postings.ordered_rows(state.texts)) == list(postings.ordered_rows(want))
    assert state.header.steps == want_header.steps
    assert [list(a) for a in state.header.lengths] == [list(a) for a in want_header.lengths]


def test_a_term_no_document_holds_any_more_is_dropped_and_a_new_one_added():
    docs = [{name: (["北京", "会议"] * 20 if name == "text" else []) for name in NAMES} for _ in range(4)]
    docs[2] = {**docs[2], "title": ["孤词"]}
    header, texts = weighed(docs)
    assert "孤词" in texts
    edited = {**docs[2], "title": ["新词"]}
    state = postings.update(postings.State(header, dict(texts)), "salt", list(header.keys), {2: docs[2]}, {2: edited})
    assert state is not None and "孤词" not in state.texts
    assert state.texts == weighed([*docs[:2], edited, docs[3]])[1]


def test_only_rows_whose_entry_an_edit_changed_are_rewritten(monkeypatch):
    rng = random.Random(3)
    docs = [random_doc(rng) for _ in range(50)]
    docs[7] = {**docs[7], "text": ["北京", "会议", "发展"] * 30}
    header, texts = weighed(docs)
    edited = {**docs[7], "text": docs[7]["text"][:-1] + ["经济"]}  # one term in ninety swapped
    patched: list[str] = []
    real_patch = postings.patch
    monkeypatch.setattr(postings, "patch", lambda texts, changes: (patched.extend(changes), real_patch(texts, changes)))
    state = postings.update(postings.State(header, dict(texts)), "salt", list(header.keys), {7: docs[7]}, {7: edited})
    assert state is not None
    assert state.texts == weighed([*docs[:7], edited, *docs[8:]])[1]
    # 发展 lost one of thirty and 经济 came in; 北京 and 会议 kept their weight
    assert sorted(patched) == sorted(["发展", "经济"])


def test_rows_in_order_but_for_the_added_terms_are_merged_not_sorted(monkeypatch):
    texts = {t: f"[{i}]" for i, t in enumerate(["b", "d", "f", "h", "\uffe0"])}  # UTF-16 order
    texts.update({"a": "[a]", "e": "[e]", "z": "[z]", "\U0001f600": "[emoji]", "g": "[g]"})  # a patch's new terms
    added = ("z", "a", "\U0001f600", "e", "g")
    want = list(postings.ordered_rows(texts))
    assert [t for t, _ in want] == ["a", "b", "d", "e", "f", "g", "h", "z", "\U0001f600", "\uffe0"]
    assert list(postings.ordered_rows(texts, added)) == want
    assert list(postings.ordered_rows({"b": "1"}, ())) == [("b", "1")]
    assert list(postings.ordered_rows({"b": "1", "a": "2"}, ("a",))) == [("a", "2"), ("b", "1")]
    assert list(postings.ordered_rows({"c": "3", "a": "1", "d": "4"}, ("a",))) == [("a", "1"), ("c", "3"), ("d", "4")]
    # a large index and two new terms: the kept terms are not all keyed, as a sort keys them
    many = {f"词{i:05d}": str(i) for i in range(5000)}
    many.update({"词02500x": "new", "一": "first"})
    keyed: list[str] = []
    real = postings.utf16_order
    monkeypatch.setattr(postings, "utf16_order", lambda term: (keyed.append(term), real(term))[1])
    assert list(postings.ordered_rows(many, ("词02500x", "一"))) == [(t, many[t]) for t in sorted(many, key=real)]
    assert len(keyed) < 100


def test_what_patching_cannot_do_is_refused():
    rng = random.Random(1)
    docs = [random_doc(rng) for _ in range(10)]
    header, texts = weighed(docs)
    keys = list(header.keys)

    def refused(salt="salt", keys=keys, old=None, new=None) -> bool:
        old = {0: docs[0]} if old is None else old
        new = {0: docs[0]} if new is None else new
        return postings.update(postings.State(header, dict(texts)), salt, keys, old, new) is None

    assert not refused()
    assert refused(salt="other code")
    assert refused(keys=keys + ["one more"])
    # the average moves off its step: one document grows a thousandfold
    assert refused(new={0: {**docs[0], "text": docs[0]["text"] * 1000 + ["北京"]}})
    # the old term lists are not those the rows were made from
    assert refused(old={0: {**docs[0], "title": docs[0]["title"] + ["北京"]}})
