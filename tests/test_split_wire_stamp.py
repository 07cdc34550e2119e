"""A wire's stamp with its parts spaced out as a page copied them (2031 01/ 06 12:40): a
stamp that dates a lead giving only its day.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import PartialDate, SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import STAMP, line_kind


def test_a_spaced_out_wire_stamp_is_a_stamp() -> None:
    assert line_kind("2031 01/ 06 12:40") == STAMP
    assert line_kind("2031 12/ 5 个项目") is None        # a year and a fraction, no time: no stamp


def test_it_gives_a_lead_of_a_day_alone_its_month_and_year() -> None:
    text = ("某某频道 > 正文\n2031 01/ 06 12:40\n来源: 某某日报\n\n某某会议主席团举行第二次会议\n\n"
            "某某会议主席团5日下午举行第二次会议。\n\n会议听取了审查结果报告。\n")
    (draft,) = split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))
    assert draft.title == "某某会议主席团举行第二次会议"
    assert extract_date(draft) == PartialDate(2031, 1, 5)
