"""Pages rendered by an executor's workers (a Dask cluster), the model sent to each once.

The page functions run here as always: they decide each page's path, make its
context and its key, and skip pages kept from the previous build.  Only the
template's rendering is sent away.  The model (the archive, the settings,
the values every page shares and the templates' sources) is a :class:`~newsarchive.executors.Shared` value,
sent to every worker once; a page's context then travels as a small pickle in
which every article, archive record, the archive and the settings are named
by their place in the model (``persistent_id``), and the worker renders from
its own copy of them (so do the values every page shares, such as the table of
district links).  The bytes are those this process would render: same
templates, same environment, values equal to the originals.

Pages go out in batches as they are made; a part of the site is handed to the
writer once its pages are back, while the workers render the next ones.
"""
from __future__ import annotations

import hashlib
import io
import pickle
import uuid
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from ..executors import Executor, Shared, prepared_value
from ..writer import Kept, tagged

#: Pages sent to a worker together.
BATCH_PAGES = 16


@dataclass(frozen=True)
class Model:
    """What a worker renders from: the archive, the settings, the values every page's
    context shares (by name) and every template's source."""

    archive: Archive
    config: Config
    common: Mapping[str, Any]
    templates: Mapping[str, str]


def template_sources(folder: Path) -> dict[str, str]:
    """Every template under ``folder`` by its name there (as the loader names it)."""
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _places(model: Model) -> Iterator[tuple[str, Any]]:
    """(place, object) of every value a context names instead of carrying."""
    yield "archive", model.archive
    yield "config", model.config
    yield from ((f"common/{name}", value) for name, value in model.common.items())
    yield from ((f"article/{n}", a) for n, a in enumerate(model.archive.articles))
    yield from model.archive.records()


@dataclass
class _Worker:
    """A worker's side of one model: its environment and its objects by place."""

    env: jinja2.Environment
    objects: dict[str, Any]


def _worker_of(model: Model) -> _Worker:
    from .env import make_env

    env = make_env(model.config, loader=jinja2.DictLoader(dict(model.templates)))
    return _Worker(env, dict(_places(model)))


def _resolve(model: str, place: str) -> Any:
    """The object at ``place`` in this worker's copy of the model named ``model``."""
    return prepared_value(model).objects[place]


def render_job(worker: _Worker, job: tuple[str, bytes]) -> bytes:
    """One page rendered on a worker: its template and pickled context."""
    template, context = job
    return worker.env.get_template(template).render(pickle.loads(context)).encode("utf-8")


class _ContextPickler(pickle.Pickler):
    """Pickles a context with the model's objects named by place (:func:`_resolve` finds
    them).  ``reducer_override`` is not asked about strings, numbers and plain
    containers, so only records and the like cost a look-up."""

    def __init__(self, file: Any, model: str, places: Mapping[int, str]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._model = model
        self._places = places

    def reducer_override(self, obj: Any) -> Any:
        place = self._places.get(id(obj))
        if place is None:
            return NotImplemented
        return _resolve, (self._model, place)


class _Named:
    """A top-level context value of the model (a shared dict, say), pickled as its place."""

    def __init__(self, model: str, place: str) -> None:
        self.model, self.place = model, place

    def __reduce__(self) -> Any:
        return _resolve, (self.model, self.place)


@dataclass(frozen=True)
class Deferred:
    """A page sent away: filled in by :meth:`RemotePages.filled` before it is written."""

    number: int


class RemotePages:
    """Sends pages to ``executor`` in batches, the model ahead of them; see the module docstring."""

    def __init__(self, archive: Archive, config: Config, common: Mapping[str, Any], executor: Executor,
                 batch: int = BATCH_PAGES) -> None:
        """``common``: values every page's context holds (the page cache left out)."""
        self.executor = executor
        self.batch = batch
        model = Model(archive, config, dict(common), template_sources(Path(config.templates)))
        self.shared = Shared(model, _worker_of, _token(model))
        self._places = {id(obj): place for place, obj in _places(model)}
        self._window = executor.window()
        self._jobs: list[tuple[str, bytes]] = []
        self._keys: list[str | None] = []
        self._out: deque[tuple[Any, list[str | None]]] = deque()  # futures of batches sent, oldest first
        self._done: dict[int, bytes] = {}
        self._sent = 0  # pages sent so far; page n is in batch n // batch
        self._taken = 0  # pages whose bytes came back

    def defer(self, template: str, context: Mapping[str, Any], key: str | None) -> Deferred:
        """Queue a page; its batch goes once full (the oldest waited for when too many are out)."""
        token, places = self.shared.token, self._places
        top = {name: _Named(token, places[id(value)]) if id(value) in places else value
               for name, value in context.items()}
        buffer = io.BytesIO()
        _ContextPickler(buffer, token, places).dump(top)
        self._jobs.append((template, buffer.getvalue()))
        self._keys.append(key)
        number = self._sent + len(self._jobs) - 1
        if len(self._jobs) >= self.batch:
            self._send()
        return Deferred(number)

    def _send(self) -> None:
        if not self._jobs:
            return
        self._out.append((self.executor.submit(render_job, self._jobs, self.shared), self._keys))
        self._sent += len(self._jobs)
        self._jobs, self._keys = [], []
        while len(self._out) > self._window:
            self._take()

    def _take(self) -> None:
        future, keys = self._out.popleft()
        pages = self.executor.result(future)
        self.executor.release(future)
        for key, page in zip(keys, pages):
            self._done[self._taken] = tagged(page, key) if key is not None else page
            self._taken += 1

    def filled(self, part: Mapping[str, Any]) -> dict[str, bytes | Kept]:
        """``part`` with each deferred page's bytes, waiting for those not back yet."""
        out: dict[str, Any] = {}
        for path, value in part.items():
            if isinstance(value, Deferred):
                if value.number >= self._sent:
                    self._send()
                while value.number not in self._done:
                    self._take()
                value = self._done.pop(value.number)
            out[path] = value
        return out

    def parts(self, parts: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, bytes | Kept]]:
        for part in parts:
            yield self.filled(part)


def _token(model: Model) -> str:
    """The model named by its content where that is cheap: the archive's key (its records'
    inputs and code), every article's fingerprint (what it was made from), the settings,
    the shared values and the templates; a name of its own when an article has no fingerprint."""
    prints = [a.fingerprint for a in model.archive.articles]
    if not model.archive.key or not all(prints):
        return f"model:{uuid.uuid4().hex}"
    h = hashlib.sha256(model.archive.key.encode())
    for p in prints:
        h.update(p.encode())
    h.update(pickle.dumps((model.config, sorted(model.common.items()), sorted(model.templates.items())),
                          protocol=pickle.HIGHEST_PROTOCOL))
    return "model:" + h.hexdigest()
