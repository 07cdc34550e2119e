"""我市/全县: the article is about a place of the kind it speaks of most; a 全区 said once of
a region beside 全市 throughout does not make it a district's news.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_the_kind_spoken_of_most_names_the_place() -> None:
    d = draft("山河之间,这座小城走出了自己的路",
              "推进生态保护,要从全区乃至全国的格局认识本地的地位。",
              "近年来,景德镇市坚持生态优先,全市森林覆盖率不断提高。",
              "全市上下齐心协力,景德镇市的山更绿了,水更清了。")
    assert extract_district(d) == "景德镇市"


def test_a_tie_keeps_the_first_kind_written() -> None:
    d = draft("全县干部群众积极参与植树活动。", "全市共栽种树苗一万株。", "浮梁县各乡镇也开展了活动。",
              "景德镇市林业局派出技术人员指导。")
    assert extract_district(d) == "浮梁县"


def test_a_unit_of_that_place_the_lead_brings_a_group_to_is_where_it_happens() -> None:
    d = draft("全市新闻采访团走进浮梁",
              "8月3日,全市“乡村振兴”新闻采访团来到浮梁县,围绕茶产业发展进行集中采访。",
              "采访团先后来到浮梁茶厂、浮梁古县衙。据了解,景德镇市委宣传部本月组织了全市集中采访活动。")
    assert extract_district(d) == "浮梁县"


def test_without_a_unit_gone_to_the_kind_still_names_the_place() -> None:
    d = draft("全市新闻采访活动启动",
              "8月3日,全市“乡村振兴”集中采访活动启动,各新闻单位记者参加。",
              "据了解,景德镇市委宣传部本月组织了全市集中采访活动。")
    assert extract_district(d) == "景德镇市"
