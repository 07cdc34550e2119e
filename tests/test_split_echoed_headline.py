"""The headline a lead echoes, found among page lines above the text; a metadata table's
title field; articles without text joined to the text after them; a view counter, a bare
tag label and a site link with a stray digit as page residue.  Headlines, names and
sentences are made up."""
from __future__ import annotations

from newsarchive.records import SourceFile
from newsarchive.split import split_source
from newsarchive.split.headline_echo import echo_share, echoed_headline, labelled_title
from newsarchive.split.residue import CHROME, STAMP, line_kind

_LEAD = ("3月8日上午,柳湾镇召开春季植树造林动员大会,镇党委书记甘小雨出席会议并讲话。"
         "会议总结了去年的植树造林工作,部署了今年的任务。")


def _split(text: str) -> list:
    return split_source(SourceFile(path="a.txt", text=text, encoding="utf-8", fmt="txt"))


def test_an_account_name_over_the_headline_is_not_the_headline() -> None:
    text = f"editor01\n柳湾镇召开春季植树造林动员大会\n{_LEAD}\n会上,各村签订了责任书。\n"
    [draft] = _split(text)
    assert draft.title == "柳湾镇召开春季植树造林动员大会"


def test_a_weather_widget_over_the_headline_is_not_the_headline() -> None:
    text = (f"跳到主要内容\n多云\n气温\n湿度:\nPM2.5\n柳湾镇召开春季植树造林动员大会\n\n{_LEAD}\n\n"
            "会上,各村签订了责任书。\n")
    assert _split(text)[0].title == "柳湾镇召开春季植树造林动员大会"


def test_a_short_label_is_doubtful_only_when_the_lead_does_not_echo_it() -> None:
    above = ["登录", "柳湾镇召开春季植树造林动员大会"]
    assert echoed_headline("多云", above, _LEAD) == "柳湾镇召开春季植树造林动员大会"
    assert echoed_headline(None, above, _LEAD) == "柳湾镇召开春季植树造林动员大会"
    # a full headline line is trusted though the lead repeats little of it (a slogan)
    assert echoed_headline("绿水青山 处处春意", above, _LEAD) is None
    # no line above is echoed enough: nothing replaces the choice
    assert echoed_headline("多云", ["登录", "某某网欢迎您的到来"], _LEAD) is None


def test_the_lead_mark_does_not_echo_the_sites_name() -> None:
    lead = "【青禾新闻报道】" + _LEAD
    assert echo_share("青禾新闻", lead) == 0.0
    assert echo_share("柳湾镇召开春季植树造林动员大会", lead) == 1.0


def test_a_metadata_tables_title_field() -> None:
    assert labelled_title(["索 引 号: | abc/2030-001 |", "标 题: | 柳湾镇2030年政府工作报告 |"]) \
        == "柳湾镇2030年政府工作报告"
    assert labelled_title(["標題：柳湾镇春季工作要点"]) == "柳湾镇春季工作要点"
    assert labelled_title(["主要标题党现象的治理办法"]) is None
    text = ("柳湾镇2030年政府工作报告\n索 引 号: | abc/2030-001 | 公开方式: | 主动公开\n"
            "标 题: | 柳湾镇2030年政府工作报告 |\n工 作 报 告\n第三次会议上\n柳湾镇镇长 甘小雨\n"
            "各位代表:\n现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。\n")
    assert _split(text)[0].title == "柳湾镇2030年政府工作报告"


def test_captions_under_the_headline_do_not_split_the_article() -> None:
    text = ("代表团考察柳湾镇茶园\n代表团在茶园合影\n座谈会现场\n代表团在镇政府合影留念\n"
            "青禾网柳湾3月8日讯 (通讯员 甘小雨)3月7日上午,某市代表团一行30余人来柳湾镇考察茶园建设。\n"
            "代表团一行还参观了茶叶加工厂,品尝了新茶。\n")
    [draft] = _split(text)
    assert draft.title == "代表团考察柳湾镇茶园"
    assert "代表团在镇政府合影留念" in draft.captions


def test_an_epaper_headline_apart_from_its_text_heads_it() -> None:
    text = ("第03版:要闻\n另一条新闻的标题在这里\n再一条新闻的标题也在\n柳湾镇办起村民夜校\n"
            "返回目录 版面导航\n3上一期\n3上一篇 2030年3月8日 放大 缩小 默认\n柳湾镇办起村民夜校\n"
            "本报讯(记者 甘小雨)近日,柳湾镇的村民夜校正式开课,村民晚上可以来学电脑、学种植。\n"
            "夜校每周开课三次,由镇里的大学生村官轮流讲课。\n")
    [draft] = _split(text)
    assert draft.title == "柳湾镇办起村民夜校"


def test_counters_tag_labels_and_stuck_digits_are_residue() -> None:
    assert line_kind("浏览 (385) | | | |") == CHROME
    assert line_kind("瀏覽 (12)") == CHROME
    assert line_kind("阅读 1024") == CHROME
    assert line_kind("標籤") == CHROME
    assert line_kind("3上一期") == CHROME
    assert line_kind("下一版4") == CHROME
    # a headline naming reading or a number is text
    assert line_kind("阅读点亮人生") is None
    assert line_kind("3个上一期遗留问题全部解决") is None


def test_an_epaper_toolbar_with_the_issues_date_is_its_stamp() -> None:
    assert line_kind("3上一篇 2030年3月8日 放大 缩小 默认") == STAMP


def test_a_site_banner_of_two_names_gives_way_to_the_echoed_line() -> None:
    headline = "甘小雨在柳湾镇春季植树造林暨绿色家园建设现场观摩推进会上要求各村抓住时节种好每一棵树"
    text = ("柳湾网-江北柳湾资讯网\n\n \n\n \n\n0\n\n \n\n"
            f"{headline}\n\n网络编辑 柳湾 2031-03-09 10:20:03 0 柳湾 江北\n\n"
            "春风送暖绿意浓,柳湾大地迎新春。3月8日上午,柳湾镇春季植树造林暨绿色家园建设现场观摩推进会召开,"
            "镇党委书记甘小雨出席并讲话,要求各村抓住时节种好每一棵树。会议总结了去年的植树造林工作。\n\n"
            "会上,各村签订了责任书。\n")
    [draft] = _split(text)
    assert (draft.title, draft.subtitle) == (headline, None)


def test_a_headline_ending_in_a_net_is_no_site_banner() -> None:
    from newsarchive.split.headline_echo import site_banner
    assert site_banner("柳湾网-某省柳湾资讯网") and site_banner("柳湾网 | 柳湾在线")
    assert site_banner("柳湾周刊|陪您读懂身边每一件事")       # a paper's name and its slogan
    assert not site_banner("决战决胜脱贫攻坚|某县在行动")
    assert not site_banner("织密安全防护网") and not site_banner("织密防护网 守护一方平安")


def test_a_papers_name_and_slogan_over_the_headline_is_no_headline() -> None:
    text = ("柳湾周刊|陪您读懂身边每一件事\n\n柳湾镇整治一批村级小微权力问题\n\n"
            "开春以来,柳湾镇整治村级小微权力问题,一批村级小微权力问题得到纠正。柳湾周刊记者走访了多个村。\n\n"
            "据介绍,问题大多涉及集体资产管理。\n")
    [draft] = _split(text)
    assert draft.title == "柳湾镇整治一批村级小微权力问题"


def test_a_papers_name_alone_under_the_headline_is_no_headline() -> None:
    from newsarchive.split.headline_echo import site_banner
    assert site_banner("柳湾晚报") and site_banner("时刻新闻") and site_banner("柳湾网-柳湾商报(某省某市)")
    assert not site_banner("织密安全防护网") and not site_banner("柳湾镇召开新闻发布会")
    text = ("柳湾镇专题采访启动\n柳湾网-柳湾商报(某省某市)\n\n"
            "本报讯(记者 甲某)柳湾镇专题采访活动昨日启动,30余名记者将深入各村采访乡村振兴新进展。\n\n"
            "采访团将走访五个村。\n")
    [draft] = _split(text)
    assert draft.title == "柳湾镇专题采访启动"


def test_a_page_titles_site_names_behind_dashes_are_cut_off() -> None:
    from newsarchive.split.titles import title_text
    assert title_text("柳湾县党政考察团来我县参观考察-今日柳湾网-- 柳湾门户") == "柳湾县党政考察团来我县参观考察"
    assert title_text("中国-东盟博览会开幕") == "中国-东盟博览会开幕"
    assert title_text("坚守初心——访柳湾日报") == "坚守初心——访柳湾日报"


def test_a_list_items_bullet_before_the_headline_is_left_out() -> None:
    text = ("• 柳湾区常务副区长某某带队赴外地开展对口帮扶工作\n  • 发布时间:2031-11-22   来源:市合作交流办\n\n"
            "11月14日-16日,柳湾区区委常委、常务副区长某某带队赴外地开展对口帮扶工作,调研考察经济社会发展情况。\n")
    [draft] = _split(text)
    assert draft.title == "柳湾区常务副区长某某带队赴外地开展对口帮扶工作"


def test_a_countys_name_or_its_column_over_the_headline_is_a_kicker() -> None:
    from newsarchive.split.titles import is_column_label, trailing_date
    assert is_column_label("岐山县") and is_column_label("凤阳要闻")
    assert not is_column_label("岐山县召开会议")
    assert trailing_date("某镇召开招商引资工作会 2031-04-01 17:12") == ("某镇召开招商引资工作会", "2031-04-01 17:12")
