"""The readers registry: one module per format, found by extension."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsarchive.readers as readers
from newsarchive.readers import SourceError, format_of, read


def test_every_format_is_found_by_its_extension() -> None:
    assert format_of("a/b.TXT") == "txt"
    assert format_of("x.md") == "md" and format_of("x.markdown") == "md"
    assert format_of("page.HTM") == "html" and format_of("page.html") == "html" and format_of("a.docx") == "docx"
    with pytest.raises(KeyError):
        format_of("picture.png")


def test_a_new_module_in_the_package_is_a_new_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rst.py").write_text(
        "from newsarchive.readers.base import Reading\n"
        "FORMAT = 'rst'\nSUFFIXES = ('.rst',)\n"
        "def read(rel, raw):\n    return Reading(())\n", encoding="utf-8")
    (tmp_path / "rst_helpers.py").write_text("X = 1\n", encoding="utf-8")   # no SUFFIXES: not a reader
    monkeypatch.setattr(readers, "__path__", [*readers.__path__, str(tmp_path)])
    try:
        found = readers._registry()
    finally:
        for name in ("newsarchive.readers.rst", "newsarchive.readers.rst_helpers"):
            sys.modules.pop(name, None)
    assert found["rst"].SUFFIXES == (".rst",)
    assert "rst_helpers" not in found and {"txt", "md", "html", "docx"} <= set(found)
    assert not {"base", "front_matter", "html_main", "html_meta"} & set(found)


def test_two_readers_claiming_one_extension_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Clash:
        FORMAT = "notes"
        SUFFIXES = (".txt",)
    monkeypatch.setitem(readers.READERS, "notes", Clash)
    with pytest.raises(ImportError, match="both claim .txt"):
        readers._suffixes()


def test_text_readers_give_one_record_with_front_matter() -> None:
    md = read("a.md", "---\ntitle: 标题\n---\n\n正文。\n".encode(), "md")
    assert [s.front_matter for s in md.sources] == [{"title": "标题"}]
    assert md.sources[0].fmt == "md" and md.sources[0].text.strip() == "正文。"
    txt = read("a.txt", "县委召开全体会议，研究部署下半年重点工作。\n".encode("gbk"), "txt")
    assert txt.sources[0].encoding == "gb18030" and txt.sources[0].front_matter == {}
    with pytest.raises(SourceError, match="empty"):
        read("e.txt", b"", "txt")
