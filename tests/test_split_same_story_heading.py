"""A heading group that restates the headline under a short lead: the page set the lead
above the full report, one article; a heading group of another story still starts one."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source

_HEAD = ("某市甲镇党委书记丁某某涉严重违纪被调查\n\n"
         "某某网3月14日讯 某市甲镇党委书记丁某某因涉嫌严重违纪,被纪委调查。\n\n")
_REPORT = ("日前,网友“某某”发微博称:甲镇党委书记丁某某于2月21日被纪委调查。\n\n"
           "该微博引起广泛关注,并被大量转载。\n\n"
           "记者致电某市纪委,对方称此案由上级纪委调查。\n")


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_heading_restating_the_headline_under_a_short_lead_stays_in_the_article() -> None:
    drafts = _split(_HEAD + "甲镇书记丁某某被调查\n网友发微博称甲镇书记丁某某被纪委调查\n\n" + _REPORT)
    assert len(drafts) == 1
    assert drafts[0].paragraphs[-1].startswith("记者致电某市纪委")


def test_a_heading_of_another_story_starts_an_article() -> None:
    drafts = _split(_HEAD + "乙县举办春季招聘会\n\n近日,乙县在县体育馆举办春季招聘会,百余家企业参加。\n")
    assert len(drafts) == 2
