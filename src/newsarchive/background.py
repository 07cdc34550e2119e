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

Where ``fork`` is not offered (Windows; macOS, where it is unsafe) or where
the process already runs threads (forking them is unsafe too), the stage
runs in line instead.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Callable, Mapping

from .writer import SiteWriter, Staged

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


def _child(stage: Stage, writer: SiteWriter, conn: Connection) -> None:
    # A process group of its own: cancelling the stage stops the worker
    # processes it may start as well.
    os.setpgid(0, 0)
    try:
        branch = writer.branch()
        timings = stage(branch)
        message: tuple = ("ok", Outcome(branch.staged_part(), dict(timings)))
    except BaseException as e:  # sent to the parent, which raises it
        message = ("error", e, traceback.format_exc())
    try:
        conn.send(message)
    except Exception:  # the error itself could not be pickled: send its text
        conn.send(("error", BackgroundError(message[-1] if message[0] == "error" else "unpicklable outcome"), ""))
    finally:
        conn.close()


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
        try:
            message = self._conn.recv()
        except EOFError:
            self._process.join()
            raise BackgroundError(f"the {self._process.name} process ended without a result "
                                  f"(exit code {self._process.exitcode})") from None
        finally:
            self._conn.close()
        self._process.join()
        if message[0] == "error":
            error, where = message[1], message[2]
            if where and not isinstance(error, (BackgroundError,)) and hasattr(error, "add_note"):
                error.add_note(f"in the {self._process.name} process:\n{where}")
            raise error
        outcome: Outcome = message[1]
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
