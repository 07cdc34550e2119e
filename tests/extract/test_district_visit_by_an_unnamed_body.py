"""A group of a body whose place the text never names (市政协…委员赴某县视察) is news of
the county it goes to, even when a neighbouring county's office supplied the report and
the host's leader speaks of 全县.  Sentences and people are made up."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs, page_lines=())


_VISIT = ("4月27日至28日,市政协副主席甲某某率象山活动组委员,赴宁海县开展异地视察。",
          "委员们先后视察了某某大桥和某某产业园。",
          "座谈会上,宁海县委常委、常务副县长乙某某介绍了全县经济社会发展情况。",
          "(供稿:象山县政协)")


def test_the_county_visited_by_an_unnamed_bodys_group_is_the_articles() -> None:
    assert extract_district(_draft(*_VISIT, title="市政协象山活动组委员赴宁海开展异地视察")) == "宁海县"


def test_the_supplier_speaking_of_its_own_county_keeps_it() -> None:
    # the supplier's own 全县 (no other county in its sentence) still makes the report its own
    own = (*_VISIT[:2], "象山县政协主席丙某某表示,全县政协委员要学习借鉴。", _VISIT[3])
    assert extract_district(_draft(*own)) == "象山县"


def test_a_mountains_name_twice_in_a_towns_name_is_no_city() -> None:
    d = _draft("5月3日,市政协委员视察了黄山头某某镇建设情况。", "视察黄山头某某镇建设", "委员们提出了意见。")
    assert extract_district(d) != "黄山市"


def test_a_city_leader_at_a_county_doing_research_is_that_countys_news() -> None:
    from newsarchive.records import Draft
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, front_matter={},
              paragraphs=("吉安新闻网讯 5月12日,市委副书记、市长甲某在永丰县调研重点项目建设时强调,要加快形成产业集群。",
                          "市委常委、常务副市长乙某参加调研。"))
    assert extract_district(d) == "永丰县"


def test_a_citys_leaders_inspecting_a_district_of_it_in_the_headline() -> None:
    from dataclasses import replace
    d = Draft(source="t.txt", ordinal=1, title="鹤岗市领导深入工农区检查指导秋收工作", subtitle=None, front_matter={},
              paragraphs=("10月19日,市委常委、副市长甲某深入工农区检查指导秋收工作。", "甲某强调,要抢抓晴好天气加快收获进度。"))
    assert extract_district(replace(d, page_lines=("2031-10-21 10:50:24 来源:鹤岗日报",))) == "工农区"


def test_a_provincial_leader_at_a_county_of_a_city_the_headline_names() -> None:
    d = Draft(source="t.txt", ordinal=1, title="某某赴大同市督导检查矿山安全生产工作", subtitle=None, front_matter={},
              paragraphs=("9月11日,副省长甲某在大同市天镇县就做好矿山安全生产工作进行督导检查。",
                          "甲某强调,全省各级各部门要压实安全生产责任。"))
    assert extract_district(d) == "天镇县"
