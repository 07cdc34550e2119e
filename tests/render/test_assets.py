"""Static assets: copied into the site, scripts and style sheets minified."""
from __future__ import annotations

import json
import subprocess

from newsarchive.config import PROJECT_ROOT
from newsarchive.render.assets import copy_static
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


SEARCH = """
const core = require(%s);
const lunr = require(%s);
const vocab = new core.Vocabulary(['郑州', '郑州市', '书记', '0371'], [[1, 0, 3], [1, 1, 2], [2, 0, 1, 1, 4], [1, 1, 5]]);
const engine = {shared: %s, vocab, stop: {}};
const answers = ['郑州市 书记', '037', '郑州'].map(q => core.search(q, engine, lunr).hits);
const marked = core.snippet('郑州市的书记', ['郑州市', '书记'], null, 10);
process.stdout.write(JSON.stringify([answers, marked]));
"""


def answers(core_js):
    return json.loads(subprocess.run([node_binary(), "-e", SEARCH % (json.dumps(str(core_js)), json.dumps(str(LUNR_JS)),
                                                                  json.dumps(shared_facts(2)))],
                                     capture_output=True, text=True, check=True).stdout)


def test_the_minified_search_core_answers_as_the_source(tmp_path):
    small = copy_static(PROJECT_ROOT / "static")["static/js/search-core.js"]
    source = PROJECT_ROOT / "static" / "js" / "search-core.js"
    assert len(small) < 0.7 * len(source.read_bytes())
    (tmp_path / "core.js").write_bytes(small)
    got = answers(tmp_path / "core.js")
    assert got == answers(source)
    assert [[h["ref"] for h in hits] for hits in got[0]] == [["1", "0"], ["1"], ["0"]]
