"""The gazetteer, and places and districts it decides (made-up sentences)."""
from __future__ import annotations

import pytest

from newsarchive.extract import gazetteer as gz
from newsarchive.extract.places import COUNTY, PROVINCE, TOWN, extract_district, extract_places, find_places

from . import draft


def names(text: str) -> list[str]:
    return [p.canonical for p in find_places(text)]


def test_divisions_parents_and_short_names():
    (d,) = gz.divisions("伊宁县")
    assert d.level == COUNTY and [a.name for a in gz.ancestors(d)] == ["伊犁哈萨克自治州", "新疆维吾尔自治区"]
    assert len(gz.divisions("鼓楼区")) == 4                  # four cities have one
    assert {d.name for d in gz.by_short("宁夏")} == {"宁夏回族自治区"}
    assert gz.divisions("襄樊市")[0].name == "襄阳市"          # renamed in 2010
    assert any(c.name == "太仓市" for c in gz.town_counties("沙溪镇"))


@pytest.mark.parametrize("text, want", [
    ("广西壮族自治区党委召开专题会议", ["广西壮族自治区"]),
    ("宁夏各地积极行动，银川市兴庆区率先部署", ["宁夏回族自治区", "银川市", "兴庆区"]),
    ("黔东南苗族侗族自治州凯里市召开大会", ["黔东南苗族侗族自治州", "凯里市"]),
    ("记者来到伊宁县墩麻扎镇", ["伊宁县", "墩麻扎镇"]),
    ("襄樊市召开座谈会", ["襄阳市"]),
    ("寧夏回族自治區銀川市興慶區召開會議", ["宁夏回族自治区", "银川市", "兴庆区"]),
    ("临夏州", ["临夏回族自治州"]),                          # an autonomous 州 by its short form
    ("洛阳州", []),                                          # no such name
    ("利用林木资源，发展山区经济，重点区域巡查", []),
    ("为全市人才强省科技兴市作贡献，来我县副区长", []),
])
def test_gazetteer_places(text, want):
    assert names(text) == want


def test_unlisted_community_needs_a_place_before_it():
    assert names("伊宁县墩麻扎镇青松村") == ["伊宁县", "墩麻扎镇", "青松村"]
    assert names("利用青松村资源") == []


def test_one_character_county_needs_a_clear_start():
    assert names("来信寄：蔚县邮政局") == ["蔚县"]
    assert names("县委组织部和县委宣传部") == []
    assert names("建设美好的房县。") == ["房县"]
    assert names("工作紧密结合房县的实际。") == ["房县"]      # 的 after the name is no word 县 starts
    assert names("召开县的会议") == []
    assert names("某市市长拜会 赵县长热情欢迎") == []          # a surname and 县长, not 赵县


def test_framed_short_names():
    assert names("[嘉定]志愿服务进社区") == ["嘉定区"]
    assert names("来源:阿图什日报") == ["阿图什市"]
    assert names("建设美丽蓝田") == ["蓝田县"]
    assert names("和平发展，东风吹") == []                 # ordinary words, several districts


@pytest.mark.parametrize("paragraphs, title, want", [
    (["自治区党委常委会召开会议，传达学习有关精神。", "宁夏回族自治区各地迅速行动。"], None, "宁夏回族自治区"),
    (["市委第二巡察组进驻市财政局。", "会议强调，要抓好落实。"], None, None),     # no city named
    (["市委召开常委会议。", "会议由吉林省有关部门通报情况。"], None, None),     # a province is no city
    (["5月2日，客商考察团到我市考察。", "来源:阿图什日报"], None, "阿图什市"),
    (["县委召开全会，为建设美丽蓝田凝聚力量。"], None, "蓝田县"),
    (["全州上下认真落实。", "伊宁县、霍城县负责同志发言，伊犁州有关部门参加。"], None, "伊犁哈萨克自治州"),
    (["省委巡视组对西宁、海东等地开展巡视。"], "青海省委巡视组举报电话公布", "青海省"),
    (["省委第二巡视组进驻西宁市城中区开展巡视。"], None, "城中区"),
    # towns lead to their county only where the article writes it
    (["记者走进墩麻扎镇、英塔木镇，了解春耕情况。", "伊宁县农业农村局介绍。"], None, "伊宁县"),
    (["记者走进墩麻扎镇、英塔木镇，了解春耕情况。"], None, None),
    (["南京市委、鼓楼区委有关负责同志出席。", "区委书记讲话。"], "区委召开会议", "鼓楼区"),
])
def test_districts(paragraphs, title, want):
    assert extract_district(draft(*paragraphs, title=title)) == want


def test_places_are_real_or_chained():
    d = draft("近日，伊宁县墩麻扎镇召开大会，利用林木资源发展特色产业。")
    assert extract_places(d) == ("伊宁县", "墩麻扎镇")
    assert all(p.level <= TOWN for p in find_places("伊宁县墩麻扎镇"))
    assert find_places("新疆")[0].level == PROVINCE


def test_taiwan_counties_are_spelled_as_written() -> None:
    # the source data spelled 苗栗县 with 粟; texts write 栗
    (found,) = gz.divisions("苗栗县")
    assert found.level == COUNTY and found.short == "苗栗"
    assert gz.divisions("苗粟县") == ()


def test_a_district_named_for_its_people_is_written_short() -> None:
    from newsarchive.extract import gazetteer as gz
    assert [d.name for d in gz.divisions("管城区")] == ["管城回族区"]
    assert [d.name for d in gz.divisions("瀍河区")] == ["瀍河回族区"]


def test_abbreviations_their_own_media_write_name_the_division() -> None:
    assert [d.name for d in gz.divisions("锡盟")] == ["锡林郭勒盟"]
    assert [d.name for d in gz.divisions("阜蒙县")] == ["阜新蒙古族自治县"]
    from newsarchive.extract.district import extract_district
    from newsarchive.records import Draft
    d = Draft(source="t.txt", ordinal=1, title="锡盟代表团召开全团会议", subtitle=None,
              paragraphs=("2月3日,出席自治区人大某次会议的锡盟代表团召开全团会议,推选代表团团长。",),
              page_lines=(), front_matter={})
    assert extract_district(d) == "锡林郭勒盟"


def test_a_provinces_short_name_before_its_county_is_not_read_into_another_countys_name() -> None:
    # 山西吉县: 山西's 吉县, not 山 + 宁夏's 西吉县
    assert names("山西吉县县委书记某某主持召开县委常委会议。") == ["山西省", "吉县"]
    assert names("宁夏西吉县县委书记某某主持会议。") == ["宁夏回族自治区", "西吉县"]


def test_divisions_merged_or_renamed_are_found_by_their_former_names() -> None:
    assert [d.name for d in gz.divisions("九江县")] == ["柴桑区"]
    assert [d.name for d in gz.divisions("闸北区")] == ["静安区"]
    assert names("本报讯 12月22日,在九江县新塘乡前进村,农田水利工程建设正酣。") == ["柴桑区", "新塘乡", "前进村"]
    # a county's old two-character name inside a word is no place
    assert names("车队到达县城后立即开展工作。") == []


def test_a_banner_is_found_by_its_name_without_qi() -> None:
    assert [d.name for d in gz.by_short("准格尔")] == ["准格尔旗"]
    assert extract_district(draft("12月29日,旗委书记甲某某深入准格尔经济开发区检查安全生产工作。")) == "准格尔旗"
    # two characters left (镶黄, 阿荣) read as a word or a given name too often: no short name
    assert not gz.by_short("镶黄") and not gz.by_short("阿荣")


def test_a_management_area_is_named_as_itself_and_management_area_alone_is_no_place() -> None:
    assert [d.name for d in gz.divisions("屈原管理区")] == ["屈原管理区"]
    assert extract_district(draft("6月3日,屈原管理区召开环境卫生整治督查会议,区委书记甲某某出席。")) == "屈原管理区"
    # the words alone name none of them, nor does the poet's name
    assert names("某镇成立了湿地管理区,纪念屈原的活动同日举行。") == []
