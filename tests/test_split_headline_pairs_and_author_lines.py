"""An e-paper's two-line headline whose lower line says what the meeting arranged, a
blog's author name under its headline, a headline printed twice.  Text is made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import headline, split_source


def _split(text: str):
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_a_lower_line_of_what_the_meeting_arranged_is_the_subtitle() -> None:
    assert headline(["甲某某主持召开区长办公会", "安排部署防汛备汛工作"]) == \
        ("甲某某主持召开区长办公会", "安排部署防汛备汛工作")
    assert headline(["某区召开秋粮收购推进会", "研究部署秋粮收购工作"])[0] == "某区召开秋粮收购推进会"
    # a slogan under the event line is still the main title
    assert headline(["某区召开秋粮收购推进会", "确保秋粮颗粒归仓"])[0] == "确保秋粮颗粒归仓"


def test_an_author_name_alone_under_the_headline_is_a_byline() -> None:
    [draft] = _split("某镇开展植树活动\n林晓岚\n为响应县委号召,某镇组织干部群众开展植树活动,共植树三百株。\n"
                     "活动中,镇党委书记乙某某带头挥锹培土。\n")
    assert draft.title == "某镇开展植树活动"
    assert draft.subtitle is None
    assert draft.bylines == ("林晓岚",)


def test_a_headline_printed_twice_is_no_subtitle_of_itself() -> None:
    assert headline(["某某走进田间地头:卷起裤腿插秧苗", "某某走进田间地头:卷起裤腿插秧苗"]) == \
        ("某某走进田间地头:卷起裤腿插秧苗", None)
