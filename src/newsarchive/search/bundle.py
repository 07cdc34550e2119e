"""Search data as JavaScript files the page loads with <script> elements.

A page opened from ``file://`` may not fetch JSON, but it may run scripts, so
every data file is one statement that hands its payload to a queue the page
reads::

    (window.newsarchiveSearch=window.newsarchiveSearch||[]).push(["index-0",{…}]);

File names carry a hash of their content (``search/index-0.3f9a1c2b7d.js``):
a browser or CDN cache can never pair a new manifest with an old index.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

#: The global array every data file pushes ``[name, payload]`` onto.
QUEUE = "newsarchiveSearch"
DATA_DIR = "search"


@dataclass(frozen=True)
class DataFile:
    name: str      # logical name the page asks for, e.g. "index-0"
    path: str      # site-relative path, e.g. search/index-0.3f9a1c2b7d.js
    body: bytes

    def ref(self) -> dict[str, str]:
        """How the manifest points at this file."""
        return {"name": self.name, "file": self.path}


def to_json(payload: Any) -> str:
    """Compact, deterministic JSON that is also a valid JavaScript expression."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def data_file(name: str, payload: Any) -> DataFile:
    """Wrap ``payload`` as a script named by its content hash."""
    body = f'(window.{QUEUE}=window.{QUEUE}||[]).push([{json.dumps(name)},{to_json(payload)}]);\n'
    data = body.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()[:10]
    return DataFile(name, f"{DATA_DIR}/{name}.{digest}.js", data)
