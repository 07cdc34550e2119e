"""The kind of place an article calls its own in the first person (我区) decides over how
often it writes another kind (全市, in the words of the city's leaders touring it).
Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district

from . import draft


def test_a_districts_page_on_the_citys_leaders_names_no_city() -> None:
    d = draft("端午节前夕,多位市领导分头看望慰问一线劳动者,送去节日问候。",
              "市领导甘小雨一行来到我区柳湾社区,向环卫工人送上粽子。",
              "甘小雨感谢大家为株洲城市整洁付出的辛劳,希望全市上下关心关爱劳动者,全市各部门多办实事。")
    assert extract_district(d) is None


def test_a_citys_own_page_is_the_citys() -> None:
    d = draft("端午节前夕,多位市领导分头看望慰问一线劳动者,送去节日问候。",
              "市领导甘小雨一行来到我市柳湾社区,向环卫工人送上粽子。",
              "甘小雨感谢大家为株洲城市整洁付出的辛劳,全区各级要再接再厉。")
    assert extract_district(d) == "株洲市"


def test_a_sites_footer_naming_its_host_county_is_the_source() -> None:
    from dataclasses import replace
    d = replace(draft("4月16日,县委副书记、县长甲某带队在某乡开展脱贫攻坚走访调研。",
                      "甲某要求,相关部门要建立利益联结机制。"),
                page_lines=("主办单位: 青川县人民政府办公室", "蜀ICP备00000000号"))
    assert extract_district(d) == "青川县"


def test_a_source_line_naming_a_county_app_gives_the_county() -> None:
    from dataclasses import replace
    d = replace(draft("2月22日,县委书记甲某,县委副书记、县长乙某到重点项目现场调研。", "甲某要求加快项目建设进度。"),
                page_lines=("2031-02-23 15:51:48 来源:精彩曲周",))
    assert extract_district(d) == "曲周县"


def test_a_sites_exit_notice_names_its_host() -> None:
    from dataclasses import replace
    d = replace(draft("6月16日,区委书记甲某,区委副书记、区长乙某带队检查安全生产工作。", "甲某要求压实责任。"),
                page_lines=("您访问的链接即将离开“金平区人民政府门户网站”,是否继续?",))
    assert extract_district(d) == "金平区"
