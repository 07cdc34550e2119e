"""Places a district is not read from: the issuers of documents cited as grounds (根据《某市…
规定》), and a headline's unit of a county it leaves unnamed (对县人民医院…) when the lead
names it; and an inspected unit the lead spells in full.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.inspections import extract_inspections
from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs, page_lines=())


def test_the_issuer_of_a_document_cited_as_grounds_is_not_the_place() -> None:
    lead = ("为广泛听取公众意见,根据《重大行政决策程序暂行条例》、《某省重大行政决策程序规定》(某省政府令第336号)、"
            "《德州市重大行政决策程序规定》(德州市政府令第9号)等规定,现将道路工程设计方案通过宁津县人民政府网站公开征求意见。")
    assert extract_district(_draft(lead, "意见请寄宁津县交通运输局。")) == "宁津县"


def test_a_document_the_body_adopts_names_its_own_place() -> None:
    d = _draft("5月14日,区政府召开常务会议。", "会议审议通过了《九龙坡区区级预算评审暂行办法》。")
    assert extract_district(d) == "九龙坡区"


def test_a_headlines_unit_of_an_unnamed_county_leaves_the_place_to_the_lead() -> None:
    d = _draft("8月11日,滁州市委第六巡察组正式进驻凤阳县人民医院开展专项巡察。", "巡察组组长在会上作动员讲话。",
               title="滁州市委第六巡察组对县人民医院开展专项巡察")
    assert extract_district(d) == "凤阳县"
    groups = [g for i in extract_inspections(d) for g in i.groups]
    assert [g.targets for g in groups] == [("凤阳县人民医院",)]


def test_a_street_of_a_district_makes_the_story_the_districts() -> None:
    d = _draft("某某网5月12日讯 日前,由某晚报、南京市四月天社会工作服务中心、建邺区洲岛家园社区共同主办的广场文化活动举行。",
               "江心洲街道副主任甲某某上场致词。")
    assert extract_district(d) == "建邺区"
    # a city's own event naming one district in passing stays the city's
    d = _draft("哈尔滨市召开全市环境整治推进会,道外区作交流发言。", "会议要求各区抓好落实。")
    assert extract_district(d) == "哈尔滨市"


def test_a_short_name_opening_a_scenic_areas_name_is_no_county() -> None:
    d = _draft("近日,县政府常务副县长甲某某带领县应急、公安等部门负责同志深入灵山景区开展安全生产专项督导检查。",
               "甲县长一行首先实地查看了灵山景区部分安全设施及警示标识。",
               "接着检查组一行重点检查了灵山景区内的各类安全设施。",
               title="罗山县政府常务副县长甲某某到灵山景区督导安全生产工作")
    assert extract_district(d) == "罗山县"
