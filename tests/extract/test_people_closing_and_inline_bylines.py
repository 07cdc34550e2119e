"""Bylines at a paragraph's end or inside the dateline that the page's copy left in odd shapes:
a congress's or conference's office before the name in the closing brackets, the page's links
to other stories run on after them.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.extract.people_byline_forms import unit_closing_names
from newsarchive.records import Draft


def reporters(*paragraphs: str) -> tuple[str, ...]:
    return extract_reporters(Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs))


def test_a_congress_or_conference_office_before_the_name_in_closing_brackets() -> None:
    assert unit_closing_names("视察活动圆满结束。 (柳湾人大 甘小雨)") == ["甘小雨"]
    assert unit_closing_names("会议圆满结束。(青禾县政协 柯明远)") == ["柯明远"]


def test_the_pages_links_to_other_stories_run_on_after_the_closing_brackets() -> None:
    line = "为推动全镇高质量发展贡献力量!(柳湾镇人大 甘小雨)上一篇:柳湾镇开展植树活动[ 03-12 ] 下一篇:青禾镇召开会议[ 03-12 ]"
    assert reporters(line) == ("甘小雨",)
    assert reporters("会议圆满结束。(甘小雨 柯明远)下一篇:青禾镇召开会议") == ("甘小雨", "柯明远")


def test_brackets_closing_a_paragraph_the_copy_ran_together_with_the_next() -> None:
    line = "在柳湾镇,柯明远查看了项目点,对下步工作作出安排。(甘小雨) 在青禾乡,柯明远听取了汇报。(雷振华) |"
    assert reporters(line) == ("甘小雨", "雷振华")
    assert reporters("柯明远提出了意见。(试行) 在青禾乡,柯明远听取了汇报。") == ()
    assert reporters("柯明远提出了意见。(甘小雨)在青禾乡召开。") == ()     # no space: no paragraph's end


def test_the_outlets_dateline_word_inside_the_opening_brackets() -> None:
    assert reporters("(青禾新闻网讯 甘小雨)11月7日,柳湾区委书记柯明远带队调研。") == ("甘小雨",)
    assert reporters("(青禾网讯 甘小雨 雷振华)11月7日,柳湾区召开会议。") == ("甘小雨", "雷振华")
    assert reporters("(青禾网讯 近日)柳湾区召开会议。") == ()


def test_the_contributors_unit_in_brackets_after_the_name() -> None:
    assert reporters("会议要求各村抓好落实。", "供稿:甘小雨(柳湾镇文旅中心)") == ("甘小雨",)
    assert reporters("会议要求各村抓好落实。", "通讯员 柯明远(实习) 雷振华") == ("柯明远", "雷振华")


def test_a_credit_label_right_after_a_name_closes_the_byline() -> None:
    line = "本报讯 记者柯明远、通讯员甘小雨、雷振华报道:连日来,柳湾县各乡镇组织开展防汛检查。"
    assert reporters(line) == ("柯明远", "甘小雨", "雷振华")
    assert reporters("柳湾县开展交叉巡查。", "报道:柯明远 甘小雨") == ("柯明远", "甘小雨")


def test_a_papers_team_in_a_place_between_run_together_byline_names() -> None:
    assert reporters("本报讯(记者柯明远青禾县报道组甘小雨雷振华)近日,青禾县开通了博客。") == (
        "柯明远", "甘小雨", "雷振华")
    # the place is a division's full name: 甘岚 | 临安区报道组, not 甘岚临 | 安区报道组
    assert reporters("本报讯(记者甘岚临安区报道组柯明远)近日,某镇开通了博客。") == ("甘岚", "柯明远")
    assert reporters("本报讯(记者柯明远 青禾县记者站 甘小雨)近日,某镇开通了博客。") == ("柯明远", "甘小雨")


def test_a_name_written_from_uyghur_without_a_dot_after_a_byline_role() -> None:
    assert reporters("青禾新闻网讯(通讯员:柯明远 摄影:库尔班江) 3月3日,柳湾村召开村民大会。") == ("柯明远", "库尔班江")
    assert reporters("(记者 帕提古丽、玉素甫江)3月3日,柳湾村召开村民大会。") == ("帕提古丽", "玉素甫江")


def test_what_each_did_glued_to_the_name_in_closing_brackets() -> None:
    assert reporters("各乡镇负责人参加会议。(柯明远文 甘小雨摄)") == ("柯明远", "甘小雨")
    assert reporters("县长甲某某在田间察看春耕情况。(甘小雨摄)") == ("甘小雨",)
    assert reporters("各乡镇负责人参加会议。(柯志文)") == ("柯志文",)


def test_a_broadcaster_opening_the_closing_brackets_is_no_reporter() -> None:
    assert reporters("职工们集中收听收看大会开幕会。(河北台 柯明远 甘小雨)") == ("柯明远", "甘小雨")


def test_closing_names_whose_opening_bracket_the_copy_lost() -> None:
    assert reporters("调研组对相关工作给予了充分肯定。柯明远、甘小雨)") == ("柯明远", "甘小雨")
    assert reporters("全年完成投资12亿元。同比增长8%)") == ()
