"""Static assets: copied into the site, scripts and style sheets minified."""
from __future__ import annotations

import json
import subprocess

import pytest

from newsarchive.config import PROJECT_ROOT
from newsarchive.render.assets import StaticAssetError, copy_static
from newsarchive.search.index import shared_facts

from tests.search.node import LUNR_JS, node_binary


def test_scripts_and_styles_lose_comments_and_spacing_other_files_are_copied(tmp_path):
    (tmp_path / "js").mkdir()
    (tmp_path / "js" / "a.js").write_text("/* why it works */\nfunction add(a, b) {\n  return a + b;  // sum\n}\n",
                                          encoding="utf-8")
    (tmp_path / "a.css").write_text("/* note */\nbody {\n  color: red;\n}\n", encoding="utf-8")
    (tmp_path / "logo.svg").write_bytes(b"<svg>  </svg>\n")
    (tmp_path / ".hidden.js").write_text("x", encoding="utf-8")
    out = copy_static(tmp_path)
    assert sorted(out) == ["static/a.css", "static/js/a.js", "static/logo.svg"]
    assert out["static/js/a.js"] == b"function add(a,b){return a+b;}"
    assert out["static/a.css"] == b"body{color:red}"
    assert out["static/logo.svg"] == b"<svg>  </svg>\n"


def test_a_parts_folder_becomes_one_file_its_parts_joined_in_name_order(tmp_path):
    parts = tmp_path / "js" / "tool.parts"
    parts.mkdir(parents=True)
    (parts / "2-use.js").write_text("var b = a + 1;\n", encoding="utf-8")
    (parts / "1-define.js").write_text("/* first */\nvar a = 1;\n", encoding="utf-8")
    out = copy_static(tmp_path)
    assert sorted(out) == ["static/js/tool.js"]
    assert out["static/js/tool.js"] == b"var a=1;var b=a+1;"


def test_parts_of_two_suffixes_are_refused_by_name(tmp_path):
    parts = tmp_path / "mixed.parts"
    parts.mkdir()
    (parts / "a.js").write_text("var a;", encoding="utf-8")
    (parts / "b.css").write_text("b{}", encoding="utf-8")
    with pytest.raises(StaticAssetError, match="mixed.parts"):
        copy_static(tmp_path)


SEARCH = """
const core = (%s);
const lunr = require(%s);
const vocab = new core.Vocabulary(['郑州', '郑州市', '书记', '0371'], [[1, 0, 3], [1, 1, 2], [2, 0, 1, 1, 4], [1, 1, 5]]);
const engine = {shared: %s, vocab, stop: {}};
const answers = ['郑州市 书记', '037', '郑州'].map(q => core.search(q, engine, lunr).hits);
const marked = core.snippet('郑州市的书记', ['郑州市', '书记'], null, 10);
process.stdout.write(JSON.stringify([answers, marked]));
"""


def required(path):
    """Node's expression for the core the module at ``path`` exports."""
    return f"require({json.dumps(str(path))})"


def as_in_a_page(path):
    """Node's expression for the core the script at ``path`` gives a page (no ``module``: the page's branch)."""
    return ("(() => { const box = {self: {}}; require('vm').runInNewContext("
            f"require('fs').readFileSync({json.dumps(str(path))}, 'utf8'), box); return box.self.NewsArchiveSearchCore; }})()")


def answers(core):
    return json.loads(subprocess.run([node_binary(), "-e", SEARCH % (core, json.dumps(str(LUNR_JS)),
                                                                  json.dumps(shared_facts(2)))],
                                     capture_output=True, text=True, check=True).stdout)


def test_the_joined_minified_search_core_answers_in_a_page_as_its_parts_in_node(tmp_path):
    small = copy_static(PROJECT_ROOT / "static")["static/js/search-core.js"]
    parts = PROJECT_ROOT / "static" / "js" / "search-core.parts"
    assert len(small) < 0.7 * sum(p.stat().st_size for p in parts.iterdir())
    (tmp_path / "core.js").write_bytes(small)
    got = answers(as_in_a_page(tmp_path / "core.js"))
    assert got == answers(required(parts / "9-core.js"))
    assert [[h["ref"] for h in hits] for hits in got[0]] == [["1", "0"], ["1"], ["0"]]
