"""Console progress for long builds: a bar on a terminal, nothing otherwise."""
from __future__ import annotations

import sys
from typing import Iterable, Iterator, TextIO, TypeVar

T = TypeVar("T")


def track(items: Iterable[T], total: int, label: str, enabled: bool = True,
             stream: TextIO | None = None) -> Iterator[T]:
    """Yield ``items``, drawing ``label [####    ] n/total`` on stderr while stdout is a terminal.

    Logs and CI (stdout redirected) get no bar; the summary line says what happened.
    """
    show = enabled and total > 0 and (stream.isatty() if stream else sys.stdout.isatty())
    stream = stream or sys.stderr
    width = 30
    for i, item in enumerate(items, 1):
        yield item
        if show and (i == total or i % max(1, total // 200) == 0):
            filled = width * i // total
            stream.write(f"\r{label:<10} [{'#' * filled}{' ' * (width - filled)}] {i}/{total}")
            stream.flush()
    if show:
        stream.write("\n")
        stream.flush()
