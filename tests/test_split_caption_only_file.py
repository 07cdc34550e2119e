"""A file holding nothing but a captioned picture keeps it as its article: the caption is
the text, not page furniture to drop with the file.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import SourceFile
from newsarchive.split import split_source


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_files_only_caption_is_its_article() -> None:
    text = ("正月初一一大早,某旗某镇某嘎查牧民王建民便钻进牛圈里,为自家60多头牛添加饲草。"
            "(某某日报社融媒体记者巴依斯古楞摄)\n[责任编辑 李某 ]\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert "牧民王建民" in drafts[0].paragraphs[0]
    assert extract_reporters(drafts[0]) == ("巴依斯古楞",)


def test_a_caption_beside_an_article_stays_a_caption() -> None:
    text = ("某镇召开春耕生产会议\n\n某镇农技人员在田间指导春耕。(记者 王某 摄)\n\n"
            "3月2日,某镇召开春耕生产工作会议,部署春耕备耕工作。\n\n会议要求各村抓紧落实农资供应。\n")
    drafts = _split(text)
    assert len(drafts) == 1
    assert not any("田间指导" in p for p in drafts[0].paragraphs)
