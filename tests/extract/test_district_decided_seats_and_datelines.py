"""A lead's subject behind 经…研究决定, a leader's seat on the committee above a named unit's
post, a generic division name before its own body, a dateline's place (filed there, no place
visited; a frame that makes a short name a place), and a slogan's 金山."""
from __future__ import annotations

from newsarchive.extract.places import extract_district, find_places
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=tuple(paragraphs))


def test_the_body_that_decided_is_the_subject_not_the_datelines_place() -> None:
    d = _draft("某某网福州6月2日电 (甲某某)经中共江西省委巡视工作领导小组研究决定,省委第二轮巡视将对12个单位开展。"
               "其中包括4个设区市。", "省委第一巡视组巡视省民政厅。")
    assert extract_district(d) == "江西省"


def test_a_seat_on_the_committee_above_gives_way_to_the_named_units_post() -> None:
    d = _draft("(某某网讯 甲某)5月7日,市委常委、临渭区委书记乙某某带队到辖区企业调研复工复产。"
               "区委常委、副区长丙某一同调研。", "乙某某先后来到渭南市某医院新院区、某物流园施工现场。")
    assert extract_district(d) == "临渭区"


def test_a_generic_division_name_before_its_own_body_is_the_division() -> None:
    d = _draft("3月18日下午,丁某某区长主持召开区政府常务会议,研究部署上海市某某展会在本区的保障工作。",
               title="老城区政府召开常务会议")
    assert extract_district(d) == "老城区"
    assert find_places("主城区政府投资项目", frozenset()) == []


def test_a_datelines_place_frames_a_short_name() -> None:
    d = _draft("某某新闻网乐山5月2日讯(戊某)5月1日,沙湾镇组织志愿者清理河道垃圾。")
    places = {p.canonical for p in find_places(d.paragraphs[0], frozenset())}
    assert "乐山市" in places


def test_the_slogans_gold_mountain_is_no_district() -> None:
    d = _draft("近日,区人大常委会组织代表检查河道治理,代表们表示,“绿水青山就是金山银山”,治水要久久为功。",
               title="区人大代表检查河道治理")
    assert extract_district(d) is None
