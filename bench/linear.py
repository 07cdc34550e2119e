"""Build time against input size for ordinary and for hostile shapes of input.

    python -m bench.linear [--mb 0.25] [--field 5000] [--seed 1] [--keep DIR]

Three inputs, each at one and at two times its size, side by side:

* **normal** — a generated corpus (:mod:`bench.corpus`) of about ``--mb`` MB;
* **one line** — the same text as one file of one line (every line break and
  blank line dropped), the shape of a page saved without its markup;
* **long field** — one Markdown article whose front-matter ``district`` is
  ``--field`` Chinese characters with no punctuation.

Each build runs cold in a child process with one worker (:mod:`bench.child`).
Printed per run: megabytes of source, seconds of build, seconds per MB, CPU
seconds of the child (steadier than the clock on a shared machine) and per MB,
and the slowest stage.  When the time is linear in the input, seconds per MB stays
about the same from one size to its double; a stage that is quadratic doubles
it.  Figures are printed, never judged: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import re
import resource
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

from .corpus import iter_corpus
from .run import log, run_child

#: Generated articles average about 1,400 characters, about 4,200 bytes of UTF-8.
BYTES_PER_ARTICLE = 4_200
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


def corpus_text(mb: float, seed: int) -> list[tuple[str, str]]:
    """(relative path, text) of a generated corpus of about ``mb`` megabytes."""
    n = max(1, round(mb * 1e6 / BYTES_PER_ARTICLE))
    return [(f.rel, _decode(f.data)) for f in iter_corpus(n, seed)]


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("generated file in an unknown encoding")


def write_normal(folder: Path, mb: float, seed: int) -> None:
    for rel, text in corpus_text(mb, seed):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def write_one_line(folder: Path, mb: float, seed: int) -> None:
    text = "".join(t.replace("\r", "").replace("\n", "") for _, t in corpus_text(mb, seed))
    (folder / "one-line.txt").write_text(text, encoding="utf-8")


def write_long_field(folder: Path, chars: int, seed: int) -> None:
    """One article whose district is ``chars`` Chinese characters in one run."""
    han = ""
    mb = 0.05
    while len(han) < chars:
        han = "".join(_NOT_HAN.sub("", t) for _, t in corpus_text(mb, seed))
        mb *= 2
    body = _decode(next(iter_corpus(1, seed)).data)
    (folder / "long-field.md").write_text(f"---\ntitle: 长字段\ndistrict: {han[:chars]}\n---\n\n{body}",
                                          encoding="utf-8")


def source_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(name: str, write: Callable[[Path], None], work: Path) -> dict[str, Any]:
    folder = name.replace(" ", "-")
    content, out = work / f"{folder}-content", work / f"{folder}-site"
    content.mkdir(parents=True)
    write(content)
    size = source_bytes(content)
    log(f"building {name} ({size / 1e6:.2f} MB)…")
    before = _children_cpu()
    run = run_child(content, out, workers=1)
    cpu = _children_cpu() - before
    stage, seconds = max(run["timings"].items(), key=lambda kv: kv[1])
    return {"case": name, "mb": size / 1e6, "seconds": run["build_s"], "cpu": cpu, "articles": run["articles"],
            "slowest": f"{stage} {seconds:.2f}s"}


def _children_cpu() -> float:
    """CPU seconds of the finished child processes: on a shared machine a steadier
    figure than the wall clock (it includes the child's interpreter start-up)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def format_rows(rows: list[dict[str, Any]]) -> str:
    header = ["input", "MB", "articles", "build s", "s per MB", "CPU s", "CPU s per MB", "slowest stage"]
    body = [[r["case"], f"{r['mb']:.3f}", str(r["articles"]), f"{r['seconds']:.2f}",
             f"{r['seconds'] / r['mb']:.1f}", f"{r['cpu']:.2f}", f"{r['cpu'] / r['mb']:.1f}", r["slowest"]]
            for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(header)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in [header, *body]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.linear", description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=0.25, help="size of the normal and one-line inputs (default 0.25)")
    ap.add_argument("--field", type=int, default=5_000, help="characters of the long field (default 5000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="keep inputs and sites in this folder")
    a = ap.parse_args(argv)
    work = a.keep or Path(tempfile.mkdtemp(prefix="newsarchive-linear-"))
    cases: list[tuple[str, Callable[[Path], None]]] = []
    for factor in (1, 2):
        mb = a.mb * factor
        cases.append((f"normal x{factor}", lambda d, mb=mb: write_normal(d, mb, a.seed)))
    for factor in (1, 2):
        mb = a.mb * factor
        cases.append((f"one line x{factor}", lambda d, mb=mb: write_one_line(d, mb, a.seed)))
    for factor in (1, 2):
        chars = a.field * factor
        cases.append((f"long field {chars} chars", lambda d, chars=chars: write_long_field(d, chars, a.seed)))
    try:
        rows = [measure(name, write, work) for name, write in cases]
    finally:
        if a.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(format_rows(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
