"""Page keys kept between builds, so a rebuild renders only what changed.

A page's bytes depend on its template (and the templates it includes), the
site settings, the rendering code and the values in its context.  The key is
a hash of all of these; it tags the page for the writer, which records it
with the file.  A page whose key is the one its file was written with, the
file untouched since (``SiteWriter.keeps``), is :class:`Kept`: neither
rendered nor read back.  The output folder is where pages are kept: the
cache holds no copy of them (compressing every page cost a large build a
fifth of its render stage, and keeping them a large archive's memory).  A
page whose file is gone or was changed by hand is rendered again.  An
article stands in a key for its fingerprint (a hash of what it was made
from), so no article is serialised to compute a key; values shared by many
pages are hashed once per build.

A page whose context holds the whole :class:`~newsarchive.archive.Archive`
(the district index, the inspection directory) could change with any article: it is rendered
every time.  The other pages (articles, people, districts, months, home pages) receive
only what they show, so they can be kept.

Hashing a context still costs tens of microseconds a page.  A build whose
archive has the key of the previous one (the same records in the same places,
see ``pipeline.model_archive``) and the same templates, settings and code gives
each page the context it had, but for the articles in it: a page none of
whose articles changed has the key it had.  So each page's key is kept with
the fingerprints of the articles its context held (``prints``), and a page
whose articles all still exist, fingerprint for fingerprint, takes its key
from there unhashed.  This holds because a page's context is made from the
archive's records, the settings and the articles it holds, never from
articles it does not hold.
"""
from __future__ import annotations

import copyreg
import hashlib
import io
import pickle
from pathlib import Path
from typing import Any, Callable, Mapping, NamedTuple

from ..archive import Archive, ArticleLinks, District, InspectionEntry, Month, Person
from ..config import Config
from ..diskstore import code_fingerprint, dump_atomically, read_pickle
from ..records import Article, PartialDate
from ..writer import Kept

#: Modules whose code decides a page's bytes besides the templates.
_CODE = ("render/*.py", "records.py", "archive.py", "readings.py", "data/surname_readings.yaml", "config.py",
         "person_pages.py", "data/person_pages.yaml")


class Linked(NamedTuple):
    """An article as a page that lists or links to it shows it (an article's previous,
    next and related articles, a person's articles): all that page shows of it, so
    all its key holds of it.  Its fingerprint in that key would make an edit of its
    text render every page linking to it again, for the same bytes; its address,
    title, date and district change those pages, and do."""

    url: str
    title: str
    date: PartialDate | None
    district: str | None

    @classmethod
    def of(cls, article: Article) -> "Linked":
        return cls(article.url, article.title, article.date, article.district)

    @property
    def token(self) -> str:
        """What a page's prints hold of the link: one string (hashed and pickled many times
        faster than the tuple with its date), never a fingerprint's hex."""
        d = self.date
        when = "" if d is None else f"{d.year}-{d.month}-{d.day}"
        return f"\x1f{self.url}\x1f{self.title}\x1f{when}\x1f{self.district or ''}"


def _fingerprint(config: Config) -> bytes:
    h = hashlib.sha256(code_fingerprint(_CODE).encode())
    templates = Path(config.templates)
    for p in sorted(templates.rglob("*")) if templates.is_dir() else ():
        if p.is_file():
            h.update(p.relative_to(templates).as_posix().encode())
            h.update(p.read_bytes())
    h.update(pickle.dumps(config.shown_settings(), protocol=pickle.HIGHEST_PROTOCOL))
    return h.digest()


class PageCache:
    """Each page's key, and the keys of the previous build kept under ``folder`` (None: none)."""

    def __init__(self, folder: Path | None, config: Config,
                 keeps: Callable[[str, str], bool] | None = None, archive: Archive | None = None) -> None:
        """``keeps(path, key)``: whether the file at ``path`` is still the page the previous
        build made from ``key`` (see ``SiteWriter.keeps``); then it need not be made again.
        ``archive``: with a key, its records stand in page keys for their place in it."""
        self.folder = folder
        self.salt = _fingerprint(config)
        self._keeps = keeps
        keyed = archive is not None and bool(archive.key)
        tokens: dict[int, str] = {}

        def places() -> Mapping[int, str]:
            """Each record's place in the archive, by id: made when a key first needs it."""
            if keyed and not tokens:
                assert archive is not None
                tokens.update((id(record), f"{archive.key}/{place}") for place, record in archive.records())
            return tokens

        #: Fingerprints of the articles met while hashing the current page.
        self._seen: list[str | None] = []
        #: Each link's token held once, so that the prints pickle each only once.
        self._links: dict[str, str] = {}
        self._dispatch = _dispatch_table(places, self._seen, self._links)
        # Values shared by many pages (articles, the settings, the district
        # table) are hashed once: by identity, holding the value so that its
        # id is not reused within the build; with the fingerprints they hold.
        self._shared: dict[int, tuple[Any, bytes, tuple[str | None, ...]]] = {}
        #: What keys were made from: salt and archive key, then per page path its
        #: template, key and the fingerprints of its articles (see the module docstring).
        self._header = (self.salt, archive.key) if keyed else None
        self._made: dict[str, tuple[str, str, tuple[str | None, ...]]] = {}
        self._prior: dict[str, tuple[str, str, tuple[str | None, ...]]] = {}
        self._current: frozenset[str] = frozenset()
        if keyed and folder is not None:
            assert archive is not None
            self._prior = _read_prints(folder / _PRINTS, self._header)
            self._links.update((t, t) for t in (Linked.of(a).token for a in archive.articles))
            self._current = frozenset(a.fingerprint for a in archive.articles if a.fingerprint) | self._links.keys()

    def kept(self, path: str, key: str) -> bool:
        """Can the page at ``path`` with ``key`` stay as the previous build wrote it?"""
        return self._keeps is not None and self._keeps(path, key)

    def as_before(self, path: str, template: str) -> Kept | None:
        """The page at ``path``, when it has the key it had (see the module docstring) and
        its file is still as the previous build wrote it: asked before its context is
        made, which then need not be."""
        prior = self._prior.get(path)
        if prior is None or prior[0] != template or not self._current.issuperset(prior[2]):
            return None
        if not self.kept(path, prior[1]):
            return None
        self._made[path] = prior
        return Kept(prior[1])

    def key(self, template: str, context: Mapping[str, Any]) -> str | None:
        """The page's key, or None when it cannot be cached (the whole archive in its context)."""
        path = context.get("page_path")
        prior = self._prior.get(path) if isinstance(path, str) else None
        if prior is not None and prior[0] == template and self._current.issuperset(prior[2]):
            self._made[path] = prior
            return prior[1]
        h = hashlib.sha256(self.salt)
        h.update(template.encode())
        self._seen.clear()
        try:
            for name in sorted(context):
                h.update(b"\0" + name.encode() + b"\0")
                h.update(self._digest(context[name]))
        except _Uncacheable:
            return None
        key = h.hexdigest()
        if isinstance(path, str) and self._header is not None:
            self._made[path] = (template, key, tuple(sorted(set(self._seen), key=str)))
        return key

    def save(self) -> None:
        """Keep this build's page keys with their articles' fingerprints for the next (see
        the module docstring); other files in the folder (pages an older version of
        this program kept there) are removed."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for entry in self.folder.iterdir():
            if entry.name != _PRINTS and entry.is_file():
                entry.unlink()
        if self._header is None:
            (self.folder / _PRINTS).unlink(missing_ok=True)
        else:
            dump_atomically(self.folder / _PRINTS, (_PRINTS_FORMAT, self._header, self._made))

    def _digest(self, value: Any) -> bytes:
        """Bytes standing for ``value``: equal for equal values, different otherwise
        (up to hash collisions).  Plain values are spelled out, others hashed from
        their pickle in which an article is its fingerprint (:class:`_KeyPickler`)."""
        kind = type(value)
        if kind is str:
            return b"s%d:" % len(value) + value.encode("utf-8", "surrogatepass")
        if value is None:
            return b"N"
        if kind is bool:
            return b"T" if value else b"F"
        if kind is int:
            return b"i%d;" % value
        held = self._shared.get(id(value))
        if held is not None and held[0] is value:
            self._seen.extend(held[2])
            return held[1]
        start = len(self._seen)
        digest = _hash(value, self._dispatch)
        if (kind is Article and not value.fingerprint) or kind is Config \
                or (kind in (list, tuple, dict) and len(value) > _HOLD_FROM):
            # shared by many pages: hashed once, held so that its id is not reused (an
            # article with a fingerprint is hashed as that at once, and never held: a
            # page's article may be a copy whole with its texts, see ..texts)
            self._shared[id(value)] = (value, digest, tuple(self._seen[start:]))
        return digest


#: Containers longer than this are hashed once per build however many pages hold them.
_HOLD_FROM = 8

#: The file keeping each page's key and its articles' fingerprints (and links).
_PRINTS = "page.prints"
_PRINTS_FORMAT = 2


def _read_prints(path: Path, header: tuple[bytes, str]) -> dict[str, tuple[str, str, tuple[str | None, ...]]]:
    """The page keys kept by a build with the same ``header`` (salt, archive key); else none."""
    kept = read_pickle(path)
    if isinstance(kept, tuple) and len(kept) == 3 and kept[:2] == (_PRINTS_FORMAT, header) \
            and isinstance(kept[2], dict):
        return kept[2]
    return {}


class _Uncacheable(Exception):
    pass


def _fingerprinted(fingerprint: str) -> str:
    """What an article with a fingerprint is pickled as in a key (never unpickled)."""
    return fingerprint


def _token(token: str) -> str:
    """What an archive record is pickled as in a key: its place in the archive (never unpickled)."""
    return token


def _settings(shown: tuple) -> tuple:
    """What the settings are pickled as in a key: those pages depend on (never unpickled)."""
    return shown


def _reduce_config(config: Config) -> Any:
    return _settings, (config.shown_settings(),)


def _refuse(value: Any) -> Any:
    raise _Uncacheable


#: The archive's own record types (see ``Archive.records``).
_RECORDS = (ArticleLinks, Person, District, Month, InspectionEntry)


def _dispatch_table(places: Callable[[], Mapping[int, str]], seen: list[str | None], links: dict[str, str]
                    ) -> dict[type, Callable[[Any], Any]]:
    """How a key pickles: an article as its fingerprint (see :attr:`Article.fingerprint`),
    an archive record as its place in an archive with a key (``places()``, by id), so
    that a key never serialises an article's text nor the records built from it;
    the settings as those pages depend on; the whole archive is refused.  Through a
    dispatch table, so other types never call back into Python.  Each article's
    fingerprint goes to ``seen`` (None: an article without one), and each link's
    token (:class:`Linked`), as held in ``links``."""

    def article(value: Article) -> Any:
        seen.append(value.fingerprint or None)
        if value.fingerprint:
            return _fingerprinted, (value.fingerprint,)
        return value.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

    def linked(value: Linked) -> Any:
        token = value.token
        seen.append(links.setdefault(token, token))
        return Linked, tuple(value)

    def record(value: Any) -> Any:
        token = places().get(id(value))
        if token is not None:
            return _token, (token,)
        return value.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

    return {**copyreg.dispatch_table, Article: article, Linked: linked, Config: _reduce_config, Archive: _refuse,
            **{kind: record for kind in _RECORDS}}


class _KeyPickler(pickle.Pickler):
    def __init__(self, file: Any, dispatch: Mapping[type, Callable[[Any], Any]]) -> None:
        self.dispatch_table = dispatch  # read when the pickler is made
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)


def _hash(value: Any, dispatch: Mapping[type, Callable[[Any], Any]]) -> bytes:
    buffer = io.BytesIO()
    try:
        _KeyPickler(buffer, dispatch).dump(value)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        raise _Uncacheable from e
    return hashlib.sha1(buffer.getbuffer()).digest()
