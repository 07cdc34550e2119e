"""A second corpus generator, of another vocabulary: words drawn from jieba's dictionary.

    python -m bench.lexicon_corpus --articles 1000 --seed 1 --out /tmp/lexicon

The news generator (:mod:`bench.corpus`) writes government news from pools of
a few thousand words, so search figures measured on it could be tuned to that
vocabulary without anyone noticing.  This one fills the same kind of files from
the 349,046 entries of the dictionary jieba ships (a declared dependency, so
nothing is downloaded): nouns, verbs, adjectives, adverbs, idioms, place and
organisation names, each drawn by the frequency jieba records, so common words
recur in thousands of articles and rare ones once.  Each article keeps a few
topic words, a place and an organisation that recur through it, as a real
article's subject does, and opens with its date, as news does (the splitter
needs no more to tell the articles of a file apart).  Person names (``nr``) are left out: the dictionary's
are real people's.

The text means nothing; what it exercises is the index: a vocabulary of tens of
thousands of distinct words with a Zipf-like spread, two-character words
that are parts of longer ones, idioms.  Files, manifest and query list have the
shape of :mod:`bench.corpus`'s, so ``python -m bench --corpus lexicon`` measures
build and search on it the same way.  Same N and seed → byte-identical files.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from .corpus import FILES_PER_FOLDER, LAST_YEAR, MANIFEST, CorpusFile, command, write_files, years_for

#: Part-of-speech tags of jieba's dictionary, grouped into the slots sentences use.
SLOTS = {
    "noun": ("n", "vn", "nz"),
    "verb": ("v",),
    "adjective": ("a",),
    "adverb": ("d",),
    "idiom": ("i",),
    "place": ("ns",),
    "organisation": ("nt",),
}
_HAN = re.compile(r"[\u4e00-\u9fff]{2,8}")
ARTICLES_PER_FILE = (1, 2, 3)
ARTICLES_PER_FILE_WEIGHTS = (50, 30, 20)


@dataclass(frozen=True)
class LexiconArticle:
    """What one generated article holds: its title and the words it used, in order of first use."""

    title: str
    place: str
    organisation: str
    topics: tuple[str, ...]
    words: tuple[str, ...]


class Pool:
    """Words of one slot, drawn by the frequency jieba's dictionary gives them."""

    def __init__(self, words: list[tuple[str, int]]) -> None:
        self.words = [w for w, _ in words]
        self.cumulative = list(itertools.accumulate(f for _, f in words))

    def draw(self, rng: random.Random) -> str:
        return self.words[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]

    def draw_flat(self, rng: random.Random, among: int) -> str:
        """A word among the ``among`` most frequent, each equally likely: topics vary more than common words."""
        return self.words[rng.randrange(min(among, len(self.words)))]


def dictionary_path() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


@lru_cache(maxsize=1)
def pools() -> dict[str, Pool]:
    """The dictionary's words by slot, most frequent first (ties by the word, so the order is fixed)."""
    tags = {tag: slot for slot, group in SLOTS.items() for tag in group}
    found: dict[str, list[tuple[str, int]]] = {slot: [] for slot in SLOTS}
    with dictionary_path().open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] in tags and _HAN.fullmatch(parts[0]):
                found[tags[parts[2]]].append((parts[0], int(parts[1])))
    return {slot: Pool(sorted(words, key=lambda wf: (-wf[1], wf[0]))) for slot, words in found.items()}


class Writer:
    """Sentences for one article: slots filled from the pools, the article's own words recurring."""

    def __init__(self, rng: random.Random, p: dict[str, Pool]) -> None:
        self.rng, self.p = rng, p
        self.place = p["place"].draw_flat(rng, 3000)
        self.organisation = p["organisation"].draw_flat(rng, 2000)
        self.topics = tuple(dict.fromkeys(p["noun"].draw_flat(rng, 20_000) for _ in range(3)))
        self.used: dict[str, None] = {}

    def word(self, slot: str) -> str:
        rng = self.rng
        if slot == "noun" and rng.random() < 0.3:
            w = rng.choice(self.topics)
        elif slot == "subject":
            roll = rng.random()
            w = (self.place + self.organisation if roll < 0.15 else self.place if roll < 0.3
                 else self.organisation if roll < 0.4 else self.word("noun"))
            return w
        else:
            w = self.p[slot].draw(rng)
        self.used.setdefault(w, None)
        return w

    def sentence(self) -> str:
        w, rng = self.word, self.rng
        shape = rng.randrange(5)
        if shape == 0:
            s = f"{w('subject')}{w('adverb')}{w('verb')}{w('noun')}，{w('verb')}{w('adjective')}的{w('noun')}"
        elif shape == 1:
            s = f"在{w('noun')}{w('noun')}方面，{w('subject')}{w('verb')}{w('noun')}和{w('noun')}"
        elif shape == 2:
            s = f"{w('noun')}{w('adverb')}{w('adjective')}，{w('idiom')}"
        elif shape == 3:
            s = f"{w('subject')}{w('verb')}了{rng.randint(2, 98)}个{w('noun')}，{w('adverb')}{w('verb')}{w('noun')}"
        else:
            s = f"{w('adjective')}的{w('noun')}{w('verb')}{w('noun')}，{w('subject')}{w('verb')}{w('noun')}"
        return s + "。"

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rng.randint(2, 5)))


def article(rng: random.Random, p: dict[str, Pool], day: dt.date, length: int) -> tuple[str, LexiconArticle]:
    """The Markdown of one article of about ``length`` characters, and what it holds."""
    writer = Writer(rng, p)
    title = f"{writer.place}{writer.topics[0]}{writer.word('verb')}{writer.word('noun')}"
    lead = f"{day.year}年{day.month}月{day.day}日，" if rng.random() < 0.7 else f"{day.month}月{day.day}日，"
    paragraphs = [lead + writer.paragraph()]
    size = len(paragraphs[0])
    while size < length:
        paragraphs.append(writer.paragraph())
        size += len(paragraphs[-1])
    spec = LexiconArticle(title, writer.place, writer.organisation, writer.topics, tuple(writer.used))
    return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", spec


def iter_corpus(n: int, seed: int) -> Iterator[CorpusFile]:
    """The files of an ``n``-article corpus, in order, without touching the disk."""
    if n < 1:
        raise ValueError("the corpus needs at least one article")
    rng, p = random.Random(seed), pools()
    first = dt.date(LAST_YEAR - years_for(n) + 1, 1, 1)
    days = (dt.date(LAST_YEAR, 12, 31) - first).days
    written = index = 0
    while written < n:
        count = min(n - written, rng.choices(ARTICLES_PER_FILE, weights=ARTICLES_PER_FILE_WEIGHTS)[0])
        day = first + dt.timedelta(days=rng.randrange(days + 1))
        pieces = [article(rng, p, day, rng.randint(750, 2150)) for _ in range(count)]
        text = "\n".join(t for t, _ in pieces)
        rel = f"{index // FILES_PER_FOLDER:03d}/{index:06d}_{rng.getrandbits(64):016x}.txt"
        yield CorpusFile(rel, text.encode("utf-8"), tuple(s for _, s in pieces), len(text))  # type: ignore[arg-type]
        written += count
        index += 1


def queries(seed: int, used: Counter[str], places: Counter[str], organisations: Counter[str],
            pairs: list[tuple[str, str]]) -> list[str]:
    """About twenty queries from the corpus's own words: common, middling, once-seen, names, pairs, one absent."""
    rng = random.Random(f"lexicon-queries-{seed}")
    ranked = sorted(used, key=lambda w: (-used[w], w))

    def some(words: list[str], k: int) -> list[str]:
        return rng.sample(words, min(k, len(words)))

    middling = [w for w in ranked if 5 <= used[w] <= 50]
    once = [w for w in ranked if used[w] == 1]
    out = (some(ranked[:40], 4) + some(middling, 4) + some(once, 3)
           + some(sorted(places, key=lambda w: (-places[w], w))[:30], 2)
           + some(sorted(organisations, key=lambda w: (-organisations[w], w))[:30], 2)
           + [f"{a} {b}" for a, b in some(pairs, 2)])
    absent = next(w for w in pools()["noun"].words[::-1] if w not in used and len(w) >= 3)
    out.append(absent)
    return list(dict.fromkeys(out))


def generate(n: int, seed: int, out: Path) -> list[Path]:
    """Write an ``n``-article corpus into ``out`` (new or empty), with a manifest like :mod:`bench.corpus`'s."""
    out = Path(out)
    used: Counter[str] = Counter()
    places: Counter[str] = Counter()
    organisations: Counter[str] = Counter()
    pairs: list[tuple[str, str]] = []
    paths: list[Path] = []
    chars = articles = 0
    for f in write_files(iter_corpus(n, seed), out, paths):
        chars += f.chars
        for spec in f.articles:
            assert isinstance(spec, LexiconArticle)
            articles += 1
            used.update(spec.words)
            places[spec.place] += 1
            organisations[spec.organisation] += 1
            if len(pairs) < 500 and len(spec.topics) > 1:
                pairs.append((spec.place, spec.topics[1]))
    manifest = {
        "generator": "lexicon",
        "articles": articles,
        "files": len(paths),
        "seed": seed,
        "characters": chars,
        "kinds": {"lexicon": articles},
        "people": 0,
        "officials": 0,
        "districts": 0,
        "places": len(places),
        "words": len(used),
        "queries": queries(seed, used, places, organisations, pairs),
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    return command(argv, "python -m bench.lexicon_corpus", __doc__, generate, lambda m: f"{m['words']} distinct words")


if __name__ == "__main__":
    sys.exit(main())
