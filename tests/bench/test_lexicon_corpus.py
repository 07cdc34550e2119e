"""The second corpus generator: another vocabulary, deterministic, exact in count, its queries its own."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:           # the bench package lives at the repository root, not in src/
    sys.path.insert(0, str(ROOT))

from bench import corpus as news  # noqa: E402
from bench.lexicon_corpus import LexiconArticle, generate, iter_corpus, pools  # noqa: E402
from bench.run import GENERATORS, accuracy  # noqa: E402


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_byte_identical_files(tmp_path: Path) -> None:
    generate(40, 3, tmp_path / "a")
    generate(40, 3, tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert [f.data for f in iter_corpus(10, 1)] != [f.data for f in iter_corpus(10, 2)]


def test_exactly_n_articles_each_under_its_own_headline() -> None:
    files = list(iter_corpus(57, 8))
    specs = [s for f in files for s in f.articles]
    assert len(specs) == 57
    for f in files:
        text = f.data.decode("utf-8")
        assert [line[2:] for line in text.splitlines() if line.startswith("# ")] == [s.title for s in f.articles]


def test_the_vocabulary_is_not_the_news_generators() -> None:
    """Most words the lexicon corpus uses never occur in a news corpus of the same size."""
    news_text = "".join(f.data.decode("utf-8", "ignore") for f in news.iter_corpus(200, 1))
    words = {w for f in iter_corpus(200, 1) for s in f.articles for w in s.words}
    assert len(words) > 3000
    assert sum(w not in news_text for w in words) > 0.7 * len(words)


def test_words_are_drawn_by_frequency() -> None:
    """The dictionary's most frequent nouns recur across articles; most drawn words are seen rarely."""
    counts: dict[str, int] = {}
    for f in iter_corpus(300, 5):
        for s in f.articles:
            for w in s.words:
                counts[w] = counts.get(w, 0) + 1
    top = pools()["noun"].words[:20]
    assert max(counts.get(w, 0) for w in top) > 50
    assert sum(c == 1 for c in counts.values()) > 0.3 * len(counts)


def test_queries_come_from_the_corpus_and_the_last_is_absent(tmp_path: Path) -> None:
    generate(120, 4, tmp_path / "c")
    manifest = json.loads((tmp_path / "c" / ".corpus.json").read_text(encoding="utf-8"))
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "c").rglob("*.txt"))
    *found, absent = manifest["queries"]
    assert len(found) >= 15
    for q in found:
        assert all(part in text for part in q.split()), q
    assert absent not in text
    assert manifest["articles"] == 120 and manifest["generator"] == "lexicon"


def test_the_build_splits_its_files_as_planned(tmp_path: Path) -> None:
    from newsarchive.config import load_config
    from newsarchive.pipeline import build

    content = tmp_path / "content"
    generate(30, 9, content)
    result = build(load_config(None, content=content, output=tmp_path / "site"), progress=False)
    assert not result.report.skipped
    assert len(result.articles) == 30
    split = accuracy(dict(result.report.articles_per_file), content, GENERATORS["lexicon"])
    assert split["files_split_right"] == split["files"]
    titles = {a.title for a in result.articles}
    planned = {s.title for f in iter_corpus(30, 9) for s in f.articles if isinstance(s, LexiconArticle)}
    assert titles == planned
