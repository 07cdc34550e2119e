"""The .docx reader: Word's paragraphs and headings, core properties as metadata."""
from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from newsarchive.readers import SourceError, read
from newsarchive.split import split_source

BODY = ["　　本报讯 5月4日晚，某县周窝镇的乡村夜校开课，村民们听得认真，记得仔细，",
        "课后纷纷表示收获很大。",
        "二是课程内容贴近生产，围绕果蔬种植和电商直播展开"]


def _docx(title: str = "", author: str | None = None, created: dt.datetime | None = None, bold_head: bool = False,
          table: bool = False) -> bytes:
    d = docx.Document()
    if bold_head:   # kicker, headline, subtitle all in bold
        for line in ("学技术 闯市场", "乡村夜校点亮农民致富路", "某县开设乡村夜校四十余期"):
            d.add_paragraph().add_run(line).bold = True
    else:
        d.add_paragraph("学技术 闯市场", style="Heading 2")
        d.add_heading("乡村夜校点亮农民致富路", level=1)
    for text in BODY[:2]:
        d.add_paragraph(text)
    d.add_paragraph().add_run("一、开课情况").bold = True
    d.add_paragraph(BODY[2])
    if table:
        t = d.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "报名电话", "0318-1234567"
    d.core_properties.title = title
    if author is not None:
        d.core_properties.author = author
    if created is not None:
        d.core_properties.created = created
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("bold_head", [False, True])
def test_headings_by_style_or_bold_and_paragraphs_as_written(bold_head: bool) -> None:
    (src,) = read("a.docx", _docx(bold_head=bold_head), "docx").sources
    assert src.real_paragraphs and src.fmt == "docx"
    draft = split_source(src)[0]
    assert draft.title == "乡村夜校点亮农民致富路"
    assert draft.subtitle == ("学技术 闯市场 某县开设乡村夜校四十余期" if bold_head else "学技术 闯市场")
    # Word's paragraphs are kept: no join across "……，" / "课后……", the bold line is a subhead
    assert draft.paragraphs == ("本报讯 5月4日晚，某县周窝镇的乡村夜校开课，村民们听得认真，记得仔细，",
                                "课后纷纷表示收获很大。", "一、开课情况", BODY[2])


def test_core_properties_are_metadata_unless_a_library_filled_them_in() -> None:
    (src,) = read("a.docx", _docx(), "docx").sources          # python-docx's own author and date
    assert src.front_matter == {} and src.provenance == {}
    made = _docx(title="乡村夜校开课", author="孟凡星", created=dt.datetime(2023, 5, 6, 9, 30))
    (src,) = read("a.docx", made, "docx").sources
    assert src.front_matter == {"title": "乡村夜校开课", "author": "孟凡星", "published": dt.date(2023, 5, 6)}
    assert src.provenance == {"title": "Word document title", "author": "Word document author",
                              "published": "Word document creation date"}


def test_table_rows_are_paragraphs() -> None:
    (src,) = read("a.docx", _docx(table=True), "docx").sources
    assert "报名电话 0318-1234567" in src.text


@pytest.mark.parametrize("cut, reason", [(200, "not a readable Word .docx file"), (0, "empty")])
def test_a_truncated_or_empty_file_is_refused_with_a_reason(cut: int, reason: str) -> None:
    raw = _docx()[:cut] if cut else b""
    with pytest.raises(SourceError, match=reason):
        read("bad.docx", raw, "docx")


def test_a_zip_that_is_no_word_file_is_refused() -> None:
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(SourceError, match="not a readable Word .docx file"):
        read("zip.docx", buf.getvalue(), "docx")


def test_word_text_is_normalised_as_text_files_are() -> None:
    d = docx.Document()
    d.add_heading("某县召开会议", level=1)
    d.add_paragraph("值班电话：０３１８－１２３４５６７，会\u200b议于下午召开。")
    out = io.BytesIO()
    d.save(out)
    (src,) = read("a.docx", out.getvalue(), "docx").sources
    assert "值班电话：0318－1234567，会议于下午召开。" in src.text
