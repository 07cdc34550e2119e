"""Dask worker preload: the first page a worker of the cluster renders kills that worker.

The marker file named by NEWSARCHIVE_KILL_MARKER is made (exclusively) just before,
so exactly one worker dies, once; the scheduler gives its tasks to the others.
"""
import os
import signal

from newsarchive.render import remote

# Dask may run a preload file more than once in a process: wrap the real function only.
_render_job = getattr(remote.render_job, "unwrapped", remote.render_job)


def _killing_render_job(worker, job):
    try:
        fd = os.open(os.environ["NEWSARCHIVE_KILL_MARKER"], os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return _render_job(worker, job)
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)


_killing_render_job.unwrapped = _render_job  # type: ignore[attr-defined]
remote.render_job = _killing_render_job
