"""The article's district is a unit the article writes: a town leads to its county only
when the county is written; a paper's or site's place gives way to the unit its lead
visits; a province body's headline gives way to the lead that names the unit."""
from __future__ import annotations

import pytest

from newsarchive.extract.places import extract_district, find_places
from newsarchive.records import Draft

from . import draft


def paged(*paragraphs: str, page_lines: tuple[str, ...] = (), title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None,
                 paragraphs=tuple(paragraphs), page_lines=page_lines)


@pytest.mark.parametrize("paragraphs, title, want", [
    # a county's inspection group at a town of the county, the county never written
    (["根据县委统一部署，3月4日，县委第二巡察组进驻歧坪镇开展巡察。"], None, None),
    (["十五届区委第三轮巡察对卫子镇党委开展常规巡察。"], None, None),
    (["4月1日，在卫子镇政府大院里，村民围在摊位前听讲解。", "区委宣传部组织送戏下乡。"], None, None),
    # … and the county written with it, or elsewhere in the article
    (["3月4日，苍溪县委第二巡察组进驻歧坪镇开展巡察。"], None, "苍溪县"),
    (["县委第二巡察组进驻歧坪镇开展巡察。", "苍溪县纪委有关负责同志参加会议。"], None, "苍溪县"),
    # traditional characters
    (["縣委第二巡察組進駐歧坪鎮開展巡察。"], None, None),
    (["縣委第二巡察組進駐歧坪鎮開展巡察。", "蒼溪縣紀委有關負責同志參加會議。"], None, "苍溪县"),
])
def test_a_town_leads_to_its_county_only_when_written(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want


def test_a_source_line_writes_the_county_of_a_town():
    d = paged("本网讯 5月2日，歧坪镇组织开展环境卫生整治活动。", page_lines=("来源：苍溪县融媒体中心",))
    assert extract_district(d) == "苍溪县"
    d = paged("本网讯 5月2日，歧坪镇组织开展环境卫生整治活动。")
    assert extract_district(d) is None


@pytest.mark.parametrize("paragraphs, title, want", [
    # a prefecture's paper visiting a county of its city: the county
    (["昨天，宜宾日报采访团一行走进兴文县僰王山镇，感受乡村新变化。"], None, "兴文县"),
    (["宜宾新闻网讯(记者 甲乙)5月3日上午，2022年度宜宾日报社通讯员培训活动在兴文县僰王山镇举行。"],
     None, "兴文县"),
    # a site's name before the lead's county
    (["据遵义市政府网消息 2月3日，省电视台记者一行到湄潭县复兴镇采访。"], None, "湄潭县"),
    (["據遵義市政府網消息 2月3日，省電視臺記者一行到湄潭縣復興鎮採訪。"], None, "湄潭县"),
    # the paper's own city news stays the city's
    (["昨天，宜宾日报社召开通联工作会议。"], None, "宜宾市"),
])
def test_a_paper_or_site_gives_way_to_the_county_its_lead_visits(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want


@pytest.mark.parametrize("paragraphs, title, want", [
    # a province body's headline names no unit: the lead's sentence does
    (["本台讯 5月6日，省委督查室负责人深入到蒲城县荆姚镇督促检查。"], "省委督查组到某景区督促检查", "蒲城县"),
    # 由 before the body
    (["由省委政法委巡视员某某带队的省委督查组一行5人到蒲城县开展督查调研。市委常委某某陪同。"],
     None, "蒲城县"),
])
def test_a_province_body_visiting_one_county(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want


def test_names_of_accounts_sites_and_common_nouns():
    assert [p.canonical for p in find_places("据清风遵义微信号消息")] == ["遵义市"]
    assert [p.canonical for p in find_places("宜宾网讯 5月3日")] == ["宜宾市"]
    assert [p.canonical for p in find_places("新闻行动走进小城镇")] == []


@pytest.mark.parametrize("page_lines", [
    ("版权所有 常德网", "来源：津市市融媒体中心"),
    ("来源：津市市融媒体中心", "版权所有 常德日报"),
])
def test_a_county_level_citys_source_line_beats_its_prefectures_site(page_lines):
    d = paged("5月3日，市委书记某某到城东街道调研项目建设。", page_lines=page_lines)
    assert extract_district(d) == "津市市"


@pytest.mark.parametrize("paragraphs, want", [
    # a body of a kind and one unit of that kind written once by its short name
    (["8月1日，市委副书记、市长某某在全市项目推进会上强调，要站在替醴陵未来发展负责的高度抓落实。"], "醴陵市"),
    (["8月1日，市委副書記、市長某某在全市項目推進會上強調，要站在替醴陵未來發展負責的高度抓落實。"], "醴陵市"),
    # two such units: neither
    (["8月1日，市长某某在全市项目推进会上强调，要学习醴陵、浏阳的经验。"], None),
])
def test_a_body_and_its_unit_named_once(paragraphs, want):
    assert extract_district(draft(*paragraphs)) == want


def test_an_e_paper_page_line_names_the_county_of_我县():
    d = paged("本报讯 9月21日上午，市安全生产督导组莅临，就我县安全生产工作进行督导。",
              page_lines=("A1:茶陵*要闻总第100期 >2019-09-26编印",))
    assert extract_district(d) == "茶陵县"


def test_a_citys_group_visiting_a_county_whose_own_media_reports_it():
    lead = "3月7日，株洲市宣传组首次走进茶陵县，开展乡镇书记访谈活动。"
    assert extract_district(paged(lead, page_lines=("来源：茶陵新闻网",))) == "茶陵县"
    assert extract_district(paged(lead)) == "株洲市"
    assert extract_district(paged(lead, page_lines=("来源：株洲日报",))) == "株洲市"


def test_a_city_only_in_an_institutions_name_is_not_the_county_of_全县():
    d = draft("5月2日，县卫健局组织开展义诊活动。", "全县各乡镇卫生院参加。", "专家来自株洲市中心医院。")
    assert extract_district(d) is None
    d = draft("5月2日，县卫健局组织开展义诊活动。", "全县各乡镇卫生院参加。", "茶陵县中医院专家参加。")
    assert extract_district(d) == "茶陵县"


@pytest.mark.parametrize("paragraphs, title, want", [
    # a province's safety committee's group (省安委会, 巡查) at one county, a city's site around it
    (["株洲新闻网讯 5月6日，省安委会第三巡查组在茶陵县召开安全生产巡查见面会。市委常委某某出席。"], None, "茶陵县"),
    (["株洲新聞網訊 5月6日，省安委會第三巡查組在茶陵縣召開安全生產巡查見面會。市委常委某某出席。"], None, "茶陵县"),
    # a city's committee's group, and a city's 巡查 group, inspecting one county of it
    (["5月6日，株洲市安委会第三巡查组在茶陵县召开安全生产巡查见面会。"], None, "茶陵县"),
    (["5月6日，株洲市委第三巡查组进驻茶陵县开展巡查。"], None, "茶陵县"),
    # a city's committee holding its own meeting stays the city's
    (["5月6日，株洲市卫健委召开全市卫生工作会议。", "茶陵县卫健局作交流发言。"], None, "株洲市"),
])
def test_inspection_groups_of_a_higher_bodys_committee(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want
