"""Article texts kept on disk, the records holding where: the model keeps metadata only.

An article's paragraphs and captions are nine tenths of its record, yet only a
few stages read them, an article (or a batch) at a time: its page, the
archive's feed, its line of the data export, its search terms and document.
So when a file's outcome comes back from processing, :meth:`TextStore.keep`
appends its drafts' texts to a segment file in the cache folder and returns
the outcome with bare drafts: each holds a :class:`TextRef` (where the texts of
its file are, which of them is its own, and what of the text the model shows:
the excerpt's characters and, for a draft without a headline, the title its
first sentence gives).  The file cache keeps the bare outcomes, so a rebuild
reads back no text at all; a stage that needs texts asks the store for its
batch (:meth:`TextStore.full_all`) and gets the articles whole.

A segment file is written by one build and only appended to while it runs; a
build deletes the segments no outcome it used points to.  An edited file's old
texts stay in their segment, dead, and each build that processed a file
leaves a segment: the file stage copies the live entries of a segment that is
more than half dead, and of all but the largest once there are more than
:data:`MAX_SEGMENTS`, into the build's own (:meth:`TextStore.to_move`), so
that the folder stays a few files about the size of the archive's texts.  Each entry carries
a CRC-32 of its bytes: an entry that is cut short, missing or damaged is
never read as text.  A cached outcome whose entry lies beyond its segment's end
(a build stopped while writing) is processed again (:meth:`TextStore.holds`);
one whose bytes fail their check when read is processed again then, through
``redo``, from the source file whose bytes have the key the entry was kept
under, and its file's key is noted (``damaged``) so that the next build
processes that file again instead of reading the entry.  Without a usable
folder (cannot be created or written) texts stay in the records, in memory,
and every stage takes them as they are.

The store stays in the build's process (a forked search process reads it as
well): a cluster's workers have no shared disk, so what they are sent (a
page's context, an article's search inputs, a document file's rows) is made
here from the articles whole, texts included.
"""
from __future__ import annotations

import os
import pickle
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Sequence

from .pickling import pickled_by_init

if TYPE_CHECKING:
    from .records import Article, Draft

#: Characters of an article's body the model keeps: enough for every excerpt a page
#: shows of an article it does not print (listings 60 or 80, a district feed's 80).
LEAD_CHARS = 81
_SUFFIX = ".texts"
#: The keys of the files whose entries failed their check, one a line.
DAMAGED = "damaged"
#: Segments of earlier builds kept as they are; past this many, the live entries of
#: all but the largest are copied into the segment of the build (see :meth:`TextStore.to_move`).
MAX_SEGMENTS = 8

#: An article's own texts: its paragraphs and captions.
Texts = tuple[tuple[str, ...], tuple[str, ...]]


class TextStoreError(RuntimeError):
    """A kept text is damaged and its source file cannot give it again."""


@pickled_by_init
@dataclass(frozen=True, slots=True)
class TextEntry:
    """Where the texts of one file's drafts are: a segment, a span in it, the span's
    CRC-32 and the file cache key of the file they were made from."""

    segment: str
    offset: int
    size: int
    check: int
    key: str


@pickled_by_init
@dataclass(frozen=True, slots=True)
class TextRef:
    """A draft's texts on disk: its file's entry and its place among the file's drafts;
    ``lead``: the first :data:`LEAD_CHARS` characters of its body; ``opening``: the
    title derived from its first sentence when it has no headline, else ""."""

    entry: TextEntry
    index: int
    lead: str
    opening: str = ""


def lead_of(paragraphs: Sequence[str]) -> str:
    """The characters of a body that the model keeps (see :data:`LEAD_CHARS`)."""
    out = ""
    for p in paragraphs:
        out += p
        if len(out) >= LEAD_CHARS:
            return out[:LEAD_CHARS]
    return out


Redo = Callable[[str, TextEntry], "Sequence[Texts] | None"]


class TextStore:
    """Texts of articles in segment files under ``folder`` (None: kept in memory).
    ``redo(source, entry)``: every draft's texts of the file ``source`` made again,
    when its bytes still have ``entry.key``, else None (see the module docstring)."""

    def __init__(self, folder: Path | None, redo: Redo | None = None) -> None:
        self.folder = folder
        self.redo = redo
        self._segment = f"{os.getpid():x}-{os.urandom(6).hex()}"
        self._out: BinaryIO | None = None  # the open segment this build appends to
        self._size = 0
        self._usable = folder is not None
        self._sizes: dict[str, int] = {}
        self._fds: dict[str, int] = {}
        self._fds_pid = os.getpid()
        self._last: tuple[TextEntry, Sequence[Texts]] | None = None
        self._damaged: set[str] | None = None  # read when first asked

    # -- writing ---------------------------------------------------------------

    def keep(self, drafts: Sequence[Draft], key: str, openings: Sequence[str]) -> tuple[Draft, ...] | None:
        """Bare copies of ``drafts`` (a file's, whose cache key is ``key``), their texts
        appended to this build's segment; None when they cannot be written (the
        drafts then keep their texts).  ``openings``: per draft, the title derived from its
        paragraphs when it has no headline (``FileOutcome.openings``)."""
        if not self._usable or not key or not drafts:
            return None
        data = pickle.dumps(tuple((d.paragraphs, d.captions) for d in drafts), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            if self._out is None:
                assert self.folder is not None
                self.folder.mkdir(parents=True, exist_ok=True)
                self._out = open(self.folder / f"{self._segment}{_SUFFIX}", "ab")
            self._out.write(data)
        except OSError:
            self._usable = False  # a folder that cannot be written: texts stay in memory
            return None
        entry = TextEntry(self._segment, self._size, len(data), zlib.crc32(data), key)
        self._size += len(data)
        return tuple(replace(d, paragraphs=(), captions=(),
                             text_ref=TextRef(entry, n, lead_of(d.paragraphs),
                                              "" if d.title else openings[n]))
                     for n, d in enumerate(drafts))

    def close(self) -> None:
        """Finish this build's segment (before any text is read, or a process forked)."""
        if self._out is not None:
            try:
                self._out.close()
            except OSError:
                self._usable = False
            self._out = None

    def holds(self, refs: Iterable[TextRef | None]) -> bool:
        """Whether every entry of ``refs`` lies within its segment as it is on disk, and
        none failed its check in an earlier build."""
        for ref in refs:
            if ref is None:
                continue
            e = ref.entry
            if e.key in self._damaged_keys():
                return False
            if e.offset + e.size > self._segment_size(e.segment):
                return False
        return True

    def to_move(self, entries: Iterable[TextEntry]) -> set[str]:
        """The segments of earlier builds whose live entries this build should copy into its
        own: those more than half dead, and all but the largest once there are more than
        :data:`MAX_SEGMENTS`.  ``entries``: every entry this build uses, once each."""
        live: dict[str, int] = {}
        for e in entries:
            if e.segment != self._segment:
                live[e.segment] = live.get(e.segment, 0) + e.size
        sizes = {name: self._segment_size(name) for name in live}
        move = {name for name, used in live.items() if used * 2 < sizes[name]}
        rest = sorted((name for name in live if name not in move), key=lambda name: (-live[name], name))
        if len(rest) > MAX_SEGMENTS:
            move.update(rest[1:])
        return move

    def _segment_size(self, name: str) -> int:
        size = self._sizes.get(name)
        if size is None:
            try:
                size = (self.folder / f"{name}{_SUFFIX}").stat().st_size if self.folder else -1
            except OSError:
                size = -1
            self._sizes[name] = size
        return size

    def _damaged_keys(self) -> set[str]:
        if self._damaged is None:
            try:
                text = (self.folder / DAMAGED).read_text(encoding="ascii") if self.folder else ""
            except (OSError, ValueError):
                text = ""
            self._damaged = set(text.split())
        return self._damaged

    def _note_damaged(self, key: str) -> None:
        """Have the next build process the file of ``key`` again (see :meth:`holds`)."""
        if self.folder is None:
            return
        try:
            with open(self.folder / DAMAGED, "a", encoding="ascii") as f:
                f.write(key + "\n")
        except OSError:
            pass  # its entry is made again from the source each time it is read

    def prune(self, refs: Iterable[TextRef | None]) -> None:
        """Delete the segment files none of ``refs`` (every record of this build) points to,
        and the note of damaged entries: their files were processed again (see :meth:`holds`)."""
        if self.folder is None or not self.folder.is_dir():
            return
        try:
            (self.folder / DAMAGED).unlink(missing_ok=True)
        except OSError:
            pass
        live = {ref.entry.segment for ref in refs if ref is not None} | {self._segment}
        for path in self.folder.glob(f"*{_SUFFIX}"):
            name = path.name[:-len(_SUFFIX)]
            if name not in live:
                self._close(name)   # an open descriptor would hold the deleted file's space
                try:
                    path.unlink()
                except OSError:
                    pass

    # -- reading ---------------------------------------------------------------

    def full(self, article: Article) -> Article:
        """``article`` with its texts (itself when it holds them)."""
        ref = article.text_ref
        if ref is None:
            return article
        paragraphs, captions = self._texts(ref, article.source)
        return replace(article, paragraphs=paragraphs, captions=captions, text_ref=None)

    def full_all(self, articles: Sequence[Article]) -> list[Article]:
        """:meth:`full` of each article, the entries read in the order they lie on disk."""
        order = sorted((i for i, a in enumerate(articles) if a.text_ref is not None),
                       key=lambda i: (articles[i].text_ref.entry.segment, articles[i].text_ref.entry.offset))
        out = list(articles)
        for i in order:
            out[i] = self.full(articles[i])
        return out

    def _texts(self, ref: TextRef, source: str) -> Texts:
        entry = ref.entry
        last = self._last
        if last is not None and last[0] == entry:
            return last[1][ref.index]
        texts = self.read(entry)
        if texts is None or len(texts) <= ref.index:
            self._note_damaged(entry.key)
            texts = self.redo(source, entry) if self.redo is not None else None
            if texts is None or len(texts) <= ref.index:
                raise TextStoreError(f"{source}: its kept text is damaged and the file changed since it was "
                                     f"processed: build again")
        self._last = (entry, texts)
        return texts[ref.index]

    def read(self, entry: TextEntry) -> Sequence[Texts] | None:
        """The texts of an entry, None when they cannot be read or fail their check."""
        if self.folder is None:
            return None
        try:
            data = os.pread(self._fd(entry.segment), entry.size, entry.offset)
        except OSError:
            return None
        if len(data) != entry.size or zlib.crc32(data) != entry.check:
            return None
        try:
            texts = pickle.loads(data)
        except Exception:
            return None
        return texts if isinstance(texts, tuple) else None

    def _fd(self, segment: str) -> int:
        if self._fds_pid != os.getpid():  # a forked process opens its own
            self._fds, self._fds_pid = {}, os.getpid()
        fd = self._fds.get(segment)
        if fd is None:
            assert self.folder is not None
            fd = self._fds[segment] = os.open(self.folder / f"{segment}{_SUFFIX}", os.O_RDONLY)
        return fd

    def _close(self, segment: str) -> None:
        """Close the descriptor this process has open on ``segment``, if any."""
        fd = self._fds.pop(segment, None) if self._fds_pid == os.getpid() else None
        if fd is not None:
            os.close(fd)

    def release(self) -> None:
        """Close the segments opened for reading."""
        if self._fds_pid == os.getpid():
            for fd in self._fds.values():
                os.close(fd)
        self._fds = {}

    def __getstate__(self) -> dict:
        raise TypeError("a text store stays in the build's process: send the texts, not the store")


def full_all(texts: TextStore | None, articles: Sequence[Article]) -> list[Article]:
    """``articles`` whole: through ``texts`` when given, else as they are (they hold their texts)."""
    return texts.full_all(articles) if texts is not None else list(articles)


def full(texts: TextStore | None, article: Article) -> Article:
    """One article whole (see :func:`full_all`)."""
    return texts.full(article) if texts is not None else article
