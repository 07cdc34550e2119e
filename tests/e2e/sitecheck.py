"""Checks over a built site folder: links resolve, HTML parses, XML parses.

Used by the site tests on full builds and by the render tests on hand-built
archives; no browser needed.
"""
from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib

#: (tag, attribute) pairs that point at another resource
LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
              ("form", "action"), ("iframe", "src"), ("source", "src")}
#: Schemes that leave the site and are not checked (javascript: is never allowed)
EXTERNAL = ("mailto:", "tel:", "sms:", "data:")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag, name) in LINK_ATTRS:
                self.links.append((tag, name, value))


def scan(path: Path) -> _Collector:
    c = _Collector()
    c.feed(path.read_text(encoding="utf-8"))
    c.close()
    return c


LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
SCHEMA = Path(__file__).resolve().parents[1] / "data" / "structured-data.schema.json"


def structured_data(html: str) -> list[dict]:
    """Every JSON-LD block of a page, parsed (json.loads raises on a broken one)."""
    return [json.loads(block) for block in LD_JSON.findall(html)]


def structured_data_errors(html: str) -> list[str]:
    """Each JSON-LD block checked against the required properties of its type."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text("utf-8")))
    return [f"{data.get('@type')}: {e.message}" for data in structured_data(html)
            for e in validator.iter_errors(data)]


def html_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def html_errors(path: Path) -> list[str]:
    """html5lib parse errors of one page (empty when the page is well-formed HTML)."""
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(path.read_bytes(), transport_encoding="utf-8")
    return [f"{path.name}:{line}:{col}: {code} {vars_ or ''}" for (line, col), code, vars_ in parser.errors]


def xml_error(path: Path) -> str | None:
    try:
        ET.parse(path)
    except ET.ParseError as e:
        return f"{path}: {e}"
    return None


def broken_links(root: Path, base_path: str = "/", allow: frozenset[str] = frozenset()) -> list[str]:
    """Every in-site href/src of every page that does not resolve to a file (or a missing #id).

    ``allow`` lists site-relative paths another stage will produce, for checks
    run on the render stage alone.  Root-absolute links must start with
    ``base_path``; anything that climbs above the site root is broken.
    """
    pages = html_pages(root)
    scans = {p: scan(p) for p in pages}
    problems: list[str] = []
    for page, found in scans.items():
        rel_page = page.relative_to(root).as_posix()
        for tag, attr, value in found.links:
            where = f"{rel_page}: <{tag} {attr}={value!r}>"
            if value.lower().startswith("javascript:"):
                problems.append(f"{where} uses javascript:")
                continue
            if value.startswith(EXTERNAL):
                continue
            parts = urlsplit(value)
            if parts.scheme in ("http", "https"):
                continue  # absolute URLs are canonical/og addresses, checked elsewhere
            if not parts.path:
                if parts.fragment and parts.fragment not in found.ids:
                    problems.append(f"{where}: no element with id {parts.fragment!r}")
                continue
            path = unquote(parts.path)
            if path.startswith("/"):
                if not path.startswith(base_path):
                    problems.append(f"{where}: outside the base path {base_path}")
                    continue
                target = path[len(base_path):]
            else:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(rel_page), path))
            if target.startswith("..") or target in ("", "."):
                problems.append(f"{where}: leaves the site")
                continue
            file = root / target
            if not file.is_file():
                if target not in allow:
                    problems.append(f"{where}: {target} does not exist"
                                    + (" (a directory: link to its index.html)" if file.is_dir() else ""))
                continue
            if parts.fragment and file.suffix == ".html":
                ids = scans[file].ids if file in scans else scan(file).ids
                if parts.fragment not in ids:
                    problems.append(f"{where}: no element with id {parts.fragment!r}")
    return problems


def write_site(files: dict[str, bytes], root: Path) -> Path:
    """Write a render-stage output dict to ``root`` (tests only; the real writer is atomic)."""
    for rel, data in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root
