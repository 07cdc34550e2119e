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


def test_a_name_inside_a_longer_word_of_its_sentence_is_no_place():
    # 代县 in 代县长 (an acting county head), 和政 in 党和政府 (named twice: still no place)
    text = "县委副书记、代县长甲某某主持会议。"
    assert [p.canonical for p in find_places(text)] == []
    text = "群众感谢党和政府的关怀,党和政府的温暖送到了家。"
    assert [p.canonical for p in find_places(text)] == []
    assert extract_district(draft(text)) is None
    # the same names standing alone, or a longer word that is itself a place's name
    assert [p.canonical for p in find_places("山西省代县县委")] == ["山西省", "代县"]
    assert [p.canonical for p in find_places("甘肃省和政县")] == ["甘肃省", "和政县"]
    assert [p.canonical for p in find_places("据湖北日报报道")] == ["湖北省"]
    # a short name that starts inside a word and runs on into the next (友邻|水库)
    text = "推进某某水库、友邻水库特许经营权项目。友邻水库要加快建设。"
    assert [p.canonical for p in find_places(text)] == []


def test_an_ordinary_word_before_a_site_frame_that_is_a_site_of_its_own_is_no_place():
    d = replace(draft("2月1日,某镇党委书记甲某某走访困难群众。"),
                page_lines=("2030-02-02 来源:东方网 发布:某园区",))
    assert extract_district(d) is None


def test_上街_going_onto_the_street_is_no_district():
    text = "为保证全区群众出行安全,区直机关干部冒着严寒上街清扫积雪,区长甲某某带头参加。"
    assert extract_district(draft(text)) is None
    assert [p.canonical for p in find_places("郑州市上街区召开会议。")] == ["郑州市", "上街区"]


def test_the_whole_region_of_an_autonomous_regions_bodies_is_the_region_named_short():
    text = "仲夏时节,在宁夏发展史上这个月份意义特殊。6月18日,自治区党委召开推进会,在全区上下掀起热潮。"
    assert extract_district(draft(text)) == "宁夏回族自治区"
    # 全区 of a district's own bodies with no district written stays unknown
    assert extract_district(draft("6月18日,区委召开推进会,在全区上下掀起热潮。")) is None


def test_a_conjunction_after_a_comma_joins_the_county_body_it_precedes() -> None:
    text = "委员们讨论了书记的讲话,和县政协常委会工作报告。"
    assert find_places(text) == []
    assert [p.canonical for p in find_places("会议听取了汇报;和县人大的意见也一并研究")] == []


def test_the_county_after_a_comma_still_counts_before_other_words() -> None:
    assert [p.canonical for p in find_places("来自宣城、和县邮政局的同志")][-1] == "和县"
    assert [p.canonical for p in find_places("会议结束。和县政协主席讲话")] == ["和县"]


def test_a_one_character_county_in_a_bodys_formal_name() -> None:
    assert [p.canonical for p in find_places("中国人民政治协商会议寿县第十届委员会第三次会议开幕")] == ["寿县"]
    assert [p.canonical for p in find_places("中国共产党寿县第十五次代表大会召开")] == ["寿县"]


def test_a_generic_district_name_after_a_county_is_an_area_of_it() -> None:
    assert [p.canonical for p in find_places("全县瞩目的丹寨县新城区开工建设")] == ["丹寨县"]
    assert [p.canonical for p in find_places("阳泉市城区召开会议")] == ["阳泉市", "城区"]
