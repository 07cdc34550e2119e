"""District: the scene a city paper's lead sets in one of its districts, a site's dateline
with a channel behind a dot, and a generic division name written with one of its
departments.  Sentences are made up; the places are real divisions."""
from __future__ import annotations

from newsarchive.extract.places import extract_district, extract_places
from newsarchive.records import SourceFile
from newsarchive.split import split_source


def _draft(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))[0]


_SCENE = ("樱桃花开满山坡\n\n随着春天的到来,不少果树的花也陆续开始竞相绽放。{scene}漫山遍野盛开的樱桃树花将山头"
          "染成白色,十分美丽壮观。我市今年春天赏花的游客众多。\n\n来源:贵阳日报\n")


def test_a_city_papers_lead_set_in_one_of_its_districts_gives_that_district() -> None:
    assert extract_district(_draft(_SCENE.format(scene="在乌当区下坝镇谷坝村,"))) == "乌当区"


def test_a_city_papers_lead_set_in_two_of_its_districts_stays_the_citys() -> None:
    assert extract_district(_draft(_SCENE.format(scene="在乌当区下坝镇,在白云区牛场乡,"))) == "贵阳市"


def test_a_sites_dateline_with_a_channel_behind_a_dot_is_the_publishers() -> None:
    d = _draft("樱桃花开满山坡\n\n贵阳网·甲秀新闻讯 随着春天的到来,不少果树的花也陆续开始竞相绽放。"
               "在乌当区下坝镇谷坝村,漫山遍野盛开的樱桃树花将山头染成白色,十分美丽壮观。\n")
    assert extract_district(d) == "乌当区"


def test_a_generic_division_name_with_its_department_is_the_division() -> None:
    d = _draft("道德模范走进红色文化公园\n\n10月1日,记者跟随新城区文明办及辖区道德模范等,以听讲解、实地观摩的方式,"
               "感受首府近年来的发展和变化。当日,道德模范们参观了革命历史展厅。呼和浩特的红色文化深深感动了大家。\n")
    assert "新城区" in extract_places(d)
    assert extract_district(d) == "新城区"


def test_a_generic_name_as_a_plain_noun_is_no_division() -> None:
    d = _draft("老旧小区改造提速\n\n今年以来,我市加快推进新城区建设和老城区改造,群众居住条件明显改善。"
               "市住建局有关负责人介绍,全市已完成改造小区120个。\n")
    assert "新城区" not in extract_places(d) and "老城区" not in extract_places(d)
