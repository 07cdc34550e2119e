"""Data files as scripts: format, hashed names, determinism."""
from __future__ import annotations

import json
import re

from newsarchive.search.bundle import QUEUE, data_file, to_json


def payload_of(body: bytes) -> tuple[str, object]:
    text = body.decode("utf-8")
    m = re.fullmatch(r"\(window\.(\w+)=window\.\1\|\|\[\]\)\.push\(\[(\"[^\"]+\"),(.*)\]\);\n", text, re.S)
    assert m, text[:120]
    assert m.group(1) == QUEUE
    return json.loads(m.group(2)), json.loads(m.group(3))


def test_data_file_pushes_name_and_payload():
    f = data_file("store-0", [["标题", "articles/a.html"]])
    assert payload_of(f.body) == ("store-0", [["标题", "articles/a.html"]])
    assert re.fullmatch(r"search/store-0\.[0-9a-f]{10}\.js", f.path)
    assert f.ref() == {"name": "store-0", "file": f.path}


def test_file_name_follows_content():
    assert data_file("x", {"a": 1}).path == data_file("x", {"a": 1}).path
    assert data_file("x", {"a": 1}).path != data_file("x", {"a": 2}).path


def test_line_separators_are_escaped_for_javascript():
    text = to_json({"t": "a\u2028b\u2029c"})
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"t": "a\u2028b\u2029c"}
