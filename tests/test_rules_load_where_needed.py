"""The splitting and extraction rules, with the tables they read, load only in a process
that splits or extracts a file: a rebuild whose files are all kept (and its main process,
when a pool worker takes the changed ones) never pays for them."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newsarchive.config import PROJECT_ROOT

_RULES = ("newsarchive.split.drafts", "newsarchive.split.residue", "newsarchive.extract.people",
          "newsarchive.extract.district", "newsarchive.extract.inspections")

_BUILD = """
import sys
from pathlib import Path
from newsarchive import filestage
from newsarchive.config import load_config
from newsarchive.pipeline import build
root = Path(sys.argv[1])
filestage.OVERLAP_MIN_HITS = 1     # a pool worker takes the changed file beside one kept
build(load_config(None, content=root / "content", output=root / "site", workers={workers}), progress=False)
print(",".join(m for m in {rules!r} if m in sys.modules))
"""


def _run(code: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def test_importing_the_pipeline_loads_no_rules() -> None:
    assert _run(f"import sys, newsarchive.pipeline, newsarchive.cli\nprint(','.join(m for m in {_RULES!r} "
                f"if m in sys.modules))") == ""


def test_a_rebuild_that_keeps_every_file_loads_no_rules(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text("某县召开安全生产会议\n\n本报讯(记者 李明) 3月5日,某县召开安全生产工作会议。\n",
                                   encoding="utf-8")
    code = _BUILD.format(rules=_RULES, workers=1)
    assert _run(code, str(tmp_path)) != ""      # the cold build split and extracted the file here
    assert _run(code, str(tmp_path)) == ""      # the rebuild kept its outcome: no rule was loaded


def test_a_rebuild_whose_changed_file_a_worker_takes_loads_no_rules_here(tmp_path: Path) -> None:
    """Not even the headline rules a title derived for an article without one needs: the
    worker derives it with the outcome."""
    content = tmp_path / "content"
    content.mkdir()
    for name in ("a", "b"):
        (content / f"{name}.txt").write_text(f"本报讯(记者 李明) 3月5日,某县{name}镇召开安全生产工作会议。\n",
                                             encoding="utf-8")
    rules = (*_RULES, "newsarchive.split.titles")
    assert _run(_BUILD.format(rules=rules, workers=2), str(tmp_path)) != ""
    (content / "a.txt").write_text("本报讯(记者 李明) 3月6日,某县a镇召开防汛工作会议。\n", encoding="utf-8")
    assert _run(_BUILD.format(rules=rules, workers=2), str(tmp_path)) == ""
