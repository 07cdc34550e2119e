"""Site size accounting: what counts as search index, and what a rebuild changed."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:           # the bench package lives at the repository root, not in src/
    sys.path.insert(0, str(ROOT))

from bench.sitefiles import changed, classify, fingerprints, folder, measure, served_size  # noqa: E402


def test_classify_finds_the_index_by_elimination() -> None:
    assert classify("articles/ab12.html") == "html"
    assert classify("index.html") == "html"
    assert classify("static/js/search.js") == "static"
    assert classify("data/articles.json") == "data"
    assert classify("sitemap.xml") == classify("robots.txt") == classify(".nojekyll") == "meta"
    assert classify("search/index-0.6210cd4687.js") == "index"
    assert classify("search-index.json") == "index"
    assert classify("pagefind/index/x.pf_index") == classify("pagefind-bench.html") == "extra"


def write(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


def test_measure_splits_sizes_and_leaves_out_benchmark_files(tmp_path: Path) -> None:
    index = ("巡察组值班电话" * 500).encode()
    write(tmp_path, {"index.html": b"<p>x</p>", "static/site.css": b"a{}", "data/a.json": b"[]",
                     "search/index-0.js": index, "search/store-0.js": b"x" * 10,
                     "pagefind/pagefind.js": b"y" * 1000})
    s = measure(tmp_path)
    assert s.files == 5
    assert s.by_class == {"data": 2, "html": 8, "index": len(index) + 10, "static": 3}
    assert s.total_bytes == sum(s.by_class.values())
    assert s.index_files == 2 and s.largest_index_file == len(index)
    assert s.index_gzip_bytes == len(gzip.compress(index, 6, mtime=0)) + len(gzip.compress(b"x" * 10, 6, mtime=0))
    assert s.by_folder == {"data": (2, 1), "search": (len(index) + 10, 2), "listings": (8, 1), "other": (3, 1)}


def test_folder_puts_feeds_with_districts_and_home_pages_with_listings() -> None:
    assert folder("articles/ab12.html") == "articles"
    assert folder("districts/x-12ab.html") == folder("districts/x-12ab.xml") == folder("districts/x/2.html") \
        == "districts"
    assert folder("people/letter/a.html") == "people" and folder("dates/2024-03.html") == "dates"
    assert folder("search.html") == folder("search/docs/3.js") == "search"
    assert folder("index.html") == folder("page/2.html") == folder("inspections/2.html") == "listings"
    assert folder("feed.xml") == folder("static/css/site.css") == folder("404.html") == "other"


def test_served_size_never_exceeds_the_raw_size(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": b"\x00\x01", "b.txt": b"z" * 5000})
    assert served_size(tmp_path / "a.txt") == 2
    assert served_size(tmp_path / "b.txt") < 100


def test_changed_counts_added_removed_and_changed(tmp_path: Path) -> None:
    write(tmp_path, {"a.html": b"1", "b.html": b"2", "c.html": b"3"})
    before = fingerprints(tmp_path)
    (tmp_path / "a.html").write_bytes(b"one")
    (tmp_path / "c.html").unlink()
    write(tmp_path, {"d.html": b"4"})
    assert changed(before, fingerprints(tmp_path)) == {"added": 1, "removed": 1, "changed": 1}
