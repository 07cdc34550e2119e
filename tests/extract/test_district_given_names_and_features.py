"""Short place names that are no place: a given name of a person named after a post, a part of a river's proper name."""
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
