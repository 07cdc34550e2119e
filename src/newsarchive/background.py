"""One stage run in a forked process while the main process goes on with others.

The search stage (segment, count, weigh, cut into chunks) and the model and
render stages read the same articles and never each other's output, and each
is a large part of a build.  On a machine with more than one core the search
stage runs in a child process made by ``fork``: it inherits the articles and
the segmenter as they are in memory (copy-on-write; nothing is pickled on the
way in), writes its files into the writer's staging folder through a
:meth:`~newsarchive.writer.SiteWriter.branch`, and sends back only what it
staged, its timings and its error if it failed.  The output does not depend
on whether a stage ran here or there.

Where ``fork`` is not offered (Windows; macOS, where it is unsafe), where
the process already runs threads (forking them is unsafe too), or where a
copy of the process would not fit in the memory left (:func:`room_to_fork`),
the stage runs in line instead.

:func:`computed_beside` does the same for one value inside a stage: the
search stage reads the names' pinyin in a forked child while it makes the
index, instead of alone at its end.
"""
from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import sys
import threading
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, Callable, Mapping, TypeVar

from .writer import SiteWriter, Staged

T = TypeVar("T")

#: A stage run beside the main process: fills the writer it is given and
#: returns its timings (stage → seconds).
Stage = Callable[[SiteWriter], Mapping[str, float]]


class BackgroundError(RuntimeError):
    """The background process ended without saying how its stage went."""


@dataclass(frozen=True)
class Outcome:
    staged: Staged
    timings: Mapping[str, float] = field(default_factory=dict)


def can_fork() -> bool:
    """Whether a stage may run in a forked process here and now."""
    return ("fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
            and threading.active_count() == 1)


#: Fork a stage only while this process holds at most this share of the memory the
#: system still has available (see :func:`room_to_fork`).
FORK_MEMORY_SHARE = 0.5


def room_to_fork(share: float = FORK_MEMORY_SHARE, status: str = "/proc/self/status",
                 meminfo: str = "/proc/meminfo") -> bool:
    """Whether a forked copy of this process would still fit: its resident memory at most
    ``share`` of what the system has available.

    A forked search stage does not stay a cheap copy: reading every article writes
    their reference counts, so the child comes to own most of the parent's pages,
    and adds its postings on top (10,000 articles: the parent held 190 MB at the
    fork, the child's own pages peaked at 264 MB).  Run in line, the same stage's
    memory is reused by the model and pages after it (the same build peaked at
    357 MB in one process against 276 + 264 MB forked).  So a large archive on a
    small machine runs the stage in line, slower but within memory.  Where the
    figures cannot be read (no /proc), forking is allowed as before.
    """
    try:
        rss = _kib(status, "VmRSS:")
        available = _kib(meminfo, "MemAvailable:")
    except (OSError, ValueError):
        return True
    return rss <= share * available


def _kib(path: str, label: str) -> int:
    """The kB figure of the line starting with ``label`` in a /proc file."""
    with open(path, encoding="ascii") as f:
        for line in f:
            if line.startswith(label):
                return int(line.split()[1])
    raise ValueError(f"{label} not in {path}")


def _child(stage: Stage, writer: SiteWriter, conn: Connection) -> None:
    # A process group of its own: cancelling the stage stops the worker
    # processes it may start as well.
    os.setpgid(0, 0)

    def run() -> Outcome:
        branch = writer.branch()
        timings = stage(branch)
        return Outcome(branch.staged_part(), dict(timings))

    _send_result(run, conn)


def _send_result(compute: Callable[[], Any], conn: Connection) -> None:
    """Send ``("ok", compute())`` or ``("error", exception, traceback)`` to the parent."""
    try:
        message: tuple = ("ok", compute())
    except BaseException as e:  # sent to the parent, which raises it
        message = ("error", e, traceback.format_exc())
    try:
        conn.send(message)
    except Exception:  # the error itself could not be pickled: send its text
        conn.send(("error", BackgroundError(message[-1] if message[0] == "error" else "unpicklable outcome"), ""))
    finally:
        conn.close()


def _received(conn: Connection, process: multiprocessing.process.BaseProcess) -> Any:
    """The value a forked child sends with :func:`_send_result`, once it has ended;
    its error raised here, with its traceback as a note."""
    try:
        message = conn.recv()
    except EOFError:
        process.join()
        raise BackgroundError(f"the {process.name} process ended without a result "
                              f"(exit code {process.exitcode})") from None
    finally:
        conn.close()
    process.join()
    if message[0] == "error":
        error, where = message[1], message[2]
        if where and not isinstance(error, (BackgroundError,)) and hasattr(error, "add_note"):
            error.add_note(f"in the {process.name} process:\n{where}")
        raise error
    return message[1]


class Background:
    """A stage running in a forked child; :meth:`join` waits for it and merges what it wrote."""

    def __init__(self, stage: Stage, writer: SiteWriter, name: str) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conn, child_conn = ctx.Pipe(duplex=False)
        self._writer = writer
        self._process = ctx.Process(target=_child, args=(stage, writer, child_conn), name=name, daemon=False)
        self._process.start()
        child_conn.close()  # only the child writes: EOF here once it is gone

    def join(self) -> Mapping[str, float]:
        """Wait for the stage; merge its files into the writer and return its timings,
        or raise the error it raised."""
        outcome: Outcome = _received(self._conn, self._process)
        self._writer.merge(outcome.staged)
        return outcome.timings

    def cancel(self) -> None:
        """Stop the child and any worker it started (the main process failed): nothing
        it staged is kept."""
        try:
            os.killpg(self._process.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass  # already gone
        self._process.join()
        self._conn.close()


def run_beside(stage: Stage, writer: SiteWriter, name: str, fork: bool) -> Background | Mapping[str, float]:
    """``stage`` in a forked child (returned, to be joined) if ``fork`` and :func:`can_fork`,
    else run here at once (its timings returned)."""
    if fork and can_fork():
        return Background(stage, writer, name)
    return stage(writer)


def computed_beside(compute: Callable[[], T], name: str, fork: bool) -> Callable[[], T]:
    """``compute()`` started now, in a forked child if ``fork`` and :func:`can_fork`, else
    here at once; returns the function giving its value (waiting for the child) or
    raising its error.  For pure-Python work that would otherwise run alone at the
    end of a stage while a core is free.  The child is a daemon: it ends with this
    process if its value is never asked for."""
    if not (fork and can_fork()):
        value = compute()
        return lambda: value
    return forked_value(compute, name)


def forked_value(compute: Callable[[], T], name: str) -> Callable[[], T]:
    """:func:`computed_beside` in a forked child, whether or not :func:`can_fork` agrees."""
    ctx = multiprocessing.get_context("fork")
    conn, child_conn = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_send_result, args=(compute, child_conn), name=name, daemon=True)
    process.start()
    child_conn.close()
    return functools.partial(_received, conn, process)
