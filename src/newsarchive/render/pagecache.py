"""Rendered pages kept between builds, so a rebuild renders only what changed.

A page's bytes depend on its template (and the templates it includes), the
site settings, the rendering code and the values in its context.  The key is
a hash of all of these; a page whose key is unchanged is taken from the cache
instead of being rendered.  An article's hash is computed once per build
however many pages show it (its own, its neighbours', its related ones).

A page whose context holds the whole :class:`~newsarchive.archive.Archive`
(the district index, the inspection directory) could change with any article: it is rendered
every time.  The other pages (articles, people, districts, months, home pages) receive
only what they show, so they can be cached.

Pages are kept zlib-compressed: HTML shrinks about fivefold, and the cache's
buckets are held in memory for the whole render stage.
"""
from __future__ import annotations

import hashlib
import pickle
import zlib
from pathlib import Path
from typing import Any, Mapping

from ..archive import Archive
from ..config import Config
from ..diskstore import PickleStore, code_fingerprint
from ..records import Article

#: Modules whose code decides a page's bytes besides the templates.
_CODE = ("render/*.py", "records.py", "archive.py", "config.py")


def _fingerprint(config: Config) -> bytes:
    h = hashlib.sha256(code_fingerprint(_CODE).encode())
    templates = Path(config.templates)
    for p in sorted(templates.rglob("*")) if templates.is_dir() else ():
        if p.is_file():
            h.update(p.relative_to(templates).as_posix().encode())
            h.update(p.read_bytes())
    h.update(pickle.dumps(config, protocol=pickle.HIGHEST_PROTOCOL))
    return h.digest()


class PageCache(PickleStore):
    """Page bytes on disk under ``folder`` (None: keep nothing), keyed by what decides them."""

    def __init__(self, folder: Path | None, config: Config) -> None:
        super().__init__(folder, accept=lambda value: isinstance(value, bytes))
        self.salt = _fingerprint(config)
        # Values shared by many pages (articles, the settings, the district
        # table) are hashed once: by identity, holding the value so that its
        # id is not reused within the build.
        self._shared: dict[int, tuple[Any, bytes]] = {}

    def get(self, key: str) -> bytes | None:
        packed = super().get(key)
        if packed is None:
            return None
        try:
            return zlib.decompress(packed)
        except zlib.error:
            return None

    def put(self, key: str, value: bytes) -> None:
        super().put(key, zlib.compress(value, 1))

    def key(self, template: str, context: Mapping[str, Any]) -> str | None:
        """The page's key, or None when it cannot be cached (the whole archive in its context)."""
        h = hashlib.sha256(self.salt)
        h.update(template.encode())
        try:
            for name in sorted(context):
                h.update(b"\0" + name.encode() + b"\0")
                h.update(self._digest(context[name]))
        except _Uncacheable:
            return None
        return h.hexdigest()

    def _digest(self, value: Any) -> bytes:
        if value is None or isinstance(value, (str, int, float, bool)):
            return _hash(value)
        held = self._shared.get(id(value))
        if held is not None and held[0] is value:
            return held[1]
        if isinstance(value, Archive):
            raise _Uncacheable
        if isinstance(value, (list, tuple)) and any(isinstance(v, (Article, Archive)) for v in value):
            digest = b"".join(self._digest(v) for v in value)
        elif isinstance(value, dict) and any(isinstance(v, (Article, Archive)) for v in value.values()):
            digest = b"".join(_hash(k) + self._digest(v) for k, v in value.items())
        else:
            digest = _hash(value)
        self._shared[id(value)] = (value, digest)
        return digest


class _Uncacheable(Exception):
    pass


def _hash(value: Any) -> bytes:
    try:
        return hashlib.sha1(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)).digest()
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        raise _Uncacheable from e
