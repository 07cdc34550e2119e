"""Stage read: discovery order, decoding, front matter, bad input."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsarchive.decoding import DecodeError, decode
from newsarchive.sources import SourceError, discover, read_source, source_format, split_front_matter

TEXT = "郑州市召开会议\n\n本报讯 3月2日,会议召开。\n"


def test_discover_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.md", "a/b.TXT", ".git/x.txt", "a/.hidden.txt", "img.png", "c.markdown"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(TEXT, encoding="utf-8")
    found = discover(tmp_path)
    rels = [p.relative_to(tmp_path).as_posix() for p in found.files]
    assert rels == ["a/b.TXT", "a/z.md", "b.txt", "c.markdown"]
    assert list(found.rels) == rels
    assert [source_format(rel) for rel in found.rels] == ["txt", "md", "txt", "md"]


@pytest.mark.parametrize("encoding, expect", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
    ("utf-16", "utf-16"),
])
def test_decode_common_chinese_encodings(encoding: str, expect: str) -> None:
    text, enc, warnings = decode(TEXT.encode(encoding))
    assert text.lstrip("\ufeff") == TEXT
    assert enc == expect and warnings == ()


def test_decode_rejects_binary_and_garbage() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DecodeError, match="cannot decode"):
        decode(b"\xff\xfa\xfb\xfc text \xff\xff")
    with pytest.raises(DecodeError, match="empty"):
        decode(b"  \n\n ")


def test_full_width_digits_and_letters_are_folded(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("值班电话：０３７１－６９３８５９６３，邮箱ＡＢＣ＠１２６．ｃｏｍ\r\n", encoding="utf-8")
    src = read_source(p, tmp_path, 10**6).source
    assert "0371－69385963" in src.text          # digits folded, punctuation kept for display
    assert "ABC@126．com" in src.text
    assert "\r" not in src.text and src.fmt == "txt"


def test_front_matter_parsed_and_body_kept() -> None:
    fm, body, warnings = split_front_matter(
        "---\ntitle: 标题\ndate: 2024-06-18\ndistrict: 安吉县\ntags: [党建, 乡村]\nauthor: x\n---\n\n# 正文标题\n")
    assert fm == {"title": "标题", "date": dt.date(2024, 6, 18), "district": "安吉县", "tags": ("党建", "乡村")}
    assert body.strip() == "# 正文标题"
    assert warnings == ["front matter key 'author' is not used (known: date, district, source, tags, title, url)"]


def test_broken_front_matter_is_a_warning_and_body_still_builds(tmp_path: Path) -> None:
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: [unclosed\ndate: 2024-06-18\n---\n正文第一段。\n", encoding="utf-8")
    res = read_source(p, tmp_path, 10**6)
    assert res.source.front_matter == {}
    assert res.source.text.strip() == "正文第一段。"
    assert len(res.warnings) == 1 and "not valid YAML" in res.warnings[0]


def test_too_large_file_is_refused_with_its_size(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(("新闻" * 1000).encode("utf-8"))
    with pytest.raises(SourceError, match=r"0\.0 MB, over the limit"):
        read_source(p, tmp_path, 1000)


def test_front_matter_only_file_has_no_text(tmp_path: Path) -> None:
    p = tmp_path / "only.md"
    p.write_text("---\ntitle: 只有标题\n---\n\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no article text after the front matter"):
        read_source(p, tmp_path, 10**6)


def test_a_few_control_characters_are_text_many_are_binary() -> None:
    body = "会议召开。" * 100                      # 500 characters: the threshold is 5
    assert decode((body + "\x0b\x1c\x07\x1f\x01").encode())[0].startswith("会议")
    with pytest.raises(DecodeError, match="control characters"):
        decode((body + "\x0b\x1c\x07\x1f\x01\x02").encode())
    # tab, line feed, form feed and carriage return are no control characters here
    assert decode((body + "\t\n\f\r" * 10).encode())[0].startswith("会议")


def test_invisible_characters_dropped_and_no_break_spaces_made_plain(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("会\u200b议\u200c召\u200d开\u2060了\ufeff。\xa0市长出席\n", encoding="utf-8")
    assert read_source(p, tmp_path, 10**6).source.text.startswith("会议召开了。 市长出席")
