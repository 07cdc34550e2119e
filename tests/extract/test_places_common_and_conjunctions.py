"""Names that read as ordinary words: a common word that is a short name, a conjunction before 县."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.places import extract_district, find_places

from . import draft


def test_双城_in_a_twin_city_economic_circle_is_no_district():
    text = "全区要以某某地区双城经济圈建设为主线,全面融入双城经济圈建设。"
    assert [p.name for p in find_places(text)] == []


def test_a_conjunction_after_a_closed_title_is_no_one_character_county():
    text = "会议审议了《关于评选劳动模范的请示》和县妇联《关于召开表彰大会的请示》。"
    assert [p.canonical for p in find_places(text)] == []
    assert [p.canonical for p in find_places("地址:和县邮政局")] == ["和县"]
    assert [p.canonical for p in find_places("安徽省和县")] == ["安徽省", "和县"]


def test_a_former_county_name_the_change_list_lacks():
    # 户县 became 鄠邑区 (2016): the former name still finds the division
    assert [p.canonical for p in find_places("户县人民政府")] == ["鄠邑区"]


def test_the_district_of_a_site_named_in_the_breadcrumb_stamp_row():
    d = replace(draft("2月1日,县长甲某某来到代表团,参加审议。全县要以某某地区双城经济圈建设为主线。"),
                page_lines=("您的位置:丰都网 > 时政新闻 > 正文 | 2030-02-02 阅读量:",))
    assert extract_district(d) == "丰都县"
