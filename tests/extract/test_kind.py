"""Article kind from the head of the article: inspection, meeting or other."""
from __future__ import annotations

import pytest

from newsarchive.extract.inspections import extract_inspections
from newsarchive.extract.kind import classify
from newsarchive.records import KIND_INSPECTION, KIND_MEETING, KIND_OTHER, KINDS, Inspection

from . import corpus_draft, draft, needs_shared, seed_drafts


def kind_of(*paragraphs: str, title: str | None = None) -> str:
    d = draft(*paragraphs, title=title)
    return classify(d, extract_inspections(d))


@pytest.mark.parametrize("paragraphs, title, want", [
    (["日前，县委第八轮巡察工作动员部署会召开。"], None, KIND_INSPECTION),
    (["8月22日，泽州县委第十轮巡察集中反馈会召开。"], "县委第十轮巡察集中反馈巡察意见", KIND_INSPECTION),
    (["9月1日，省委第三巡视组巡视某市工作动员会召开。"], None, KIND_INSPECTION),
    (["中共某县委第五轮巡察公告"], None, KIND_INSPECTION),
    (["3月2日，区委统战工作会议召开。会上，区委巡察办作了发言。"], None, KIND_MEETING),
    (["11月5日上午，樊城区召开民营企业家座谈会。"], None, KIND_MEETING),
    (["日前，偃师区召开春季森林防火工作会议。"], "偃师区部署春季森林防火工作", KIND_MEETING),
    (["5月6日，全县安全生产推进会在县委会议中心举行。"], None, KIND_MEETING),
    (["近日，区领导实地调研文明城市创建点位。"], "区领导实地调研文明城市创建工作", KIND_OTHER),
    (["近日，街道组织网格员开展走访活动，面对面倾听居民诉求。"], None, KIND_OTHER),
    (["社会各界积极参与，协会会员踊跃捐款。"], None, KIND_OTHER),
])
def test_kind(paragraphs, title, want):
    assert kind_of(*paragraphs, title=title) == want


def test_found_inspection_decides():
    d = draft("会议强调要抓好落实。")
    assert classify(d, (Inspection(round="市委第二轮巡察"),)) == KIND_INSPECTION
    assert classify(d, ()) == KIND_OTHER


@needs_shared
def test_seed_and_corpus_kinds():
    kinds = [classify(d, extract_inspections(d)) for d in seed_drafts()]
    assert kinds == [KIND_MEETING, KIND_INSPECTION, KIND_INSPECTION, KIND_MEETING, KIND_MEETING,
                     KIND_MEETING, KIND_INSPECTION, KIND_OTHER, KIND_INSPECTION]
    expected = {"101a": KIND_INSPECTION, "101c": KIND_MEETING, "104c": KIND_OTHER, "107b": KIND_MEETING,
                "110c": KIND_MEETING, "110d": KIND_OTHER, "111": KIND_INSPECTION, "112b": KIND_MEETING}
    for key, want in expected.items():
        d = corpus_draft(key)
        got = classify(d, extract_inspections(d))
        assert got in KINDS and got == want, key
