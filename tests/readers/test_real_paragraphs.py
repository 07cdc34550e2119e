"""A source whose paragraphs are real (HTML, Word) is not repaired as laid-out text."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source

TEXT = "# 某县召开工作会议\n\n本报讯 会议听取了各乡镇工作汇报，研究部署了\n\n下半年农村道路建设和饮水安全工作。\n"


def _paragraphs(real: bool) -> tuple[str, ...]:
    src = SourceFile(path="a.html", text=TEXT, encoding="utf-8", fmt="html", real_paragraphs=real)
    return split_source(src)[0].paragraphs


def test_layout_repair_joins_lines_of_text_but_not_real_paragraphs() -> None:
    joined = "本报讯 会议听取了各乡镇工作汇报，研究部署了下半年农村道路建设和饮水安全工作。"
    assert _paragraphs(real=False) == (joined,)
    assert _paragraphs(real=True) == ("本报讯 会议听取了各乡镇工作汇报，研究部署了", "下半年农村道路建设和饮水安全工作。")
