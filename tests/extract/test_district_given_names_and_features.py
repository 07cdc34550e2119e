"""Place names that are no place: a given name of a person named after a post, a part of a river's or a metropolitan circle's proper name."""
from __future__ import annotations

from newsarchive.extract.places import extract_district
from newsarchive.records import Draft


def _district(*paragraphs: str) -> str | None:
    return extract_district(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs))


def test_a_given_name_after_a_post_is_no_place():
    text = ("2月2日上午,区委副书记、区长朱昌平带队开展走访慰问活动。朱昌平一行先后来到某某街道某某村,"
            "看望困难群众。朱昌平强调,要把温暖送到群众心坎上。")
    assert _district(text) is None


def test_the_place_itself_still_counts():
    text = "2月2日上午,昌平召开春节走访慰问工作部署会。会上,昌平各部门汇报了工作安排。"
    assert _district(text) == "昌平区"


def test_a_short_name_before_a_rivers_name_is_part_of_a_proper_name():
    text = "6月5日,区委书记吴建华调研防汛工作。他强调,我区要做好昌平黄河文化带的保护规划,落实防汛责任。"
    assert _district(text) is None



def test_a_city_written_into_a_metropolitan_circles_name_is_no_subject():
    paragraphs = ("(某某新闻网/记者吴建华)为展现中国河南浓厚的历史文化,并结合洛阳市圈规划发展,决定于8日至14日举办采访活动;"
                  "此可望增强两岸媒体的交流。", "河南省举办两岸媒体联合采访活动,来自多地的记者应邀出席。",
                  "河南省有关负责人指出,活动将对洛阳、开封等地进行宣传。")
    d = Draft(source="t.txt", ordinal=1, title="河南行走都市圈 聚焦中原活动展开", subtitle=None, paragraphs=paragraphs)
    assert extract_district(d) == "河南省"


def test_a_persons_whole_name_that_is_a_short_place_name_is_no_place() -> None:
    from newsarchive.extract.place_names import short_mentions
    text = "县委书记田林,县委副书记、县长甲某出席推进会。田林强调,要巩固拓展脱贫攻坚成果。田林要求各乡镇压实责任。"
    assert "田林" not in short_mentions(text)
    assert short_mentions("记者从田林了解到,田林今年种植芒果十万亩。") == ["田林", "田林"]


def test_a_short_name_opening_a_name_in_a_list_of_leaders_is_no_place() -> None:
    text = ("9月3日,县上召开秋季安全生产工作视频会,县政府领导甲某、乙某某、罗平某、丙某出席会议。"
            "会议要求各乡镇压实安全生产责任。")
    assert _district(text) is None


def test_a_short_name_beside_a_list_of_leaders_still_counts() -> None:
    text = ("9月3日,罗平召开秋季安全生产工作视频会,县政府领导甲某、乙某某、丙某出席会议。"
            "会议要求罗平各乡镇压实安全生产责任。")
    assert _district(text) == "罗平县"
