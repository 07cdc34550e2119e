"""A county-level city that became a district, written only as the city it was: the
article's district is that city, as written (the text's era); a county written by its
old 某某县 stays the unit of now (tests/extract/test_district_former_county_names.py)."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=tuple(paragraphs))


def test_a_city_that_became_a_district_is_the_city_in_its_own_era() -> None:
    d = _draft("本报讯 偃师市某镇举办第三届牡丹摄影展,展出作品200余幅。",
               title="偃师市某镇举办牡丹摄影展")
    assert extract_district(d) == "偃师市"


def test_the_name_of_now_written_anywhere_wins() -> None:
    d = _draft("本报讯 偃师市某镇举办第三届牡丹摄影展,展出作品200余幅。",
               "偃师区文化馆有关负责人介绍了情况。", title="偃师市某镇举办牡丹摄影展")
    assert extract_district(d) == "偃师区"


def test_a_short_name_ending_in_shi_is_no_former_city() -> None:
    # 新市 is 新市区's short name, not a county-level city of old: the district keeps its name
    d = _draft("本报讯 新市召开创建工作推进会,新市各街道负责人参加。", "乌鲁木齐市有关部门负责人出席。")
    assert extract_district(d) == "新市区"


def test_a_short_name_the_text_writes_as_its_own_townships_is_the_township() -> None:
    from newsarchive.extract.place_names import short_mentions
    assert short_mentions("新市街召开党建联席会议,新市辖区成员单位负责人参加。") == []
    d = _draft("11月14日上午,新市街在街道会议室召开区域化党建联席会议,新市辖区党建联席会议成员单位负责人参加会议。",
               title=None)
    assert extract_district(d) is None
