"""Dask worker preload: the first item of a kind a worker of the cluster works on kills that worker.

The kind is NEWSARCHIVE_KILL_AT: ``page`` (the default: a page to render),
``docs`` (a search document file) or ``rows`` (an index row).  The marker file
named by NEWSARCHIVE_KILL_MARKER is made (exclusively) just before, so exactly
one worker dies, once; the scheduler gives its tasks to the others.
"""
import os
import signal

from newsarchive.render import remote
from newsarchive.search import batches

TARGETS = {"page": (remote, "render_job"), "docs": (batches, "document_script"), "rows": (batches, "row_json")}
module, name = TARGETS[os.environ.get("NEWSARCHIVE_KILL_AT", "page")]

# Dask may run a preload file more than once in a process: wrap the real function only.
_real = getattr(getattr(module, name), "unwrapped", getattr(module, name))


def _killing(*args):
    try:
        fd = os.open(os.environ["NEWSARCHIVE_KILL_MARKER"], os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return _real(*args)
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)


_killing.unwrapped = _real  # type: ignore[attr-defined]
_killing.__name__ = name
setattr(module, name, _killing)
