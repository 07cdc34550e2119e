"""Decoding: strict UTF-8 first, damaged UTF-8 kept with its bad bytes named, other encodings detected."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.config import load_config
from newsarchive.decoding import DecodeError, decode
from newsarchive.pipeline import build

SIMPLIFIED = ("周口市召开秋粮收购工作会议\n\n本报讯 10月8日，周口市召开秋粮收购工作会议，部署收购网点布局和"
              "仓容准备工作。副市长孙立出席会议并讲话，要求各县区做好价格监测，确保农民售粮顺畅。\n")
TRADITIONAL = ("高雄市舉辦港區環境整治說明會\n\n本報訊 10月8日，高雄市舉辦港區環境整治說明會，說明碼頭"
               "綠化與廢水處理工程進度。與會單位表示，將在明年年底前完成第一階段工程，並定期公開檢測結果。\n")


def test_utf8_with_bad_bytes_keeps_its_text_and_names_the_offsets() -> None:
    good = SIMPLIFIED.encode("utf-8")
    raw = good[:30] + b"\xff" + good[30:90] + b"\xc3\x28"[:1] + good[90:150] + b"\xfe" + good[150:]
    text, encoding, warnings = decode(raw)
    assert encoding == "utf-8"
    assert text.count("\ufffd") == 3
    assert text.replace("\ufffd", "") == SIMPLIFIED
    assert warnings == ("3 invalid UTF-8 bytes replaced by U+FFFD at byte offsets 30, 91, 152",)


def test_a_truncated_character_is_one_place_of_several_bytes() -> None:
    good = SIMPLIFIED.encode("utf-8")
    raw = good[:32] + good[33:]                  # the last byte of the character at 30-32 lost
    text, encoding, warnings = decode(raw)
    assert encoding == "utf-8" and text.count("\ufffd") == 1
    assert warnings == ("2 invalid UTF-8 bytes replaced by U+FFFD at byte offsets 30-31",)


@pytest.mark.parametrize("codec, name", [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL, "周口市召开秋粮收购工作会议。部署收购网点布局和仓容准备工作。"])
def test_utf16_without_byte_order_mark(codec: str, name: str, text: str) -> None:
    assert decode(text.encode(codec)) == (text, name, ())


@pytest.mark.parametrize("text, codec, name", [
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED + "𠀀", "gb18030", "gb18030"),   # a character outside GBK
    (TRADITIONAL, "big5", "big5"),
    ("會議召開。\n", "big5", "big5"),
    ("会议召开。\n", "gbk", "gb18030"),
    ("Minutes of the meeting held in 2024 at the city hall of " * 3 + "周口\n", "gbk", "gb18030"),
])
def test_chinese_legacy_encodings_are_told_apart(text: str, codec: str, name: str) -> None:
    assert decode(text.encode(codec)) == (text, name, ())


def test_many_places_are_counted_past_the_first_ten() -> None:
    raw = b"".join(SIMPLIFIED.encode("utf-8") + b"\xff" for _ in range(12))
    text, encoding, warnings = decode(raw)
    assert encoding == "utf-8" and text.count("\ufffd") == 12
    step = len(SIMPLIFIED.encode("utf-8")) + 1
    offsets = ", ".join(str(step * n - 1) for n in range(1, 11))
    assert warnings == (f"12 invalid UTF-8 bytes replaced by U+FFFD at byte offsets {offsets} and 2 more places",)


def test_binary_with_nul_bytes_is_still_refused() -> None:
    with pytest.raises(DecodeError, match="binary file"):
        decode(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4)


def test_the_build_report_names_each_files_encoding(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    damaged = SIMPLIFIED.encode("utf-8")
    (content / "damaged.txt").write_bytes(damaged[:40] + b"\x80\x80\x80" + damaged[40:])
    (content / "big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    (content / "gbk.txt").write_bytes(SIMPLIFIED.replace("周口", "漯河").encode("gbk"))
    (content / "utf16.txt").write_bytes(SIMPLIFIED.replace("周口", "信阳").encode("utf-16-le"))
    (content / "empty.txt").write_bytes(b"")
    out = tmp_path / "site"
    result = build(load_config(None, content=content, output=out, base_url="https://example.org/"), progress=False)
    report = json.loads((out / "data" / "build-report.json").read_text(encoding="utf-8"))
    assert {f["file"]: (f["encoding"], f["articles"]) for f in report["files"]} == {
        "big5.txt": ("big5", 1), "damaged.txt": ("utf-8", 1), "empty.txt": (None, 0),
        "gbk.txt": ("gb18030", 1), "utf16.txt": ("utf-16-le", 1)}
    assert report["warnings"] == [{"file": "damaged.txt", "message":
                                   "3 invalid UTF-8 bytes replaced by U+FFFD at byte offsets 40-42"}]
    titles = {a.source: a.title for a in result.articles}
    assert titles["big5.txt"] == "高雄市舉辦港區環境整治說明會"
    assert titles["utf16.txt"] == "信阳市召开秋粮收购工作会议"
