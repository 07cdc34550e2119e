"""Sizes of a built site, split by what the files are for.

The search index is found by elimination, so the benchmark does not depend on
how the search stage names its files: everything that is not an HTML page,
not a static asset, not the data export and not site metadata (feeds,
sitemap, robots.txt) is search data.  Sizes "as served" are gzip -6, the way
GitHub Pages compresses text.
"""
from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HTML, STATIC, DATA, META, INDEX, EXTRA = "html", "static", "data", "meta", "index", "extra"
#: Prefix of what the benchmark itself adds to a site (Pagefind's bundle and test page), not the build.
EXTRA_PREFIX = "pagefind"
_META_FILES = {"robots.txt", ".nojekyll", "CNAME", "favicon.ico"}


def classify(rel: str) -> str:
    """What a site-relative path is for: html, static, data, meta, index or extra."""
    parts = rel.split("/")
    if parts[0].startswith(EXTRA_PREFIX):
        return EXTRA
    if rel.endswith(".html"):
        return HTML
    if parts[0] == "static":
        return STATIC
    if parts[0] == "data":
        return DATA
    if len(parts) == 1 and (rel in _META_FILES or rel.endswith((".xml", ".txt", ".webmanifest"))):
        return META
    return INDEX


#: Folders of the per-folder table, in its order; a district's feeds count with its pages.
FOLDERS = ("articles", "data", "districts", "people", "dates", "search", "listings", "other")
_LISTINGS = ("index.html", "page", "inspections.html", "inspections")


def folder(rel: str) -> str:
    """Which row of the per-folder table a site-relative path counts in."""
    top = rel.split("/", 1)[0]
    if top in ("articles", "data", "districts", "people", "dates", "search"):
        return top
    if top == "search.html":
        return "search"
    return "listings" if top in _LISTINGS else "other"


@lru_cache(maxsize=4096)
def _gzip_size(path: str, mtime_ns: int, size: int) -> int:
    return len(gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0))


def gzip_size(path: Path) -> int:
    """gzip -6 size of a file (cached while the file is unchanged)."""
    st = path.stat()
    return _gzip_size(str(path), st.st_mtime_ns, st.st_size)


def served_size(path: Path) -> int:
    """Bytes on the wire: the gzip -6 size, or the raw size when that is smaller (already compressed files)."""
    return min(path.stat().st_size, gzip_size(path))


@dataclass(frozen=True)
class SiteSizes:
    files: int
    total_bytes: int
    by_class: dict[str, int]           # class → raw bytes
    by_folder: dict[str, tuple[int, int]]  # folder (see FOLDERS) → (raw bytes, files)
    index_files: int
    index_gzip_bytes: int
    largest_index_file: int
    largest_file: tuple[str, int] = ("", 0)   # the site's largest file: its path and bytes

    def to_json(self) -> dict:
        return {"files": self.files, "total_bytes": self.total_bytes, "by_class": self.by_class,
                "by_folder": {k: list(v) for k, v in self.by_folder.items()},
                "index_files": self.index_files, "index_gzip_bytes": self.index_gzip_bytes,
                "largest_index_file": self.largest_index_file, "largest_file": list(self.largest_file)}


def site_files(site: Path) -> list[tuple[str, Path]]:
    """(site-relative POSIX path, path) of every file, sorted."""
    return sorted((p.relative_to(site).as_posix(), p) for p in site.rglob("*") if p.is_file())


def measure(site: Path, gzip_index: bool = True) -> SiteSizes:
    """Sizes of the built site; the benchmark's own extra folders are left out of the totals."""
    by_class: dict[str, int] = {}
    by_folder: dict[str, tuple[int, int]] = {}
    files = total = index_files = index_gz = largest = 0
    largest_file = ("", 0)
    for rel, path in site_files(site):
        kind = classify(rel)
        if kind == EXTRA:
            continue
        size = path.stat().st_size
        files += 1
        total += size
        by_class[kind] = by_class.get(kind, 0) + size
        f_bytes, f_files = by_folder.get(folder(rel), (0, 0))
        by_folder[folder(rel)] = (f_bytes + size, f_files + 1)
        if size > largest_file[1]:
            largest_file = (rel, size)
        if kind == INDEX:
            index_files += 1
            largest = max(largest, size)
            if gzip_index:
                index_gz += gzip_size(path)
    ordered = {k: by_folder[k] for k in FOLDERS if k in by_folder}
    return SiteSizes(files, total, dict(sorted(by_class.items())), ordered, index_files, index_gz, largest,
                     largest_file)


def fingerprints(site: Path) -> dict[str, str]:
    """Content hash of every file, to count what a rebuild changed."""
    return {rel: hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
            for rel, path in site_files(site) if classify(rel) != EXTRA}


def changed(before: dict[str, str], after: dict[str, str]) -> dict[str, int]:
    """How many outputs a rebuild added, removed and changed."""
    return {
        "added": sum(1 for k in after if k not in before),
        "removed": sum(1 for k in before if k not in after),
        "changed": sum(1 for k in after if k in before and before[k] != after[k]),
    }
