"""A heading group that restates the headline under a short lead: the page set the lead
above the full report, one article; a heading group of another story still starts one."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source

_HEAD = ("某市甲镇卫生院院长丁某某被免职\n\n"
         "某某网5月20日讯 某市甲镇卫生院院长丁某某因违规采购药品,已被免去职务。\n\n")
_REPORT = ("日前,有群众在网上反映甲镇卫生院采购价格偏高。\n\n"
           "市卫健委随即组织核查,确认存在违规采购。\n\n"
           "记者从市卫健委获悉,相关款项已追回。\n")


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_heading_restating_the_headline_under_a_short_lead_stays_in_the_article() -> None:
    drafts = _split(_HEAD + "甲镇卫生院院长丁某某被免\n群众反映甲镇卫生院院长丁某某违规采购\n\n" + _REPORT)
    assert len(drafts) == 1
    assert drafts[0].paragraphs[-1].startswith("记者从市卫健委获悉")


def test_a_heading_of_another_story_starts_an_article() -> None:
    drafts = _split(_HEAD + "乙县举办春季招聘会\n\n近日,乙县在县体育馆举办春季招聘会,百余家企业参加。\n")
    assert len(drafts) == 2
