"""Build report: every file accounted for, every problem named with its file.

A problem never aborts the build.  ``skipped`` means the file produced no
article (the reason says why); ``warning`` means it was built but something in
it was ignored or guessed.  ``--strict`` turns any problem into a failing exit.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SKIPPED = "skipped"
#: Where a value came from when the file's metadata did not give it: extraction from the text.
TEXT = "text"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    severity: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.severity}: {self.message}"


@dataclass
class BuildReport:
    """Collected while the pipeline runs; frozen into JSON at the end."""

    files_read: list[str] = field(default_factory=list)
    articles_per_file: dict[str, int] = field(default_factory=dict)
    encodings: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: Per file, per article: where its headline, date, … came from, when any
    #: came from the file's metadata or front matter rather than from the text.
    metadata_from: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    #: (file, traceback) of each unexpected exception behind a problem: printed by a
    #: verbose build, never part of the report's JSON.
    traces: list[tuple[str, str]] = field(default_factory=list)
    #: What the writer did with the site's files (the report itself not counted):
    #: "written" (new or changed), "kept" (left as the previous build wrote them),
    #: "removed" (the previous build wrote them, this one does not); set before the
    #: report is written.
    output: dict[str, int] = field(default_factory=dict)
    #: What the built site weighs and the host it was checked against (see :mod:`.hosting`).
    site: dict[str, Any] | None = None
    #: The data export's form (see :func:`.export_manifest.export_summary`).
    export: dict[str, Any] | None = None

    def read(self, path: str) -> None:
        self.files_read.append(path)

    def decoded(self, path: str, encoding: str) -> None:
        """The file's bytes were read as ``encoding`` (a Python codec name)."""
        self.encodings[path] = encoding

    def built(self, path: str, count: int) -> None:
        self.articles_per_file[path] = count

    def sourced(self, path: str, places: list[dict[str, str]]) -> None:
        """Where each article's metadata came from (one mapping per article, in file
        order); fields not named came from the text.  Recorded only when the file
        gave some value itself."""
        if any(places):
            self.metadata_from[path] = [{**{k: TEXT for k in ("title", "date")}, **p} for p in places]

    def skip(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, SKIPPED, message))

    def warn(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, WARNING, message))

    def trace(self, path: str, text: str) -> None:
        self.traces.append((path, text))

    @property
    def skipped(self) -> list[Problem]:
        return sorted(p for p in self.problems if p.severity == SKIPPED)

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for p in self.problems if p.severity == WARNING)

    @property
    def articles_built(self) -> int:
        return sum(self.articles_per_file.values())

    def summary(self) -> str:
        return (f"{len(self.files_read)} files read, {self.articles_built} articles built, "
                f"{len(self.skipped)} files skipped, {len(self.warnings)} warnings")

    def to_json(self) -> dict[str, Any]:
        return {
            "files_read": len(self.files_read),
            "articles_built": self.articles_built,
            "files": [
                {"file": path, "articles": self.articles_per_file.get(path, 0),
                 "encoding": self.encodings.get(path),
                 **({"metadata_from": self.metadata_from[path]} if path in self.metadata_from else {})}
                for path in sorted(self.files_read)
            ],
            "skipped": [{"file": p.path, "reason": p.message} for p in self.skipped],
            "warnings": [{"file": p.path, "message": p.message} for p in self.warnings],
            "output": dict(self.output),
            **({"export": self.export} if self.export is not None else {}),
            **({"site": self.site} if self.site is not None else {}),
        }
