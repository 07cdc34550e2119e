"""Feed links relative to the feed file, made by string work, as posixpath.relpath makes them."""
from __future__ import annotations

import posixpath

import pytest

from newsarchive.render import feeds
from newsarchive.render.feeds import site_relpath

CASES = [
    ("articles/ab12.html", ""),
    ("articles/ab12.html", "districts/青禾县"),
    ("districts/青禾县/index.html", "districts/青禾县"),
    ("districts/青禾县", "districts/青禾县"),
    ("districts/青禾县/a/b.html", "districts"),
    ("districts/白沙镇/index.html", "districts/青禾县"),
    ("feed.xml", ""),
    ("a/./b.html", "districts"),
    ("a//b.html", "x"),
    ("../b.html", "x"),
]


@pytest.mark.parametrize("rel, folder", CASES)
def test_site_relpath_is_posix_relpath(rel: str, folder: str) -> None:
    assert site_relpath(rel, folder) == posixpath.relpath(rel, folder or ".")


def test_plain_paths_never_ask_the_os(monkeypatch) -> None:
    def refused(*args):
        raise AssertionError("posixpath.relpath called")

    monkeypatch.setattr(feeds.posixpath, "relpath", refused)
    assert site_relpath("articles/ab12.html", "districts/青禾县") == "../../articles/ab12.html"
