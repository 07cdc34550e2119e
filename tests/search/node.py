"""Run the search core (and lunr.js) in Node, the same code the page runs.

The core's parts are modules under static/js/search-core.parts/ (the build joins
them into the page's search-core.js); Node requires the last, which requires the rest.

``run_js(body, data)`` evaluates ``body`` — a function body that sees
``core``, ``lunr`` and ``data`` — and returns what it returns, through JSON.
``core`` also holds ``mergeShards`` of lunr_reference.js (the whole index, which
the page never loads, as the reference for its per-query lunr.js index).
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from newsarchive.config import PROJECT_ROOT

CORE_JS = PROJECT_ROOT / "static" / "js" / "search-core.parts" / "9-core.js"
LUNR_JS = PROJECT_ROOT / "node_modules" / "lunr" / "lunr.js"
REFERENCE_JS = Path(__file__).with_name("lunr_reference.js")

_PRELUDE = """
const core = Object.assign({}, require(%s), require(%s));
const lunr = require(%s);
let input = '';
process.stdin.on('data', c => input += c);
process.stdin.on('end', () => {
  const data = JSON.parse(input);
  const result = (function (core, lunr, data) { %s })(core, lunr, data);
  process.stdout.write(JSON.stringify(result === undefined ? null : result));
});
"""


def node_binary() -> str:
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        raise RuntimeError("node not found: the search tests run search-core.js in Node (apt-get install nodejs)")
    return node


def run_js(body: str, data: Any = None) -> Any:
    """Evaluate ``body`` with ``core``, ``lunr`` and ``data`` bound; return its JSON result."""
    script = _PRELUDE % (json.dumps(str(CORE_JS)), json.dumps(str(REFERENCE_JS)), json.dumps(str(LUNR_JS)), body)
    proc = subprocess.run([node_binary(), "-e", script], input=json.dumps(data, ensure_ascii=False),
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"node failed:\n{proc.stderr}")
    return json.loads(proc.stdout)
