"""Per-file work (read → split/repair → extract) as a pure, cacheable function.

``process_file`` depends only on its :class:`FileJob` (path, bytes, limits), so
it can run in any ``concurrent.futures.Executor`` — a local process pool, or a
distributed one (Dask's ``Client.get_executor()``, Ray's) for archives too
large for one machine — and its result can be cached under a key made of the
content hash, the settings it reads and a fingerprint of the code that runs.
"""
from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .diskstore import PickleStore, code_fingerprint
from .pickling import PackedTuple
from .records import Draft, Metadata, SourceFile
from .readers import SourceError, read
from .readers.front_matter import FRONT_MATTER

#: Modules whose code decides what process_file returns (part of the cache key).
_CODE = ("records.py", "pickling.py", "textnorm.py", "simplified.py", "sources.py", "decoding.py", "readers/*.py",
         "readers/data/*", "split/*.py", "split/data/*", "repair*.py", "extract/*.py", "extract/data/*",
         "filework.py", "diskstore.py", "texts.py")
#: Installed packages whose version decides what process_file returns (the encoding guessed, t2s,
#: a web page's main text, a Word file's paragraphs).
_DISTRIBUTIONS = ("charset-normalizer", "opencc-python-reimplemented", "trafilatura", "lxml", "python-docx")


@dataclass(frozen=True)
class FileJob:
    rel: str                       # path relative to the content folder
    raw: bytes
    fmt: str                       # the reader's format name: "txt", "md", …
    #: Why the file's bytes could not be read (``raw`` is then empty).
    unreadable: str | None = None


@dataclass(frozen=True)
class FileOutcome:
    rel: str
    drafts: tuple[Draft, ...] = ()
    metas: Sequence[Metadata] = ()  # a tuple, or packed as the file cache keeps it
    skipped: str | None = None     # reason when the file yields no article
    warnings: tuple[str, ...] = ()
    encoding: str = ""             # the encoding it was decoded from; empty when it could not be
    #: Per draft, where its front matter values came from (see SourceFile.provenance).
    provenance: tuple[Mapping[str, str], ...] = ()
    #: The file cache's key of the job (its bytes, path, format, settings and the
    #: code): set by the build, empty when not known.
    key: str = ""
    #: Tracebacks of unexpected exceptions met in this file, for a verbose build;
    #: an outcome with any is not cached (the failure may not recur).
    traces: tuple[str, ...] = ()
    #: Per draft, the title derived from its first sentence when it has no headline ("" when
    #: it has one): made where the splitting rules are loaded, so that the process keeping
    #: the outcome's texts need not load them.
    openings: tuple[str, ...] = ()


def process_file(job: FileJob) -> FileOutcome:
    """Read, split and extract one file. Never raises: problems become the outcome,
    an unexpected exception (a bug, or input no rule foresaw) included, so that one
    file never stops the build or, in a process pool, loses the other files' outcomes."""
    if job.unreadable is not None:
        return FileOutcome(job.rel, skipped=job.unreadable)
    try:
        reading = read(job.rel, job.raw, job.fmt)
    except SourceError as e:
        return FileOutcome(job.rel, skipped=str(e))
    except Exception as e:  # a reader tripping over odd input must not stop the archive
        return FileOutcome(job.rel, skipped=f"could not be read as {job.fmt} ({_named(e)})", traces=(_trace(e),))
    try:
        return split_and_extract(reading.sources, reading.warnings)
    except Exception as e:
        return FileOutcome(job.rel, skipped=f"could not be processed ({_named(e)})", traces=(_trace(e),))


def _named(e: BaseException) -> str:
    """The exception's type and the first line of its message."""
    first = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {first}" if first else type(e).__name__


def _trace(e: BaseException) -> str:
    return "".join(traceback.format_exception(e)).rstrip()


def split_and_extract(sources: SourceFile | Sequence[SourceFile], warnings: Iterable[str] = ()) -> FileOutcome:
    """Split the source records of one file into drafts (numbered through the file) and
    extract each draft's metadata."""
    from .extract import extract_fields  # the rules' tables load in the process that runs them
    from .split import derive_title, split_source
    if isinstance(sources, SourceFile):
        sources = (sources,)
    first = sources[0]
    warnings = list(warnings)
    drafts: list[Draft] = []
    provenance: list[Mapping[str, str]] = []
    try:
        for src in sources:
            found = split_source(src)
            places = dict(src.provenance)
            if len(found) > 1 and places.get("title", FRONT_MATTER) != FRONT_MATTER:
                # a page's headline names the page: each article it holds keeps its own
                found = [replace(d, front_matter={k: v for k, v in d.front_matter.items() if k != "title"})
                         for d in found]
                del places["title"]
            drafts.extend(replace(d, ordinal=len(drafts) + 1) for d in found)
            provenance.extend(places for _ in found)
    except Exception as e:  # one odd file must not stop the archive
        return FileOutcome(first.path, skipped=f"could not be split into articles ({_named(e)})",
                           warnings=tuple(warnings), encoding=first.encoding, traces=(_trace(e),))
    if not drafts:
        return FileOutcome(first.path, skipped="no article text found", warnings=tuple(warnings),
                           encoding=first.encoding)
    metas = []
    traces = []
    for d in drafts:
        meta, failures = extract_fields(d)
        metas.append(meta)
        for name, e in failures:     # the field left empty, the article and its other fields kept
            warnings.append(f"article {d.ordinal}: {name} extraction failed ({_named(e)}); built without it")
            traces.append(_trace(e))
    return FileOutcome(first.path, tuple(drafts), tuple(metas), None, tuple(warnings), encoding=first.encoding,
                       provenance=tuple(provenance), traces=tuple(traces),
                       openings=tuple("" if d.title else derive_title(d.paragraphs) for d in drafts))


class FileCache(PickleStore):
    """Outcomes of process_file on disk (see :mod:`newsarchive.diskstore`)."""

    def __init__(self, folder: Path | None, settings: str) -> None:
        super().__init__(folder, accept=lambda value: isinstance(value, FileOutcome))
        self.salt = f"{code_fingerprint(_CODE, _DISTRIBUTIONS)}|{settings}"

    def put(self, key: str, value: FileOutcome) -> None:
        """Keep ``value`` with its metadata packed: a rebuild takes most files' metadata
        from the shared copy instead (see :class:`~.pickling.PackedTuple`)."""
        super().put(key, replace(value, metas=PackedTuple.of(value.metas)) if value.metas else value)

    def key(self, job: FileJob) -> str:
        return self.key_of(job.rel, job.fmt, content_digest(job.raw))

    def key_of(self, rel: str, fmt: str, digest: bytes) -> str:
        """The key of the file ``rel`` read as ``fmt``, its bytes hashing to ``digest``
        (:func:`content_digest`)."""
        h = hashlib.sha256(self.salt.encode())
        h.update(rel.encode())
        h.update(fmt.encode())
        h.update(digest)
        return h.hexdigest()


def content_digest(raw: bytes) -> bytes:
    """The hash of a source's bytes that its cache key is made from."""
    return hashlib.sha256(raw).digest()
