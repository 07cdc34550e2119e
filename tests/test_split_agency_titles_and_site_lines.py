"""An agency's dateline that gives the headline (in a traditional text too), a page's slot for its lead story, the
breadcrumb's site repeated under the headline, a two-level path behind ">>", a line that
says what the meeting above it did, an app's promotion, and a long bar with the stamp
inside.  Headlines and sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.residue import CHROME, CRUMB, STAMP, line_kind
from newsarchive.split.titles import headline


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_an_agencys_dateline_gives_the_headline_in_either_script() -> None:
    for dateline, tail in (("新华社某地2月12日电 题:", "山乡巨变——来自某地一线的报告"),
                           ("新華社某地2月12日電 題:", "山鄉巨變——來自某地一線的報告")):
        text = (f"【返回】\n\n主打稿\n\n2031年2月12日\n\n{dateline}{tail}\n\n"
                "新华社记者 甲某某\n\n有一种艰难,困于大山。\n\n千百年来,大山封住了多少人的梦想。\n")
        [draft] = _split(text)
        assert draft.title == tail
        assert draft.paragraphs[0].startswith("新华社某地2月12日电" if "电" in dateline else "新華社某地2月12日電")


def test_the_breadcrumbs_site_under_the_headline_is_no_headline() -> None:
    text = ("您当前的位置 : 某某网湖北 > 荆楚各地\n某地举行乡村媒体采访行活动\n某某网湖北\n2031年08月27日 15:41\n"
            "分享到:\n\n  某某网8月27日电 (甲某某)8月27日,采访行活动启动仪式在某县某镇举行。\n")
    [draft] = _split(text)
    assert draft.title == "某地举行乡村媒体采访行活动"
    assert "某某网湖北" in draft.page_lines


def test_a_two_level_path_behind_more_marks_is_a_breadcrumb() -> None:
    assert line_kind("某某新闻>>某某新闻中心") == CRUMB
    assert line_kind("产值>>三亿元") is None
    assert line_kind("新闻查询>>") == CHROME


def test_a_line_saying_what_the_meeting_did_is_the_subtitle() -> None:
    assert headline(["区委常委会召开会议 学习贯彻重要讲话精神", "会议研究部署我区防汛救灾工作"]) == \
        ("区委常委会召开会议 学习贯彻重要讲话精神", "会议研究部署我区防汛救灾工作")


def test_an_apps_promotion_and_a_long_stamped_bar_are_the_pages() -> None:
    assert line_kind("打开客户端发现更多精彩") == CHROME
    assert line_kind("立即打开") == CHROME
    assert line_kind("某某政协网: www.example.cn 发布时间:2031-03-02 发布者:shore 字号:[大] [中] [小]") == STAMP


def test_a_sites_widgets_licence_and_topic_label_are_the_pages() -> None:
    assert line_kind("某某外宣网 今天是") == CHROME
    assert line_kind("今天是2031年3月29日 星期三") == CHROME
    assert line_kind("今天是个好日子") is None
    assert line_kind("互聯網新聞信息許可證:61120180013") == "footer"
    assert line_kind("收录于专题:某某观察") == CHROME


def test_a_counties_site_welcoming_its_visitor_to_the_place() -> None:
    assert line_kind("您好,欢迎您来到海南琼海!") == "source"
    assert line_kind("欢迎来到某某网") == "source"
    assert line_kind("欢迎来到美丽乡村,感受田园风光!") is None


def test_a_headline_with_its_stamp_and_source_after_it() -> None:
    text = "某区党政代表团赴某市学习考察 2031-05-22 来源:某区人民政府\n5月19日,区委书记甲某某率代表团赴某市考察调研。\n"
    [draft] = _split(text)
    assert draft.title == "某区党政代表团赴某市学习考察"
    assert "2031-05-22 来源:某区人民政府" in draft.page_lines


def test_a_browsers_title_bar_of_a_site_and_its_section_is_the_pages() -> None:
    assert line_kind("某某市某某区人大常委会_新闻中心") == "source"
    assert line_kind("某县人民政府_政务动态") == "source"
    # a headline before the site's name stays a headline line
    assert line_kind("某市与某县手拉手奔小康_某某网某某频道") is None
    assert line_kind("某某村开展志愿服务活动_新闻中心") is None
    text = "某某市某某区人大常委会_新闻中心\n\n区人大常委会对全区就业创业工作开展调研\n\n3月21日上午,区人大常委会主任甲某某带领调研组视察。\n"
    assert _split(text)[0].title == "区人大常委会对全区就业创业工作开展调研"
