"""A site's summary box ("核心提示:…") repeating the article's opening above the headline.
Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, line_kind


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_summary_box_is_site_chrome_however_long() -> None:
    assert line_kind("核心提示:某县干部走村入户,为群众送去米面油。" + "群众纷纷点赞。" * 40) == CHROME
    assert line_kind("內容提要:某縣幹部走村入戶,為群眾送去米麵油。") == CHROME
    # a sentence that mentions a summary is text
    assert line_kind("会议听取了核心提示事项的说明,并提出意见。") is None


def test_a_summary_box_above_the_headline_is_no_article_of_its_own() -> None:
    text = ("发布日期:2031-05-06  来源:某某网  作者:甲某某\n"
            "核心提示:某某网5月6日电(乙某某)五月初的某县,麦田一片金黄。5日,某镇干部为村民送去种子。\n\n\n\n"
            "某县见闻:干部下乡送种子\n\n"
            "某某网5月6日电(乙某某)五月初的某县,麦田一片金黄。\n\n"
            "5日,某镇干部为村民送去种子和化肥。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert drafts[0].title == "某县见闻:干部下乡送种子"
    assert any("2031-05-06" in line for line in drafts[0].page_lines)
