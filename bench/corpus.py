"""Deterministic generator of raw news files for scale tests.

    python -m bench.corpus --articles 1000 --seed 1 --out /tmp/corpus

Writes ``NNN/000123_<hex>.txt`` files (at most 1000 per folder) holding one to
five articles each, in the layouts of real Chinese government news pages, and
a hidden ``.corpus.json`` manifest (ignored by the build: hidden files are not
sources) with the counts and the benchmark's query list.  The same N and seed
always give byte-identical files: every draw comes from one
``random.Random(seed)``, never from global state or the clock.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from . import compose, inspection
from .layout import choose_style, encode, render_file
from .model import (COMMUNITY, INSPECTION_MEETING, INSPECTION_NOTICE, MEETING, PHOTO, VISIT, ArticleSpec,
                    Composed, Notes, Place, Places)
from .people import People
from .phrases import Ctx
from .queries import Vocabulary

MANIFEST = ".corpus.json"
FILES_PER_FOLDER = 1000
LAST_YEAR = 2025
#: A real archive holds tens of thousands of articles a year.
ARTICLES_PER_YEAR = 15_000

COMPOSERS: dict[str, Callable[[Ctx, Place, int], Composed]] = {
    MEETING: compose.meeting,
    VISIT: compose.visit,
    COMMUNITY: compose.community,
    PHOTO: compose.photo,
    INSPECTION_NOTICE: inspection.notice,
    INSPECTION_MEETING: inspection.mobilisation,
}
KIND_WEIGHTS = {MEETING: 36, VISIT: 7, COMMUNITY: 22, PHOTO: 4, INSPECTION_NOTICE: 15, INSPECTION_MEETING: 16}
ARTICLES_PER_FILE = (1, 2, 3, 4, 5)
ARTICLES_PER_FILE_WEIGHTS = (30, 25, 20, 13, 12)


@dataclass(frozen=True)
class CorpusFile:
    """One generated source file: where it goes, its bytes, and what it holds."""

    rel: str
    data: bytes
    articles: tuple[ArticleSpec, ...]
    chars: int          # length of the decoded text


def years_for(n: int) -> int:
    return max(1, min(10, round(n / ARTICLES_PER_YEAR)))


def iter_corpus(n: int, seed: int) -> Iterator[CorpusFile]:
    """The files of an ``n``-article corpus, in order, without touching the disk."""
    if n < 1:
        raise ValueError("the corpus needs at least one article")
    rng = random.Random(seed)
    people, places = People(rng), Places(rng)
    first = dt.date(LAST_YEAR - years_for(n) + 1, 1, 1)
    days = (dt.date(LAST_YEAR, 12, 31) - first).days
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    written = index = 0
    while written < n:
        count = min(n - written, rng.choices(ARTICLES_PER_FILE, weights=ARTICLES_PER_FILE_WEIGHTS)[0])
        page_date = first + dt.timedelta(days=rng.randrange(days + 1))
        home = places.place()
        composed = []
        for _ in range(count):
            place = home if rng.random() < 0.75 else places.place()
            day = page_date - dt.timedelta(days=rng.choice((0, 0, 1, 2)))
            ctx = Ctx(rng, people, places, (day.year, day.month, day.day), Notes())
            kind = rng.choices(kinds, weights=weights)[0]
            composed.append(COMPOSERS[kind](ctx, place, rng.randint(750, 2150)))
        style = choose_style(rng, count)
        text, specs = render_file(rng, style, composed)
        rel = f"{index // FILES_PER_FOLDER:03d}/{index:06d}_{rng.getrandbits(64):016x}.txt"
        yield CorpusFile(rel, encode(text, style), tuple(specs), len(text))
        written += count
        index += 1


def generate(n: int, seed: int, out: Path) -> list[Path]:
    """Write an ``n``-article corpus into ``out`` (new or empty); return the files in order.

    The manifest ``out/.corpus.json`` records what was meant: files, articles,
    kinds, distinct people and places, characters, and the query list.
    """
    out = Path(out)
    vocab = Vocabulary()
    kinds: Counter[str] = Counter()
    paths: list[Path] = []
    chars = 0
    for f in write_files(iter_corpus(n, seed), out, paths):
        chars += f.chars
        for spec in f.articles:
            vocab.add(spec)
            kinds[spec.kind] += 1
    manifest = {
        "articles": sum(kinds.values()),
        "files": len(paths),
        "seed": seed,
        "characters": chars,
        "kinds": dict(sorted(kinds.items())),
        "people": vocab.people,
        "officials": len(vocab.officials),
        "districts": len(vocab.districts),
        "places": len(vocab.places),
        "queries": vocab.queries(seed),
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return paths


def load_manifest(corpus: Path) -> dict:
    """The manifest :func:`generate` wrote into ``corpus``."""
    return json.loads((Path(corpus) / MANIFEST).read_text(encoding="utf-8"))


def write_files(files: Iterable[CorpusFile], out: Path, paths: list[Path]) -> Iterator[CorpusFile]:
    """Write each file under ``out`` (new or empty), append its path to ``paths``, and pass it on."""
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out}: not empty; the corpus needs a new or empty folder")
    for f in files:
        path = out / f.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f.data)
        paths.append(path)
        yield f


def command(argv: Sequence[str] | None, prog: str, doc: str, make: Callable[[int, int, Path], list[Path]],
            counted: Callable[[dict], str]) -> int:
    """The command line of a generator: ``--articles N --seed S --out DIR``, then a one-line summary."""
    ap = argparse.ArgumentParser(prog=prog, description=doc.split("\n\n")[0])
    ap.add_argument("--articles", type=int, required=True, metavar="N", help="number of articles")
    ap.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    ap.add_argument("--out", type=Path, required=True, metavar="DIR", help="new or empty folder")
    a = ap.parse_args(argv)
    try:
        paths = make(a.articles, a.seed, a.out)
    except (FileExistsError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    m = load_manifest(a.out)
    print(f"{m['articles']} articles in {len(paths)} files, {m['characters']} characters, {counted(m)} → {a.out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return command(argv, "python -m bench.corpus", __doc__, generate,
                   lambda m: f"{m['people']} people, {m['districts']} districts")


if __name__ == "__main__":
    sys.exit(main())
