"""Main-text extractors compared on the saved pages in tests/data/html/.

    python -m bench.html_extractors

For each page and extractor: **recall**, the share of the body's characters
(``gold.yaml``) found in what the extractor kept, each body paragraph counted
whole or not at all; **noise**, the share of what it kept that is neither body
nor headline (navigation, breadcrumb, share bar, sidebar, footer).  Needs
readability-lxml and jusText besides trafilatura (``pip install .[bench]``).
jusText has no Chinese stop-word list: it runs without one (``stopwords_low``
and ``stopwords_high`` at 0, so only length and link density decide), once
with its default lengths (counted in characters: 70/200) and once with
lengths fit for Chinese, where a character carries a word's meaning (20/60).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import yaml

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "html"
_SPACE = re.compile(r"[\s\u3000]+")


def _trafilatura(html: str) -> list[str]:
    import trafilatura
    text = trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False,
                               with_metadata=False) or ""
    return text.split("\n")


def _readability(html: str) -> list[str]:
    import lxml.html
    from readability import Document
    summary = Document(html).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    blocks = root.xpath("//p|//div[not(descendant::p) and not(descendant::div)]|//h1|//h2|//h3|//h4|//td"
                        "[not(descendant::td) and not(descendant::p) and not(descendant::div)]|//li")
    return [b.text_content() for b in blocks] or [root.text_content()]


def _justext(lengths: tuple[int, int]) -> Callable[[str], list[str]]:
    def run(html: str) -> list[str]:
        import justext
        paragraphs = justext.justext(html.encode("utf-8"), frozenset(), length_low=lengths[0],
                                     length_high=lengths[1], stopwords_low=0, stopwords_high=0,
                                     encoding="utf-8")
        return [p.text for p in paragraphs if not p.is_boilerplate]
    return run


def _reader(html: str) -> list[str]:
    """What the .html reader hands over (trafilatura with its preparation, or the
    page's <article> elements), markup of headings and captions taken off."""
    from newsarchive.readers import read
    from newsarchive.split.lines import strip_inline
    lines = []
    for src in read("page.html", html.encode("utf-8"), "html").sources:
        for line in src.text.split("\n"):
            text, alts = strip_inline(line.lstrip("#").strip())
            lines.extend([text, *alts])
    return lines


EXTRACTORS: dict[str, Callable[[str], list[str]]] = {
    "html reader": _reader,
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
    "jusText (70/200)": _justext((70, 200)),
    "jusText (20/60)": _justext((20, 60)),
}


def _clean(text: str) -> str:
    return _SPACE.sub("", text)


def score(kept: list[str], body: list[str], headlines: list[str]) -> tuple[float, float]:
    """(recall, noise) of the blocks ``kept`` against the page's body and headlines."""
    lines = [c for c in map(_clean, kept) if c]
    everything = "".join(lines)
    gold = [_clean(p) for p in body]
    recall = sum(len(p) for p in gold if p in everything) / sum(len(p) for p in gold)
    allowed = gold + [_clean(h) for h in headlines]
    noise = 0
    for line in lines:
        rest = line
        for part in sorted(allowed, key=len, reverse=True):
            rest = rest.replace(part, "")
        noise += len(rest)
    return recall, noise / max(1, len(everything))


def main() -> None:
    gold = yaml.safe_load((PAGES / "gold.yaml").read_text(encoding="utf-8"))
    from newsarchive.readers.base import decode_text
    rows = []
    for name, want in gold.items():
        html = decode_text((PAGES / name).read_bytes())[0]
        for extractor, run in EXTRACTORS.items():
            recall, noise = score(run(html), want["body"], want["headlines"])
            rows.append((name, extractor, recall, noise))
    print(f"{'page':22} {'extractor':18} {'recall':>7} {'noise':>7}")
    for name, extractor, recall, noise in rows:
        print(f"{name:22} {extractor:18} {recall:7.0%} {noise:7.0%}")
    print()
    for extractor in EXTRACTORS:
        mine = [r for r in rows if r[1] == extractor]
        print(f"{'mean':22} {extractor:18} {sum(r[2] for r in mine) / len(mine):7.0%} "
              f"{sum(r[3] for r in mine) / len(mine):7.0%}")


if __name__ == "__main__":
    main()
