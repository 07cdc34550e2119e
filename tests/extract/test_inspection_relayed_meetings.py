"""A group named inside the name of a meeting whose spirit a text relays
(会议学习了…督察组督察某省动员会精神) is no group the article reports: ordinary news that
relays an inspection's meeting puts nothing in the inspection directory.

Every sentence here is made up (units, names and numbers invented).
"""
from __future__ import annotations

from newsarchive.extract.inspections import extract_inspections

from . import draft


def _groups(*paragraphs: str) -> list[str]:
    return [g.name for i in extract_inspections(draft(*paragraphs)) for g in i.groups]


def test_a_group_in_a_relayed_meetings_name_is_no_group_of_the_article():
    assert _groups("3月2日,旗政府召开常务会议。会议学习了中央第二生态环境保护督察组督察某自治区"
                   "动员会精神和有关文件精神,并安排部署相关工作。") == []
    assert _groups("县委召开常委会,传达学习省委第七巡视组巡视某县反馈会议精神。") == []


def test_a_groups_own_meeting_reported_keeps_the_group():
    assert _groups("3月5日,省委第七巡视组巡视某县工作动员会召开。巡视期间设立值班电话0000-1234567。") == [
        "省委第七巡视组"]
