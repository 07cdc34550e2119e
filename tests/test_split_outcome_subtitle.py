"""A headline's lower line that lists what the meeting above it decided is its subtitle.
Headlines are made up."""
from __future__ import annotations

from newsarchive.split import headline


def test_the_decisions_under_the_meeting_line_are_its_subtitle() -> None:
    assert headline(["某区人大常委会召开第十一次会议", "决定甲某某代理区政府区长职务 审议通过补选人大代表等事项"]) \
        == ("某区人大常委会召开第十一次会议", "决定甲某某代理区政府区长职务 审议通过补选人大代表等事项")
    assert headline(["某县政府召开常务会议", "审议通过某某实施方案"])[0] == "某县政府召开常务会议"


def test_a_lower_line_with_its_own_subject_is_still_the_main_title() -> None:
    assert headline(["某区召开民营企业家座谈会", "让企业家安心谋发展"])[0] == "让企业家安心谋发展"
