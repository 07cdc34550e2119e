"""A lead's subject behind 经…研究决定, a leader's seat on the committee above a named unit's
post, a generic division name before its own body, a dateline's place (filed there, no place
visited; a frame that makes a short name a place), and a slogan's 金山."""
from __future__ import annotations

from newsarchive.extract.places import extract_district, find_places
from newsarchive.records import Draft


def _draft(*paragraphs: str, title: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=tuple(paragraphs))


def test_the_body_that_decided_is_the_subject_not_the_datelines_place() -> None:
    d = _draft("某某网福州6月2日电 (甲某某)经中共江西省委巡视工作领导小组研究决定,第二轮巡视安排巡视12个单位。"
               "其中常规巡视4个设区市。", "省委第一巡视组巡视省民政厅。")
    assert extract_district(d) == "江西省"


def test_a_seat_on_the_committee_above_gives_way_to_the_named_units_post() -> None:
    d = _draft("(某某网讯 甲某)5月7日,市委常委、临渭区委书记乙某某带队深入重点项目建设一线调研。"
               "区委常委、副区长丙某一同调研。", "乙某某先后来到渭南市某医院、某物流园。")
    assert extract_district(d) == "临渭区"


def test_a_generic_division_name_before_its_own_body_is_the_division() -> None:
    d = _draft("3月18日下午,丁某某区长主持召开区政府第5次常务会议,传达学习上海市某某会议精神。",
               title="新城区政府召开第5次常务会议")
    assert extract_district(d) == "新城区"
    assert find_places("主城区政府投资项目", frozenset()) == []


def test_a_datelines_place_frames_a_short_name() -> None:
    d = _draft("某某新闻网乐山5月2日讯(戊某)2031年5月1日下午,沙湾镇举行镇政协工作委员会揭牌仪式,区政协主席己某某出席。")
    places = {p.canonical for p in find_places(d.paragraphs[0], frozenset())}
    assert "乐山市" in places


def test_the_slogans_gold_mountain_is_no_district() -> None:
    d = _draft("近日,区政协开展年终集中视察,视察组表示,要践行“绿水青山就是金山银山”的理念,提高创新活力。",
               title="区政协开展年终集中视察")
    assert extract_district(d) is None
