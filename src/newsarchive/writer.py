"""Stage 8, write: put every output in place, touching only what changed.

Stages hand their outputs to a :class:`SiteWriter` as they finish, so the
build never holds the whole site in memory.  Nothing of the previous site is
touched before :meth:`SiteWriter.finish`, so a build that fails (bad
template, colliding paths) leaves it as it was.  New and changed files are
written to a staging folder beside the output; at the end the files whose
bytes are unchanged are hard-linked into it (their time stamps kept, so rsync
and GitHub Pages see only real changes) and the staged tree becomes the
output in one step (:mod:`.publish`): killed at any instant, the build leaves
the old site or the new one, never a mix.  A file the build no longer
produces is not in the new tree, so no stale page survives a deleted or
renamed source.  Only files the build wrote
are ever removed or replaced: the output folder keeps a manifest of them
(:mod:`.manifest`), anything else in it (``.git/``, ``CNAME``) is left alone,
and a non-empty folder without a manifest is refused: deleting someone's
folder by a typo in --out would be worse than a failed build.

One build at a time writes a site: the build takes the site's lock when it
starts (:func:`.siteplace.take_site`, :mod:`.sitelock`) and is refused while another
build holds it.  Holding it, it finishes a publication a killed build left
half done and removes the temporary folders that killed builds left beside
the output (a large archive's staging folder runs to gigabytes).

An output may carry a tag saying what made it (:class:`Tagged`; a page's
cache key).  The writer keeps a record of the tags and of the size,
modification time and a hash of the bytes each tagged file had when the
build finished.  A later build that makes the same tag for the same path
asks :meth:`SiteWriter.keeps` and, if the file is still as recorded, hands
the writer :class:`Kept` instead of the bytes: the page is neither made nor
read back to compare.  A file whose time changed but not its size (an output
folder restored from a CI cache, copied, checked out) is read and hashed
once: if its bytes are those recorded it is kept, and recorded with its new
time.
"""
from __future__ import annotations

import copy
import hashlib
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from .manifest import MANIFEST, MARKER, manifest_bytes
from .publish import PublishError, foreign_entries, journal_of, link_or_copy, publish, recover
from .siteplace import WriteError, check_output_dir, check_output_place, owned_output, take_site
from .sitelock import SiteLock
from .writer_files import RecordEntry, RecordFile, digest, files_below, safe_rel, same_bytes, short_digest, tag_of
from .spare import SPARE, SpareTree, link_files, next_spare, staged_spare


__all__ = ["MANIFEST", "MARKER", "Kept", "SiteWriter", "Streamed", "WriteError", "WriteStats", "check_output_dir",
           "check_output_place", "tagged", "take_site", "write_site"]




class Tagged(bytes):
    """Output bytes with a tag: a string that changes whenever the bytes would (for
    example a hash of everything they were made from)."""

    tag: str


def tagged(data: bytes, tag: str) -> Tagged:
    out = Tagged(data)
    out.tag = tag
    return out


@dataclass(frozen=True)
class Streamed:
    """An output written as its chunks come, never whole in memory (a large archive's
    data files run to hundreds of megabytes), with a tag as :class:`Tagged` has."""

    tag: str
    chunks: Iterable[bytes | memoryview]


@dataclass(frozen=True)
class Kept:
    """An output the previous build made from ``tag``, left as it is (see :meth:`SiteWriter.keeps`)."""

    tag: str


@dataclass(frozen=True)
class WriteStats:
    written: int      # new or changed files
    unchanged: int    # files left as they were
    removed: int      # files the previous build wrote that this one no longer produces


@dataclass(frozen=True)
class Staged:
    """What a :meth:`SiteWriter.branch` staged: sent back to the writer it branched from."""

    paths: frozenset[str]
    staged: tuple[str, ...]
    unchanged: int
    tags: Mapping[str, str]
    vouched: Mapping[str, RecordEntry]
    digests: Mapping[str, bytes]
    sizes: Mapping[str, int]
    clean: frozenset[str]


class SiteWriter:
    """Receives outputs (site-relative path → bytes) in parts; :meth:`finish` puts them in place.

    Use as a context manager: leaving it without :meth:`finish` (an error)
    removes what was staged and leaves the output folder as it was.
    """

    def __init__(self, out: Path, record: Path | None = None, lock: SiteLock | None = None) -> None:
        """``record``: the file keeping the tags of the outputs between builds (None: none);
        ``lock``: the site's lock as :func:`take_site` gave it (None: taken here, and
        released on leaving)."""
        self.out = out.resolve()
        #: the output folder and a separator: a page's path is this plus its own, unformatted
        self._out_prefix = f"{self.out}{os.sep}"
        self._own_lock = lock is None
        self._lock = take_site(self.out) if lock is None else lock
        try:
            self.owned = owned_output(self.out, record)
        except WriteError:
            if self._own_lock:
                self._lock.release()
            raise
        self.update = self.out.is_dir() and any(self.out.iterdir())
        prefix = f".{self.out.name}.{'staged' if self.update else 'new'}-"
        self.stage = Path(tempfile.mkdtemp(prefix=prefix, dir=self.out.parent))
        self.paths: set[str] = set()
        #: the paths as the manifest lists them (``a//b`` is ``a/b``)
        self._clean: set[str] = set()
        #: path → bytes of the file the site will have there (written, unchanged or kept)
        self.sizes: dict[str, int] = {}
        self.staged: list[str] = []
        self.unchanged = 0
        self._folders: set[str] = set()  # staging folders made so far
        #: the output's files and links, with their inodes
        self._inodes: dict[str, int] = files_below(self.out) if self.update else {}
        self.present: set[str] = set(self._inodes)
        #: files below the output no build wrote, and the folders holding them
        self.foreign = self.present - self.owned.paths - {MANIFEST}
        self._foreign_folders = {"/".join(rel.split("/")[:n]) for rel in self.foreign
                                 for n in range(1, rel.count("/") + 1)}
        self.record = record
        self.tags: dict[str, str] = {}
        #: path → the record entry keeps() vouched for (with the file's time now)
        self._vouched: dict[str, RecordEntry] = {}
        self._digests: dict[str, bytes] = {}  # path → hash of the tagged bytes written or found
        self._record_file = RecordFile(record, self.out) if record is not None else None
        self._recorded = self._record_file.read() if self.update and self._record_file is not None else {}
        #: the tree the last publication replaced, staged in again (see :mod:`.spare`)
        self.spare: SpareTree | None = None
        self._spare_path = record.with_name(SPARE) if record is not None else None
        if self.update and self._spare_path is not None:
            self.spare = staged_spare(self._spare_path, self.stage, self._inodes)

    def branch(self) -> "SiteWriter":
        """A writer staging into the same folder with none of this one's paths, for
        another process to fill; its :meth:`staged_part` goes back to :meth:`merge`."""
        other = copy.copy(self)  # the same folders and previous site
        other.paths, other.staged, other.unchanged, other._folders = set(), [], 0, set()
        other.tags, other._vouched, other._digests = {}, {}, {}
        other._clean, other.sizes = set(), {}
        return other

    def staged_part(self) -> Staged:
        return Staged(frozenset(self.paths), tuple(self.staged), self.unchanged, dict(self.tags),
                      dict(self._vouched), dict(self._digests), dict(self.sizes), frozenset(self._clean))

    def keeps(self, rel: str, tag: str) -> bool:
        """Is the file at ``rel`` what the previous build made from ``tag``, untouched since
        (same size and modification time as recorded, or same size and bytes)?  Then
        :class:`Kept` may stand for it."""
        known = self._recorded.get(rel)
        if known is None or known[2] != tag or rel not in self.present or rel in self.foreign:
            return False
        path = self._out_prefix + rel
        try:  # a present path was found below the output folder: no need to check it
            st = os.lstat(path)
        except OSError:
            return False
        if not stat.S_ISREG(st.st_mode) or st.st_size != known[0]:
            return False
        if st.st_mtime_ns != known[1]:
            try:
                with open(path, "rb") as f:
                    if digest(f.read()) != known[3]:
                        return False
            except OSError:
                return False
            known = (st.st_size, st.st_mtime_ns, tag, known[3])  # the same bytes: recorded anew
        self._vouched[rel] = known
        return True

    def merge(self, part: Staged) -> None:
        """Take in what a branch staged, as if it had been added here."""
        twice = sorted(self.paths.intersection(part.paths))
        if twice:
            raise WriteError(f"two outputs want the same path {twice[0]!r}")
        self.paths.update(part.paths)
        self.staged += part.staged
        self.unchanged += part.unchanged
        self.tags.update(part.tags)
        self._vouched.update(part.vouched)
        self._digests.update(part.digests)
        self.sizes.update(part.sizes)
        self._clean.update(part.clean)

    def __enter__(self) -> "SiteWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        if journal_of(self.out).exists():  # an error stopped the publication half way: undo it
            try:
                recover(self.out)
            except (OSError, PublishError):
                pass  # the journal stays for the next build
        else:
            shutil.rmtree(self.stage, ignore_errors=True)
        if self._own_lock:
            self._lock.release()

    def add(self, outputs: Mapping[str, bytes | Streamed | Kept]) -> None:
        """Stage one part of the site; a path given twice (by any two parts) is an error,
        and so is :class:`Kept` for a file :meth:`keeps` does not vouch for.  A
        :class:`Streamed` output is written as it comes, and counts as changed."""
        targets = {rel: safe_rel(rel) for rel in outputs}  # every path checked before any write
        twice = sorted(self.paths.intersection(outputs))
        if twice:
            raise WriteError(f"two outputs want the same path {twice[0]!r}")
        own = [rel for rel, parts in targets.items() if parts in ((MANIFEST,), (MARKER,))]
        if own:
            raise WriteError(f"output path {own[0]!r} is the writer's own")
        if self.foreign:
            for rel, parts in targets.items():
                self._check_not_foreign(rel, parts)
        for rel, data in outputs.items():
            if isinstance(data, Kept) and tag_of(self._vouched.get(rel)) != data.tag \
                    and not self.keeps(rel, data.tag):
                raise WriteError(f"{rel}: kept from the previous build, but it is not as that build left it")
        self.paths.update(outputs)
        self._clean.update("/".join(parts) for parts in targets.values())
        out, stage = str(self.out), str(self.stage)
        for rel in sorted(outputs):
            data = outputs[rel]
            tag = getattr(data, "tag", None)
            if tag is not None:
                self.tags[rel] = tag
            if isinstance(data, Kept):
                self.unchanged += 1
                self.sizes[rel] = self._vouched[rel][0]
                continue
            if not isinstance(data, Streamed):
                self.sizes[rel] = len(data)
                if tag is not None:
                    self._digests[rel] = digest(data)
            if self.update:
                path = os.path.join(out, *targets[rel])
                if not isinstance(data, Streamed) and rel in self.present and not os.path.islink(path) \
                        and same_bytes(path, data):
                    self.unchanged += 1
                    continue
                self.staged.append(rel)
            target = os.path.join(stage, *targets[rel])
            if self.spare is not None:  # never into a file of the spare tree: a link to the live site's
                self.spare.clear("/".join(targets[rel]))
            folder = os.path.dirname(target)
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
            with open(target, "wb" if self.spare is None else "xb") as f:
                if isinstance(data, Streamed):
                    h = hashlib.sha256()
                    size = 0
                    for chunk in data.chunks:
                        size += f.write(chunk)
                        h.update(chunk)
                    self._digests[rel] = short_digest(h)
                    self.sizes[rel] = size
                else:
                    f.write(data)

    def _check_not_foreign(self, rel: str, parts: tuple[str, ...]) -> None:
        """Refuse to write ``rel`` over, or below, or in place of a folder holding, a file
        no build wrote (a file at a path the new site writes counts as written by the
        version before the manifest, see :mod:`.manifest`)."""
        clean = "/".join(parts)
        blocking = [clean] if clean in self.foreign and not self.owned.migrated else []
        blocking += ["/".join(parts[:n]) for n in range(1, len(parts)) if "/".join(parts[:n]) in self.foreign]
        if clean in self._foreign_folders:
            blocking.append(min(f for f in self.foreign if f.startswith(clean + "/")))
        if blocking:
            raise WriteError(f"{self.out / blocking[0]}: not written by newsarchive (not in {MANIFEST}) "
                             f"but in the way of the site's {rel}; move it away")

    def pending(self, coming: Iterable[str] = ()) -> WriteStats:
        """What :meth:`finish` would report if called now, the files at the paths
        ``coming`` not counted (they are still to be added)."""
        if not self.update:
            return WriteStats(len(self.paths), 0, 0)
        coming = {"/".join(safe_rel(rel)) for rel in coming}
        return WriteStats(len(self.staged), self.unchanged, len(set(self._removable()) - coming))

    def _removable(self) -> list[str]:
        """The files the previous build wrote that this one does not."""
        return sorted((self.owned.paths & self.present) - self._written() - {MARKER, MANIFEST})

    def _written(self) -> set[str]:
        """The site's paths as the manifest lists them (``a//b`` is ``a/b``)."""
        return self._clean | {MARKER}

    def finish(self) -> WriteStats:
        """Complete the staged tree and make it the output in one step (see :mod:`.publish`);
        return what changed."""
        written, stats = self._written(), self.pending()
        spare = self.spare
        if spare is not None:  # what the new site lacks goes, and the writer's own files are made anew
            spare.prune(written - {MARKER})
        staged = {"/".join(safe_rel(rel)) for rel in self.staged}
        if self.update:  # the files left as they were: hard links, no copy, their times kept
            unchanged = []
            for rel in sorted(written - staged - {MARKER}):
                if spare is not None:
                    inode = spare.files.get(rel)
                    if inode is not None and inode == self._inodes.get(rel):
                        continue  # the spare tree holds the output's own file
                    spare.clear(rel)
                unchanged.append(rel)
            link_files(self.out, self.stage, unchanged, self._folders, link_or_copy)
        for name, data in ((MARKER, b""), (MANIFEST, manifest_bytes(written))):
            with open(self.stage / name, "xb") as f:  # new files: never one the old tree links to
                f.write(data)
        os.chmod(self.stage, stat.S_IMODE(os.stat(self.out).st_mode) if self.out.is_dir() else 0o755)
        foreign = foreign_entries(self.out, set(self.owned.paths) | {MANIFEST}, written) if self.update else []
        spare_path, site = self._spare_path, written - {MARKER}
        if spare_path is None:
            publish(self.stage, self.out, foreign)
        else:  # the replaced tree holds as the new site's those of its files not made anew
            held = len(site.intersection(self._inodes).difference(staged)) if self.update else 0
            replaced: list[Path] = []
            publish(self.stage, self.out, foreign, keep=replaced.append)
            next_spare(replaced[0] if replaced else None, self.out, spare_path, site, held)
        self._write_record()
        return stats

    def _write_record(self) -> None:
        """Record each tagged file's size, modification time, tag and hash as the build leaves
        it: what changed since the record read at the start (see :class:`RecordFile`)."""
        if self._record_file is None:
            return
        recorded = self._recorded
        changes: dict[str, RecordEntry | None] = {rel: None for rel in recorded.keys() - self.tags.keys()}
        out = str(self.out)
        staged = set(self.staged)
        for rel, tag in self.tags.items():
            vouched = self._vouched.get(rel)
            entry: RecordEntry | None = None
            if tag_of(vouched) == tag and rel not in staged:
                entry = vouched  # kept: as it was recorded (or found again by its bytes)
            elif (hashed := self._digests.get(rel)) is not None:
                try:
                    st = os.lstat(os.path.join(out, *safe_rel(rel)))
                except OSError:
                    pass
                else:
                    entry = (st.st_size, st.st_mtime_ns, tag, hashed)
            if entry is None:
                if rel in recorded:
                    changes[rel] = None
            elif recorded.get(rel) != entry:
                changes[rel] = entry
        self._record_file.write(recorded, changes)


def write_site(outputs: Mapping[str, bytes], out: Path) -> WriteStats:
    """Make ``out`` hold exactly ``outputs`` (site-relative path → bytes) and the marker."""
    with SiteWriter(out) as writer:
        writer.add(outputs)
        return writer.finish()
