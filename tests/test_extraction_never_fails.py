"""No input makes a rule raise: every sample file (the bundled seeds and the originals in
other layouts and encodings beside the project) splits and extracts without a warning of a
failed rule, and run-together dates, glossed mirrors and page furniture never raise.

A rule that raises costs its article that field's metadata and shows only as a warning
line; this suite makes it a test failure."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsarchive.extract.dates import extract_date
from newsarchive.filework import FileJob, process_file
from newsarchive.readers import format_of
from newsarchive.records import Draft

from newsarchive.config import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"
SHARED = PROJECT_ROOT.parent / "shared"

_FAILED = ("extraction failed", "could not be split")


def _samples() -> list[Path]:
    folders = [SEEDS, SHARED / "corpus"]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*")
                  if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in (".txt", ".md", ".html", ".htm", ".docx"))


@pytest.mark.parametrize("path", _samples(), ids=lambda p: p.name)
def test_a_sample_file_splits_and_extracts_without_a_failed_rule(path: Path) -> None:
    outcome = process_file(FileJob(path.name, path.read_bytes(), format_of(path)))
    assert outcome.skipped is None or not outcome.skipped.startswith(_FAILED[1]), outcome.skipped
    assert not [w for w in outcome.warnings if any(f in w for f in _FAILED)], outcome.warnings


def test_the_samples_are_there() -> None:
    assert len(_samples()) >= 9


def _lead(text: str, stamp: str | None) -> Draft:
    d = Draft(source="t.txt", ordinal=1, title="某县召开会议", subtitle=None, paragraphs=(text, "会议强调,要压实责任。"),
              front_matter={})
    return replace(d, page_lines=(stamp,)) if stamp else d


@pytest.mark.parametrize("stamp", [None, "发布时间:2031-09-07 10:00", "2031-01-02"])
def test_run_together_month_and_day_never_raise(stamp: str | None) -> None:
    for digits in [*range(1, 100), *range(100, 1300, 7), 2031]:
        for after in ("日下午,", "日,", "日上午,县委召开"):
            extract_date(_lead(f"{digits}{after}县委书记甲某主持会议。", stamp))
