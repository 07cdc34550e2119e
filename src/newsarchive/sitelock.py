"""One build at a time writes a site, and nothing a build started outlives it.

The lock is ``flock`` on a file beside the output (``.<name>.lock``), taken
when the build starts, before it reads anything, so a second build is refused
at once rather than after its work.  The kernel releases it when its holder
dies, however it dies; the holder's process id is written into the file to
name it in the refusal.  A lock file left by a process that is gone is simply
locked again.

Processes forked during a build (the search stage's process, pool workers, and
theirs) would keep the lock held and go on working after the build was killed:
in each of them the inherited lock is let go at once, and on Linux the
process asks the kernel to kill it when its parent dies
(``prctl(PR_SET_PDEATHSIG)``), so ``kill -9`` of a build ends all of it.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # not on Windows
    fcntl = None  # type: ignore[assignment]

_PR_SET_PDEATHSIG = 1


class LockError(RuntimeError):
    """Another build holds the site's lock, or the lock cannot be made."""


#: the file descriptors of the locks this process holds
_held: set[int] = set()
#: whether this process is a build, or was forked by one (its children must die with it)
_in_build = False
_forking: int | None = None  # the pid of the process forking, kept across the fork


def lock_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.lock")


class SiteLock:
    """The lock of the site ``out``, held from construction to :meth:`release`; raises
    :class:`LockError` naming the holder when another build holds it.  Where the OS or
    the file system offers no ``flock`` there is no lock (:attr:`held` False)."""

    def __init__(self, out: Path) -> None:
        global _in_build
        self.path = lock_path(out)
        self._file: IO[bytes] | None = None
        if fcntl is None:
            return
        f = open(self.path, "a+b")
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(f)
            f.close()
            by = f"another build (process {holder})" if holder else "another build"
            raise LockError(f"{out}: {by} is writing this site (it holds {self.path})") from None
        except OSError:  # a file system without locks: build without one
            f.close()
            return
        f.seek(0)
        f.truncate()
        f.write(f"{os.getpid()}\n".encode())
        f.flush()
        self._file = f
        _held.add(f.fileno())
        _in_build = True

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        global _in_build
        if self._file is not None:
            _held.discard(self._file.fileno())
            self._file.close()  # and with it the lock
            self._file = None
            _in_build = bool(_held)


def _holder(f: IO[bytes]) -> int | None:
    try:
        f.seek(0)
        return int(f.read(32).split()[0])
    except (OSError, ValueError, IndexError):
        return None


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), and end now if
    the parent ``parent`` is already gone."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def _before_fork() -> None:
    global _forking
    _forking = os.getpid()


def _after_fork_in_child() -> None:
    """In a process forked during a build: let go of the inherited locks (pointing their
    descriptors at /dev/null, so that closing them later closes nothing else) and die
    with the parent."""
    if not _in_build:
        return
    if _held:
        null = os.open(os.devnull, os.O_RDONLY)
        for fd in _held:
            os.dup2(null, fd)
        os.close(null)
        _held.clear()
    if _forking is not None:
        die_with_parent(_forking)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_child=_after_fork_in_child)
