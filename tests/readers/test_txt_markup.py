"""A .txt file holding a page's markup (its source saved as text) is read by the markup's
blocks; a text with a stray tag is left as written.  The page is made up."""
from __future__ import annotations

from newsarchive.readers import read
from newsarchive.readers.txt_markup import is_markup, markup_text
from newsarchive.split import split_source

_PAGE = ("logo\n查看本期全部内容\n"
         "<div style='font-size: 22px'>某某督察组交办某市第十批群众信访举报案件8件</div>"
         "<div style='color: #777'>某市日报&nbsp&nbsp2031-05-20</div><div><img src='//img.example/2.jpg'/></div>"
         "<script>var a = '<p>不是正文</p>';</script>"
         "<p> 5月19日,我市接到某某督察组交办的第十批群众信访举报案件8件,来电4件,来信4件。</p>"
         "<p> 本批交办的信访案件中,涉及各类生态环境问题8个。</p>"
         "<p> 截至5月19日,我市累计接到交办的群众信访举报案件58件。</p>"
         "<p> 当日,上述信访案件已全部转办各地。</p><p> 公 告</p>"
         "<p> 专门值班电话:0431-85044135</p><p> 专门邮政信箱:某省某市A689号邮政信箱</p>"
         "<p>督察组受理举报电话时间:每天8:00-20:00 &amp; 节假日照常</p>\n")


def test_markup_in_a_text_file_is_read_block_by_block() -> None:
    assert is_markup(_PAGE)
    text = markup_text(_PAGE)
    lines = text.splitlines()
    assert "某市日报 2031-05-20" in lines
    assert "5月19日,我市接到某某督察组交办的第十批群众信访举报案件8件,来电4件,来信4件。" in lines
    assert "督察组受理举报电话时间:每天8:00-20:00 & 节假日照常" in lines
    assert "<" not in text and "不是正文" not in text and "&nbsp" not in text


def test_a_text_file_of_markup_builds_its_article() -> None:
    [src] = read("a.txt", _PAGE.encode("utf-8"), "txt").sources
    [draft] = split_source(src)
    assert draft.title == "某某督察组交办某市第十批群众信访举报案件8件"
    assert draft.paragraphs[0].startswith("5月19日,我市接到")
    assert "某市日报 2031-05-20" in draft.page_lines


def test_a_stray_tag_in_a_text_file_is_left_as_written() -> None:
    text = "某镇召开会议\n\n会议要求<br>各村加快推进。\n会议强调,要<p>狠抓落实</p>。\n"
    assert not is_markup(text)
    [src] = read("a.txt", text.encode("utf-8"), "txt").sources
    assert src.text == text
