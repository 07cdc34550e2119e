"""A stamp line whose empty counter runs into the lead.  Text is made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.headed_stamp import split_run_in_stamp


def test_the_lead_after_an_empty_counter_is_split_off() -> None:
    assert split_run_in_stamp("发布时间:2019-06-17 | 浏览次数: 次12月21日,某县在文化公园举办艺术节。") \
        == ("发布时间:2019-06-17 | 浏览次数: 次", "12月21日,某县在文化公园举办艺术节。")


def test_a_counter_with_its_value_and_nothing_after_is_left_alone() -> None:
    assert split_run_in_stamp("发布时间:2019-06-17 | 浏览次数: 35次") is None
    assert split_run_in_stamp("浏览次数:次数统计") is None


def test_the_split_lead_is_the_articles_first_paragraph() -> None:
    text = ("某县举办第八届柑橘文化节\n"
            "发布时间:2019-06-17 | 发布者: 某工作室 | 浏览次数: 次12月21日,某县在文化公园举办柑橘文化节开幕式。\n"
            "活动持续一周,展出特色农产品两百余种。\n")
    (draft,) = split_source(SourceFile(path="t.txt", text=text, encoding="utf-8", fmt="txt"))
    assert draft.paragraphs[0].startswith("12月21日,某县在文化公园")
