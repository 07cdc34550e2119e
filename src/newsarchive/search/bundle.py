"""Search data as JavaScript files the page loads with <script> elements.

A page opened from ``file://`` may not fetch JSON, but it may run scripts, so
every data file is one statement that hands its payload to a queue the page
reads::

    (window.newsarchiveSearch=window.newsarchiveSearch||[]).push(["index-0",{…}]);

Files the manifest names one by one carry a hash of their content
(``search/facets.3f9a1c2b7d.js``): a browser or CDN cache can never pair a
new manifest with old data.  Files the page finds by number (index chunk k,
document n) keep a fixed path, and the page asks for them with the build's
token (``search/docs/12.js?v=<token>``), a hash of all of them: listing
thousands of hashed names in the manifest would cost every query bytes.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..writer import Kept

#: The global array every data file pushes ``[name, payload]`` onto.
QUEUE = "newsarchiveSearch"
DATA_DIR = "search"


@dataclass(frozen=True)
class DataFile:
    name: str      # logical name the page asks for, e.g. "index-0"
    path: str      # site-relative path, e.g. search/index-0.3f9a1c2b7d.js
    #: The content; with a tag (``writer.Tagged``) when a string that changes with
    #: it is known, or ``writer.Kept`` for a file left as the previous build wrote it.
    body: bytes | Kept

    def ref(self) -> dict[str, str]:
        """How the manifest points at this file."""
        return {"name": self.name, "file": self.path}


def to_json(payload: Any) -> str:
    """Compact, deterministic JSON that is also a valid JavaScript expression."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def script(name: str, payload: Any) -> bytes:
    """The statement pushing ``[name, payload]`` onto the page's queue, UTF-8."""
    return script_of_json(name, to_json(payload))


def script_of_json(name: str, payload_json: str) -> bytes:
    """:func:`script` of a payload already serialised by :func:`to_json`."""
    return f'(window.{QUEUE}=window.{QUEUE}||[]).push([{json.dumps(name)},{payload_json}]);\n'.encode("utf-8")


def data_file(name: str, payload: Any) -> DataFile:
    """Wrap ``payload`` as a script named by its content hash."""
    data = script(name, payload)
    digest = hashlib.sha256(data).hexdigest()[:10]
    return DataFile(name, f"{DATA_DIR}/{name}.{digest}.js", data)


def numbered_file(folder: str, number: int | str, payload: Any) -> DataFile:
    """Item ``number`` (or letter) of a series, at the fixed path ``search/<folder>/<number>.js``."""
    return numbered_file_of_json(folder, number, to_json(payload))


def numbered_file_of_json(folder: str, number: int | str, payload_json: str) -> DataFile:
    """:func:`numbered_file` of a payload already serialised by :func:`to_json`."""
    name = numbered_name(folder, number)
    return DataFile(name, numbered_path(folder, number), script_of_json(name, payload_json))


def numbered_name(folder: str, number: int | str) -> str:
    return f"{folder}-{number}"


def numbered_path(folder: str, number: int | str) -> str:
    return f"{DATA_DIR}/{folder}/{number}.js"


class BuildToken:
    """A hash of the fixed-path files, fed one file at a time: changes whenever any of them
    does.  A file with a tag counts by its tag, which changes with its content."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def add(self, f: DataFile) -> DataFile:
        self._hash.update(f.path.encode())
        tag = getattr(f.body, "tag", None)
        if tag is not None:
            self._hash.update(b"t" + hashlib.sha256(tag.encode()).digest())
        else:
            assert isinstance(f.body, bytes)
            self._hash.update(b"b" + hashlib.sha256(f.body).digest())
        return f

    def value(self) -> str:
        return self._hash.hexdigest()[:10]
