"""A headline, its stamp and the text run together on one line.  Text is made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.headed_stamp import split_headed_stamp

_LINE = "青山县开展河道清理行动发布于: 综合2022-05-16标签: 青山县组织干部群众清理河道,共清运垃圾三十余吨。"


def test_headline_stamp_and_text_are_parted() -> None:
    assert split_headed_stamp(_LINE) == ("青山县开展河道清理行动", "发布于: 综合2022-05-16标签:",
                                         "青山县组织干部群众清理河道,共清运垃圾三十余吨。")


def test_a_traditional_label_is_read() -> None:
    parts = split_headed_stamp("青山縣開展河道清理行動釋出於: 2022-05-16 青山縣組織幹部群眾清理河道,共清運垃圾。")
    assert parts is not None and parts[0] == "青山縣開展河道清理行動"


def test_a_sentence_before_the_label_or_no_date_after_it_is_left_alone() -> None:
    assert split_headed_stamp("会议指出,要做好防汛工作发布于: 2022-05-16 各乡镇要落实责任,确保安全。") is None
    assert split_headed_stamp("青山县开展河道清理行动发布于: 综合频道 青山县组织干部群众清理河道,共清运垃圾。") is None


def test_the_article_gets_the_headline_and_the_stamps_date() -> None:
    (draft,) = split_source(SourceFile(path="t.txt", text=_LINE + "\n", encoding="utf-8", fmt="txt"))
    assert draft.title == "青山县开展河道清理行动"
    assert draft.paragraphs[0].startswith("青山县组织干部群众")
