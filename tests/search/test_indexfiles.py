"""Index files patched from the last build's groups: the bytes, tags and tables a cold
build makes, made again only for the groups holding a changed term."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsarchive.search import groupstore, indexfiles, postings
from newsarchive.search.groupstore import Pack
from newsarchive.search.index import FIELDS, weigh_postings
from newsarchive.search.indexfiles import Patched, Tables
from newsarchive.search.weights import steps
from newsarchive.writer import Kept

NAMES = [name for name, _ in FIELDS]
CHARS = "北京会议经济发展巡察民营中国工作"
SHAPE = (400, 100)  # small files: a few hundred terms split characters and fill buckets
SALT = "salt"


def vocabulary(rng: random.Random) -> list[str]:
    words = {"".join(rng.choice(CHARS) for _ in range(rng.randint(1, 4))) for _ in range(260)}
    return sorted(words | {"a1", "b2", "Σx", "\U0001f600y"})


def random_doc(rng: random.Random, words: list[str]) -> dict[str, list[str]]:
    return {name: [rng.choice(words) for _ in range(rng.randint(0, 30 if name == "text" else 3))] for name in NAMES}


def header_of(docs: list[dict[str, list[str]]]) -> tuple[postings.Header, list[tuple[str, str]]]:
    _, rows, lengths = weigh_postings(enumerate(docs), len(docs))
    texts = list(postings.json_rows(rows))
    keys = tuple(f"k{n}-{hash(repr(d))}" for n, d in enumerate(docs))
    return postings.Header(SALT, keys, tuple(lengths), steps(lengths, len(docs))), texts


def _drained(gen):
    """(what the generator yields, what it returns)."""
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as done:
            return items, done.value


def cold(docs, folder: Path | None = None, keeps=None):
    """(files as path → bytes or Kept, tables, catalogue) of a cold build of ``docs``."""
    header, rows = header_of(docs)
    tables = Tables()
    pack = Pack(folder, fresh=True) if folder is not None else None
    files, groups = _drained(indexfiles._whole(rows, SALT, SHAPE, keeps, tables, pack))
    if pack is not None:
        pack.close()
    return files, tables, groupstore.Catalogue(header, groups, tables.chars)


def patched(catalogue, old_docs, new_docs, changed, folder: Path, keeps=None):
    found = postings.changes(catalogue.header, SALT, list(header_of(new_docs)[0].keys),
                             {n: old_docs[n] for n in changed}, {n: new_docs[n] for n in changed})
    if found is None:
        return None
    pack = Pack(folder, fresh=False)
    tables = Tables()
    made = Patched(catalogue, *found, pack, SALT, SHAPE)
    files, after = _drained(made.files(keeps, tables))
    pack.close()
    return files, tables, after, made


def edit(rng: random.Random, doc: dict[str, list[str]], words: list[str], counts: dict[str, int]
         ) -> dict[str, list[str]]:
    """Terms swapped in the text, its rarest term replaced (often gone from the index), a
    few new ones (of new first characters): no field changes length, so no average moves."""
    fields = {name: list(terms) for name, terms in doc.items()}
    text = fields["text"]
    if not text:
        return {**fields, "title": fields["title"] + ["新"]}
    for _ in range(rng.randint(1, 3)):
        text[rng.randrange(len(text))] = rng.choice(words)
    rarest = min(text, key=lambda t: (counts[t], t))
    fields["text"] = text = [words[0] if t == rarest else t for t in text]
    for _ in range(rng.randint(0, 4)):
        text[rng.randrange(len(text))] = chr(0x5000 + rng.randrange(4000)) + rng.choice(CHARS)
    return fields


def counts_of(docs) -> dict[str, int]:
    counts: dict[str, int] = {}
    for d in docs:
        for terms in d.values():
            for t in terms:
                counts[t] = counts.get(t, 0) + 1
    return counts


def recorded(files) -> dict[str, str]:
    """The tags a writer recorded of ``files``."""
    return {f.path: f.body.tag for f in files}


@pytest.mark.parametrize("seed", range(12))
def test_a_patched_build_gives_the_files_tags_and_tables_of_a_cold_one(seed: int, tmp_path: Path):
    rng = random.Random(seed)
    words = vocabulary(rng)
    docs = [random_doc(rng, words) for _ in range(60)]
    files, _, catalogue = cold(docs, tmp_path)
    new_docs = list(docs)
    changed = rng.sample(range(len(docs)), 3)
    for n in changed:
        new_docs[n] = edit(rng, docs[n], words, counts_of(docs))
    got = patched(catalogue, docs, new_docs, changed, tmp_path, keeps=None)
    want_files, want_tables, want_catalogue = cold(new_docs)
    if got is None:  # an average moved off its step: everything is weighed again
        assert header_of(new_docs)[0].steps != catalogue.header.steps
        return
    got_files, got_tables, after, _ = got
    assert [(f.path, bytes(f.body), f.body.tag) for f in got_files] == \
        [(f.path, bytes(f.body), f.body.tag) for f in want_files]
    assert got_tables == want_tables
    assert {k: r[2:] for k, r in after.groups.items()} == {k: r[2:] for k, r in want_catalogue.groups.items()}


def run_edits(seed: int, tmp_path: Path, keep_all: bool):
    """Cold, edit, patch with a writer that keeps what it recorded; returns what happened."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    docs = [random_doc(rng, words) for _ in range(60)]
    files, tables, catalogue = cold(docs, tmp_path)
    new_docs = list(docs)
    n = rng.randrange(len(docs))
    new_docs[n] = edit(rng, docs[n], words, counts_of(docs))
    record = recorded(files)
    previous = {f.path: bytes(f.body) for f in files}
    keeps = (lambda path, tag: record.get(path) == tag) if keep_all else None
    got = patched(catalogue, docs, new_docs, [n], tmp_path, keeps)
    if got is None:
        return None
    got_files, got_tables, after, made = got
    want_files, want_tables, _ = cold(new_docs)
    assert got_tables == want_tables
    want = {f.path: (bytes(f.body), f.body.tag) for f in want_files}
    assert [f.path for f in got_files] == list(want)
    for f in got_files:
        if isinstance(f.body, Kept):  # kept: the cold build made the very bytes the last one did
            assert record[f.path] == f.body.tag == want[f.path][1]
            assert previous[f.path] == want[f.path][0]
        else:
            assert (bytes(f.body), f.body.tag) == want[f.path]
    gone = {t for t, _ in header_of(docs)[1]} - {t for t, _ in header_of(new_docs)[1]}
    return tables, got_tables, record, got_files, made, gone


def test_kept_files_are_those_of_the_groups_no_changed_term_is_in(tmp_path: Path, monkeypatch):
    seen = {"split moved": 0, "shared file changed": 0, "group added": 0, "shared count moved": 0, "term gone": 0}
    for seed in range(40):
        folder = tmp_path / str(seed)
        reads: list[tuple[int, int]] = []
        real_get = Pack.get
        monkeypatch.setattr(Pack, "get", lambda self, at: (reads.append(at), real_get(self, at))[1])
        outcome = run_edits(seed, folder, keep_all=True)
        monkeypatch.setattr(Pack, "get", real_get)
        if outcome is None:
            continue
        before, after, record, files, made, gone = outcome
        written = [f.path for f in files if not isinstance(f.body, Kept)]
        own = {f"search/index/{name}.js" for first in made.made for name, _ in made.groups[first].files}
        # every file written is one of a group made again, or a shared file
        assert all(path in own or "/shared-" in path for path in written)
        # the pack was read for the groups made again and the shared files written only
        assert len(reads) <= len(made.made) + len(made.groups)
        shared_written = [p for p in written if "/shared-" in p]
        seen["split moved"] += {k: v for k, v in before.split.items() if k} != \
            {k: v for k, v in after.split.items() if k}
        seen["shared file changed"] += bool(shared_written) and len(shared_written) < after.split.get("", 0)
        seen["group added"] += bool(after.firsts - before.firsts)
        seen["term gone"] += bool(gone)
        seen["shared count moved"] += before.split.get("") != after.split.get("")
        assert len(written) < len(files) or seen["shared count moved"]
    assert all(seen.values()), seen


def test_files_the_writer_cannot_keep_are_made_from_the_kept_rows(tmp_path: Path):
    rng = random.Random(5)
    words = vocabulary(rng)
    docs = [random_doc(rng, words) for _ in range(60)]
    files, _, catalogue = cold(docs, tmp_path)
    new_docs = list(docs)
    new_docs[3] = edit(rng, docs[3], words, counts_of(docs))
    got = patched(catalogue, docs, new_docs, [3], tmp_path, keeps=lambda path, tag: False)
    assert got is not None
    want_files, _, _ = cold(new_docs)
    assert [(f.path, bytes(f.body)) for f in got[0]] == [(f.path, bytes(f.body)) for f in want_files]


def test_a_catalogue_is_read_once_and_a_broken_one_is_none(tmp_path: Path):
    rng = random.Random(2)
    words = vocabulary(rng)
    _, _, catalogue = cold([random_doc(rng, words) for _ in range(20)], tmp_path)
    groupstore.save(tmp_path, catalogue)
    loaded = groupstore.load(tmp_path)
    assert loaded is not None and loaded.header == catalogue.header and loaded.groups == catalogue.groups
    assert groupstore.load(tmp_path) is None  # removed once read: a build that stops leaves none
    groupstore.save(tmp_path, catalogue)
    path = tmp_path / groupstore.CATALOGUE
    path.write_bytes(path.read_bytes()[:-40])  # cut short
    assert groupstore.load(tmp_path) is None
    groupstore.save(tmp_path, catalogue)
    (tmp_path / groupstore.PACK).unlink()
    assert groupstore.load(tmp_path) is None


def test_a_pack_mostly_dead_is_rewritten_with_its_live_blobs(tmp_path: Path):
    rng = random.Random(4)
    words = vocabulary(rng)
    _, _, catalogue = cold([random_doc(rng, words) for _ in range(40)], tmp_path)
    pack = Pack(tmp_path, fresh=False)
    assert pack.compacted(catalogue) is catalogue  # nothing dead
    live = catalogue.live()
    pack.put(b"x" * (2 * live + (1 << 20)))  # dead bytes
    rows = {first: pack.get(r.rows) for first, r in catalogue.groups.items()}
    smaller = pack.compacted(catalogue)
    assert pack.end == live == smaller.live() == (tmp_path / groupstore.PACK).stat().st_size
    assert {first: pack.get(r.rows) for first, r in smaller.groups.items()} == rows
    pack.close()
