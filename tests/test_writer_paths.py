"""The writer's reading of site-relative paths: its quick split agrees with the
part-by-part one on every path it takes, and refuses what that one refuses."""
from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from newsarchive.writer import WriteError
from newsarchive.writer_files import safe_rel

TAKEN = ["index.html", "articles/2024/a-b.html", "a//b.html", "./a/b", "a/./b", "a/b/", ".well-known/x",
         "a/.nojekyll", "people/zhang-gu.html", "a..b/c", "x./y", "data/part-3.json.gz", "a.",
         "a/b.", "a/..b"]
REFUSED = ["", "/", "/a", "..", "a/../b", "a/..", "../a", "a\nb", "a/b\r", ".", "./"]


@pytest.mark.parametrize("rel", TAKEN)
def test_paths_split_as_posix_paths_read_them(rel: str) -> None:
    assert safe_rel(rel) == PurePosixPath(rel).parts


@pytest.mark.parametrize("rel", REFUSED)
def test_paths_leaving_the_site_or_empty_are_refused(rel: str) -> None:
    with pytest.raises(WriteError):
        safe_rel(rel)
